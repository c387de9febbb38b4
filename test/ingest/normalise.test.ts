import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { cleanText, contentHash, normaliseText } from '../../src/ingest/index.js';
import { fixture } from './fixtures.js';

test('normalisation unifies line endings, strips control and zero-width characters, collapses spaces', () => {
  const raw = 'Kunduz\u00a0 city\r\nfell\u200b to the\u0007 Taliban.\r\r\r\n\n\nSecond\tparagraph.  ';
  assert.equal(normaliseText(raw), 'Kunduz city\nfell to the Taliban.\n\nSecond paragraph.');
});

test('normalisation composes to NFC so that equal words have equal code points', () => {
  const decomposed = 'Fe\u0301yzabad'; // e + combining acute
  assert.equal(normaliseText(decomposed), 'F\u00e9yzabad');
});

test('Persian zero-width non-joiner is kept: it is part of the spelling', () => {
  const dari = 'ولسوالی\u200cها';
  assert.equal(normaliseText(dari), dari);
});

test('normalisation is idempotent', () => {
  const raw = ' a \u00a0b\r\n\r\n\r\n c\u200d\u200b ';
  assert.equal(normaliseText(normaliseText(raw)), normaliseText(raw));
});

test('hash ignores case and whitespace differences, not words', () => {
  assert.equal(contentHash('Taliban took  Kunduz.\n\nOfficials said.'), contentHash('taliban took kunduz. officials said.'));
  assert.notEqual(contentHash('Taliban took Kunduz.'), contentHash('Taliban took Kabul.'));
  assert.match(contentHash('x'), /^[0-9a-f]{32}$/);
});

test('cleaning is idempotent, so offsets into a document’s text stay valid if it is read again', () => {
  for (const name of ['report.txt', 'wire-story.txt']) {
    const once = cleanText(readFileSync(fixture(name), 'utf8'));
    assert.equal(cleanText(once), once, name);
  }
});
