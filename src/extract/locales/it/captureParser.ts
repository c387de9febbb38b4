// "I talebani hanno conquistato Kunduz", "hanno preso il controllo di", "hanno espugnato".
import { localeParser, word } from '../common.js';
import { IT } from './lexicon.js';

export const itCaptureParser = localeParser({
  name: 'itCaptureParser',
  type: 'capture',
  lexicon: IT,
  triggers: ['conquistato', 'conquistata', 'conquistano', 'conquistarono', 'preso', 'prendono', 'espugnato', 'occupato', 'occupata'],
  pattern: new RegExp(word('(?:hanno|ha) (?:conquistato|preso il controllo (?:di|del|della|dello|dei)|espugnato|occupato)|(?:conquistano|conquistarono|prendono il controllo (?:di|del|della))'), 'giu'),
  place: 'after',
  actor: 'before',
});
