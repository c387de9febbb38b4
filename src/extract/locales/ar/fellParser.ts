// "سقطت المدينة بيد طالبان", "سقط في أيدي", "سقطت تحت سيطرة".
import { localeParser, withClitics, word } from '../common.js';
import { AR } from './lexicon.js';

export const arFellParser = localeParser({
  name: 'arFellParser',
  type: 'capture',
  lexicon: AR,
  triggers: withClitics(['سقط', 'سقطت', 'سقوط']),
  pattern: new RegExp(word('[وف]?(?:سقط(?:ت)?|سقوط)(?=[^.،,؛]{0,30}?(?<![\\p{L}])(?:بيد|بأيدي|في يد|في أيدي|تحت سيطرة))'), 'gu'),
  // The verb comes first ("سقطت مدينة قندوز بيد طالبان") or after its subject ("قندوز سقطت بيد").
  place: 'around',
  actor: 'agent',
});
