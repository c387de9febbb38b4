// Verb last: "طالبانو د کندهار ښار ونیو", "... تر کنټرول لاندې راوست".
import { localeParser, word } from '../common.js';
import { PS } from './lexicon.js';

export const psSeizedParser = localeParser({
  name: 'psSeizedParser',
  type: 'capture',
  lexicon: PS,
  triggers: ['ونیو', 'ونیوه', 'ونیول', 'ونیولې', 'کنټرول', 'کنترول'],
  pattern: new RegExp(word('ونیو(?:ه|ل|لې)?|تر کن[ټت]رول لاندې (?:راوست|راوستل|راوستله|کړ|کړل)'), 'gu'),
  place: 'before',
  actor: 'before',
  verbLast: true,
});
