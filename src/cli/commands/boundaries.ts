// `frontline boundaries install ISO3`: administrative outlines for the map page, from
// geoBoundaries' public gbOpen release (or local files), cached under the data dir.
import type { Command } from 'commander';
import { defaultDataDir } from '../../core/index.js';
import { BoundaryStore, installBoundaries } from '../../server/boundaries.js';

export function register(program: Command): void {
  const boundaries = program
    .command('boundaries')
    .description('Manage the administrative outlines the map page draws (provinces and districts as polygons).');
  boundaries
    .command('install')
    .description('Download ADM1 and ADM2 GeoJSON for a country from geoBoundaries (gbOpen) and cache it under the data dir.')
    .argument('<ISO3>', 'ISO 3166-1 alpha-3 country code, e.g. AFG')
    .option('--from <fileOrUrl...>', 'read these GeoJSON files or URLs instead of geoBoundaries (the level of each comes from its shapeType property or ADM1/ADM2 in its name)')
    .option('--data <dir>', 'data directory (default: FRONTLINE_DATA or ~/.local/share/frontline)')
    .option('--json', 'print what was installed as one JSON document')
    .addHelpText('after', '\nExamples:\n  frontline boundaries install AFG\n  frontline boundaries install AFG --from ./AFG_ADM1.geojson ./AFG_ADM2.geojson\n\nThe server serves installed outlines at /api/boundaries; the page then draws districts as polygons.')
    .action(async (iso3: string, opts: { from?: string[]; data?: string; json?: boolean }) => {
      const store = BoundaryStore.forDataDir(opts.data ?? defaultDataDir());
      const report = await installBoundaries({ iso3, store, from: opts.from });
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(report)}\n`);
        return;
      }
      for (const level of report.installed) {
        process.stdout.write(`${report.iso3} ${level.level}: ${level.features} outlines from ${level.source}\n  → ${level.path}\n`);
      }
    });
}
