import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SAME_STORY_DAYS, sameStoryWindow } from '../../src/control/dates.js';

test('copies of one story are looked for only among reports published close together', () => {
  assert.equal(sameStoryWindow('2021-06-20', '2021-06-21'), true);
  assert.equal(sameStoryWindow('2021-06-20', `2021-06-${20 + SAME_STORY_DAYS}`), true);
  assert.equal(sameStoryWindow('2021-06-20', `2021-06-${21 + SAME_STORY_DAYS}`), false);
  assert.equal(sameStoryWindow('2021-07-30', '2021-08-01'), true, 'the window crosses month ends');
});

test('undated reports are compared with undated ones only', () => {
  assert.equal(sameStoryWindow(null, null), true);
  assert.equal(sameStoryWindow(null, '2021-06-20'), false);
  assert.equal(sameStoryWindow('2021-06', '2021-06-02'), true, 'a month-precise date stands at the first');
});
