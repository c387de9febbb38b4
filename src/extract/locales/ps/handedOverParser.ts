// "ښار ... طالبانو ته وسپارل شو" (handed over), "... سقوط وکړ".
import { localeParser, word } from '../common.js';
import { PS } from './lexicon.js';

export const psHandedOverParser = localeParser({
  name: 'psHandedOverParser',
  type: 'capture',
  lexicon: PS,
  triggers: ['وسپارل', 'سپارل', 'سقوط'],
  pattern: new RegExp(word('[\\p{L}]+ ته و?سپارل(?: شو| شول| شوه)?|سقوط وکړ(?:ه|ل)?'), 'gu'),
  place: 'before',
  actor: 'agent',
});
