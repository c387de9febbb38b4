// Bundles the map page (src/web/client) into dist/web with esbuild: one script, one stylesheet,
// Leaflet's own CSS and images, and the HTML. Everything local: no CDN, no web fonts.
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const client = join(root, 'src', 'web', 'client');
const out = join(root, 'dist', 'web');
const leaflet = join(root, 'node_modules', 'leaflet', 'dist');

mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(client, 'main.ts')],
  outfile: join(out, 'app.js'),
  bundle: true,
  format: 'iife',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
cpSync(join(client, 'index.html'), join(out, 'index.html'));
cpSync(join(client, 'styles.css'), join(out, 'app.css'));
cpSync(join(leaflet, 'leaflet.css'), join(out, 'leaflet.css'));
cpSync(join(leaflet, 'images'), join(out, 'images'), { recursive: true });
