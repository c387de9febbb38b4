// Hypotheticals, threats, approaches and negations are not events: "could fall", "threatened to
// take", "closing in on", "did not fall", "no district was lost".
import { modalityAt } from '../../nlp/index.js';
import type { Refiner } from '../types.js';

export const modalityRefiner: Refiner = {
  name: 'modalityRefiner',
  refine(drafts, ctx) {
    for (const d of drafts) {
      const s = ctx.sentences[d.sentence];
      d.modality = modalityAt(s.text, d.trigger.start - s.start);
    }
    return drafts.filter((d) => d.modality === null);
  },
};
