// "... به دست طالبان افتاد", "... به دست جنگجویان طالبان سقوط کرد", "... سقوط کرد".
import { localeParser, word } from '../common.js';
import { FA } from './lexicon.js';

export const faFellParser = localeParser({
  name: 'faFellParser',
  type: 'capture',
  lexicon: FA,
  triggers: ['سقوط', 'افتاد', 'افتاده', 'افتادند'],
  pattern: new RegExp(word('به ?دست [^.،,؛]{0,40}?(?:سقوط (?:کرد|کرده|نمود)|افتاد(?:ه|ند)?)|سقوط (?:کرد|کرده|نمود)'), 'gu'),
  place: 'before',
  actor: 'agent',
});
