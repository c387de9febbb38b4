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

test('"yesterday, July 2" after a comma still dates the verb', async () => {
  assert.deepEqual(await dateOf('The district centre of Nirkh fell to the Taliban yesterday, July 3.', 'capture'), { date: '2021-07-03', precision: 'day' });
});

test('an aggregate claim whose count leads the perfect ("Six districts have fallen") holds on publication day', async () => {
  assert.deepEqual(await dateOf('Six Ghazni districts have fallen to the Taliban since last month.', 'control_claim'), { date: '2021-07-04', precision: 'day' });
});

test('a place once under control is not dated to the publication day', async () => {
  const e = (await eventsOf('Nawa and Giro districts were previously under Taliban control.')).filter((x) => x.type === 'control_claim');
  assert.ok(e.length > 0);
  assert.ok(e.every((x) => x.date === null));
});

test('"Five days later" counts from the date of the sentence before', async () => {
  const events = await eventsOf('On June 20, the Taliban captured Kunduz. Five days later, Taloqan was taken by the Taliban.');
  assert.equal(events.find((e) => e.place.place?.name.startsWith('Tal'))?.date, '2021-06-25');
});

test('"respectively" gives each place its own day', async () => {
  const events = await eventsOf('The Taliban captured Kunduz and Taloqan on June 15 and 19, respectively.');
  assert.deepEqual(events.filter((e) => e.type === 'capture').map((e) => e.date), ['2021-06-15', '2021-06-19']);
});

test('a simple past right after a sentence with one day goes on telling that day', async () => {
  const events = await eventsOf('The Taliban took two more provincial capitals on Friday. The militants captured Kunduz and Taloqan.');
  assert.deepEqual(events.filter((e) => e.type === 'capture' && e.place.place).map((e) => e.date), ['2021-07-02', '2021-07-02']);
});

test('background ("Earlier, … had taken") does not take the date of the sentence before', async () => {
  const events = await eventsOf('The Taliban took Kunduz on Friday. Earlier, the militants captured Taloqan.');
  assert.equal(events.find((e) => e.place.place?.name.startsWith('Tal'))?.date, null);
});

test('a new paragraph does not take the date of the paragraph before', async () => {
  const events = await eventsOf('The Taliban took Kunduz on Friday.\n\nThe militants captured Taloqan.');
  assert.equal(events.find((e) => e.place.place?.name.startsWith('Tal'))?.date, null);
});

test('the next sentence repeating the verb with a day dates the event', async () => {
  const events = await eventsOf('About 200 Afghan soldiers crossed into Tajikistan from Badakhshan, officials said. The soldiers crossed at dawn on Friday.');
  assert.equal(events.find((e) => e.type === 'border_crossing')?.date, '2021-07-02');
});

test('a next sentence with another verb does not date the event', async () => {
  const events = await eventsOf('About 200 Afghan soldiers crossed into Tajikistan from Badakhshan, officials said. The governor spoke on Friday.');
  assert.equal(events.find((e) => e.type === 'border_crossing')?.date, null);
});
