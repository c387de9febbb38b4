// Bundles the map page (src/web/client) into dist/web with esbuild. Placeholder until the page exists.
import { existsSync } from 'node:fs';
if (existsSync('src/web/client/build.js')) await import('../src/web/client/build.js');
