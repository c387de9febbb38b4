// The date of an event: the date mention of its sentence closest to its verb (resolved against the
// publication date), leaving out the bounds of a period ("since May 1"). No date in the sentence:
// null, never guessed.
import type { Refiner } from '../types.js';

export const dateRefiner: Refiner = {
  name: 'dateRefiner',
  refine(drafts, ctx) {
    for (const d of drafts) {
      const s = ctx.sentences[d.sentence];
      const mentions = ctx.dates(d.sentence);
      let best: (typeof mentions)[number] | null = null;
      let bestDistance = Infinity;
      for (const m of mentions) {
        if (/\b(?:since|until|till|from|before)\s+(?:early\s+|mid-?|late\s+)?$/i.test(s.text.slice(0, m.start))) continue;
        // A dateline at the head of the document dates the report, not the event.
        if (s.start + m.start < 40 && d.sentence === 0 && /^\W*(?:date\s*)?$/i.test(s.text.slice(0, m.start).replace(/^[A-Z ,]+/, ''))) continue;
        const start = s.start + m.start;
        const end = s.start + m.end;
        const distance = end <= d.trigger.start ? d.trigger.start - end : Math.max(0, start - d.trigger.end);
        if (distance < bestDistance) [best, bestDistance] = [m, distance];
      }
      if (!best) continue;
      d.date = best.date;
      d.datePrecision = best.precision;
      d.dateSpan = { start: s.start + best.start, end: s.start + best.end };
    }
    return drafts;
  },
};
