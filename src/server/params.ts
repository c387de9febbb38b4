// Request validation shared by the routes: zod schemas plus one parse step that turns a failure
// into a 400 naming the parameter and the value it got.
import type { Context } from 'hono';
import { z } from 'zod';
import { EVENT_TYPES, type IsoDate } from '../core/index.js';
import type { Frontline } from '../control/api.js';
import { ApiError } from './errors.js';

/** True for a real calendar day written YYYY-MM-DD (rejects 2021-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export const isoDate = z.string().refine(isCalendarDate, { message: 'is not a date (expected YYYY-MM-DD)' });
export const eventType = z.enum(EVENT_TYPES);

/** Validates the query string; the first problem becomes a 400 `bad_<param>` error. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const query = c.req.query();
  const result = schema.safeParse(query);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = String(issue.path[0] ?? 'query');
  const got = query[name];
  const code = issue.message.startsWith('is not a date') ? 'bad_date' : `bad_${name}`;
  const detail = got === undefined ? `${name}: ${issue.message}` : `${name}: ${JSON.stringify(got)} ${issue.message}`;
  throw new ApiError(400, code, detail);
}

/** A date the caller left out means "the latest day with data" (or today on an empty store). */
export async function asOfOrLatest(frontline: Frontline, asOf: IsoDate | undefined): Promise<IsoDate> {
  if (asOf) return asOf;
  const span = await frontline.span();
  return span.to ?? new Date().toISOString().slice(0, 10);
}
