import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentFromText } from '../../src/ingest/index.js';
import { eventToJson, EXTRACTOR_VERSION, loadTheaters } from '../../src/extract/index.js';
import { testExtractor } from './shared.js';

test('the --json event shape: snake_case, every field, null when unknown', async () => {
  const doc = documentFromText('The Taliban seized Imam Sahib in Kunduz province, Afghan officials said.', { published: '2021-06-22' });
  const [event] = (await testExtractor()).extract(doc);
  const json = eventToJson(event, doc) as Record<string, any>;
  for (const key of ['type', 'place', 'actor', 'from_actor', 'date', 'date_precision', 'status', 'without_fight', 'count', 'evidence', 'parser']) assert.ok(key in json, key);
  for (const key of ['text', 'name', 'id', 'kind', 'admin1', 'admin2', 'country', 'lat', 'lon', 'precision', 'candidates']) assert.ok(key in json.place, key);
  assert.deepEqual(Object.keys(json.actor), ['text', 'name', 'side']);
  assert.equal(json.from_actor, null);
  assert.equal(json.date, null);
  assert.equal(doc.text.slice(json.evidence.start, json.evidence.end), json.evidence.sentence);
  assert.match(EXTRACTOR_VERSION, /^\d+\.\d+\.\d+$/);
});

test('theater packs are data with sides for every actor', () => {
  const packs = loadTheaters();
  assert.deepEqual(packs.map((p) => p.id).sort(), ['afghanistan', 'generic']);
  const afghanistan = packs.find((p) => p.id === 'afghanistan')!;
  assert.deepEqual(afghanistan.reportedTotals, [398, 407, 421]);
  for (const pack of packs) {
    const sides = new Set(pack.sides.map((s) => s.id));
    for (const actor of pack.actors) assert.ok(actor.side === null || sides.has(actor.side), `${pack.id}: ${actor.name}`);
  }
});
