// `npm run bench`: every benchmark of the project in one run, figures printed as a table and
// written to bench-results.json. Speed targets live here, never in tests.
import { writeFileSync } from 'node:fs';
import { benchExtract } from './extract.js';
import { benchStore } from './store.js';
import { benchWeb } from './web.js';
import { benchPipeline } from './pipeline.js';

interface Target {
  key: string;
  op: '>=' | '<=';
  value: number;
}

const SUITES: { name: string; run: () => Promise<Record<string, number>>; targets: Target[] }[] = [
  {
    name: 'extract',
    run: benchExtract,
    targets: [
      { key: 'articles_per_second', op: '>=', value: 1000 },
      { key: 'ratio_to_tokenize', op: '<=', value: 10 },
    ],
  },
  {
    name: 'store',
    run: benchStore,
    targets: [
      { key: 'pglite_map_as_of_median_ms', op: '<=', value: 20 },
      { key: 'postgres_map_as_of_median_ms', op: '<=', value: 20 },
      { key: 'pglite_ingest_docs_per_second', op: '>=', value: 300 },
    ],
  },
  { name: 'pipeline', run: benchPipeline, targets: [{ key: 'pglite_full_ingest_docs_per_second', op: '>=', value: 300 }] },
  { name: 'web', run: benchWeb, targets: [{ key: 'first_render_ms', op: '<=', value: 1000 }] },
];

const only = process.argv.slice(2);
const results: Record<string, Record<string, number | string>> = {};
for (const suite of SUITES) {
  if (only.length && !only.includes(suite.name)) continue;
  process.stderr.write(`bench: ${suite.name} ...\n`);
  try {
    const figures = await suite.run();
    results[suite.name] = figures;
    for (const [key, value] of Object.entries(figures)) {
      const target = suite.targets.find((t) => t.key === key);
      const verdict = !target ? '' : (target.op === '>=' ? value >= target.value : value <= target.value) ? `  ok (target ${target.op} ${target.value})` : `  MISSED (target ${target.op} ${target.value})`;
      console.log(`${suite.name.padEnd(8)} ${key.padEnd(36)} ${String(Math.round(value * 100) / 100).padStart(12)}${verdict}`);
    }
  } catch (err) {
    results[suite.name] = { error: err instanceof Error ? err.message : String(err) };
    console.log(`${suite.name.padEnd(8)} failed: ${results[suite.name].error}`);
    process.exitCode = 1;
  }
}
writeFileSync('bench-results.json', JSON.stringify({ date: new Date().toISOString(), results }, null, 2) + '\n');
