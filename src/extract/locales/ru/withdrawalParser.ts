// "Войска отступили из Кундуза", "покинули город", "вышли из".
import { localeParser, word } from '../common.js';
import { RU } from './lexicon.js';

export const ruWithdrawalParser = localeParser({
  name: 'ruWithdrawalParser',
  type: 'withdrawal',
  lexicon: RU,
  triggers: ['отступили', 'отступил', 'отступила', 'покинули', 'покинул', 'покинула', 'вышли', 'ушли', 'оставили'],
  pattern: new RegExp(word('отступил[аи]? из|покинул[аи]?|(?:вышли|ушли) из|оставили'), 'giu'),
  place: 'after',
  actor: 'before',
});
