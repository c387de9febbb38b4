// "نیروها از ... عقب‌نشینی کردند", "از شهر بیرون شدند", "... را ترک کردند".
import { localeParser, word } from '../common.js';
import { FA } from './lexicon.js';

export const faWithdrawalParser = localeParser({
  name: 'faWithdrawalParser',
  type: 'withdrawal',
  lexicon: FA,
  triggers: ['عقب', 'عقب‌نشینی', 'بیرون', 'خارج'],
  pattern: new RegExp(word('از(?=[^.،,؛]{0,50}(?:عقب‌?\\s?نشینی|بیرون شدند|خارج شدند))'), 'gu'),
  place: 'after',
  actor: 'before',
});
