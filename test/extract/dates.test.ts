import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentFromText } from '../../src/ingest/index.js';
import { eventsOf, testExtractor } from './shared.js';

// 2021-07-04 was a Sunday.
const dateOf = async (text: string, type: string) => {
  const e = (await eventsOf(text)).find((x) => x.type === type);
  assert.ok(e, `a ${type} in "${text}"`);
  return { date: e.date, precision: e.datePrecision };
};

test('a date introduced by "on" after an apposition dates the capture', async () => {
  assert.deepEqual(await dateOf('The Taliban captured Kunduz, the capital of Kunduz province, on Friday, officials said.', 'capture'), { date: '2021-07-02', precision: 'day' });
});

test('a date in another clause after the verb does not date it', async () => {
  const d = await dateOf('The Taliban captured Kunduz, and the governor fled to Kabul on Friday.', 'capture');
  assert.notEqual(d.date, '2021-07-02');
});

test('an aggregate claim in the present perfect holds on the publication day', async () => {
  assert.deepEqual(await dateOf('The Taliban have seized 12 provincial capitals.', 'control_claim'), { date: '2021-07-04', precision: 'day' });
});

test('with no publication date, the year in the URL dates "on July 12"', async () => {
  const extractor = await testExtractor();
  const text = 'The Taliban captured Malistan district on July 12.';
  const withYear = extractor.extract(documentFromText(text, { url: 'https://news.example.org/2021/07/malistan-falls/' }));
  assert.equal(withYear.find((e) => e.type === 'capture')?.date, '2021-07-12');
  const without = extractor.extract(documentFromText(text, { url: 'https://news.example.org/malistan-falls/' }));
  assert.equal(without.find((e) => e.type === 'capture')?.date, null);
});
