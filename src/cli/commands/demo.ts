// `frontline demo`: the 2021 offensive from reports to map in one command. Loads the synthetic
// demo corpus (demo/corpus) into its own embedded store once, then serves the map over it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { defaultDataDir, EXIT, FrontlineError, InputError } from '../../core/index.js';
import { openFrontline, type FrontlineService } from '../../control/service.js';
import type { Frontline } from '../../control/api.js';
import { createExtractor, EXTRACTOR_VERSION, loadTheaters } from '../../extract/index.js';
import { loadGazetteer } from '../../gazetteer/index.js';
import { readInputs, type ReadOutcome } from '../../ingest/index.js';
import { DEFAULT_HOST } from '../../server/server.js';
import { parsePort, serveUntilSignal } from './serve.js';

/** The file that marks a folder as a demo store, and says whether loading finished. */
export const DEMO_MARKER = 'frontline-demo.json';
export const DEMO_PORT = 7410;

interface Marker {
  state: 'loading' | 'loaded';
  /** Corpus files and pipeline code the store was built from: a change means rebuild. */
  fingerprint: string;
  documents?: number;
  events?: number;
  seconds?: number;
}

export interface DemoOptions {
  /** The demo store's folder (default: `demo` under the data folder). */
  dataDir?: string;
  /** Delete and rebuild the store even when it is loaded. */
  reset?: boolean;
  /** The corpus folder (default: demo/corpus of this package). */
  corpus?: string;
  cacheDir?: string;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

export interface LoadedDemo {
  frontline: Frontline & FrontlineService;
  dataDir: string;
  reused: boolean;
  documents: number;
  events: number;
  /** Time spent ingesting (0 when reused). */
  seconds: number;
}

/** The demo corpus of this package: the nearest demo/corpus above this file (src/ or dist/src/). */
export function demoCorpusDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'demo', 'corpus');
    if (existsSync(join(dir, 'package.json')) && existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new FrontlineError('demo corpus not found (demo/corpus is missing from this installation)', EXIT.noInput);
    dir = parent;
  }
}

export function defaultDemoDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(defaultDataDir(env), 'demo');
}

/** Loads the demo corpus into its store unless a finished load of the same corpus is there already. */
export async function loadDemo(opts: DemoOptions = {}): Promise<LoadedDemo> {
  const log = opts.log ?? (() => {});
  const dataDir = opts.dataDir ?? defaultDemoDataDir();
  const corpus = opts.corpus ?? demoCorpusDir();
  const fingerprint = corpusFingerprint(corpus);
  const marker = readMarker(dataDir);
  const reuse = !opts.reset && marker?.state === 'loaded' && marker.fingerprint === fingerprint;
  if (!reuse) {
    if (marker && !opts.reset) log(marker.state === 'loading' ? 'the last demo load did not finish; starting over' : 'the demo corpus or the pipeline changed since the last load; rebuilding the demo store');
    clearDemoDir(dataDir);
    // Marked before the store exists, so that a load cut short anywhere is recognised and redone.
    writeMarker(dataDir, { state: 'loading', fingerprint });
  }
  log('loading the gazetteer (built on the first run, then cached)…');
  const [gazetteer, theaters] = await Promise.all([loadGazetteer({ cacheDir: opts.cacheDir }), loadTheaters()]);
  // The demo always uses its embedded store, even when FRONTLINE_DATABASE_URL points at a server.
  const frontline = await openFrontline({ dataDir, databaseUrl: '', gazetteer, theaters, extractor: createExtractor({ gazetteer, theaters }) });
  if (reuse && marker) {
    const documents = marker.documents ?? 0;
    log(`demo store already loaded: ${documents} documents; use --reset to start over`);
    return { frontline, dataDir, reused: true, documents, events: marker.events ?? 0, seconds: 0 };
  }
  try {
    return { frontline, dataDir, reused: false, ...(await ingestCorpus(frontline, corpus, dataDir, fingerprint, log)) };
  } catch (err) {
    await frontline.close();
    throw err;
  }
}

async function ingestCorpus(frontline: Frontline, corpus: string, dataDir: string, fingerprint: string, log: (line: string) => void) {
  const started = performance.now();
  const outcomes = await readCorpus(corpus);
  log(`ingesting the demo corpus: ${outcomes.length} documents from ${relative(process.cwd(), corpus) || corpus}`);
  const summary = await frontline.ingest(each(outcomes), (done, s) => {
    if (done % 20 === 0 || done === outcomes.length) log(`  ${done}/${outcomes.length} documents, ${countEvents(s.events)} events`);
  });
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const documents = summary.documents.new + summary.documents.duplicate;
  const events = countEvents(summary.events);
  for (const s of summary.skipped) log(`  skipped ${s.source}: ${s.reason}`);
  writeMarker(dataDir, { state: 'loaded', fingerprint, documents, events, seconds });
  log(`demo store loaded: ${documents} documents, ${events} events in ${seconds} s`);
  return { documents, events, seconds };
}

/** Every document of the corpus, flagged synthetic whatever its format says (the whole corpus is). */
async function readCorpus(corpus: string): Promise<ReadOutcome[]> {
  const outcomes: ReadOutcome[] = [];
  for await (const o of readInputs([corpus])) outcomes.push(o.kind === 'document' ? { ...o, doc: { ...o.doc, synthetic: true } } : o);
  return outcomes;
}

async function* each<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

function countEvents(events: Partial<Record<string, number>>): number {
  return Object.values(events).reduce<number>((sum, n) => sum + (n ?? 0), 0);
}

/** The modules whose code decides what a load stores: a change in any of them means a rebuild. */
const PIPELINE = ['ingest', 'nlp', 'extract', 'gazetteer', 'control', 'store'];

/** Hash of the corpus and of the pipeline's code (src/ under tsx, dist/src/ when built). */
function corpusFingerprint(corpus: string): string {
  const hash = createHash('sha256').update(`extractor ${EXTRACTOR_VERSION}\n`);
  const modules = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const code = PIPELINE.flatMap((m) => filesUnder(join(modules, m))).filter((f) => !f.endsWith('.map'));
  for (const file of [...filesUnder(corpus), ...code]) hash.update(`${relative(corpus, file)}\n`).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

function readMarker(dataDir: string): Marker | null {
  try {
    return JSON.parse(readFileSync(join(dataDir, DEMO_MARKER), 'utf8')) as Marker;
  } catch {
    return null;
  }
}

function writeMarker(dataDir: string, marker: Marker): void {
  writeFileSync(join(dataDir, DEMO_MARKER), JSON.stringify(marker, null, 2) + '\n');
}

/** Empties the demo folder; refuses a folder that holds anything but a demo store. */
function clearDemoDir(dataDir: string): void {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    if (!existsSync(join(dataDir, DEMO_MARKER))) {
      throw new InputError(`${dataDir} is not empty and is not a demo store (no ${DEMO_MARKER}); refusing to delete it: give --data an empty or new folder`);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
  mkdirSync(dataDir, { recursive: true });
}

interface DemoFlags {
  reset?: boolean;
  port?: string;
  host?: string;
  data?: string;
  serve: boolean;
}

async function runDemo(flags: DemoFlags): Promise<void> {
  const port = parsePort(flags.port ?? process.env.PORT ?? String(DEMO_PORT));
  const host = flags.host ?? process.env.HOST ?? DEFAULT_HOST;
  const demo = await loadDemo({ dataDir: flags.data, reset: flags.reset, log: (line) => process.stderr.write(`${line}\n`) });
  if (!flags.serve) {
    await demo.frontline.close();
    process.stdout.write(`${demo.dataDir}: ${demo.documents} documents, ${demo.events} events${demo.reused ? ' (reused)' : ''}\n`);
    return;
  }
  await serveUntilSignal(demo.frontline, { port, host, dataDir: demo.dataDir });
}

export function register(program: Command): void {
  program
    .command('demo')
    .description(
      'Load the demo corpus (a synthetic reconstruction of the 2021 Taliban offensive, demo/corpus) into its own embedded store once, then serve the map over it. The first line on stdout is the address to open; progress goes to stderr.',
    )
    .option('--reset', 'delete the demo store and load the corpus again')
    .option('--port <n>', `port to listen on (default: PORT, else ${DEMO_PORT}); 0 picks a free one`)
    .option('--host <address>', `address to listen on (default: HOST, else ${DEFAULT_HOST}, this machine only)`)
    .option('--data <dir>', `the demo store's folder (default: ${defaultDemoDataDir()})`)
    .option('--no-serve', 'load the store (or find it loaded) and exit without serving')
    .addHelpText(
      'after',
      '\nThe store is loaded once; later runs reuse it until the corpus or the code that reads it changes.\n\nExamples:\n  npm start                        build, load once, serve\n  frontline demo --reset           start over from the corpus\n  frontline demo --no-serve        load only (for scripts and tests)\n',
    )
    .action((flags: DemoFlags) => runDemo(flags));
}
