// Verb last: "صدها سرباز در ... به طالبان تسلیم شدند".
import { localeParser, word } from '../common.js';
import { FA } from './lexicon.js';

export const faSurrenderParser = localeParser({
  name: 'faSurrenderParser',
  type: 'surrender',
  lexicon: FA,
  triggers: ['تسلیم'],
  pattern: new RegExp(word('تسلیم (?:شدند|شده|شد|کردند)'), 'gu'),
  place: 'before',
  actor: 'before',
  verbLast: true,
  counted: true,
});
