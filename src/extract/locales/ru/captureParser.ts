// "Талибы захватили город Кундуз", "взяли под контроль", "установили контроль над", "заняли".
import { localeParser, word } from '../common.js';
import { RU } from './lexicon.js';

export const ruCaptureParser = localeParser({
  name: 'ruCaptureParser',
  type: 'capture',
  lexicon: RU,
  triggers: ['захватили', 'захватил', 'захватила', 'захватило', 'взяли', 'взял', 'взяла', 'установили', 'установил', 'заняли', 'занял', 'заняла', 'овладели'],
  pattern: new RegExp(word('захватил[аои]?|взял[аои]? под (?:свой |полный )?контроль|установил[аои]? (?:свой |полный )?контроль над|занял[аои]?|овладели'), 'giu'),
  place: 'after',
  actor: 'before',
});
