// `frontline export`: the map as GeoJSON, or the events as CSV (ACLED column names) or JSON Lines.
import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { eventsCsv, mapGeoJson, parseUserDate, type FrontlineService } from '../../control/index.js';
import { EXIT, FrontlineError } from '../../core/index.js';
import { DATA_HELP, today, withService, type StoreOptions } from './queries.js';

/** Every stored event goes out; the store's own cap is far above any realistic store. */
const ALL_EVENTS = 1_000_000;

interface ExportOptions extends StoreOptions {
  format: 'geojson' | 'csv' | 'jsonl';
  asOf?: string;
  out?: string;
}

export function register(program: Command): void {
  program
    .command('export')
    .description('Export the map (GeoJSON) or the events behind it (CSV with ACLED column names, or JSON Lines).')
    .addOption(new Option('--format <format>', 'geojson: the map as of a date; csv, jsonl: every event up to the date').choices(['geojson', 'csv', 'jsonl']).makeOptionMandatory())
    .option('--as-of <date>', 'the date (YYYY-MM-DD; default: today); events dated after it are left out')
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--data <dir>', DATA_HELP)
    .addHelpText(
      'after',
      '\nCSV columns: event_date, event_type, sub_event_type, actor1, actor2, country, admin1, admin2, location,\n' +
        'latitude, longitude, geo_precision, time_precision, source, notes (as in ACLED), then status, evidence,\n' +
        'document_url, frontline_type, event_id, incident. Cells that start with = + - @ get a leading \' (no formulas).\n\n' +
        'Examples:\n  frontline export --format geojson --as-of 2021-08-01 --out map.geojson\n  frontline export --format csv > events.csv',
    )
    .action(async (opts: ExportOptions) => {
      const date = parseUserDate(opts.asOf ?? today(), 'as-of date');
      const text = await withService(opts, (fl) => render(fl, opts.format, date));
      if (!opts.out) return void process.stdout.write(text);
      try {
        writeFileSync(opts.out, text);
      } catch (err) {
        throw new FrontlineError(`cannot write ${opts.out}: ${(err as Error).message}`, EXIT.ioError);
      }
    });
}

export async function render(fl: FrontlineService, format: ExportOptions['format'], date: string): Promise<string> {
  if (format === 'geojson') return `${JSON.stringify(mapGeoJson(await fl.mapAsOf(date)))}\n`;
  const events = (await fl.events({ to: date, limit: ALL_EVENTS })).reverse();
  if (format === 'csv') return eventsCsv(events);
  return events.map((e) => `${JSON.stringify(e)}\n`).join('');
}
