// "Kundus fiel an die Taliban", "ist an die Taliban gefallen", "fiel in die Hände der Taliban".
import { localeParser, word } from '../common.js';
import { DE } from './lexicon.js';

export const deFellParser = localeParser({
  name: 'deFellParser',
  type: 'capture',
  lexicon: DE,
  triggers: ['fiel', 'fielen', 'gefallen'],
  pattern: new RegExp(word('fiel(?:en)? (?:an|in die Hände)|(?:an|in die Hände) (?:der |die )?[\\p{L}-]+ gefallen'), 'giu'),
  place: 'before',
  actor: 'agent',
});
