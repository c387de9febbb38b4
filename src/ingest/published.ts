// Publication dates from metadata: ISO dates and datetimes, RFC 822 dates from feeds, reduced to
// the day in UTC. Dates a page or feed gives outside a plausible window are not trusted.
import type { IsoDate } from '../core/index.js';

const DAY_MS = 86_400_000;
/** Oldest publication date a page's own metadata is trusted with. */
const EARLIEST = Date.UTC(1990, 0, 1);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 822 zone names, as hours east of UTC. */
const ZONES: Record<string, number> = { UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7 };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const RFC822 = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([A-Za-z]{1,5}|[+-]\d{4}))?)?$/;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Minutes east of UTC for `Z`, `+04:30`, `+0430`, `-05`, `GMT`, `EDT`... (unknown names count as UTC). */
function zoneOffsetMinutes(zone: string | undefined): number {
  if (!zone) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  return (ZONES[zone.toUpperCase()] ?? 0) * 60;
}

/** A UTC instant from calendar fields, or null when the fields are not a real date and time. */
function instant(y: number, mo: number, d: number, h: number, mi: number, s: number, offsetMin: number): number | null {
  const t = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(t);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 60) return null;
  return t - offsetMin * 60_000;
}

function parseIso(value: string): number | null {
  const m = ISO.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  return instant(+y, +mo, +d, +(h ?? 0), +(mi ?? 0), +(s ?? 0), zoneOffsetMinutes(zone));
}

function parseRfc822(value: string): number | null {
  const m = RFC822.exec(value);
  if (!m) return null;
  const [, d, monthName, yy, h, mi, s, zone] = m;
  const mo = MONTHS.indexOf(monthName.toLowerCase()) + 1;
  if (mo === 0) return null;
  const y = yy.length === 2 ? (Number(yy) < 50 ? 2000 : 1900) + Number(yy) : Number(yy);
  return instant(y, mo, +d, +(h ?? 0), +(mi ?? 0), +(s ?? 0), zoneOffsetMinutes(zone));
}

/** The instant a metadata date stands for, or null when it is not a date we understand. */
export function parseDateTime(value: string): number | null {
  const v = value.trim();
  return parseIso(v) ?? parseRfc822(v);
}

/** `YYYY-MM-DD` (UTC day) of a metadata date, or null when it is not one. */
export function toIsoDay(value: string): IsoDate | null {
  const t = parseDateTime(value);
  if (t === null) return null;
  const d = new Date(t);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export type DateVerdict = { date: IsoDate } | { date: null; problem: string };

/**
 * Judges a date an input gives about itself. `trusted` dates (the user's `--published`, a JSON
 * Lines `published`) only need to be dates; a page's or feed's own date must also fall between
 * 1990 and a day after `now`.
 */
export function judgeDate(value: unknown, trusted: boolean, now: Date): DateVerdict {
  if (typeof value !== 'string' || value.trim() === '') return { date: null, problem: `not a date: ${JSON.stringify(value)}` };
  const t = parseDateTime(value);
  if (t === null) return { date: null, problem: `not a date: ${JSON.stringify(value)}` };
  const date = toIsoDay(value) as IsoDate;
  if (!trusted && t > now.getTime() + DAY_MS) return { date: null, problem: `date ${date} is in the future` };
  if (!trusted && t < EARLIEST) return { date: null, problem: `date ${date} is before 1990` };
  return { date };
}
