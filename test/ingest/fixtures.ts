// Where the ingest fixtures are, from the source tree (tsx) or the compiled one (dist/test).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above the test file');
    dir = up;
  }
  return dir;
}

export const FIXTURES = join(repoRoot(), 'test', 'fixtures', 'ingest');
export const fixture = (name: string): string => join(FIXTURES, name);

/** The shared evaluation folder, read at run time only (never copied into the repository). */
export const SEED_ARTICLE = join(repoRoot(), '..', 'shared', 'eval', 'seed-article.txt');

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'frontline-ingest-'));
