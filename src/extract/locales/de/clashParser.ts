// "Gefechte in den Bezirken Alingar und Alischang", "Kämpfe um Kundus".
import { localeParser, word } from '../common.js';
import { DE } from './lexicon.js';

export const deClashParser = localeParser({
  name: 'deClashParser',
  type: 'clash',
  lexicon: DE,
  triggers: ['gefechte', 'gefechten', 'kämpfe', 'kämpfen', 'kampf', 'zusammenstöße', 'zusammenstößen'],
  pattern: new RegExp(word('(?:Gefechte[n]?|Kämpfe[n]?|Kampf|Zusammenstöße[n]?) (?:in|um|bei|nahe)'), 'giu'),
  place: 'after',
  actor: 'before',
  opponent: true,
});
