import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysLater, respectiveDays } from '../../src/nlp/dates.js';
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

test('"days later" and "the next day" count the days after an earlier date', () => {
  assert.equal(daysLater('Four days later, the rebels entered the town.'), 4);
  assert.equal(daysLater('The next day the garrison surrendered.'), 1);
  assert.equal(daysLater('Two weeks later the pass was closed.'), 14);
  assert.equal(daysLater('The town fell later that year.'), null);
});

test('"on Dec. 15 and 19, respectively" gives one day per place, in order', () => {
  assert.deepEqual(respectiveDays('the rebels took Alpha and Beta on Dec. 15 and 19, respectively.', '2023-12-27'), ['2023-12-15', '2023-12-19']);
  assert.deepEqual(respectiveDays('they took three towns on March 2, 5 and 9, respectively', '2024-03-20'), ['2024-03-02', '2024-03-05', '2024-03-09']);
  assert.deepEqual(respectiveDays('the rebels took Alpha and Beta on Dec. 15 and 19.', '2023-12-27'), []);
});
