// "L'armée a repris Kunduz", "ont repris le contrôle de", "ont reconquis".
import { localeParser, word } from '../common.js';
import { FR } from './lexicon.js';

export const frRecaptureParser = localeParser({
  name: 'frRecaptureParser',
  type: 'recapture',
  lexicon: FR,
  triggers: ['repris', 'reprennent', 'reconquis'],
  pattern: new RegExp(word('(?:ont|a) repris(?: le contrôle d(?:e|u|es|[\'’]))?|reprennent(?: le contrôle d(?:e|u|es|[\'’]))?|(?:ont|a) reconquis'), 'giu'),
  place: 'after',
  actor: 'before',
});
