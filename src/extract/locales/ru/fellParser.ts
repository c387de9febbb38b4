// "Кундуз пал", "город перешёл под контроль талибов", "оказался в руках талибов".
import { localeParser, word } from '../common.js';
import { RU } from './lexicon.js';

export const ruFellParser = localeParser({
  name: 'ruFellParser',
  type: 'capture',
  lexicon: RU,
  triggers: ['пал', 'пала', 'пало', 'пали', 'перешёл', 'перешел', 'перешла', 'перешло', 'перешли', 'оказался', 'оказалась', 'оказались'],
  pattern: new RegExp(word('пал[аои]?|переш(?:ёл|ел|ла|ло|ли) под контроль|оказал(?:ся|ась|ось|ись) (?:в руках|под контролем)'), 'giu'),
  place: 'before',
  actor: 'agent',
});
