// The HTTP API and the page, as one Hono app over a Frontline service. Each route file holds its
// handlers, its request schema and its OpenAPI description; this file only assembles them.
import { Hono } from 'hono';
import type { Frontline } from '../control/api.js';
import type { BoundaryStore } from './boundaries.js';
import type { RouteModule, ServerContext } from './context.js';
import { errorResponse, handleError } from './errors.js';
import { LiveFeed } from './live.js';
import { buildOpenApi } from './openapi.js';
import { boundaryRoutes } from './routes/boundaries.js';
import { changeRoutes } from './routes/changes.js';
import { documentRoutes } from './routes/documents.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/export.js';
import { figureRoutes } from './routes/figures.js';
import { mapRoutes } from './routes/map.js';
import { placeRoutes } from './routes/places.js';
import { spanRoutes } from './routes/span.js';
import { streamRoutes } from './routes/stream.js';
import { CONTENT_SECURITY_POLICY, defaultWebDir, mountStatic } from './static.js';

export interface AppOptions {
  /** Bearer token required by POST /api/documents; without one, writes are refused (403). */
  apiToken?: string;
  /** Largest accepted request body (default 5 MiB). */
  maxBodyBytes?: number;
  /** Installed outlines to serve (see `frontline boundaries install`). */
  boundaries?: BoundaryStore | null;
  /** The built page (default: dist/web of this package). */
  webDir?: string;
  /** Where writes are announced to /api/events/stream (one per server, so it can close the streams). */
  live?: LiveFeed;
}

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

/** Every API route module, in the order the OpenAPI document lists them. */
export const ROUTES: RouteModule[] = [
  mapRoutes,
  placeRoutes,
  changeRoutes,
  figureRoutes,
  streamRoutes,
  eventRoutes,
  spanRoutes,
  exportRoutes,
  documentRoutes,
  boundaryRoutes,
];

export function createApp(frontline: Frontline, opts: AppOptions = {}): Hono {
  const ctx: ServerContext = {
    frontline,
    live: opts.live ?? new LiveFeed(),
    apiToken: opts.apiToken || undefined,
    maxBodyBytes: opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    boundaries: opts.boundaries ?? null,
  };
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });
  app.onError(handleError);
  const openapi = buildOpenApi(ROUTES);
  app.get('/api/openapi.json', (c) => c.json(openapi));
  for (const module of ROUTES) module.mount(app, ctx);
  app.all('/api/*', (c) => errorResponse(c, 404, 'not_found', `no API route ${c.req.method} ${c.req.path} (see /api/openapi.json)`));
  mountStatic(app, opts.webDir ?? defaultWebDir());
  return app;
}
