// Whole-pipeline ingest into the embedded store: real readers, real extractor, real gazetteer,
// real control rebuild. The store bench scripts extraction to isolate the store's cost; this
// one is what a user waits for when running `frontline ingest` on a folder of reports.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openService } from '../src/cli/commands/queries.js';
import { documentFromText } from '../src/ingest/index.js';
import type { ReadOutcome } from '../src/ingest/types.js';

const DOCUMENTS = 1000;

/** The demo dispatches, cycled, each made unique by a last line so none is a duplicate. */
function* reports(n: number): Generator<ReadOutcome> {
  const lines = readFileSync('demo/corpus/dispatches.jsonl', 'utf8').split('\n').filter(Boolean);
  const sources = lines.map((line) => JSON.parse(line) as { text: string; published: string; outlet: string });
  for (let i = 0; i < n; i++) {
    const s = sources[i % sources.length];
    const doc = documentFromText(`${s.text}\n\nBench copy ${i}.`, { id: `bench-${i}`, published: s.published, outlet: s.outlet });
    yield { kind: 'document', doc, source: doc.id };
  }
}

async function* asAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

export async function benchPipeline(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-bench-pipeline-'));
  const fl = await openService({ data: dir }, true);
  try {
    const started = performance.now();
    const summary = await fl.ingest(asAsync(reports(DOCUMENTS)));
    const seconds = (performance.now() - started) / 1000;
    const events = Object.values(summary.events).reduce((a, b) => a + (b ?? 0), 0);
    return { documents: summary.documents.new, events, pglite_full_ingest_docs_per_second: Math.round(DOCUMENTS / seconds) };
  } finally {
    await fl.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
