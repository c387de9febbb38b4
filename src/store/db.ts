// One PostgreSQL dialect over two engines: PGlite (embedded, a folder on disk) and a
// PostgreSQL server (the `postgres` package). Everything above talks to `Db` only.
import { mkdirSync } from 'node:fs';
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
  try {
    mkdirSync(dataDir, { recursive: true });
    pg = await PGlite.create(dataDir);
  } catch (err) {
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
    close: () => pg.close(),
  };
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
