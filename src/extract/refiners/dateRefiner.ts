// The date of an event: the date mention of its sentence closest to its verb (resolved against the
// publication date), leaving out the bounds of a period ("since May 1"). No date in the sentence:
// the tense decides (see asOfPublication), else null, never guessed.
import type { DocumentContext, Draft, Refiner } from '../types.js';

/** "date 2021-08-06 The Taliban ...", "KABUL, Aug 13 (Reuters) - ...": a numeric date heading the text. */
function isDateline(text: string, m: { start: number; end: number; text: string }): boolean {
  if (m.start > 40 || !/\d/.test(m.text)) return false;
  const before = text.slice(0, m.start).replace(/^[\p{Lu} ,]+/u, '');
  return /^\W*(?:date\s*)?$/i.test(before) && (/date\s*$/i.test(text.slice(0, m.start)) || /^\s*(?:[-–—:(]|\p{Lu})/u.test(text.slice(m.end)));
}

const PERFECT = /\b(?:has|have|'ve)\s+(?:\w+ly\s+|now\s+|also\s+|just\s+|already\s+|reportedly\s+)*(?:been\s+)?$/i;
const PRESENT_STATE = /\b(?:control|controls|hold|holds|is|are|remains?)\b/i;

/**
 * No date in the sentence: a present state ("the Taliban control 16 of 17 districts", "is in the hands of")
 * holds on the publication day; a present perfect ("has fallen", "have captured") happened shortly
 * before it (week precision). A simple past without a date stays undated.
 */
function asOfPublication(d: Draft, ctx: DocumentContext): void {
  const published = ctx.doc.published;
  if (!published) return;
  const s = ctx.sentences[d.sentence];
  const before = s.text.slice(0, d.trigger.start - s.start);
  const state = d.type === 'control_claim' && (d.parser === 'underControlParser' || PRESENT_STATE.test(s.text.slice(Math.max(0, d.trigger.start - s.start - 25), d.trigger.end - s.start)));
  if (state) [d.date, d.datePrecision] = [published, 'day'];
  else if (PERFECT.test(before)) [d.date, d.datePrecision] = [published, 'week'];
}

export const dateRefiner: Refiner = {
  name: 'dateRefiner',
  refine(drafts, ctx) {
    for (const d of drafts) {
      const s = ctx.sentences[d.sentence];
      const mentions = ctx.dates(d.sentence);
      let best: (typeof mentions)[number] | null = null;
      let bestDistance = Infinity;
      for (const m of mentions) {
        if (/\b(?:since|until|till|from|before)\s+(?:early\s+|mid-?|late\s+)?$/i.test(s.text.slice(0, m.start)) || /^since\b/i.test(m.text)) continue;
        // A dateline at the head of the document dates the report, not the event.
        if (d.sentence === 0 && isDateline(s.text, m)) continue;
        const start = s.start + m.start;
        const end = s.start + m.end;
        // A date after the verb belongs to it only within its clause ("have taken Bakhmut and would pull out on Thursday").
        if (start >= d.trigger.end && /[,;]|\b(?:and|but|would|will|could|while|as)\b/.test(ctx.doc.text.slice(d.trigger.end, start))) continue;
        const distance = end <= d.trigger.start ? d.trigger.start - end : Math.max(0, start - d.trigger.end);
        if (distance < bestDistance) [best, bestDistance] = [m, distance];
      }
      if (!best) {
        asOfPublication(d, ctx);
        continue;
      }
      d.date = best.date;
      d.datePrecision = best.precision;
      d.dateSpan = { start: s.start + best.start, end: s.start + best.end };
    }
    return drafts;
  },
};
