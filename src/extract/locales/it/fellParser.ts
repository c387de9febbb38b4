// "Kunduz è caduta nelle mani dei talebani", "caduta in mano ai talebani".
import { localeParser, word } from '../common.js';
import { IT } from './lexicon.js';

export const itFellParser = localeParser({
  name: 'itFellParser',
  type: 'capture',
  lexicon: IT,
  triggers: ['caduto', 'caduta', 'caduti', 'cadute', 'cade', 'cadono'],
  pattern: new RegExp(word('(?:caduto|caduta|caduti|cadute|cade|cadono) (?:nelle mani|in mano|sotto il controllo)'), 'giu'),
  place: 'before',
  actor: 'agent',
});
