// A folder of short reports written for the CLI tests, and a runner for the built `frontline`.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Districts the gazetteer resolves by these spellings (facts: real Afghan districts). */
export const DISTRICTS = ['Imam Sahib', 'Khan Abad', 'Nirkh', 'Jaghatu', 'Shirin Tagab', 'Qaisar', 'Chahar Dara', 'Dasht-e Archi', 'Ishkashim', 'Kahmard'];

/** `n` capture reports, one file each, spread over June and July 2021. */
export function writeCaptureReports(dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const district = DISTRICTS[i % DISTRICTS.length];
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = i % 2 ? '07' : '06';
    writeFileSync(
      join(dir, `report-${String(i).padStart(4, '0')}.html`),
      `<html><head><title>Report ${i}</title><meta property="article:published_time" content="2021-${month}-${day}"></head><body><article>` +
        `<p>Taliban fighters captured the ${district} district on Monday after a siege of ${i + 2} days, local officials said.</p>` +
        `<p>Residents counted ${i * 3 + 7} vehicles leaving the district centre before dawn.</p></article></body></html>`,
    );
  }
}

const ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
})();
export const BIN = join(ROOT, 'bin', 'frontline.js');

/** A reason to skip CLI tests when the CLI has not been compiled (npm test compiles it first). */
export const cliSkip = existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js')) ? false : 'the CLI is not built: run `npm run build` (npm test does)';

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function start(args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, FRONTLINE_DATABASE_URL: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (b) => (stdout += b));
  child.stderr!.on('data', (b) => (stderr += b));
  const done = new Promise<Run>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

export function frontline(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return start(args, env).done;
}
