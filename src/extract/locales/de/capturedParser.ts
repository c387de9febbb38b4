// Verb last: "haben die Taliban die Stadt Kundus eingenommen", "unter ihre Kontrolle gebracht".
import { localeParser, word } from '../common.js';
import { DE } from './lexicon.js';

export const deCapturedParser = localeParser({
  name: 'deCapturedParser',
  type: 'capture',
  lexicon: DE,
  triggers: ['eingenommen', 'erobert', 'gebracht', 'überrannt'],
  pattern: new RegExp(word('eingenommen|erobert|überrannt|unter (?:ihre|seine|die|eigene) Kontrolle gebracht'), 'giu'),
  place: 'before',
  actor: 'before',
  verbLast: true,
  // "Stellungen bei Kundus eingenommen": positions taken, not a place.
  guard: /(?:Stellung|Position|Haltung|Platz)\p{L}*[^.,;]{0,25}$/u,
});
