// "نیروهای امنیتی با طالبان در ... درگیر شدند", "جنگ در ...", "درگیری‌ها در ...".
import { localeParser, word } from '../common.js';
import { FA } from './lexicon.js';

export const faClashParser = localeParser({
  name: 'faClashParser',
  type: 'clash',
  lexicon: FA,
  triggers: ['درگیر', 'درگیری', 'درگیریها', 'نبرد'],
  pattern: new RegExp(word('درگیر (?:شدند|شده|شده اند|شده‌اند)'), 'gu'),
  place: 'before',
  actor: 'before',
  verbLast: true,
  opponent: true,
});
