// Store benchmarks on both engines: map-as-of over 400 places with 100,000 stored events
// (median ms), and ingest throughput (documents/s) through the service with extraction
// scripted, so that the figure is the store's and the control model's cost, not the parsers'.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFrontline, type FrontlineService } from '../src/control/index.js';
import type { Document, Event, Place, TheaterPack } from '../src/core/index.js';
import type { Gazetteer } from '../src/gazetteer/types.js';
import type { ReadOutcome } from '../src/ingest/types.js';
import { findPostgresBin, startPostgres } from '../test/helpers/postgres.js';

const PLACES = 400;
const EVENTS = 100_000;
const EVENTS_PER_DOCUMENT = 5;
const MAP_RUNS = 41;
const INGEST_DOCUMENTS = 1000;

export async function benchStore(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const dir = mkdtempSync(join(tmpdir(), 'frontline-bench-'));
  try {
    Object.assign(out, prefix('pglite', await benchEngine({ dataDir: join(dir, 'map') }, { dataDir: join(dir, 'ingest') })));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (findPostgresBin()) {
    const server = await startPostgres();
    try {
      Object.assign(out, prefix('postgres', await benchEngine({ databaseUrl: server.url }, { databaseUrl: server.url }, true)));
    } finally {
      await server.stop();
    }
  }
  return out;
}

async function benchEngine(mapTarget: Target, ingestTarget: Target, sameDb = false): Promise<Record<string, number>> {
  const fl = await open(mapTarget);
  let result: Record<string, number>;
  try {
    const started = performance.now();
    await fillEvents(fl);
    const filled = performance.now();
    await fl.store.markAllDirty();
    await fl.refresh();
    const rebuilt = performance.now();
    result = {
      fill_events_ms: round(filled - started),
      rebuild_all_places_ms: round(rebuilt - filled),
      ...(await timeMaps(fl)),
    };
    if (sameDb) await clear(fl);
  } finally {
    await fl.close();
  }
  return { ...result, ...(await timeIngest(ingestTarget)) };
}

export type Target = { dataDir?: string; databaseUrl?: string };

const universe: Place[] = Array.from({ length: PLACES }, (_, i) => ({
  id: `admin:BX.${String(i % 20).padStart(2, '0')}.${i}`,
  name: `District ${i}`,
  kind: 'admin2',
  country: 'AF',
  admin1: `Province ${i % 20}`,
  admin2: `District ${i}`,
  admin1Code: `AF.${i % 20}`,
  admin2Code: `AF.${i % 20}.${i}`,
  lat: 30 + (i % 20) / 2,
  lon: 62 + i / 50,
  precision: 'approximate',
}));

const theater: TheaterPack = {
  id: 'bench',
  name: 'bench',
  countries: ['AF'],
  sides: [{ id: 'taliban', label: 'Taliban' }, { id: 'government', label: 'Government' }],
  actors: [],
  universe: { country: 'AF', kind: 'admin2' },
};

const gazetteer: Gazetteer = {
  resolve: () => ({ place: null, candidates: [] }),
  findMentions: () => [],
  get: (id) => universe.find((p) => p.id === id),
  list: () => universe,
  country: () => undefined,
};

/** The service over a bench store: 400 synthetic districts, scripted extraction (bench/web.ts uses it too). */
export function open(target: Target): Promise<FrontlineService> {
  return openFrontline({ ...target, databaseUrl: target.databaseUrl ?? '', gazetteer, theaters: [theater], extractor: { extract: scriptedEvents } });
}

/** 100,000 events over 400 places and 20,000 documents, written in bulk by SQL (the fixture, not the figure). */
async function fillEvents(fl: FrontlineService): Promise<void> {
  const docs = EVENTS / EVENTS_PER_DOCUMENT;
  await fl.store.db.query(
    `insert into documents (id, hash, url, outlet, title, published, lang, format, synthetic, fingerprint, source_group, text, ingested_at)
     select 'd' || g, md5('d' || g), 'https://example.org/' || g, 'Bench Wire', null,
       to_char(date '2021-05-01' + (g % 120), 'YYYY-MM-DD'), 'en', 'text', true, null, 'd' || (g / 3), 'Bench text ' || g, '2021-09-01'
     from generate_series(1, $1::int) g`,
    [docs],
  );
  const ids = universe.map((p) => p.id);
  await fl.store.db.query(
    `insert into events (id, document, ordinal, type, unit_id, place_text, place_id, place_name, place_kind, admin1, country,
       place_start, place_end, actor_text, actor_name, actor_side, date, date_precision, status, sentence, sentence_start, sentence_end, mentions, parser)
     select 'd' || (g / 5 + 1) || '#' || (g % 5), 'd' || (g / 5 + 1), g % 5,
       (array['capture','recapture','clash','withdrawal','capture'])[g % 5 + 1],
       ($2::text[])[g % $3 + 1], 'District', ($2::text[])[g % $3 + 1], 'District', 'admin2', 'Province', 'AF',
       0, 8, 'Taliban', 'Taliban', case when g % 7 < 4 then 'taliban' else 'government' end,
       to_char(date '2021-05-01' + ((g / 5 + 1) % 120), 'YYYY-MM-DD'), 'day',
       case when g % 4 = 0 then 'claimed' else 'reported' end,
       'District fell to the Taliban on the day, officials said.', 0, 56, '[{"role":"place","span":{"start":0,"end":8}}]'::jsonb, 'bench'
     from generate_series(0, $1::int - 1) g`,
    [EVENTS, ids, ids.length],
  );
}

async function timeMaps(fl: FrontlineService): Promise<Record<string, number>> {
  const cold = performance.now();
  await fl.mapAsOf('2021-07-01'); // loads every interval into the service's cache
  const coldMs = performance.now() - cold;
  const times: number[] = [];
  for (let i = 0; i < MAP_RUNS; i++) {
    const date = new Date(Date.UTC(2021, 4, 1) + (i % 120) * 86_400_000).toISOString().slice(0, 10);
    const t = performance.now();
    const map = await fl.mapAsOf(date);
    times.push(performance.now() - t);
    if (map.places.length !== PLACES) throw new Error(`bench: map has ${map.places.length} places, not ${PLACES}`);
  }
  times.sort((a, b) => a - b);
  return {
    map_as_of_cold_ms: round(coldMs),
    map_as_of_median_ms: round(times[times.length >> 1]),
    map_as_of_p90_ms: round(times[Math.floor(times.length * 0.9)]),
  };
}

async function timeIngest(target: Target): Promise<Record<string, number>> {
  const fl = await open(target);
  try {
    const started = performance.now();
    const summary = await fl.ingest(documents(INGEST_DOCUMENTS));
    const seconds = (performance.now() - started) / 1000;
    if (summary.documents.new !== INGEST_DOCUMENTS) throw new Error(`bench: ${summary.documents.new} documents stored, not ${INGEST_DOCUMENTS}`);
    return { ingest_docs_per_second: round(INGEST_DOCUMENTS / seconds) };
  } finally {
    await fl.close();
  }
}

export async function* documents(n: number): AsyncGenerator<ReadOutcome> {
  for (let i = 0; i < n; i++) {
    const place = universe[(i * 7) % PLACES];
    const text =
      `${place.name} fell to the Taliban on Sunday after two days of fighting, officials in ${place.admin1} said (report ${i}). ` +
      `Government troops withdrew from ${place.name} toward the provincial capital. `.repeat(2) +
      `Residents described heavy fighting near the market and the district headquarters, and said roads were closed. `.repeat(12);
    const doc: Document = {
      id: `ingest-${i}`,
      hash: createHash('sha256').update(text).digest('hex').slice(0, 32),
      url: `https://example.org/ingest/${i}`,
      outlet: 'Bench Wire',
      title: null,
      published: new Date(Date.UTC(2021, 5, 1) + (i % 90) * 86_400_000).toISOString().slice(0, 10),
      lang: 'en',
      text,
      format: 'text',
      synthetic: true,
    };
    yield { kind: 'document', doc, source: `bench-${i}.txt` };
  }
}

/** Three events per document, as the extractor would return them for the text above. */
function scriptedEvents(doc: Document): Event[] {
  const name = /^(District \d+)/.exec(doc.text)![1];
  const place = universe.find((p) => p.name === name)!;
  const sentenceEnd = doc.text.indexOf('. ') + 1;
  const base = {
    place: { text: name, place, candidates: [], span: { start: 0, end: name.length } },
    fromActor: null,
    date: doc.published,
    datePrecision: 'day' as const,
    attributedTo: null,
    withoutFight: null,
    count: null,
    total: null,
    fraction: null,
    evidence: { document: doc.id, sentence: doc.text.slice(0, sentenceEnd), start: 0, end: sentenceEnd, mentions: [] },
    parser: 'bench',
  };
  return [
    { ...base, type: 'capture', actor: { name: 'Taliban', side: 'taliban', text: 'the Taliban', span: null }, status: 'reported' },
    { ...base, type: 'withdrawal', actor: { name: 'Government', side: 'government', text: 'Government troops', span: null }, status: 'reported' },
    { ...base, type: 'clash', actor: null, status: 'reported' },
  ];
}

async function clear(fl: FrontlineService): Promise<void> {
  await fl.store.db.exec('truncate documents, events, claims, incidents, incident_events, control_intervals, dirty_units');
}

function prefix(engine: string, figures: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(figures).map(([k, v]) => [`${engine}_${k}`, v]));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
