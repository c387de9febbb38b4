// Runs every compiled test file under dist/test with node's own test runner.
// Usage: node scripts/run-tests.js [substring filter...]
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.test.js') ? [path] : [];
  });
}

const filters = process.argv.slice(2);
const files = walk('dist/test').filter((f) => filters.length === 0 || filters.some((s) => f.includes(s))).sort();
if (files.length === 0) {
  console.error('run-tests: no test files found under dist/test (run `npm run build` first)');
  process.exit(1);
}
// One gazetteer cache for the whole run, built once here: test files running in parallel
// would otherwise each build the world index (12 s of CPU and 0.8 GB apiece) on a fresh machine.
process.env.FRONTLINE_CACHE ??= join(tmpdir(), 'frontline-gazetteer-test');
const warm = spawnSync(process.execPath, ['-e', "await (await import('./dist/src/gazetteer/index.js')).loadGazetteer()", '--input-type=module'], { stdio: 'inherit' });
if (warm.status !== 0) process.exit(warm.status ?? 1);

const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
