#!/usr/bin/env node
// Entry point of the `frontline` command; the CLI itself is compiled TypeScript in dist/.
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
const main = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));
if (!existsSync(main)) {
  console.error('frontline: not built yet. Run `npm run build` (or `npm start`) first.');
  process.exit(70);
}
await import(main);
