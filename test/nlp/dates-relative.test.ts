import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveDates } from '../../src/nlp/index.js';

// 2021-07-29 was a Thursday.
const PUB = '2021-07-29';
const dated = (text: string, published: string | null = PUB, year?: number) =>
  resolveDates(text, published, year).map((m) => ({ date: m.date, precision: m.precision }));

test('"N days ago" is that day, "N weeks ago" that week, "N months ago" that month', () => {
  assert.deepEqual(dated('the garrison pulled out three days ago'), [{ date: '2021-07-26', precision: 'day' }]);
  assert.deepEqual(dated('troops left the valley two weeks ago'), [{ date: '2021-07-15', precision: 'week' }]);
  assert.deepEqual(dated('the town changed hands 2 months ago'), [{ date: '2021-05', precision: 'month' }]);
});

test('with no publication date, the known year dates a day and month', () => {
  assert.deepEqual(dated('the district centre fell on July 12', null, 2021), [{ date: '2021-07-12', precision: 'day' }]);
  assert.deepEqual(dated('the district centre fell on July 12', null), []);
});

test('with no publication date, casual words stay undated even when the year is known', () => {
  assert.deepEqual(dated('the base was overrun yesterday', null, 2021), []);
  assert.deepEqual(dated('the base was overrun this morning, June 19', null, 2021), [{ date: '2021-06-19', precision: 'day' }]);
});
