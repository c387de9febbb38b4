import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAttributions, modalityAt } from '../../src/nlp/index.js';

const at = (sentence: string, word: string) => modalityAt(sentence, sentence.indexOf(word));

test('negation', () => {
  assert.equal(at('The town did not fall to the rebels.', 'fall'), 'negated');
  assert.equal(at('No district was lost overnight, the ministry said.', 'lost'), 'negated');
  assert.equal(at('The town fell to the rebels.', 'fell'), null);
});

test('hypotheticals and threats', () => {
  assert.equal(at('Kandahar could fall within days.', 'fall'), 'hypothetical');
  assert.equal(at('The militants threatened to take the city.', 'take'), 'hypothetical');
  assert.equal(at('Troops launched an attempt to capture the bridge.', 'capture'), 'hypothetical');
  assert.equal(at('It could become the first provincial capital to fall.', 'fall'), 'hypothetical');
});

test('approaching is not taking', () => {
  assert.equal(at('Fighters are closing in on the town of Qala.', 'the town'), 'approach');
});

test('attribution: who says so and how', () => {
  const [a] = findAttributions('The town was captured, a Taliban spokesman said.');
  assert.equal(a.act, 'said');
  assert.match(a.source, /Taliban spokesman/);
  const [d] = findAttributions('The interior ministry denied the report.');
  assert.equal(d.act, 'denied');
  const [c] = findAttributions('According to local officials, the base was overrun.');
  assert.match(c.source, /local officials/);
});
