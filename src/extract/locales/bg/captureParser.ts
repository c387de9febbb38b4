// "Талибаните завзеха град Файзабад", "превзеха", "поеха контрола над".
import { localeParser, word } from '../common.js';
import { BG } from './lexicon.js';

export const bgCaptureParser = localeParser({
  name: 'bgCaptureParser',
  type: 'capture',
  lexicon: BG,
  triggers: ['завзеха', 'завзе', 'завзели', 'превзеха', 'превзе', 'превзели', 'поеха', 'пое', 'установиха'],
  pattern: new RegExp(word('завзе(?:ха|ли)?|превзе(?:ха|ли)?|поеха контрола(?: над)?|пое контрола(?: над)?|установиха контрол над'), 'giu'),
  place: 'after',
  actor: 'before',
});
