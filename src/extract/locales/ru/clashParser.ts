// "Бои за Кундуз", "боевые действия в районе", "атаковали город".
import { localeParser, word } from '../common.js';
import { RU } from './lexicon.js';

export const ruClashParser = localeParser({
  name: 'ruClashParser',
  type: 'clash',
  lexicon: RU,
  triggers: ['бои', 'боев', 'столкновения', 'атаковали', 'атаковал', 'штурмуют'],
  pattern: new RegExp(word('(?:бои|боев|столкновения) (?:за|в|у|под|вокруг)|атаковал[иа]?|штурмуют'), 'giu'),
  place: 'after',
  actor: 'before',
  opponent: true,
});
