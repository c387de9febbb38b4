// Runs the built `frontline` binary (npm test builds first) with the test gazetteer cache; used by test/cli.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

export const ROOT = repoRoot();

export function frontline(args: string[], input?: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'frontline.js'), ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, FRONTLINE_CACHE: join(tmpdir(), 'frontline-gazetteer-test') },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
