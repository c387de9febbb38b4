// The real pipeline on the shared development corpus (read at run time; skipped when absent):
// readers → extractor → store → control model, then the map as of a date.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFrontline, type FrontlineService } from '../../src/control/index.js';
import { createExtractor, loadTheaters } from '../../src/extract/index.js';
import { loadGazetteer } from '../../src/gazetteer/index.js';
import { readInputs } from '../../src/ingest/index.js';
import { sharedPath } from '../helpers/shared.js';

const DEV = sharedPath('eval', 'dev');
const skip = existsSync(DEV) ? false : `${DEV} is not here: the development corpus test is skipped`;

let fl: FrontlineService;
let dir: string;

before(async () => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'frontline-dev-'));
  const [gazetteer, theaters] = [await loadGazetteer(), loadTheaters()];
  fl = await openFrontline({ dataDir: dir, databaseUrl: '', gazetteer, theaters, extractor: createExtractor({ gazetteer, theaters }) });
  await fl.ingest(readInputs([DEV]));
});

after(async () => {
  await fl?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('after ingesting the development corpus, the map covers the universe and each interval points to its sentences', { skip }, async () => {
  const map = await fl.mapAsOf('2021-08-01');
  assert.equal(map.places.length, fl.universe.size);
  assert.ok(fl.universe.size >= 398, `universe of ${fl.universe.size} places`);
  const known = map.places.filter((p) => p.status !== 'unknown');
  assert.ok(known.length >= 10, `only ${known.length} places have a known status`);
  const texts = new Map((await fl.store.db.query<{ id: string; text: string }>('select id, text from documents')).map((d) => [d.id, d.text]));
  for (const place of known) {
    assert.ok(place.evidence.length > 0, `${place.name} has no evidence`);
    for (const e of place.evidence) assert.equal(texts.get(e.document)!.slice(e.start, e.end), e.sentence, `${place.name}: offsets of ${e.document}`);
    const history = await fl.history(place.id);
    // No baseline in this theater: every interval that says something rests on incidents with sentences.
    for (const iv of history.intervals.filter((i) => i.status !== 'unknown')) {
      assert.ok(iv.incidents.length > 0, `${place.name}: ${iv.status} interval from ${iv.from} has no incident`);
      for (const inc of iv.incidents) assert.ok(inc.events.length > 0 && inc.events.every((e) => texts.get(e.evidence.document)!.slice(e.evidence.start, e.evidence.end) === e.evidence.sentence));
    }
  }
});

test('ingesting the development corpus again stores nothing new', { skip }, async () => {
  const before = await fl.store.counts();
  const again = await fl.ingest(readInputs([DEV]));
  assert.equal(again.documents.new, 0);
  assert.deepEqual(await fl.store.counts(), before);
});
