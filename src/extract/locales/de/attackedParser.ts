// Verb last: "haben sie die Provinzhauptstadt Mehtarlam angegriffen".
import { localeParser, word } from '../common.js';
import { DE } from './lexicon.js';

export const deAttackedParser = localeParser({
  name: 'deAttackedParser',
  type: 'clash',
  lexicon: DE,
  triggers: ['angegriffen', 'attackiert'],
  pattern: new RegExp(word('angegriffen|attackiert'), 'giu'),
  place: 'before',
  actor: 'before',
  verbLast: true,
});
