// "سيطرت طالبان على ...", "أحكمت سيطرتها على", "عقب سيطرة الحركة على", "استولى على".
import { localeParser, withClitics, word } from '../common.js';
import { AR } from './lexicon.js';

const CONTROL = ['سيطر', 'سيطرت', 'سيطروا', 'سيطرة', 'السيطرة', 'سيطرتها', 'سيطرته', 'سيطرتهم', 'استولى', 'استولت', 'استولوا', 'الاستيلاء'];

export const arCaptureParser = localeParser({
  name: 'arCaptureParser',
  type: 'capture',
  lexicon: AR,
  triggers: withClitics(CONTROL),
  pattern: new RegExp(word('[وف]?(?:سيطر(?:ت|وا)?|(?:ال)?سيطر(?:ة|ت)(?:ها|هم|ه)?|استول(?:ى|ت|وا)|الاستيلاء)(?=[^.،,؛]{0,40}?(?<![\\p{L}])على(?![\\p{L}]))[^.،,؛]{0,40}?على'), 'gu'),
  place: 'after',
  actor: 'before',
  // An attempt, an aim or a loss of control is no capture.
  guard: /(?:محاولة|محاولتها|محاولتهم|تحاول|يحاول|يحاولون|تسعى|بهدف|تحت|فقدت|فقد|فقدوا|فقدان|لاستعادة)(?:\s+[^\s]+){0,3}\s*$/u,
});
