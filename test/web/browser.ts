// Real headless Chromium (Debian's package) driven by playwright-core, and the page's build.
import { existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { defaultWebDir } from '../../src/server/static.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(defaultWebDir(), '..', '..', 'test-output', 'screenshots');

/** Why the browser tests cannot run here, or null when they can (in CI they must). */
export function browserMissing(): string | null {
  if (existsSync(CHROMIUM) || process.env.CI) return null;
  return `no Chromium at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH)`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}

/** Builds dist/web when the tests run without `npm run build` first. */
export function ensurePageBuilt(): void {
  if (existsSync(join(defaultWebDir(), 'app.js'))) return;
  const root = join(defaultWebDir(), '..', '..');
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build-web.js')], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`building the page failed: ${result.stderr}`);
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}
