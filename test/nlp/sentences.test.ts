import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences, tokenize } from '../../src/nlp/index.js';

test('a headline without a final period is its own sentence', () => {
  const text = 'Insurgents Overrun Border Town\n\nThe town fell on Monday. Officials confirmed it.';
  const s = splitSentences(text);
  assert.deepEqual(s.map((x) => x.text), ['Insurgents Overrun Border Town', 'The town fell on Monday.', 'Officials confirmed it.']);
  assert.equal(text.slice(s[1].start, s[1].end), 'The town fell on Monday.');
  assert.equal(s[0].paragraph, 0);
  assert.equal(s[1].paragraph, 1);
});

test('abbreviations do not end a sentence', () => {
  const s = splitSentences('Gen. Smith said the army left on Aug. 12 at 6 p.m. local time. Then it rained.');
  assert.equal(s.length, 2);
  assert.match(s[0].text, /local time\.$/);
});

test('a single line break ends a sentence too', () => {
  const s = splitSentences('Line one without a period\nLine two.');
  assert.equal(s.length, 2);
});

test('tokens keep hyphenated names whole and carry document offsets', () => {
  const t = tokenize('Sar-e-Pul’s fall', 10);
  assert.deepEqual(t.map((x) => x.norm), ["sar-e-pul's", 'fall']);
  assert.equal(t[0].start, 10);
  assert.equal(t[1].end, 26);
});

test('text without punctuation is cut into bounded pieces, offsets kept', () => {
  const text = 'the army held the town and '.repeat(400);
  const s = splitSentences(text);
  assert.ok(s.length > 5);
  for (const x of s) {
    assert.ok(x.text.length <= 1000);
    assert.equal(text.slice(x.start, x.end), x.text);
  }
});
