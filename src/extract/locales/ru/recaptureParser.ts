// "Армия освободила город", "отбили Харьков", "вернули контроль над".
import { localeParser, word } from '../common.js';
import { RU } from './lexicon.js';

export const ruRecaptureParser = localeParser({
  name: 'ruRecaptureParser',
  type: 'recapture',
  lexicon: RU,
  triggers: ['освободили', 'освободил', 'освободила', 'отбили', 'отбил', 'отбила', 'вернули', 'вернул', 'вернула', 'отвоевали'],
  pattern: new RegExp(word('освободил[аи]?|отбил[аи]?|отвоевали|вернул[аи]? (?:себе )?контроль над'), 'giu'),
  place: 'after',
  actor: 'before',
});
