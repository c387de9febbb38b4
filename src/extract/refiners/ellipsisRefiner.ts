// Elliptical coordination: "Chaghcharan was taken on Friday, as were Tarinkot and Lashkar Gah",
// "Taloqan fell, as did Kunduz". The places after "as were/did" share the event of the clause before.
import { placesAfter } from '../phrases.js';
import type { Draft, Refiner } from '../types.js';

const AS_WERE = /^[^.;:]*?,\s*as\s+(?:were|was|did|had|have|has)\s+/i;

export const ellipsisRefiner: Refiner = {
  name: 'ellipsisRefiner',
  refine(drafts, ctx) {
    const out: Draft[] = [];
    const done = new Set<string>();
    for (const d of drafts) {
      out.push(d);
      const s = ctx.sentences[d.sentence];
      const key = `${d.sentence}:${d.trigger.start}`;
      if (done.has(key)) continue;
      done.add(key);
      const after = d.trigger.end - s.start;
      const m = AS_WERE.exec(s.text.slice(after));
      if (!m) continue;
      for (const place of placesAfter(s.text, after + m[0].length, s.start).filter((p) => !p.pointer)) out.push({ ...d, place, placeRef: undefined });
    }
    return out;
  },
};
