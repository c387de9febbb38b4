// "Армията си върна контрола над града", "отвоюваха", "освободиха".
import { localeParser, word } from '../common.js';
import { BG } from './lexicon.js';

export const bgRecaptureParser = localeParser({
  name: 'bgRecaptureParser',
  type: 'recapture',
  lexicon: BG,
  triggers: ['отвоюваха', 'освободиха', 'върнаха', 'върна'],
  pattern: new RegExp(word('отвоюваха|освободиха|(?:си )?върна(?:ха)? контрола над'), 'giu'),
  place: 'after',
  actor: 'before',
});
