// `frontline serve`: the HTTP API and the map page over the store. The first line on stdout is
// the URL it listens on, so scripts can read it; SIGINT/SIGTERM close the server and the store.
import type { Command } from 'commander';
import type { Frontline } from '../../control/api.js';
import { defaultDataDir, EXIT, FrontlineError, InputError } from '../../core/index.js';
import { BoundaryStore } from '../../server/boundaries.js';
import { openService } from './queries.js';
import { DEFAULT_HOST, startServer } from '../../server/server.js';

export const DEFAULT_PORT = 8080;

export interface ServeOptions {
  port?: string;
  host?: string;
  data?: string;
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || port > 65535) throw new InputError(`port "${value}" is not a number from 0 to 65535 (0 picks a free one)`);
  return port;
}

/**
 * Serves `frontline` until SIGINT or SIGTERM, printing the URL as the first stdout line, then
 * closes the server and the service. Shared with `frontline demo`.
 */
export async function serveUntilSignal(frontline: Frontline, opts: { port: number; host: string; dataDir: string }): Promise<void> {
  const apiToken = process.env.FRONTLINE_API_TOKEN || undefined;
  const server = await startServer({ frontline, port: opts.port, host: opts.host, apiToken, boundaries: BoundaryStore.forDataDir(opts.dataDir) }).catch(
    (err: NodeJS.ErrnoException) => {
      throw err.code === 'EADDRINUSE' || err.code === 'EACCES' || err.code === 'EADDRNOTAVAIL'
        ? new FrontlineError(`cannot listen on ${opts.host}:${opts.port} (${err.code}): choose another --port/--host (port 0 picks a free one)`, EXIT.usage)
        : err;
    },
  );
  process.stdout.write(`${server.url}\n`);
  process.stderr.write(
    `frontline: serving the map at ${server.url} and the API at ${server.url}api/openapi.json; ` +
      `${apiToken ? 'writes need the API token' : 'writes disabled (set FRONTLINE_API_TOKEN to enable POST /api/documents)'}; Ctrl-C stops\n`,
  );
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  process.stderr.write(`frontline: ${signal}: closing\n`);
  await server.close();
  await frontline.close();
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('Serve the HTTP API and the map page. Prints the URL it listens on as the first line.')
    .option('--port <n>', `port to listen on (default: PORT, else ${DEFAULT_PORT}); 0 picks a free one`)
    .option('--host <address>', `address to listen on (default: HOST, else ${DEFAULT_HOST}, loopback only)`)
    .option('--data <dir>', 'data directory of the embedded store (default: FRONTLINE_DATA or ~/.local/share/frontline)')
    .addHelpText(
      'after',
      '\nEnvironment:\n  FRONTLINE_API_TOKEN     enables POST /api/documents for clients sending "Authorization: Bearer <token>"\n  FRONTLINE_DATABASE_URL  use a PostgreSQL server instead of the embedded store\n\nExample:\n  frontline serve --port 0    # prints e.g. http://127.0.0.1:43123/',
    )
    .action(async (opts: ServeOptions) => {
      const port = parsePort(opts.port ?? process.env.PORT ?? String(DEFAULT_PORT));
      const host = opts.host ?? process.env.HOST ?? DEFAULT_HOST;
      const dataDir = opts.data ?? defaultDataDir();
      // With the extractor: POST /api/documents writes.
      await serveUntilSignal(await openService({ data: dataDir }, true), { port, host, dataDir });
    });
}
