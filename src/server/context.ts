// What every route module receives, and the shape a route module has: handlers plus their
// OpenAPI description, kept in the same file.
import type { Hono } from 'hono';
import type { Frontline } from '../control/api.js';
import type { LiveFeed } from './live.js';
import type { BoundaryStore } from './boundaries.js';

export interface ServerContext {
  frontline: Frontline;
  live: LiveFeed;
  /** Bearer token for writes; undefined means writes are refused. */
  apiToken: string | undefined;
  maxBodyBytes: number;
  /** Installed geoBoundaries outlines, when a data dir is known. */
  boundaries: BoundaryStore | null;
}

/** An OpenAPI 3.1 `paths` fragment. */
export type OpenApiPaths = Record<string, Record<string, unknown>>;

export interface RouteModule {
  mount(app: Hono, ctx: ServerContext): void;
  paths: OpenApiPaths;
}
