// Enforces the module map of DESIGN.md: a module under src/ imports only from itself and
// from modules to its left. Prints each offending import and exits 1 when there is one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';

const ORDER = ['core', 'gazetteer', 'nlp', 'extract', 'ingest', 'store', 'control', 'server', 'web', 'cli'];
// The pure core does no I/O: these Node modules may not be imported there.
const PURE = new Set(['core', 'gazetteer', 'nlp', 'extract', 'control']);
const IO_MODULES = /^(node:)?(fs|fs\/promises|net|http|https|child_process|dgram)$/;
const PURE_EXCEPTIONS = new Set(['src/core/paths.ts', 'src/gazetteer/cache.ts', 'src/gazetteer/load.ts']);

const walk = (dir) =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : /\.(ts|js)$/.test(n) ? [p] : [];
  });

const moduleOf = (file) => relative('src', file).split(sep)[0];
let problems = 0;
for (const file of walk('src')) {
  const from = moduleOf(file);
  const rank = ORDER.indexOf(from);
  const source = readFileSync(file, 'utf8');
  for (const m of source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const spec = m[1] ?? m[2];
    if (spec.startsWith('.')) {
      const target = relative('src', resolve(dirname(file), spec)).split(sep)[0];
      if (target !== from && ORDER.includes(target) && ORDER.indexOf(target) > rank) {
        console.log(`${file}: imports ${spec} (${target} is right of ${from} in the module map)`);
        problems++;
      }
    } else if (PURE.has(from) && IO_MODULES.test(spec) && !PURE_EXCEPTIONS.has(file.split(sep).join('/'))) {
      console.log(`${file}: imports ${spec} (${from} is part of the pure core: no I/O)`);
      problems++;
    }
  }
}
if (problems) process.exit(1);
console.log(`check-layers: ${ORDER.join(' → ')}: ok`);
