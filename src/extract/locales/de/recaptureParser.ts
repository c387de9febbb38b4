// "zurückerobert", "eroberten ... zurück".
import { localeParser, word } from '../common.js';
import { DE } from './lexicon.js';

export const deRecaptureParser = localeParser({
  name: 'deRecaptureParser',
  type: 'recapture',
  lexicon: DE,
  triggers: ['zurückerobert', 'zurückeroberten', 'zurückerobern'],
  pattern: new RegExp(word('zurückerobert(?:en)?|zurückerobern'), 'giu'),
  place: 'before',
  actor: 'before',
  verbLast: true,
});
