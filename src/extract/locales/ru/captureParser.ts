// "Талибы захватили город Кундуз", "взяли под контроль", "установили контроль над", "заняли Кундуз" (not "заняли позиции").
import { localeParser, word } from '../common.js';
import { RU } from './lexicon.js';

// Case-sensitive: \p{Lu} must mean a capital (under the i flag it matches any letter).
export const ruCaptureParser = localeParser({
  name: 'ruCaptureParser',
  type: 'capture',
  lexicon: RU,
  triggers: ['захватили', 'захватил', 'захватила', 'захватило', 'взяли', 'взял', 'взяла', 'установили', 'установил', 'заняли', 'занял', 'заняла', 'овладели'],
  pattern: new RegExp(word('захватил[аои]?|взял[аои]? под (?:свой |полный )?контроль|установил[аои]? (?:свой |полный )?контроль над|занял[аои]?(?= (?:город |посёлок |поселок |село )?\\p{Lu})|овладели'), 'gu'),
  place: 'after',
  actor: 'before',
});
