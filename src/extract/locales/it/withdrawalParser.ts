// "Le truppe si sono ritirate da Kunduz".
import { localeParser, word } from '../common.js';
import { IT } from './lexicon.js';

export const itWithdrawalParser = localeParser({
  name: 'itWithdrawalParser',
  type: 'withdrawal',
  lexicon: IT,
  triggers: ['ritirate', 'ritirati', 'ritirata', 'ritirato', 'ritirano'],
  pattern: new RegExp(word('(?:si sono|si è|si) (?:ritirat[oaie]|ritirano) (?:da|dal|dalla|dai|dalle)'), 'giu'),
  place: 'after',
  actor: 'before',
});
