import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTheaters } from '../../src/extract/index.js';
import { scoreDocuments, type GoldEvent } from '../../src/extract/score.js';
import { loadGazetteer } from '../../src/gazetteer/index.js';
import { eventsOf } from './shared.js';

const kunduz = (date: string | null, precision: string | null): GoldEvent => ({ type: 'capture', place: 'Kunduz', place_kind: 'provincial_capital', province: 'Kunduz', country: 'AF', actor: 'Taliban', date, date_precision: precision });

async function score(text: string, gold: GoldEvent) {
  const gazetteer = await loadGazetteer({ cacheDir: join(tmpdir(), 'frontline-gazetteer-test') });
  return scoreDocuments([{ id: 'd', gold: [gold], predicted: await eventsOf(text, '2021-08-10') }], gazetteer, loadTheaters());
}

test('a matched event with a gold day and no predicted date is a wrong date, listed with both dates', async () => {
  const s = await score('The Taliban captured Kunduz city.', kunduz('2021-08-08', 'day'));
  assert.equal(s.overall.matched, 1);
  assert.equal(s.date_accuracy, 0);
  assert.deepEqual({ ...s.date_pairs[0], sentence: undefined }, { document: 'd', type: 'capture', place: 'Kunduz', gold_date: '2021-08-08', gold_precision: 'day', predicted_date: null, predicted_precision: null, right: false, sentence: undefined });
});

test('a gold month is met by any day of that month', async () => {
  const s = await score('The Taliban captured Kunduz city on August 3.', kunduz('2021-08', 'month'));
  assert.equal(s.date_accuracy, 1);
});

test('a date given to an event the gold leaves undated counts as invented, not in the accuracy', async () => {
  const s = await score('The Taliban captured Kunduz city on Sunday.', kunduz(null, null));
  assert.equal(s.date_accuracy, null);
  assert.equal(s.dates_invented, 1);
});
