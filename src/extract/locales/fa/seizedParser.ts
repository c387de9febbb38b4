// Verb last: "طالبان شهر زرنج را تصرف کردند", "... را تسخیر کردند", "را اشغال کردند".
import { localeParser, word } from '../common.js';
import { FA } from './lexicon.js';

export const faSeizedParser = localeParser({
  name: 'faSeizedParser',
  type: 'capture',
  lexicon: FA,
  triggers: ['تصرف', 'تسخیر', 'اشغال'],
  pattern: new RegExp(word('(?:تصرف|تسخیر|اشغال) (?:کردند|کرد|کرده|نمودند|نمود)'), 'gu'),
  place: 'before',
  actor: 'before',
  verbLast: true,
});
