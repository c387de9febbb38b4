// "استعادت القوات السيطرة على ...", "استعاد الجيش", "أخرجت مسلحي الحركة من ...", "طردت ... من".
import { localeParser, withClitics, word } from '../common.js';
import { AR } from './lexicon.js';

export const arRecaptureParser = localeParser({
  name: 'arRecaptureParser',
  type: 'recapture',
  lexicon: AR,
  triggers: withClitics(['استعاد', 'استعادت', 'استعادوا', 'استعادة', 'أخرجت', 'أخرج', 'أخرجوا', 'طردت', 'طرد', 'طردوا']),
  pattern: new RegExp(word('[وف]?(?:استعاد(?:ت|وا|ة)?(?:[^.،,؛]{0,40}?السيطرة على)?|(?:أخرج|طرد)(?:ت|وا)?[^.،,؛]{0,40}?(?<![\\p{L}])من)'), 'gu'),
  place: 'after',
  actor: 'before',
});
