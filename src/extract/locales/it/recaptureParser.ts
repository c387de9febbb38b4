// "Le forze governative hanno riconquistato Kunduz", "hanno ripreso il controllo di".
import { localeParser, word } from '../common.js';
import { IT } from './lexicon.js';

export const itRecaptureParser = localeParser({
  name: 'itRecaptureParser',
  type: 'recapture',
  lexicon: IT,
  triggers: ['riconquistato', 'riconquistata', 'ripreso'],
  pattern: new RegExp(word('(?:hanno|ha) (?:riconquistato|ripreso(?: il controllo (?:di|del|della))?)'), 'giu'),
  place: 'after',
  actor: 'before',
});
