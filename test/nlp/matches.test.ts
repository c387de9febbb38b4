import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allMatches } from '../../src/nlp/index.js';

const same = (re: RegExp, text: string) =>
  assert.deepEqual(
    allMatches(re, text).map((m) => [m.index, ...m]),
    [...text.matchAll(re)].map((m) => [m.index, ...m]),
  );

test('allMatches finds what matchAll finds, groups and offsets included', () => {
  same(/\b(?:in|since) ((?:19|20)\d\d)\b/g, 'Fighting since 2001 and again in 2014, not in 1850.');
  same(/(\p{Lu}\p{Ll}+) province/gu, 'Kunduz province and Balkh province fell.');
});

test('allMatches steps over empty matches, by a whole code point in unicode mode', () => {
  same(/x*/g, 'axxb');
  same(/(?:)/gu, 'a😀b');
});

test('allMatches leaves the pattern ready for the next text', () => {
  const re = /a/g;
  allMatches(re, 'banana');
  assert.equal(re.lastIndex, 0);
  assert.equal(allMatches(re, 'aa').length, 2);
});

test('allMatches refuses a pattern without the global flag', () => {
  assert.throws(() => allMatches(/a/, 'a'), /global/);
});
