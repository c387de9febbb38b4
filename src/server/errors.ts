// HTTP errors the API answers with: a status and a JSON body `{error, detail}` that names the problem.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { InputError } from '../core/index.js';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'ApiError';
  }
}

export function errorResponse(c: Context, status: ContentfulStatusCode, code: string, detail: string): Response {
  return c.json({ error: code, detail }, status);
}

/** The app's last resort: known errors become 4xx with their message, anything else a 500 that is logged. */
export function handleError(err: Error, c: Context): Response {
  if (err instanceof ApiError) return errorResponse(c, err.status, err.code, err.detail);
  if (err instanceof InputError) return errorResponse(c, 400, 'bad_input', err.message);
  process.stderr.write(`frontline serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}\n`);
  return errorResponse(c, 500, 'internal', err.message);
}
