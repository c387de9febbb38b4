// `frontline extract FILE... [--published YYYY-MM-DD] [--json]`: events and their evidence, per
// document, without storing anything. --json prints one JSON object per document (JSON Lines).
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { EXIT, FrontlineError, type Document, type Event, type IsoDate } from '../../core/index.js';
import { createExtractor, eventToJson, LOCALE_LANGUAGES } from '../../extract/index.js';
import { loadGazetteer } from '../../gazetteer/index.js';
import { readInputs } from '../../ingest/index.js';

/** Languages the parsers are written for ('und': too short to tell, tried anyway). */
/** Languages the extractor has constructions for: English, and the locales of src/extract/locales. */
const KNOWN = new Set(['en', 'und', ...LOCALE_LANGUAGES]);

interface ExtractOptions {
  published?: string;
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('Extract territorial events (captures, withdrawals, surrenders, ...) from reports and print them with their evidence.')
    .argument('<files...>', 'text, HTML, RSS/Atom or JSON Lines files, or folders; - reads stdin')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for inputs that carry none; relative dates ("on Saturday") are resolved against it')
    .option('--json', 'print JSON Lines: one object per document {id, url, published, events: [...]}, in input order')
    .addHelpText(
      'after',
      '\nExit status: 0 every input read, 1 some inputs skipped (reasons on stderr), 65 nothing could be read,\n' +
        '66 no input file exists, 64 bad usage (e.g. --published that is not a date).\n\n' +
        'Examples:\n  frontline extract report.txt --published 2021-07-04\n  cat article.html | frontline extract - --json',
    )
    .action(async (files: string[], opts: ExtractOptions) => {
      const published = opts.published === undefined ? undefined : parsePublished(opts.published);
      const extractor = createExtractor({ gazetteer: await loadGazetteer() });
      let read = 0;
      let skipped = 0;
      for await (const outcome of readInputs(files, { published })) {
        if (outcome.kind === 'skipped') {
          skipped++;
          process.stderr.write(`frontline: skipped ${outcome.source}: ${outcome.reason}\n`);
          continue;
        }
        read++;
        if (!KNOWN.has(outcome.doc.lang)) process.stderr.write(`frontline: note: ${outcome.source}: language "${outcome.doc.lang}" — the extractor has no constructions for it (it reads ${[...KNOWN].filter((l) => l !== 'und').join(', ')}); expect few or no events\n`);
        const events = extractor.extract(outcome.doc);
        process.stdout.write(opts.json ? jsonLine(outcome.doc, events) : humanText(outcome.doc, events, outcome.source));
      }
      process.exitCode = exitCode(read, skipped, files);
    });
}

/** A day that exists, as YYYY-MM-DD; anything else is a usage error naming the value. */
export function parsePublished(value: string): IsoDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.toISOString().slice(0, 10) !== value.trim()) {
    throw new FrontlineError(`--published "${value}" is not a date: use YYYY-MM-DD`, EXIT.usage);
  }
  return value.trim();
}

function exitCode(read: number, skipped: number, files: string[]): number {
  if (read > 0) return skipped > 0 ? EXIT.partial : EXIT.ok;
  const missing = files.every((f) => f !== '-' && !existsSync(f));
  return missing ? EXIT.noInput : EXIT.dataError;
}

function jsonLine(doc: Document, events: Event[]): string {
  return `${JSON.stringify({ id: doc.id, url: doc.url, published: doc.published, lang: doc.lang, events: events.map((e) => eventToJson(e, doc)) })}\n`;
}

function humanText(doc: Document, events: Event[], source: string): string {
  const head = `${source}  id ${doc.id}  published ${doc.published ?? 'unknown'}  lang ${doc.lang}  ${events.length} event${events.length === 1 ? '' : 's'}`;
  return [head, ...events.map(eventText), ''].join('\n') + '\n';
}

function eventText(e: Event): string {
  const p = e.place.place;
  const place = p
    ? `${e.place.text} → ${p.name}${p.admin1 && p.kind !== 'admin1' ? `, ${p.admin1}` : ''} (${p.kind}, ${p.country})`
    : `${e.place.text || '(unnamed)'} → ${e.place.candidates.length ? `ambiguous: ${e.place.candidates.slice(0, 3).map((c) => `${c.name}, ${c.admin1}`).join(' | ')}` : 'unresolved'}`;
  const actor = e.actor ? `${e.actor.text} → ${e.actor.side ?? '?'}` : 'unknown';
  const extras = [
    e.fromActor ? `from ${e.fromActor.text} → ${e.fromActor.side ?? '?'}` : '',
    e.count !== null ? `count ${e.count}` : '',
    e.total !== null ? `of ${e.total}` : '',
    e.fraction !== null ? `fraction ${e.fraction.toFixed(2)}` : '',
    e.withoutFight === true ? 'without a fight' : e.withoutFight === false ? 'with fighting' : '',
    e.attributedTo ? `per ${e.attributedTo}` : '',
  ].filter(Boolean);
  return [
    `  ${e.type.padEnd(15)} ${place}`,
    `    actor ${actor}  date ${e.date ?? 'unknown'}${e.datePrecision ? ` (${e.datePrecision})` : ''}  status ${e.status}${extras.length ? `  ${extras.join(', ')}` : ''}  [${e.parser}]`,
    `    “${e.evidence.sentence}” [${e.evidence.start}–${e.evidence.end}]`,
  ].join('\n');
}
