// The date of an event: the date mention of its sentence closest to its verb (resolved against the
// publication date, or with the URL's year when there is none), leaving out the bounds of a period
// ("since May 1"); "on Dec. 15 and 19, respectively" gives each place its day. No date in the sentence:
// "Five days later" counts from the sentence before; a simple past told as the story's own takes the one
// day of the sentence before (or of the next one repeating its verb); else the tense decides (see
// asOfPublication), else null, never guessed.
import type { IsoDate } from '../../core/index.js';
import { daysLater, resolveDates, respectiveDays, type DateMention } from '../../nlp/dates.js';
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
  if (!between.includes(',')) return true;
  const lead = sentence.slice(0, m.start);
  return /^on\b/i.test(m.text) || /\bon\s+$/i.test(lead) || RELATIVE_DAY_APPOSITION.test(lead);
}

/** "fell yesterday, July 12", "this morning, June 19": the calendar date restates the day word before it. */
const RELATIVE_DAY_APPOSITION = /\b(?:yesterday|today|morning|afternoon|evening|night|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday),\s*$/i;

/** With no publication date, the year in the report's URL (".../2021/07/...") still dates "July 12". */
function urlYear(url: string | null | undefined): number | undefined {
  const m = url?.match(/\/((?:19|20)\d\d)\//);
  return m ? Number(m[1]) : undefined;
}

const PERFECT = /\b(?:has|have|'ve)\s+(?:\w+ly\s+|now\s+|also\s+|just\s+|already\s+|reportedly\s+)*(?:been\s+)?$/i;
const PRESENT_STATE = /\b(?:control|controls|hold|holds|is|are|remains?)\b/i;
/** "were previously under Taliban control": a state that held once, not on the publication day. */
const PAST_STATE = /\b(?:was|were|had been|previously|formerly|once)\b/i;
/** "have seized 12 provincial capitals": an aggregate claim's trigger is its count, the perfect sits a few words before it. */
const PERFECT_CLAIM = /\b(?:has|have|'ve)\s+(?:[\w-]+\s+){1,3}$/i;
/** "Eight Ghazni districts have fallen": the count leads and the perfect follows it. */
const CLAIM_THEN_PERFECT = /^(?:\s*[\w-]+){0,3}\s+(?:has|have)\s+(?:\w+\s+)?(?:been|fallen|come)\b/i;

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
  const after = s.text.slice(d.trigger.end - s.start);
  const state = claim && (d.parser === 'underControlParser' || PERFECT_CLAIM.test(before) || CLAIM_THEN_PERFECT.test(after) || PRESENT_STATE.test(s.text.slice(0, d.trigger.end - s.start)));
  if (state && !(PAST_STATE.test(s.text) && !/\bnow\b/i.test(s.text))) [d.date, d.datePrecision] = [published, 'day'];
  else if (PERFECT.test(before)) [d.date, d.datePrecision] = [published, 'week'];
}

type Mention = DateMention;

/** The date mentions of a sentence; with no publication date, resolved with the URL's year. */
function mentionsOf(i: number, ctx: DocumentContext): Mention[] {
  if (ctx.doc.published) return ctx.dates(i);
  const cache = undatedCache.get(ctx) ?? new Map<number, Mention[]>();
  undatedCache.set(ctx, cache);
  let found = cache.get(i);
  if (!found) cache.set(i, (found = resolveDates(ctx.sentences[i].text, null, urlYear(ctx.doc.url))));
  return found;
}

/** Sentences of undated documents are read once per document too (chrono is the costly part). */
const undatedCache = new WeakMap<DocumentContext, Map<number, Mention[]>>();

/** The mention of the draft's own sentence that dates its verb, or null. */
function ownDate(d: Draft, ctx: DocumentContext): Mention | null {
  const s = ctx.sentences[d.sentence];
  let best: Mention | null = null;
  let bestDistance = Infinity;
  for (const m of mentionsOf(d.sentence, ctx)) {
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
  return best;
}

/** "Five days later, Zalingei was taken": the last day-precise date of the three sentences before, moved on. */
function laterThanBefore(d: Draft, ctx: DocumentContext): IsoDate | null {
  const later = daysLater(ctx.sentences[d.sentence].text);
  if (later === null) return null;
  for (let i = d.sentence - 1; i >= Math.max(0, d.sentence - 3); i--) {
    const anchor = mentionsOf(i, ctx).filter((m) => m.precision === 'day').pop();
    if (anchor) return new Date(Date.parse(`${anchor.date}T00:00:00Z`) + later * 86_400_000).toISOString().slice(0, 10);
  }
  return null;
}

/** "seized Namhsan and Mantong on Dec. 15 and 19, respectively": the n-th place named takes the n-th day. */
function assignRespectively(drafts: Draft[], ctx: DocumentContext): Set<Draft> {
  const done = new Set<Draft>();
  const bySentence = new Map<string, Draft[]>();
  for (const d of drafts) bySentence.set(`${d.sentence}|${d.type}`, [...(bySentence.get(`${d.sentence}|${d.type}`) ?? []), d]);
  for (const group of bySentence.values()) {
    const days = respectiveDays(ctx.sentences[group[0].sentence].text, ctx.doc.published, urlYear(ctx.doc.url));
    if (days.length < 2 || days.length !== group.length) continue;
    [...group].sort((a, b) => a.place.span.start - b.place.span.start).forEach((d, i) => {
      [d.date, d.datePrecision] = [days[i], 'day'];
      done.add(d);
    });
  }
  return done;
}

/** "Earlier, the Taliban had taken Muqur", "Its fall followed the seizure of X": an event told as background, before the story's own. */
const BACKGROUND = /\b(?:earlier|previously|before|already|former|once|follow(?:ed|ing))\b/i;

/**
 * "The Taliban captured two more capitals on Sunday. The militants captured Kunduz and Sar-e-Pul.": a simple
 * past with no date of its own, right after a sentence of the same paragraph with one day, goes on telling that day.
 */
function dateFromSentenceBefore(d: Draft, ctx: DocumentContext): Mention | null {
  const s = ctx.sentences[d.sentence];
  const prev = ctx.sentences[d.sentence - 1];
  if (!prev || prev.paragraph !== s.paragraph || !simplePast(d, ctx)) return null;
  const days = mentionsOf(d.sentence - 1, ctx).filter((m) => m.precision === 'day' && !(d.sentence - 1 === 0 && isDateline(prev.text, m)));
  return days.length === 1 ? days[0] : null;
}

/**
 * "300 soldiers crossed from Badakhshan, officials said. Afghan troops crossed at 6:30 p.m. on Saturday.": the next
 * sentence of the paragraph repeats the verb with one day, the detail of the same event.
 */
function dateFromSentenceAfter(d: Draft, ctx: DocumentContext): Mention | null {
  const s = ctx.sentences[d.sentence];
  const next = ctx.sentences[d.sentence + 1];
  const verb = ctx.doc.text.slice(d.trigger.start, d.trigger.end).match(/^\p{L}{4,}/u)?.[0];
  if (!next || !verb || next.paragraph !== s.paragraph || !simplePast(d, ctx)) return null;
  if (!new RegExp(`\\b${verb}\\b`, 'i').test(next.text)) return null;
  const days = mentionsOf(d.sentence + 1, ctx).filter((m) => m.precision === 'day');
  return days.length === 1 ? days[0] : null;
}

/** A past told as the story's own (no perfect, no "earlier"): it may take a day from a neighbouring sentence. */
function simplePast(d: Draft, ctx: DocumentContext): boolean {
  const s = ctx.sentences[d.sentence];
  return !BACKGROUND.test(s.text) && !/\b(?:has|have|had|'ve|is|are|will|would)\b/i.test(s.text.slice(0, d.trigger.end - s.start));
}

export const dateRefiner: Refiner = {
  name: 'dateRefiner',
  refine(drafts, ctx) {
    const respective = assignRespectively(drafts, ctx);
    for (const d of drafts) {
      if (respective.has(d)) continue;
      const s = ctx.sentences[d.sentence];
      const best = ownDate(d, ctx);
      if (best) {
        d.date = best.date;
        d.datePrecision = best.precision;
        d.dateSpan = { start: s.start + best.start, end: s.start + best.end };
        continue;
      }
      const later = laterThanBefore(d, ctx);
      const told = later ? null : dateFromSentenceBefore(d, ctx) ?? dateFromSentenceAfter(d, ctx);
      if (later) [d.date, d.datePrecision] = [later, 'day'];
      else if (told) [d.date, d.datePrecision] = [told.date, told.precision];
      else asOfPublication(d, ctx);
    }
    return drafts;
  },
};
