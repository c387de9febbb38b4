// "Градът падна в ръцете на талибаните", "падна под контрола на".
import { localeParser, word } from '../common.js';
import { BG } from './lexicon.js';

export const bgFellParser = localeParser({
  name: 'bgFellParser',
  type: 'capture',
  lexicon: BG,
  triggers: ['падна', 'паднаха', 'падне'],
  pattern: new RegExp(word('падна(?:ха)? (?:в ръцете на|под контрола на)'), 'giu'),
  place: 'before',
  actor: 'agent',
});
