// The built page (dist/web) served at /, with a strict Content-Security-Policy: only our own
// scripts and styles run, so report text can never become code.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** dist/web under the package root, found from this file whether it runs compiled or from source. */
export function defaultWebDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'dist', 'web');
}

export function mountStatic(app: Hono, webDir: string): void {
  app.get('*', async (c) => {
    const relative = c.req.path === '/' ? 'index.html' : safeDecode(c.req.path).replace(/^\/+/, '');
    const path = normalize(join(webDir, relative));
    if (!path.startsWith(webDir + sep)) return c.json({ error: 'not_found', detail: c.req.path }, 404);
    const body = await readFile(path).catch(() => null);
    if (body === null) {
      if (relative === 'index.html') return c.text('The map page is not built: run `npm run build`.', 503);
      return c.json({ error: 'not_found', detail: `no such page or API route: ${c.req.path}` }, 404);
    }
    return c.body(body, 200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  });
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
