// The write guard: a bearer token compared in constant time. No configured token means no writes.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { errorResponse } from './errors.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

export function requireToken(apiToken: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!apiToken) {
      return errorResponse(c, 403, 'writes_disabled', 'this server accepts no writes: start it with FRONTLINE_API_TOKEN=<secret> in its environment, then send the header "Authorization: Bearer <secret>"');
    }
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    if (!match) {
      c.header('WWW-Authenticate', 'Bearer');
      return errorResponse(c, 401, 'missing_token', 'send the API token as "Authorization: Bearer <token>"');
    }
    // Hashing first gives equal lengths, so the comparison leaks nothing about the token.
    if (!timingSafeEqual(digest(match[1]), digest(apiToken))) {
      c.header('WWW-Authenticate', 'Bearer error="invalid_token"');
      return errorResponse(c, 401, 'bad_token', 'the API token does not match this server\'s FRONTLINE_API_TOKEN');
    }
    await next();
  };
}
