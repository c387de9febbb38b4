// The date of an event: the date mention of its sentence closest to its verb (resolved against the
// publication date), leaving out the bounds of a period ("since May 1"). No date in the sentence:
// the tense decides (see asOfPublication), else null, never guessed.
import { resolveDates } from '../../nlp/index.js';
import type { DocumentContext, Draft, Refiner } from '../types.js';

/** "date 2021-08-06 The Taliban ...", "KABUL, Aug 13 (Reuters) - ...": a numeric date heading the text. */
function isDateline(text: string, m: { start: number; end: number; text: string }): boolean {
  if (m.start > 40 || !/\d/.test(m.text)) return false;
  const before = text.slice(0, m.start).replace(/^[\p{Lu} ,]+/u, '');
  return /^\W*(?:date\s*)?$/i.test(before) && (/date\s*$/i.test(text.slice(0, m.start)) || /^\s*(?:[-–—:(]|\p{Lu})/u.test(text.slice(m.end)));
}

/** A clause boundary between the verb and a later date: the date belongs to another verb. */
const OTHER_CLAUSE = /;|\b(?:and|but|would|will|could|while|as)\b/;

/** "captured Jalalabad, the capital of Nangarhar, on Sunday": a date introduced by "on" after an apposition still dates the verb. */
function laterDateFits(between: string, sentence: string, m: { start: number; text: string }): boolean {
  if (OTHER_CLAUSE.test(between)) return false;
  return !between.includes(',') || /^on\b/i.test(m.text) || /\bon\s+$/i.test(sentence.slice(0, m.start));
}

/** With no publication date, the year in the report's URL (".../2021/07/...") still dates "July 12". */
function urlYear(url: string | null | undefined): number | undefined {
  const m = url?.match(/\/((?:19|20)\d\d)\//);
  return m ? Number(m[1]) : undefined;
}

const PERFECT = /\b(?:has|have|'ve)\s+(?:\w+ly\s+|now\s+|also\s+|just\s+|already\s+|reportedly\s+)*(?:been\s+)?$/i;
const PRESENT_STATE = /\b(?:control|controls|hold|holds|is|are|remains?)\b/i;
/** "have seized 12 provincial capitals": an aggregate claim's trigger is its count, the perfect sits a few words before it. */
const PERFECT_CLAIM = /\b(?:has|have|'ve)\s+(?:[\w-]+\s+){1,3}$/i;

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
  const claim = d.type === 'control_claim';
  const state = claim && (d.parser === 'underControlParser' || PERFECT_CLAIM.test(before) || PRESENT_STATE.test(s.text.slice(Math.max(0, d.trigger.start - s.start - 25), d.trigger.end - s.start)));
  if (state) [d.date, d.datePrecision] = [published, 'day'];
  else if (PERFECT.test(before)) [d.date, d.datePrecision] = [published, 'week'];
}

export const dateRefiner: Refiner = {
  name: 'dateRefiner',
  refine(drafts, ctx) {
    for (const d of drafts) {
      const s = ctx.sentences[d.sentence];
      const mentions = ctx.doc.published ? ctx.dates(d.sentence) : resolveDates(s.text, null, urlYear(ctx.doc.url));
      let best: (typeof mentions)[number] | null = null;
      let bestDistance = Infinity;
      for (const m of mentions) {
        if (/\b(?:since|until|till|from|before)\s+(?:early\s+|mid-?|late\s+)?$/i.test(s.text.slice(0, m.start)) || /^since\b/i.test(m.text)) continue;
        // A dateline at the head of the document dates the report, not the event.
        if (d.sentence === 0 && isDateline(s.text, m)) continue;
        const start = s.start + m.start;
        const end = s.start + m.end;
        // A date after the verb belongs to it only within its clause ("have taken Bakhmut and would pull out on Thursday").
        if (start >= d.trigger.end && !laterDateFits(ctx.doc.text.slice(d.trigger.end, start), s.text, m)) continue;
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
