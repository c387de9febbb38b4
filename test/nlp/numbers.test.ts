import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities, numberValue } from '../../src/nlp/index.js';

test('bounds and estimates keep their count', () => {
  const [q] = findQuantities('more than 300 soldiers');
  assert.equal(q.value, 300);
  assert.equal(q.approximate, true);
  assert.equal(findQuantities('at least 1,200 troops')[0].value, 1200);
});

test('number words', () => {
  assert.equal(findQuantities('ten districts')[0].value, 10);
  assert.equal(numberValue('twenty-one'), 21);
  assert.equal(numberValue('many'), null);
});

test('"hundreds of" is a size with no count', () => {
  const [q] = findQuantities('hundreds of policemen');
  assert.equal(q.value, null);
  assert.equal(q.vague, true);
});

test('a fraction of a total', () => {
  const [q] = findQuantities('about a third of all 421 districts');
  assert.equal(q.fraction, 1 / 3);
  assert.equal(q.total, 421);
  assert.equal(q.value, null);
});

test('N of M', () => {
  const [q] = findQuantities('the group holds 142 of 398 districts');
  assert.equal(q.value, 142);
  assert.equal(q.total, 398);
});

test('N out of M', () => {
  const [q] = findQuantities('the rebels hold 16 out of 17 districts');
  assert.equal(q.value, 16);
  assert.equal(q.total, 17);
});
