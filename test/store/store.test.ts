// The store on both engines: migrations, idempotent writes, all-or-nothing document writes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS, Store, type DbOptions, type DocumentRecord, type EventRecord } from '../../src/store/index.js';
import { postgresSkipReason, startPostgres } from '../helpers/postgres.js';
import { ev } from '../control/fixtures.js';

function record(id: string): DocumentRecord {
  return {
    id,
    hash: `hash-${id}`,
    url: null,
    outlet: null,
    title: null,
    published: '2021-07-04',
    lang: 'en',
    format: 'text',
    synthetic: false,
    fingerprint: null,
    source_group: id,
    text: 'Taliban fighters took the district centre on Sunday, a council member said.',
    ingested_at: '2021-07-05T00:00:00Z',
  };
}

function eventOf(documentId: string, ordinal: number, type: EventRecord['type'] = 'capture'): EventRecord {
  const { url: _u, outlet: _o, published: _p, synthetic: _s, source_group: _g, ...row } = ev({ type, document: documentId });
  return { ...row, id: `${documentId}#${ordinal}`, ordinal };
}

function storeSuite(engine: string, connect: () => Promise<{ opts: DbOptions; cleanup(): Promise<void> }>, skip: string | false) {
  describe(`store on ${engine}`, { skip }, () => {
    let opts: DbOptions;
    let cleanup: () => Promise<void>;
    let store: Store;
    before(async () => {
      ({ opts, cleanup } = await connect());
      store = await Store.open(opts);
    });
    after(async () => {
      await store?.close();
      await cleanup?.();
    });

    test('migrations are applied once and recorded', async () => {
      const again = await Store.open(opts);
      const versions = (await again.db.query<{ version: number }>('select version from schema_migrations order by version')).map((r) => r.version);
      await again.close();
      assert.deepEqual(versions, MIGRATIONS.map((m) => m.version));
    });

    test('a document is written once with its events, claims and dirty marks; writing it again changes nothing', async () => {
      const events = [eventOf('a', 0), eventOf('a', 1, 'control_claim')];
      assert.equal(await store.saveDocument(record('a'), events), true);
      assert.equal(await store.saveDocument(record('a'), events), false);
      assert.equal(await store.saveDocument({ ...record('a2'), hash: 'hash-a' }, []), false);
      assert.deepEqual(await store.counts(), { documents: 1, events: 2, orphans: 0 });
      assert.equal((await store.db.query('select * from claims')).length, 1);
      assert.deepEqual(await store.derivedState(), { version: 0, dirty: true });
    });

    test('a document whose events cannot be written is not written either', async () => {
      const clash = [eventOf('b', 0), eventOf('b', 0)]; // the same event id twice
      await assert.rejects(store.saveDocument(record('b'), clash));
      assert.deepEqual((await store.lookup('hash-b', 'b', 0)).same, []);
      assert.deepEqual(await store.counts(), { documents: 1, events: 2, orphans: 0 });
    });

    test('a rebuild replaces the derived rows of dirty units and bumps the version', async () => {
      const seen: string[] = [];
      const rebuilt = await store.rebuildDirty((unit, events) => {
        seen.push(`${unit}:${events.length}`);
        return { incidents: [], intervals: [] };
      });
      assert.equal(rebuilt, 1);
      assert.deepEqual(seen, ['admin:AF.09.0901:2']);
      assert.deepEqual(await store.derivedState(), { version: 1, dirty: false });
      assert.equal(await store.rebuildDirty(() => assert.fail('no dirty unit left')), 0);
    });
  });
}

storeSuite('PGlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-store-'));
  return { opts: { dataDir: dir }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}, false);

storeSuite('PostgreSQL server', async () => {
  const server = await startPostgres();
  return { opts: { databaseUrl: server.url }, cleanup: () => server.stop() };
}, postgresSkipReason());
