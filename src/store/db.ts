// One PostgreSQL dialect over two engines: PGlite (embedded, a folder on disk) and a
// PostgreSQL server (the `postgres` package). Everything above talks to `Db` only.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { EXIT, FrontlineError } from '../core/index.js';

export type Row = Record<string, unknown>;

export interface Queryable {
  /** Run one statement with `$1..$n` parameters; rows come back as plain objects. */
  query<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /** Run `work` in one transaction: all of it is committed, or none of it. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export interface DbOptions {
  /** PGlite's folder; ignored when `databaseUrl` is given. */
  dataDir?: string;
  /** postgres://... selects the server engine. */
  databaseUrl?: string;
}

export async function openDb(opts: DbOptions): Promise<Db> {
  if (opts.databaseUrl) return openServer(opts.databaseUrl);
  if (!opts.dataDir) throw new FrontlineError('no data directory and no database URL given', EXIT.usage);
  return openPglite(opts.dataDir);
}

async function openPglite(dataDir: string): Promise<Db> {
  let pg: PGlite;
  let unlock: () => void;
  try {
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  } catch (err) {
    if (err instanceof FrontlineError) throw err;
    throw new FrontlineError(`cannot open the store in ${dataDir}: ${(err as Error).message}`, EXIT.ioError);
  }
  try {
    pg = await PGlite.create(dataDir);
  } catch (err) {
    unlock();
    throw new FrontlineError(`cannot open the store in ${dataDir}: ${(err as Error).message}`, EXIT.ioError);
  }
  // PGlite runs one statement at a time; a transaction holds the connection until it ends.
  return {
    engine: 'pglite',
    query: async <T>(sql: string, params: unknown[] = []) => (await pg.query<T>(sql, params)).rows,
    transaction: (work) =>
      pg.transaction((tx) => work({ query: async <T>(sql: string, params: unknown[] = []) => (await tx.query<T>(sql, params)).rows })),
    exec: async (sql) => {
      await pg.exec(sql);
    },
    close: async () => {
      await pg.close();
      unlock();
    },
  };
}

/**
 * PGlite is one process's database: a second process writing the same folder would corrupt it.
 * A lock file holds the owner's pid; a lock left by a process that no longer runs (killed) is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, 'frontline.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(readFileSync(path, 'utf8').trim());
      if (owner === process.pid) return () => {};
      if (owner > 0 && isRunning(owner)) {
        throw new FrontlineError(
          `the store in ${dataDir} is in use by process ${owner} (a running frontline serve or ingest?); ` +
            'stop it first, or use a PostgreSQL server (FRONTLINE_DATABASE_URL) for several processes',
          EXIT.ioError,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new FrontlineError(`cannot lock the store in ${dataDir}`, EXIT.ioError);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function openServer(url: string): Promise<Db> {
  const sql = postgres(url, { onnotice: () => {}, max: 4 });
  try {
    await sql.unsafe('select 1');
  } catch (err) {
    await sql.end({ timeout: 1 }).catch(() => {});
    throw new FrontlineError(`cannot connect to ${redact(url)}: ${(err as Error).message}`, EXIT.ioError);
  }
  const run = async <T>(s: postgres.Sql | postgres.TransactionSql, text: string, params: unknown[] = []) =>
    (await s.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as T[];
  return {
    engine: 'postgres',
    query: (text, params) => run(sql, text, params),
    transaction: async (work) => (await sql.begin((tx) => work({ query: (text, params) => run(tx, text, params) }))) as never,
    exec: async (text) => {
      await sql.unsafe(text);
    },
    close: () => sql.end({ timeout: 5 }),
  };
}

/** The URL without its password, for messages. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
