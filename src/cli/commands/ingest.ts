// `frontline ingest PATH|FOLDER|FEED-FILE...`: read, extract and store reports. Each document
// is stored with its events in one transaction, so an interrupted run loses at most the one in
// flight and a re-run completes it (stored texts are recognised and not extracted again).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { IngestSummary } from '../../control/index.js';
import { parseUserDate } from '../../control/index.js';
import { EXIT } from '../../core/index.js';
import { readInputs, type ReadOutcome } from '../../ingest/index.js';
import { DATA_HELP, printJson, withService, type StoreOptions } from './queries.js';

interface IngestOptions extends StoreOptions {
  published?: string;
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('Read reports (text, HTML, RSS/Atom feeds, JSON Lines; files or folders; - for stdin), extract events and store them.')
    .argument('<paths...>', 'files, folders (read recursively) or feed files; - reads stdin')
    .option('--published <date>', 'publication date for inputs that carry none (YYYY-MM-DD)')
    .option('--data <dir>', DATA_HELP)
    .option('--json', 'print the summary as one JSON document')
    .addHelpText(
      'after',
      '\nRe-running on the same inputs changes nothing: a stored text is a duplicate.\n' +
        'Exit status: 0 all read, 1 some inputs skipped (reasons in the summary).\n\nExample:\n  frontline ingest reports/ news.rss --published 2021-07-04',
    )
    .action(async (paths: string[], opts: IngestOptions) => {
      const published = opts.published === undefined ? undefined : parseUserDate(opts.published, '--published date');
      const progress = new Progress(countFiles(paths));
      const inputs = progress.follow(readInputs(paths, { published }));
      const summary = await withService(opts, (fl) => fl.ingest(inputs, (done, s) => progress.update(done, s)), true);
      progress.end(summary);
      if (opts.json) printJson(summary);
      else process.stdout.write(summaryText(summary));
      if (summary.documents.skipped > 0) process.exitCode = EXIT.partial;
    });
}

export function summaryText(s: IngestSummary): string {
  const events = Object.entries(s.events).sort((a, b) => b[1] - a[1]).map(([type, n]) => `${type} ${n}`).join(', ');
  const lines = [
    `documents: ${s.documents.new} new, ${s.documents.duplicate} duplicate, ${s.documents.skipped} skipped`,
    `events: ${events || 'none'}`,
    ...s.skipped.map((k) => `skipped ${k.source}: ${k.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Input files under the paths (folders recursively, hidden names skipped): the bar's total. */
function countFiles(paths: string[]): number {
  const count = (path: string): number => {
    try {
      const info = statSync(path);
      if (!info.isDirectory()) return 1;
      return readdirSync(path).filter((n) => !n.startsWith('.')).reduce((n, name) => n + count(join(path, name)), 0);
    } catch {
      return 1;
    }
  };
  return paths.reduce((n, p) => n + (p === '-' ? 1 : count(p)), 0);
}

const LOG_EVERY = 250;
const LOG_SECONDS = 5;

/** A bar redrawn in place on a terminal; a plain line every few seconds when stderr is a file or pipe. */
class Progress {
  private readonly started = Date.now();
  private firstDocument = 0;
  private lastLine = 0;
  private drawn = false;
  private readonly tty = Boolean(process.stderr.isTTY);
  private readonly files = new Set<string>();

  constructor(private readonly totalFiles: number) {}

  /** Passes the inputs through, noting which file each came from (`feed.xml#3`, `a.jsonl:12`). */
  async *follow(inputs: AsyncIterable<ReadOutcome>): AsyncGenerator<ReadOutcome> {
    for await (const outcome of inputs) {
      this.files.add(outcome.source.replace(/(#|:)\d+$/, ''));
      yield outcome;
    }
  }

  update(done: number, s: IngestSummary): void {
    const now = Date.now();
    if (!this.firstDocument) this.lastLine = this.firstDocument = now;
    // Logs get a line every LOG_EVERY documents or LOG_SECONDS, whichever comes first.
    const due = this.tty ? now - this.lastLine >= 100 : done % LOG_EVERY === 0 || now - this.lastLine >= LOG_SECONDS * 1000;
    if (!due) return;
    this.lastLine = now;
    const rate = done / Math.max(0.001, (now - this.firstDocument) / 1000);
    const counts = `${done} documents (${s.documents.new} new, ${s.documents.duplicate} duplicate, ${s.documents.skipped} skipped), ${rate.toFixed(0)}/s`;
    if (!this.tty) return void process.stderr.write(`frontline: ingest: ${counts}\n`);
    // The bar follows files (a feed or JSON Lines file holds many documents); the one being read is not done.
    const fraction = Math.min(1, Math.max(0, this.files.size - 1) / Math.max(1, this.totalFiles));
    const width = 24;
    const bar = '█'.repeat(Math.round(fraction * width)).padEnd(width, '░');
    process.stderr.write(`\r${bar} ${counts}\x1b[K`);
    this.drawn = true;
  }

  end(s: IngestSummary): void {
    if (this.drawn) process.stderr.write('\r\x1b[K');
    const seconds = (Date.now() - this.started) / 1000;
    if (seconds > 5) process.stderr.write(`frontline: ingest: ${s.documents.new + s.documents.duplicate + s.documents.skipped} inputs in ${seconds.toFixed(1)} s\n`);
  }
}
