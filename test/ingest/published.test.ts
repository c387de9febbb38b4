import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentFromText, toIsoDay } from '../../src/ingest/index.js';
import { judgeDate } from '../../src/ingest/published.js';

const NOW = new Date('2024-06-01T12:00:00Z');

test('ISO dates and datetimes reduce to the UTC day', () => {
  assert.equal(toIsoDay('2021-07-04'), '2021-07-04');
  assert.equal(toIsoDay('2021-07-04T10:00:00Z'), '2021-07-04');
  assert.equal(toIsoDay('2021-07-04T23:30:00-05:00'), '2021-07-05');
  assert.equal(toIsoDay('2021-07-05T02:00:00+04:30'), '2021-07-04');
  assert.equal(toIsoDay('2021-07-04T10:00:00.123+0000'), '2021-07-04');
});

test('RFC 822 dates from feeds reduce to the UTC day', () => {
  assert.equal(toIsoDay('Sun, 04 Jul 2021 10:00:00 GMT'), '2021-07-04');
  assert.equal(toIsoDay('Sun, 04 Jul 2021 22:00:00 EST'), '2021-07-05');
  assert.equal(toIsoDay('4 Jul 21 01:00 +0430'), '2021-07-03');
  assert.equal(toIsoDay('Mon, 5 July 2021 09:15:00 +0000'), '2021-07-05');
});

test('what is not a calendar date is refused', () => {
  for (const bad of ['2021-02-30', '2021-13-01', 'yesterday', '07/04/2021', '2021-07', 'Sun, 32 Jul 2021 10:00:00 GMT', '']) {
    assert.equal(toIsoDay(bad), null, bad);
  }
});

test('page and feed dates outside 1990 .. now + 1 day are not trusted; the user’s dates only need to be dates', () => {
  assert.deepEqual(judgeDate('2024-06-02T11:00:00Z', false, NOW), { date: '2024-06-02' });
  assert.match(String((judgeDate('2024-06-03T13:00:00Z', false, NOW) as { problem: string }).problem), /in the future/);
  assert.match(String((judgeDate('1989-12-31', false, NOW) as { problem: string }).problem), /before 1990/);
  assert.deepEqual(judgeDate('1989-12-31', true, NOW), { date: '1989-12-31' });
});

test('a document’s date: its own, else --published; a bad one is dropped, not invented', () => {
  assert.equal(documentFromText('Text.', { published: '2021-08-15T03:00:00+04:30' }).published, '2021-08-14');
  assert.equal(documentFromText('Text.', {}, { published: '2021-08-15' }).published, '2021-08-15');
  assert.equal(documentFromText('Text.', { published: 'soon' }, { published: '2021-08-15' }).published, '2021-08-15');
  assert.equal(documentFromText('Text.').published, null);
});
