// Dates in a sentence, resolved against the publication date. chrono-node reads the absolute
// forms ("on 21 June", "August 6", "June 2014"); the forms reports use that chrono misses or
// reads forward in time are handled here first: a weekday is the last one on or before
// publication, "last month" and "mid-April" are month-precise, "in the past three days" is a week,
// "three days ago" a day. With no publication date only the words fix a date: a year, or a day and
// month given the year the caller knows (the report's URL).
import * as chrono from 'chrono-node';
import type { DatePrecision, IsoDate, Span } from '../core/index.js';
import { allMatches } from './matches.js';

export interface DateMention extends Span {
  text: string;
  date: IsoDate;
  precision: DatePrecision;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December)';

/** A month name or its abbreviation, a year, a numeric date: what chrono can add. "Marjah" or "Jani Khel" are not months. */
const ABSOLUTE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)|\b\d{4}\b|\d{1,2}[/.-]\d{1,2}/;

const MONTH_NAME = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)/;

/** Every relative form below contains one of these words: a sentence without them skips the rules. */
const RELATIVE = /day|night|morning|afternoon|evening|week|month|today|ago|January|February|March|April|May|June|July|August|September|October|November|December/i;

/** "in 2014", "since 2001": a year alone. */
const YEARS = /\b(?:in|since|during) ((?:19|20)\d\d)\b/g;

type Rule = { re: RegExp; resolve: (m: RegExpExecArray, ref: Date) => { date: Date; precision: DatePrecision } | null };

const day = (date: Date) => ({ date, precision: 'day' as const });
const week = (date: Date) => ({ date, precision: 'week' as const });
const month = (date: Date) => ({ date, precision: 'month' as const });

const RULES: Rule[] = [
  { re: /\b(?:over(?:the )?night|today|tonight|this (?:morning|afternoon|evening)|(?:earlier|later) (?:in the day|today))\b/gi, resolve: (_m, ref) => day(ref) },
  { re: /\b(?:yesterday|last night)\b/gi, resolve: (_m, ref) => day(addDays(ref, -1)) },
  { re: /\b(?:on |early |late |last |since )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/gi, resolve: (m, ref) => day(lastWeekday(ref, WEEKDAYS.indexOf(m[1].toLowerCase()))) },
  { re: /\blast month\b/gi, resolve: (_m, ref) => month(new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - 1, 1))) },
  { re: /\b(?:earlier|later) (?:this|in the) month\b|\bthis month\b/gi, resolve: (_m, ref) => month(ref) },
  { re: /\blast week\b|\ba week ago\b/gi, resolve: (_m, ref) => week(addDays(ref, -7)) },
  { re: /\b(?:earlier |later )?this week\b|\bin (?:the )?(?:past|last|previous) (?:few |several |two |three |four |five |six |seven |one |\d+ )?(?:days?|weeks?)\b|\bin recent days\b/gi, resolve: (_m, ref) => week(ref) },
  { re: new RegExp(`\\b(?:early|mid|late|in early|in mid|in late)[- ]${MONTH_RE}(?: (\\d{4}))?\\b`, 'gi'), resolve: (m, ref) => month(pastMonth(ref, m[1], m[2])) },
  { re: new RegExp(`\\blast ${MONTH_RE}\\b`, 'gi'), resolve: (m, ref) => month(pastMonth(ref, m[1], undefined, true)) },
  { re: new RegExp(`\\b(?:in )?${MONTH_RE} last year\\b`, 'gi'), resolve: (m, ref) => month(new Date(Date.UTC(ref.getUTCFullYear() - 1, monthIndex(m[1]), 1))) },
  { re: /\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (days?|weeks?|months?) ago\b/gi, resolve: (m, ref) => ago(ref, count(m[1]), m[2].toLowerCase()) },
  { re: /\b(?:a|one) month ago\b/gi, resolve: (_m, ref) => month(new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - 1, ref.getUTCDate()))) },
];

/**
 * Every date mention in `text`, resolved against `published` (relative forms need it; null = only absolute dates).
 * `year`: with no publication date, the year the report is known to be from (its URL's /2021/): "July 12" is then dated.
 */
export function resolveDates(text: string, published: IsoDate | null, year?: number): DateMention[] {
  const ref = published ? new Date(`${published}T12:00:00Z`) : null;
  const found: DateMention[] = ref && RELATIVE.test(text) ? ruleMentions(text, ref) : [];
  // chrono is the costly part: only sentences with a digit or a month name can hold what it adds.
  // Without a reference the casual forms ("this morning, June 19") would be read against today: strict mode leaves them out.
  const parser = ref ? chrono : chrono.strict;
  const absolute = ABSOLUTE.test(text) ? parser.parse(text, ref ? { instant: ref, timezone: 0 } : undefined, { forwardDate: false }) : [];
  for (const r of absolute) {
    const start = r.index;
    const end = start + r.text.length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    // Without a publication date only what the words fix is kept: a year, or a month name given the URL's year.
    if (!ref && !/\d{4}/.test(r.text) && !(year && MONTH_NAME.test(r.text))) continue;
    const mention = fromChrono(r, ref, year);
    if (mention) found.push({ ...mention, start, end, text: r.text });
  }
  for (const m of allMatches(YEARS, text)) {
    const start = m.index + m[0].length - 4;
    if (found.some((f) => f.start <= start && start < f.end)) continue;
    found.push({ start, end: start + 4, text: m[1], date: m[1], precision: 'year' });
  }
  return found.sort((a, b) => a.start - b.start);
}

function ruleMentions(text: string, ref: Date): DateMention[] {
  const out: DateMention[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (out.some((f) => f.start < m!.index + m![0].length && m!.index < f.end)) continue;
      const r = rule.resolve(m, ref);
      if (r) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], date: iso(r.date, r.precision), precision: r.precision });
    }
  }
  return out;
}

function fromChrono(r: chrono.ParsedResult, ref: Date | null, year?: number): { date: IsoDate; precision: DatePrecision } | null {
  const c = r.start;
  const hasDay = c.isCertain('day');
  const hasMonth = c.isCertain('month');
  const hasYear = c.isCertain('year');
  if (!hasDay && !hasMonth && !hasYear) return null;
  if (!hasYear && !ref && !(year && hasMonth)) return null;
  const precision: DatePrecision = hasDay ? 'day' : hasMonth ? 'month' : 'year';
  const y = hasYear || ref ? c.get('year') ?? 0 : year!;
  let date = new Date(Date.UTC(y, (c.get('month') ?? 1) - 1, c.get('day') ?? 1));
  // Reports tell what happened: a date without a year that lands after publication is last year's.
  if (!hasYear && ref && date.getTime() > ref.getTime() + 86_400_000) date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate()));
  return { date: iso(date, precision), precision };
}

/** "Five days later", "the next day", "a week later": days after the date the text gave just before. */
export function daysLater(text: string): number | null {
  const m = /\b(?:(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (days?|weeks?) later|the (?:next|following) day)\b/i.exec(text);
  if (!m) return null;
  if (!m[1]) return 1;
  const n = /^a$/i.test(m[1]) ? 1 : count(m[1]);
  return m[2].toLowerCase().startsWith('week') ? 7 * n : n;
}

/** "on Dec. 15 and 19, respectively": the days of one month, in the order the places were named. */
export function respectiveDays(text: string, published: IsoDate | null, year?: number): IsoDate[] {
  const m = /\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?) (\d{1,2})((?:, \d{1,2})*),? and (\d{1,2}),? respectively\b/i.exec(text);
  if (!m) return [];
  const first = resolveDates(`${m[1]} ${m[2]}`, published, year)[0];
  if (!first || first.precision !== 'day') return [];
  const rest = [...m[3].matchAll(/\d{1,2}/g)].map((x) => x[0]).concat(m[4]);
  return [first.date, ...rest.map((d) => `${first.date.slice(0, 8)}${d.padStart(2, '0')}`)];
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const count = (word: string) => (/\d/.test(word) ? Number(word) : NUMBER_WORDS.indexOf(word.toLowerCase()));

/** "three days ago" is a day, "two weeks ago" the week around that day, "two months ago" that month. */
function ago(ref: Date, n: number, unit: string) {
  if (unit.startsWith('day')) return day(addDays(ref, -n));
  if (unit.startsWith('week')) return week(addDays(ref, -7 * n));
  return month(new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - n, 1)));
}

/** The last such weekday on or before publication; the day after publication when the report names it (time zones: a US evening is the next morning in Kabul). */
function lastWeekday(ref: Date, weekday: number): Date {
  const back = (ref.getUTCDay() - weekday + 7) % 7;
  return addDays(ref, back === 6 ? 1 : -back);
}

/** The most recent `name` month on or before the reference (strictly before with `strict`, for "last May"). */
function pastMonth(ref: Date, name: string, year: string | undefined, strict = false): Date {
  const m = monthIndex(name);
  if (year) return new Date(Date.UTC(Number(year), m, 1));
  const y = m > ref.getUTCMonth() || (strict && m === ref.getUTCMonth()) ? ref.getUTCFullYear() - 1 : ref.getUTCFullYear();
  return new Date(Date.UTC(y, m, 1));
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.toLowerCase());
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

function iso(d: Date, precision: DatePrecision): IsoDate {
  const full = isoDay(d);
  if (precision === 'month') return full.slice(0, 7);
  if (precision === 'year') return full.slice(0, 4);
  return full;
}

/** `d.toISOString().slice(0, 10)` without formatting the time: this runs for every date mention. */
function isoDay(d: Date): string {
  const y = d.getUTCFullYear();
  if (!(y >= 0 && y <= 9999)) return d.toISOString().slice(0, 10);
  return `${String(y).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}
