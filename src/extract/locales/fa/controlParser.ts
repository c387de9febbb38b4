// "طالبان کنترل ولسوالی ... را به دست گرفتند".
import { localeParser, word } from '../common.js';
import { FA } from './lexicon.js';

export const faControlParser = localeParser({
  name: 'faControlParser',
  type: 'capture',
  lexicon: FA,
  triggers: ['کنترل', 'کنترول'],
  pattern: new RegExp(word('کنترو?ل(?=[^.،,؛]{0,60} را (?:به ?دست|در دست) (?:گرفتند|گرفت|گرفته))'), 'gu'),
  place: 'after',
  actor: 'before',
  verbLast: true,
});
