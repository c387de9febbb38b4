// Calendar arithmetic on ISO dates (UTC, no time of day), and the date an event stands at.
import type { DatePrecision, IsoDate } from '../core/index.js';
import { InputError } from '../core/index.js';

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD`, `YYYY-MM` (first of the month) or `YYYY` (1 January) as a day; null if not a date. */
export function toDay(date: IsoDate): IsoDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const day = `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
  const parsed = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day ? null : day;
}

export function addDays(day: IsoDate, n: number): IsoDate {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** A user's date (CLI flag, query parameter) as a day, or an InputError naming the value. */
export function parseUserDate(value: string, what = 'date'): IsoDate {
  const day = typeof value === 'string' ? toDay(value.trim()) : null;
  if (!day) throw new InputError(`${what} "${value}" is not a date: use YYYY-MM-DD (or YYYY-MM, YYYY)`);
  return day;
}

/**
 * Where an event stands on the timeline: its own date (a coarse one at the start of its
 * month or year, marked), else the day its report was published, else nowhere.
 */
export function eventDay(e: { date: IsoDate | null; date_precision: DatePrecision | null; published: IsoDate | null }): {
  day: IsoDate | null;
  precision: DatePrecision;
} {
  const own = e.date ? toDay(e.date) : null;
  if (own) return { day: own, precision: e.date_precision ?? precisionOf(e.date!) };
  const published = e.published ? toDay(e.published) : null;
  return { day: published, precision: 'day' };
}

function precisionOf(date: IsoDate): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** Copies of one wire story appear within this many days of each other. */
export const SAME_STORY_DAYS = 3;

/**
 * Whether two reports are close enough in time to be copies of one story. Near-duplicate
 * detection looks only inside this window: 64-bit SimHashes of unrelated texts collide often
 * enough (about 3.5e-6 per pair at 14 bits) that a store-wide search would fold unrelated
 * reports into one source as the store grows. Undated reports are compared with undated ones only.
 */
export function sameStoryWindow(a: IsoDate | null, b: IsoDate | null): boolean {
  if (!a || !b) return !a && !b;
  const da = toDay(a);
  const db = toDay(b);
  return da !== null && db !== null && Math.abs(daysBetween(da, db)) <= SAME_STORY_DAYS;
}
