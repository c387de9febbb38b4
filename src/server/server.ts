// Listening on a port: the app over Node's HTTP server, with a clean close (open event streams
// ended, connections dropped) so that `frontline serve` can shut down on a signal.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Frontline } from '../control/api.js';
import { createApp, type AppOptions } from './app.js';
import { LiveFeed } from './live.js';

export interface ServerOptions extends Omit<AppOptions, 'live'> {
  frontline: Frontline;
  /** 0 picks a free port. */
  port?: number;
  /** Loopback unless told otherwise. */
  host?: string;
}

export interface RunningServer {
  /** The address it listens on, e.g. http://127.0.0.1:43123/ */
  url: string;
  port: number;
  live: LiveFeed;
  /** Stops listening and ends open streams; does not close the Frontline service (its owner does). */
  close(): Promise<void>;
}

export const DEFAULT_HOST = '127.0.0.1';

/** How long in-flight requests may finish after close() before their connections are cut. */
const CLOSE_GRACE_MS = 1000;

export function urlFor(host: string, port: number): string {
  const shown = host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}/`;
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const live = new LiveFeed();
  const app = createApp(opts.frontline, { ...opts, live });
  const host = opts.host || DEFAULT_HOST;
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: opts.port ?? 0, hostname: host }, () => resolve(s as Server));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: urlFor(host, port),
    port,
    live,
    close: () =>
      new Promise<void>((resolve, reject) => {
        const cut = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        // Ended streams leave keep-alive sockets that turn idle a moment later: sweep them.
        const sweep = setInterval(() => server.closeIdleConnections(), 20);
        server.close((err) => {
          clearTimeout(cut);
          clearInterval(sweep);
          if (err) reject(err);
          else resolve();
        });
        live.closeAll();
        server.closeIdleConnections();
      }),
  };
}
