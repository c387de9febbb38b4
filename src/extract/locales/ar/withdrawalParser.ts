// "انسحبت القوات من ...".
import { localeParser, withClitics, word } from '../common.js';
import { AR } from './lexicon.js';

export const arWithdrawalParser = localeParser({
  name: 'arWithdrawalParser',
  type: 'withdrawal',
  lexicon: AR,
  triggers: withClitics(['انسحب', 'انسحبت', 'انسحبوا']),
  pattern: new RegExp(word('[وف]?انسحب(?:ت|وا)?[^.،,؛]{0,30}?(?<![\\p{L}])من'), 'gu'),
  place: 'after',
  actor: 'before',
});
