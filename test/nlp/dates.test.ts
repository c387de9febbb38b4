import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveDates } from '../../src/nlp/index.js';

// 2021-07-04 was a Sunday.
const PUB = '2021-07-04';
const one = (text: string, published: string | null = PUB) => {
  const found = resolveDates(text, published);
  assert.equal(found.length, 1, `one date in "${text}", got ${JSON.stringify(found)}`);
  return { date: found[0].date, precision: found[0].precision };
};

test('a weekday is the last one on or before publication', () => {
  assert.deepEqual(one('the garrison gave up on Saturday'), { date: '2021-07-03', precision: 'day' });
  assert.deepEqual(one('the governor fled on Thursday'), { date: '2021-07-01', precision: 'day' });
  assert.deepEqual(one('police said Sunday'), { date: '2021-07-04', precision: 'day' });
});

test('the weekday after publication is read as that day (reports filed across time zones)', () => {
  assert.deepEqual(one('the town fell early Monday'), { date: '2021-07-05', precision: 'day' });
});

test('last month and mid-April are month-precise', () => {
  assert.deepEqual(one('Last month, the rebels took the pass'), { date: '2021-06', precision: 'month' });
  assert.deepEqual(one('since mid-April the front has moved'), { date: '2021-04', precision: 'month' });
  assert.deepEqual(one('it was lost in early December', '2021-02-10'), { date: '2020-12', precision: 'month' });
});

test('explicit days are day-precise, and a day after publication is last year', () => {
  assert.deepEqual(one('the district was retaken on 21 June'), { date: '2021-06-21', precision: 'day' });
  assert.deepEqual(one('it fell on December 30', '2021-01-03'), { date: '2020-12-30', precision: 'day' });
});

test('spans of days are week-precise', () => {
  assert.equal(one('In the past three days, six villages changed hands').precision, 'week');
  assert.equal(one('earlier this week the army pulled back').precision, 'week');
});

test('overnight and yesterday resolve against publication', () => {
  assert.deepEqual(one('the militia withdrew overnight'), { date: '2021-07-04', precision: 'day' });
  assert.deepEqual(one('the post was abandoned yesterday'), { date: '2021-07-03', precision: 'day' });
});

test('without a publication date only dates with a year resolve', () => {
  assert.deepEqual(resolveDates('the town fell on Saturday, June 5', null), []);
  assert.deepEqual(one('it was taken on 3 March 2019', null), { date: '2019-03-03', precision: 'day' });
});
