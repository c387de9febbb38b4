// `frontline eval --gold FILE.jsonl`: run the extractor on every gold document (its `published` is
// the reference date) and score it: precision, recall and F1 overall and per type family.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { EXIT, FrontlineError, InputError } from '../../core/index.js';
import { createExtractor, loadTheaters } from '../../extract/index.js';
import { scoreDocuments, type GoldEvent, type ScoredDocument, type Scores } from '../../extract/score.js';
import { loadGazetteer } from '../../gazetteer/index.js';
import { documentFromText } from '../../ingest/index.js';

interface EvalOptions {
  gold: string;
  json?: boolean;
  showErrors?: boolean;
}

interface GoldDocument {
  id: string;
  url?: string | null;
  outlet?: string | null;
  published?: string | null;
  lang?: string | null;
  text: string;
  events: GoldEvent[];
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('Score the extractor against a gold file (JSON Lines, one annotated document a line).')
    .requiredOption('--gold <file>', 'gold annotations: {id, published, text, events: [{type, place, province, country, actor, date, ...}]} per line')
    .option('--json', 'print one JSON object: {documents, overall, by_type, place_accuracy, date_accuracy, dates_invented} (with --show-errors also misses, false_alarms, date_pairs)')
    .option('--show-errors', 'list the missed gold events and the false alarms with their sentences')
    .addHelpText(
      'after',
      '\nA prediction matches a gold event when the type family (capture = capture + recapture), the place\n' +
        '(same gazetteer entry; a town and its district count as one) and the side of the actor agree, and\n' +
        'day-precise dates are at most one day apart (so a day-precise date further off is a miss and a false\n' +
        'alarm, not a wrong date).\n\n' +
        'Date accuracy counts matched events whose gold has a date: right when a gold day is met by a full date\n' +
        '(day or week precision) within one day, a gold week by a date within 7 days, a gold month by a date in\n' +
        'that month, a gold year by a date in that year; no date is wrong. "Dates invented" is the share of matched\n' +
        'events the gold leaves undated (the text gives no way to tell) that were given a date anyway.\n\nExample:\n  frontline eval --gold ../shared/eval/seed.gold.jsonl --show-errors',
    )
    .action(async (opts: EvalOptions) => {
      const golds = await readGold(opts.gold);
      const gazetteer = await loadGazetteer();
      const extractor = createExtractor({ gazetteer });
      const docs: ScoredDocument[] = golds.map((g) => ({
        id: g.id,
        gold: g.events,
        predicted: extractor.extract(documentFromText(g.text, { id: g.id, url: g.url, outlet: g.outlet, published: g.published, lang: g.lang })),
      }));
      const scores = scoreDocuments(docs, gazetteer, loadTheaters());
      if (opts.json) process.stdout.write(`${JSON.stringify(opts.showErrors ? scores : { ...scores, misses: undefined, false_alarms: undefined, date_pairs: undefined })}\n`);
      else process.stdout.write(report(scores, Boolean(opts.showErrors)));
    });
}

async function readGold(path: string): Promise<GoldDocument[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new FrontlineError(`cannot read gold file ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, EXIT.noInput);
  }
  const docs: GoldDocument[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let doc: GoldDocument;
    try {
      doc = JSON.parse(line);
    } catch {
      throw new InputError(`${path}:${i + 1}: not a JSON object`);
    }
    if (typeof doc?.text !== 'string' || !Array.isArray(doc.events)) throw new InputError(`${path}:${i + 1}: a gold document needs "text" and "events"`);
    docs.push({ ...doc, id: doc.id ?? `line-${i + 1}` });
  });
  if (docs.length === 0) throw new InputError(`${path}: no gold documents`);
  return docs;
}

function report(s: Scores, errors: boolean): string {
  const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);
  const row = (name: string, f: Scores['overall']) =>
    `${name.padEnd(16)} P ${pct(f.precision).padStart(6)}  R ${pct(f.recall).padStart(6)}  F1 ${pct(f.f1).padStart(6)}  gold ${String(f.gold).padStart(3)}  predicted ${String(f.predicted).padStart(3)}  matched ${String(f.matched).padStart(3)}`;
  const lines = [
    `documents: ${s.documents}`,
    row('overall', s.overall),
    ...Object.entries(s.by_type).sort().map(([family, f]) => row(family, f)),
    `place resolution on matched events: ${pct(s.place_accuracy)}`,
    `date accuracy on matched events with a gold date: ${pct(s.date_accuracy)}`,
    `dates invented on matched events the gold leaves undated: ${pct(s.dates_invented)}`,
  ];
  if (errors) {
    lines.push('', `misses (${s.misses.length}):`, ...s.misses.map((m) => `  ${m.document} ${m.type} ${m.place}: “${m.sentence}”`));
    lines.push('', `false alarms (${s.false_alarms.length}):`, ...s.false_alarms.map((m) => `  ${m.document} ${m.type} ${m.place}: “${m.sentence}”`));
  }
  return `${lines.join('\n')}\n`;
}
