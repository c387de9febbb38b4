// Verb second: "Die Taliban eroberten Kundus", "nahmen die Stadt ... ein" (place after the verb).
import { localeParser, word } from '../common.js';
import { DE } from './lexicon.js';

export const deCaptureParser = localeParser({
  name: 'deCaptureParser',
  type: 'capture',
  lexicon: DE,
  triggers: ['eroberten', 'eroberte', 'erobern', 'nahmen', 'nahm', 'brachten', 'brachte'],
  pattern: new RegExp(word('eroberte[n]?|nahm(?:en)?(?= [^.,;]{0,60} ein(?![\\p{L}]))|brachte[n]?(?= [^.,;]{0,60} unter (?:ihre|seine) Kontrolle)'), 'giu'),
  place: 'after',
  actor: 'before',
});
