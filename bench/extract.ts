// Extraction throughput: a corpus of >= 10,000 reports composed here from templates and gazetteer
// names, run through the whole extract path (reading the text into a Document, then extract) on
// one core, and in the same run one plain tokenizer pass over the same texts, for the ratio.
import { performance } from 'node:perf_hooks';
import type { Place } from '../src/core/index.js';
import { createExtractor } from '../src/extract/index.js';
import { loadGazetteer } from '../src/gazetteer/index.js';
import { documentFromText } from '../src/ingest/index.js';
import { tokenize } from '../src/nlp/index.js';

const DOCUMENTS = 10_000;

const EVENTS = [
  (p: Place, q: Place) => `The Taliban captured ${p.name} district in ${q.name} province on Saturday, local officials said.`,
  (p: Place) => `${p.name} fell to the insurgents after two days of heavy fighting, a provincial council member told reporters.`,
  (p: Place) => `Afghan commandos retook ${p.name} on Monday morning, the defence ministry said in a statement.`,
  (p: Place, q: Place) => `More than 200 Afghan soldiers surrendered to the Taliban in ${p.name} district of ${q.name} province.`,
  (p: Place) => `Government forces withdrew from ${p.name} overnight, residents said.`,
  (p: Place) => `Officials fear that ${p.name} could fall to the militants within days.`,
  (p: Place, q: Place) => `Clashes erupted in ${p.name} and spread toward the centre of ${q.name} province.`,
  () => `The Taliban now control about a third of all 421 districts in Afghanistan, according to analysts.`,
];
const FILLER = [
  'Residents described long queues at bakeries and fuel stations as prices rose sharply.',
  'The United Nations said thousands of families had been displaced since the start of the month.',
  'Talks between the two sides in Doha have made little progress, diplomats said.',
  'Aid agencies warned that the road to the provincial capital had been cut for a week.',
  'A spokesman for the interior ministry did not respond to a request for comment.',
  'Local traders said the border market had reopened after a short closure.',
];

/** A small deterministic generator, so every run reads the same corpus. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
}

function corpus(districts: Place[], provinces: Place[]): string[] {
  const next = random(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)];
  const texts: string[] = [];
  for (let i = 0; i < DOCUMENTS; i++) {
    const lines = [`Fighting reported in ${pick(provinces).name}`];
    const sentences = 6 + Math.floor(next() * 8);
    for (let j = 0; j < sentences; j++) lines.push(next() < 0.35 ? pick(EVENTS)(pick(districts), pick(provinces)) : pick(FILLER));
    texts.push(lines.join('\n\n'));
  }
  return texts;
}

export async function benchExtract(): Promise<Record<string, number>> {
  const gazetteer = await loadGazetteer();
  const extractor = createExtractor({ gazetteer });
  const texts = corpus(gazetteer.list('AF', 'admin2'), gazetteer.list('AF', 'admin1'));
  extractor.extract(documentFromText(texts[0], { published: '2021-07-04' }));

  let events = 0;
  const started = performance.now();
  for (const text of texts) events += extractor.extract(documentFromText(text, { published: '2021-07-04' })).length;
  const extractSeconds = (performance.now() - started) / 1000;

  let tokens = 0;
  const tokStarted = performance.now();
  for (const text of texts) tokens += tokenize(text).length;
  const tokenizeSeconds = (performance.now() - tokStarted) / 1000;

  return {
    documents: texts.length,
    events,
    tokens,
    extract_seconds: round(extractSeconds),
    articles_per_second: Math.round(texts.length / extractSeconds),
    tokenize_seconds: round(tokenizeSeconds),
    ratio_to_tokenize: round(extractSeconds / tokenizeSeconds),
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
