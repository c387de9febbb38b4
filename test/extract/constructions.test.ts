// One construction per test, in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, summary } from './shared.js';

const only = async (text: string, published?: string) => {
  const events = await eventsOf(text, published);
  assert.equal(events.length, 1, `one event in "${text}": ${JSON.stringify(summary(events))}`);
  return events[0];
};

test('active capture: X captured Y', async () => {
  const e = await only('Afghan officials said Taliban fighters captured the district of Imam Sahib in Kunduz province on Saturday.');
  assert.equal(e.type, 'capture');
  assert.equal(e.place.place?.kind, 'admin2');
  assert.equal(e.place.place?.admin1Code, 'AF.24');
  assert.equal(e.actor?.side, 'taliban');
  assert.equal(e.date, '2021-07-03');
  assert.equal(e.datePrecision, 'day');
  assert.equal(e.parser, 'captureActiveParser');
});

test('took full control of, with a list of places', async () => {
  const events = await eventsOf('The insurgents took full control of Kunduz, Taloqan and Sar-e Pul in northern Afghanistan.');
  assert.deepEqual(summary(events).map((s) => s.split(' ').pop()), ['taliban', 'taliban', 'taliban']);
  assert.equal(events.length, 3);
});

test('passive capture: Y was seized by X', async () => {
  const e = await only('The Afghan border town of Spin Boldak was seized by the Taliban after a brief battle.');
  assert.equal(e.type, 'capture');
  assert.equal(e.actor?.side, 'taliban');
  assert.equal(e.parser, 'capturePassiveParser');
});

test('Y fell to X', async () => {
  const e = await only('In Afghanistan, Zaranj, the capital of Nimroz province, fell to the insurgents on Friday without a fight.', '2021-08-07');
  assert.equal(e.type, 'capture');
  assert.equal(e.place.place?.kind, 'populated');
  assert.equal(e.actor?.side, 'taliban');
  assert.equal(e.withoutFight, true);
  assert.equal(e.date, '2021-08-06');
});

test('came under the control of', async () => {
  const e = await only('Afghan officials said Faizabad in Badakhshan province came under the control of the Taliban last month.');
  assert.equal(e.parser, 'cameUnderControlParser');
  assert.equal(e.place.place?.admin1Code, 'AF.01');
  assert.equal(e.datePrecision, 'month');
});

test('handed over to', async () => {
  const e = await only('The Afghan governor handed over Ghazni city to the Taliban in exchange for safe passage.');
  assert.equal(e.type, 'capture');
  assert.equal(e.actor?.side, 'taliban');
  assert.equal(e.withoutFight, true);
});

test('retook: a recapture by the government', async () => {
  const e = await only('Afghan commandos retook Kaldar district in Balkh province on Monday.', '2021-07-27');
  assert.equal(e.type, 'recapture');
  assert.equal(e.actor?.side, 'government');
  assert.equal(e.date, '2021-07-26');
});

test('withdrawal from a place', async () => {
  const e = await only('Afghan troops withdrew from Mirzakai district after two days of clashes.');
  assert.equal(e.type, 'withdrawal');
  assert.equal(e.actor?.side, 'government');
});

test('surrender with a count', async () => {
  const e = await only('In Afghanistan, some 45 soldiers and policemen in Baharak district of Takhar province surrendered to the Taliban.');
  assert.equal(e.type, 'surrender');
  assert.equal(e.count, 45);
  assert.equal(e.actor?.side, 'taliban');
});

test('border crossing with a count', async () => {
  const e = await only('More than 1,000 Afghan soldiers crossed the border into Tajikistan overnight.');
  assert.equal(e.type, 'border_crossing');
  assert.equal(e.place.place?.country, 'TJ');
  assert.equal(e.count, 1000);
  assert.equal(e.actor?.side, 'government');
});

test('clashes in a place', async () => {
  const e = await only('Heavy clashes broke out in Lashkar Gah, the capital of Helmand province, as Afghan forces held the prison.');
  assert.equal(e.type, 'clash');
  assert.equal(e.withoutFight, false);
});

test('aggregate claims: a fraction of a total, and a count of districts', async () => {
  const events = await eventsOf('The Taliban now control about a third of all 421 districts in Afghanistan. Seven districts fell to the group in Badakhshan province this week.');
  const [share, fallen] = events.filter((e) => e.type === 'control_claim');
  assert.equal(share.fraction, 1 / 3);
  assert.equal(share.total, 421);
  assert.equal(share.place.place?.kind, 'country');
  assert.equal(fallen.count, 7);
  assert.equal(fallen.place.place?.name.startsWith('Badakh'), true);
  assert.equal(events.filter((e) => e.type === 'capture').length, 0);
});

test('"the district" points back to the district named before', async () => {
  const events = await eventsOf('Fighting was reported around Nirkh district in Maidan Wardak province. By evening the insurgents had overrun the district.');
  const capture = events.find((e) => e.type === 'capture');
  assert.ok(capture, JSON.stringify(summary(events)));
  assert.equal(capture.place.text, 'the district');
  assert.match(capture.place.place?.name ?? '', /^Nirkh/);
});

test('a standing state of control is a claim dated on the publication day', async () => {
  const events = await eventsOf('Nawa and Giro districts of Ghazni province are still under Taliban control, Afghan officials said.', '2021-06-30');
  assert.deepEqual(events.map((e) => [e.type, e.actor?.side, e.date]), [
    ['control_claim', 'taliban', '2021-06-30'],
    ['control_claim', 'taliban', '2021-06-30'],
  ]);
});

test('a present perfect without a date happened shortly before publication; a bare past stays undated', async () => {
  const [perfect] = await eventsOf('Afghan officials said the Taliban have captured Taloqan, the capital of Takhar province.', '2021-08-08');
  assert.deepEqual([perfect.date, perfect.datePrecision], ['2021-08-08', 'week']);
  const [past] = await eventsOf('Afghan officials said the Taliban captured Taloqan, the capital of Takhar province.', '2021-08-08');
  assert.equal(past.date, null);
});

test('a date in a later clause does not date the event', async () => {
  const events = await eventsOf('On Saturday the RSF commander said his fighters had seized Nyala, the capital of South Darfur, and would move on El Fasher on Thursday.', '2023-10-29');
  const e = events.find((x) => x.type === 'capture');
  assert.equal(e?.date, '2023-10-28');
});

test('"It was taken by X" at the head of a sentence points back to the place named before', async () => {
  const events = await eventsOf('Iraqi forces pushed Kurdish fighters out of Kirkuk on Monday. It was taken by the Kurds in 2014 after the army crumbled.', '2017-10-17');
  assert.deepEqual(events.map((e) => [e.type, e.place.place?.name, e.actor?.side, e.date]), [
    ['capture', 'Kirkuk', 'iraq', '2017-10-16'],
    ['capture', 'Kirkuk', 'kurds', '2014'],
  ]);
});
