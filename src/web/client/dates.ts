// Day arithmetic on YYYY-MM-DD strings, in UTC so that no time zone shifts a day.
const DAY_MS = 86_400_000;

/** Coarse dates (`2021-04`, `2021`) count from their first day. */
export function dayNumber(date: string): number {
  const day = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

export function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dayString(dayNumber(date) + days);
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "15 Aug 2021", or "Aug 2021" for a month; other forms stay as written. */
export function formatDay(date: string | null): string {
  if (!date) return 'undated';
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!m) return date;
  const month = `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  return m[3] ? `${Number(m[3])} ${month}` : month;
}
