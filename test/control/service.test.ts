// The service over both engines: PGlite in a temp folder, and a real PostgreSQL server.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/core/index.js';
import { openFrontline, type FrontlineService } from '../../src/control/index.js';
import { postgresSkipReason, startPostgres, type PostgresServer } from '../helpers/postgres.js';
import { doc, KUNDUZ, scriptedExtractor, smallGazetteer, THEATER, type Said } from './fixtures.js';

const WIRE =
  'KUNDUZ — Taliban fighters seized the Khan Abad district on Sunday after a night of heavy fighting, two local officials said. ' +
  'The provincial council confirmed that government troops had pulled back toward the city.';
const REPUBLISHED = `${WIRE} (Wire)`;
const SPOKESMAN = 'A spokesman for the Taliban claimed on Monday that its men held Khan Abad and the roads around it.';
const CAPITAL = 'Taliban fighters overran Kunduz, the provincial capital, on Sunday, residents and officials said.';
const DENIAL = 'The defence ministry denied that Kunduz had fallen and said troops were clearing the city.';
const RETAKEN = 'Government forces retook Khan Abad on Friday after a week-long counteroffensive, the army said.';
const FIGURE = 'The Taliban now control about a third of all 421 districts, according to the group.';

const script = new Map<string, Said[]>([
  [WIRE, [{ place: KUNDUZ.khanAbad, sentence: 'Taliban fighters seized the Khan Abad district on Sunday after a night of heavy fighting, two local officials said.', date: '2021-06-20' }]],
  [REPUBLISHED, [{ place: KUNDUZ.khanAbad, sentence: 'Taliban fighters seized the Khan Abad district on Sunday after a night of heavy fighting, two local officials said.', date: '2021-06-20' }]],
  [SPOKESMAN, [{ place: KUNDUZ.khanAbad, sentence: SPOKESMAN, date: '2021-06-21', status: 'claimed' }]],
  [CAPITAL, [{ place: KUNDUZ.kunduzCity, sentence: CAPITAL, date: '2021-08-08' }]],
  [DENIAL, [{ place: KUNDUZ.kunduzCity, sentence: DENIAL, date: '2021-08-08', status: 'denied' }]],
  [RETAKEN, [{ type: 'recapture', place: KUNDUZ.khanAbad, side: 'government', sentence: RETAKEN, date: '2021-07-02' }]],
  [FIGURE, [{ type: 'control_claim', place: KUNDUZ.khanAbad, sentence: FIGURE, date: '2021-07-04', count: null, total: 421 }]],
]);

const DOCS = [
  doc('wire-1', WIRE, '2021-06-20'),
  doc('wire-1-copy', REPUBLISHED, '2021-06-21'),
  doc('spokesman', SPOKESMAN, '2021-06-21'),
  doc('retaken', RETAKEN, '2021-07-02'),
  doc('figure', FIGURE, '2021-07-04'),
  doc('capital', CAPITAL, '2021-08-08'),
  doc('denial', DENIAL, '2021-08-09'),
];

async function* outcomes(docs = DOCS) {
  for (const d of docs) yield { kind: 'document' as const, doc: d, source: `${d.id}.txt` };
  yield { kind: 'skipped' as const, source: 'empty.txt', reason: 'empty file' };
}

function serviceSuite(engine: string, connect: () => Promise<{ dataDir?: string; databaseUrl?: string; cleanup(): Promise<void> }>, skip: string | false) {
  describe(`service on ${engine}`, { skip }, () => {
    let fl: FrontlineService;
    let cleanup: () => Promise<void>;
    before(async () => {
      const target = await connect();
      cleanup = target.cleanup;
      fl = await openFrontline({ ...target, gazetteer: smallGazetteer(Object.values(KUNDUZ)), theaters: [THEATER], extractor: scriptedExtractor(script) });
    });
    after(async () => {
      await fl?.close();
      await cleanup?.();
    });

    test('ingest stores each document once and summarises what it did', async () => {
      const first = await fl.ingest(outcomes());
      assert.deepEqual(first.documents, { new: 7, duplicate: 0, skipped: 1 });
      assert.deepEqual(first.skipped, [{ source: 'empty.txt', reason: 'empty file' }]);
      assert.equal(first.events.capture, 5);
      const again = await fl.ingest(outcomes());
      assert.deepEqual(again.documents, { new: 0, duplicate: 7, skipped: 1 });
      assert.deepEqual(await fl.store.counts(), { documents: 7, events: 7, orphans: 0 });
      assert.equal((await fl.addDocument(DOCS[0])).status, 'duplicate');
    });

    test('the map lists every place of the universe, each traced to its sentences', async () => {
      const map = await fl.mapAsOf('2021-06-25');
      assert.equal(map.places.length, 3);
      const khanAbad = map.places.find((p) => p.id === KUNDUZ.khanAbad.id)!;
      assert.deepEqual([khanAbad.controller, khanAbad.status, khanAbad.since], ['taliban', 'assessed', '2021-06-20']);
      for (const e of khanAbad.evidence) {
        assert.equal(e.sentence, (DOCS.find((d) => d.id === e.document)!.text).slice(e.start, e.end));
        assert.ok(e.url?.startsWith('https://example.org/'));
      }
      const imamSahib = map.places.find((p) => p.id === KUNDUZ.imamSahib.id)!;
      assert.deepEqual([imamSahib.controller, imamSahib.status, imamSahib.evidence], ['government', 'assessed', []]);
      assert.equal((await fl.mapAsOf('2021-04-01')).places.find((p) => p.id === KUNDUZ.imamSahib.id)!.status, 'unknown');
    });

    test('one capture told by a wire story, its republication and a spokesman is one incident with two sources', async () => {
      const history = await fl.history('Khan Abad');
      const taliban = history.intervals.find((iv) => iv.controller === 'taliban')!;
      assert.equal(taliban.incidents.length, 1);
      assert.equal(taliban.incidents[0].events.length, 3);
      assert.equal(taliban.incidents[0].sources, 2);
      assert.deepEqual([taliban.from, taliban.to], ['2021-06-20', '2021-07-02']);
      const now = history.intervals.at(-1)!;
      assert.deepEqual([now.controller, now.from, now.to], ['government', '2021-07-02', null]);
    });

    test('a provincial capital captured counts for its district, and the denial is kept next to it', async () => {
      const map = await fl.mapAsOf('2021-08-10');
      const district = map.places.find((p) => p.id === KUNDUZ.kunduzDistrict.id)!;
      assert.deepEqual([district.controller, district.status, district.since], ['taliban', 'assessed', '2021-08-08']);
      const history = await fl.history(KUNDUZ.kunduzCity.id);
      assert.equal(history.place.id, KUNDUZ.kunduzDistrict.id);
      assert.equal(history.intervals.at(-1)!.disputes[0].events[0].evidence.sentence, DENIAL);
    });

    test('changes between two dates name the places that changed and why', async () => {
      const changes = await fl.changes('2021-06-01', '2021-06-30');
      assert.deepEqual(
        changes.map((c) => [c.place.name, c.before.controller, c.after.controller]),
        [['Khan Abad', 'unknown', 'taliban']],
      );
      assert.ok(changes[0].evidence.length > 0);
    });

    test('figures count places per side next to the aggregate claims made near the date', async () => {
      const figures = await fl.figures('2021-07-04');
      assert.equal(figures.universe, 3);
      assert.deepEqual(figures.by_side, { government: { assessed: 2 }, unknown: { unknown: 1 } });
      assert.equal(figures.claims.length, 1);
      assert.deepEqual([figures.claims[0].total, figures.claims[0].computed], [421, { count: 0, total: 3 }]);
      assert.equal(figures.claims[0].evidence.sentence, FIGURE);
    });

    test('the event feed filters by type, side and date', async () => {
      const recaptures = await fl.events({ type: 'recapture' });
      assert.deepEqual(recaptures.map((e) => e.evidence.sentence), [RETAKEN]);
      assert.equal((await fl.events({ side: 'taliban', from: '2021-08-01' })).length, 2);
      assert.equal((await fl.events({ limit: 2 })).length, 2);
      assert.deepEqual(await fl.span(), { from: '2021-06-20', to: '2021-08-08' });
    });

    test('a report the extractor fails on is skipped with the reason, and the run goes on', async () => {
      const broken = doc('broken', 'A report that trips the extractor over Khan Abad.', '2021-07-10');
      const fine = doc('fine', 'A later report that says nothing about control at all.', '2021-07-11');
      const extract = fl['opts'].extractor!.extract;
      fl['opts'].extractor!.extract = (d) => (d.id === 'broken' ? assert.fail('parser bug') : extract(d));
      try {
        const summary = await fl.ingest(outcomes([broken, fine]));
        assert.deepEqual(summary.documents, { new: 1, duplicate: 0, skipped: 2 });
        assert.match(summary.skipped[0].reason, /^extraction failed: parser bug/);
      } finally {
        fl['opts'].extractor!.extract = extract;
      }
      await assert.rejects(fl.addDocument(doc('blank', '  \n ', '2021-07-12')), InputError);
    });

    test('bad dates and unknown places are input errors that name the problem', async () => {
      await assert.rejects(fl.mapAsOf('2021-13-45'), (e: Error) => e instanceof InputError && e.message.includes('2021-13-45'));
      await assert.rejects(fl.changes('2021-07-01', '2021-06-01'), InputError);
      await assert.rejects(fl.history('Khan Abat'), (e: Error) => e instanceof InputError && e.message.includes('did you mean Khan Abad'));
    });
  });
}

serviceSuite(
  'PGlite',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontline-svc-'));
    return { dataDir: dir, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  },
  false,
);

const pgSkip = postgresSkipReason();
serviceSuite(
  'PostgreSQL server',
  async () => {
    const server: PostgresServer = await startPostgres();
    return { databaseUrl: server.url, cleanup: () => server.stop() };
  },
  pgSkip,
);
