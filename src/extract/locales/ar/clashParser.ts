// "اشتباكات في مدينة ...", "معارك حول", "هاجمت طالبان مدينة ...".
import { localeParser, withClitics, word } from '../common.js';
import { AR } from './lexicon.js';

export const arClashParser = localeParser({
  name: 'arClashParser',
  type: 'clash',
  lexicon: AR,
  triggers: withClitics(['اشتباكات', 'معارك', 'هاجمت', 'هاجم', 'هاجموا']),
  pattern: new RegExp(word('[وف]?(?:اشتباكات|معارك)(?: عنيفة)? (?:في|حول|قرب|داخل)|[وف]?هاجم(?:ت|وا)?'), 'gu'),
  place: 'after',
  actor: 'before',
  opponent: true,
});
