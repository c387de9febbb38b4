// "Le forze afghane si sono scontrate con i talebani per il valico di Spin Boldak", "scontri a Kunduz".
import { localeParser, word } from '../common.js';
import { IT } from './lexicon.js';

export const itClashParser = localeParser({
  name: 'itClashParser',
  type: 'clash',
  lexicon: IT,
  triggers: ['scontrate', 'scontrati', 'scontrano', 'scontri', 'combattimenti', 'attaccato', 'attaccata'],
  pattern: new RegExp(word('(?:si sono |si )?scontrat[ie]|si scontrano|(?:scontri|combattimenti) (?:a|ad|in|nel|nella|per|intorno a)|(?:hanno|ha) attaccato'), 'giu'),
  place: 'after',
  actor: 'before',
  opponent: true,
});
