// `frontline map`, `frontline history`, `frontline changes`: the control map from the store,
// as a table for people or as one JSON document (--json) for scripts.
import type { Command } from 'commander';
import { openFrontline, parseUserDate, type FrontlineService } from '../../control/index.js';
import { defaultCacheDir, defaultDataDir } from '../../core/index.js';
import type { ChangeView, EvidenceRef, MapView, PlaceHistory } from '../../core/views.js';
import { createExtractor, loadTheaters } from '../../extract/index.js';
import { loadGazetteer } from '../../gazetteer/index.js';

export interface StoreOptions {
  data?: string;
  json?: boolean;
}

export const DATA_HELP = 'the embedded store\'s folder (default: FRONTLINE_DATA, else ~/.local/share/frontline); FRONTLINE_DATABASE_URL selects a PostgreSQL server instead';

/** The service over the store, with the gazetteer and theater packs; the extractor only for writing. */
export async function openService(opts: StoreOptions, write = false): Promise<FrontlineService> {
  const [gazetteer, theaters] = await Promise.all([loadGazetteer({ cacheDir: defaultCacheDir() }), loadTheaters()]);
  const extractor = write ? createExtractor({ gazetteer, theaters }) : undefined;
  return openFrontline({ dataDir: opts.data ?? defaultDataDir(), gazetteer, theaters, extractor });
}

/** Opens the service, runs `work`, and closes the store whatever happens. */
export async function withService<T>(opts: StoreOptions, work: (fl: FrontlineService) => Promise<T>, write = false): Promise<T> {
  const fl = await openService(opts, write);
  try {
    return await work(fl);
  } finally {
    await fl.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function register(program: Command): void {
  program
    .command('map')
    .description('Who controls each place of the theater as of a date (every place, with the sentences behind it).')
    .option('--as-of <date>', 'the date (YYYY-MM-DD; default: today)')
    .option('--data <dir>', DATA_HELP)
    .option('--json', 'print {"as_of", "places": [{id, name, admin1, country, lat, lon, controller, status, since, evidence}]}')
    .addHelpText('after', '\nStatus: assessed (independent or losing-side report), claimed (only the winner says so),\ncontested (fighting, no outcome), unknown. Rules: docs/control-model.md\n\nExample:\n  frontline map --as-of 2021-07-04 --json')
    .action(async (opts: StoreOptions & { asOf?: string }) => {
      const date = parseUserDate(opts.asOf ?? today(), 'as-of date');
      const map = await withService(opts, (fl) => fl.mapAsOf(date));
      if (opts.json) printJson(map);
      else process.stdout.write(mapTable(map));
    });

  program
    .command('history')
    .description('The control history of one place: every interval, incident and sentence.')
    .argument('<place>', 'a place id (admin:AF.09.0901) or a name ("Imam Sahib"); a town counts for its district')
    .option('--data <dir>', DATA_HELP)
    .option('--json', 'print the history as one JSON document')
    .addHelpText('after', '\nExample:\n  frontline history "Imam Sahib"')
    .action(async (place: string, opts: StoreOptions) => {
      const history = await withService(opts, (fl) => fl.history(place));
      if (opts.json) printJson(history);
      else process.stdout.write(historyText(history));
    });

  program
    .command('changes')
    .description('Places whose controller or status changed between two dates, with the sentences that say so.')
    .requiredOption('--from <date>', 'the earlier date (YYYY-MM-DD)')
    .requiredOption('--to <date>', 'the later date (YYYY-MM-DD)')
    .option('--data <dir>', DATA_HELP)
    .option('--json', 'print the changes as one JSON document: {"from", "to", "changes": [...]}')
    .addHelpText('after', '\nExample:\n  frontline changes --from 2021-06-01 --to 2021-08-15')
    .action(async (opts: StoreOptions & { from: string; to: string }) => {
      const from = parseUserDate(opts.from, 'from date');
      const to = parseUserDate(opts.to, 'to date');
      const changes = await withService(opts, (fl) => fl.changes(from, to));
      if (opts.json) printJson({ from, to, changes });
      else process.stdout.write(changesTable(from, to, changes));
    });
}

export function mapTable(map: MapView): string {
  const rows = map.places.map((p) => [p.admin1 ?? '', p.name, p.controller, p.status, p.since ?? '', String(p.evidence.length)]);
  const counts = new Map<string, number>();
  for (const p of map.places) counts.set(`${p.controller}/${p.status}`, (counts.get(`${p.controller}/${p.status}`) ?? 0) + 1);
  const summary = [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  return `Control as of ${map.as_of} (${map.theater}): ${map.places.length} places: ${summary}\n\n${table(['province', 'place', 'controller', 'status', 'since', 'sources'], rows)}`;
}

export function historyText(h: PlaceHistory): string {
  const lines = [`${h.place.name}${h.place.admin1 ? `, ${h.place.admin1}` : ''} (${h.place.id})`];
  for (const iv of h.intervals) {
    lines.push('', `${iv.from ?? '…'} → ${iv.to ?? 'now'}: ${iv.controller} (${iv.status})${iv.from_precision === 'month' ? ' [month only]' : ''}`);
    for (const inc of iv.incidents) {
      lines.push(`  ${inc.type} by ${inc.side ?? '?'} on ${inc.date ?? '?'}: ${inc.sources} source(s), ${inc.status}`);
      for (const e of inc.events) lines.push(`    ${quote(e.evidence)}`);
    }
    for (const d of iv.disputes) for (const e of d.events) lines.push(`  disputed: ${quote(e.evidence)}`);
  }
  for (const inc of h.unplaced ?? []) for (const e of inc.events) lines.push(`  not placed (no date or side): ${quote(e.evidence)}`);
  return `${lines.join('\n')}\n`;
}

export function changesTable(from: string, to: string, changes: ChangeView[]): string {
  const rows = changes.map((c) => [c.place.admin1 ?? '', c.place.name, `${c.before.controller} (${c.before.status})`, `${c.after.controller} (${c.after.status})`, c.after.since ?? '', c.evidence[0] ? c.evidence[0].sentence.slice(0, 80) : '']);
  return `${changes.length} place(s) changed between ${from} and ${to}\n\n${table(['province', 'place', 'before', 'after', 'since', 'evidence'], rows)}`;
}

function quote(e: EvidenceRef): string {
  return `“${e.sentence}” — ${e.outlet ?? e.url ?? e.document}${e.published ? `, ${e.published}` : ''}${e.synthetic ? ' [synthetic]' : ''}`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return `${[line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')}\n`;
}
