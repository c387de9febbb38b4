// "استسلم نحو 100 مقاتل لحركة طالبان في ...", "بإستسلام ... لطالبان".
import { localeParser, withClitics, word } from '../common.js';
import { AR } from './lexicon.js';

export const arSurrenderParser = localeParser({
  name: 'arSurrenderParser',
  type: 'surrender',
  lexicon: AR,
  triggers: [...withClitics(['استسلم', 'استسلمت', 'استسلموا', 'استسلام']), 'بإستسلام', 'باستسلام'],
  pattern: new RegExp(word('[وفب]?(?:استسلم(?:ت|وا)?|[إا]ستسلام)'), 'gu'),
  place: 'after',
  actor: 'before',
  receiver: true,
  counted: true,
});
