// Other wars through the generic pack: the same constructions, other actors and sides.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, summary } from './shared.js';

test('Ukraine: Russian forces took control of a town', async () => {
  const events = await eventsOf('Russian forces have taken full control of the Ukrainian town of Bakhmut in the Donetsk region, Ukraine’s army said on Wednesday.', '2024-10-02');
  const e = events.find((x) => x.type === 'capture');
  assert.ok(e, JSON.stringify(summary(events)));
  assert.equal(e.actor?.side, 'russia');
  assert.equal(e.place.place?.country, 'UA');
  assert.equal(e.date, '2024-10-02');
});

test('Sudan: the RSF seized a state capital; "the army" is SAF there', async () => {
  const events = await eventsOf('In Sudan, the RSF seized Nyala, the capital of South Darfur, after the army withdrew from its base.', '2023-10-27');
  const capture = events.find((x) => x.type === 'capture');
  assert.equal(capture?.actor?.side, 'rsf');
  assert.equal(capture?.place.place?.country, 'SD');
  const withdrawal = events.find((x) => x.type === 'withdrawal');
  assert.equal(withdrawal, undefined, 'its base is not a named place');
});

test('"the militants" take the side of the party named before them', async () => {
  const events = await eventsOf('Islamic State fighters swept across northern Iraq. The militants seized Mosul, Iraq’s second city.', '2014-06-11');
  const e = events.find((x) => x.type === 'capture');
  assert.equal(e?.actor?.side, 'isis');
});
