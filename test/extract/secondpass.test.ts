// Constructions added in the extractor's second pass, in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, summary } from './shared.js';

test('overran the centre of X district: the capture is of the district', async () => {
  const events = await eventsOf('Insurgents overran the centre of Khwaja Ghar district in Takhar province on Monday after a night of fighting.');
  assert.deepEqual(summary(events), ['capture Khwājah Ghār taliban']);
});

test('an anti-X modifier sets the fighters against X', async () => {
  const events = await eventsOf('The Taliban held the city for a week. Anti-Taliban forces recaptured Puli Khumri on Thursday.');
  const retaken = events.find((e) => e.type === 'recapture');
  assert.equal(retaken?.actor?.side, 'resistance');
});

test('a side-less descriptor after anti-X borrows no side from earlier mentions', async () => {
  const events = await eventsOf('The Taliban advanced all week. Anti-militia fighters retook Puli Khumri on Thursday.');
  const retaken = events.find((e) => e.type === 'recapture');
  assert.notEqual(retaken?.actor?.side, 'taliban');
});

test('a definite count points back and claims nothing', async () => {
  const events = await eventsOf('With the three towns lost, the army now controls little beyond Kunduz and Taloqan.');
  assert.equal(events.filter((e) => e.type === 'control_claim').length, 0);
});

test('clashes in parts of a province and on the edges of the city', async () => {
  const events = await eventsOf('Taliban fighters entered Taloqan on Monday. Clashes went on around the edges of the city overnight. Fighting continued in several parts of Baghlan province.');
  const clashes = events.filter((e) => e.type === 'clash').map((e) => e.place.place?.name);
  assert.deepEqual(clashes, ['Taloqan', 'Baghlan']);
});

test('a denial names the one who denies and is dated by the report', async () => {
  const events = await eventsOf('A spokesman for the provincial governor denied that Kalafgan had fallen to the insurgents.', '2021-07-20');
  assert.equal(events.length, 1);
  assert.equal(events[0].status, 'denied');
  assert.equal(events[0].attributedTo, 'A spokesman for the provincial governor');
  assert.equal(events[0].date, '2021-07-20');
});

test('"rejected the claim" denies the capture claimed in the sentence before', async () => {
  const events = await eventsOf('A Taliban spokesman said the group had seized Nahrin district. The defence ministry rejected the claim and said troops held the town.', '2021-07-20');
  const nahrin = events.filter((e) => e.place.place?.name === 'Nahrīn' && e.type === 'capture');
  assert.deepEqual(nahrin.map((e) => e.status).sort(), ['claimed', 'denied']);
  const denial = nahrin.find((e) => e.status === 'denied')!;
  assert.equal(denial.attributedTo, 'The defence ministry');
  assert.equal(denial.date, '2021-07-20');
  assert.equal(denial.actor?.side, 'taliban');
});

test('a denial with no claim before it makes no event', async () => {
  const events = await eventsOf('The governor denied the reports as baseless.');
  assert.equal(events.length, 0);
});

test('"as were Y and Z" shares the capture of the clause before', async () => {
  const events = await eventsOf('Taliban fighters entered Kunduz on Sunday. Taloqan was taken the same day, as were Sar-e Pul and Aybak, officials said.', '2021-08-09');
  const taken = events.filter((e) => e.type === 'capture').map((e) => e.place.place?.name);
  assert.equal(taken.length, 3, JSON.stringify(summary(events)));
  assert.ok(events.every((e) => e.type !== 'capture' || e.actor?.side === 'taliban'));
});

test('"as did Y" after "fell"', async () => {
  const events = await eventsOf('Kunduz fell to the Taliban on Sunday, as did Taloqan.', '2021-08-09');
  assert.deepEqual(summary(events).sort(), ['capture Kunduz taliban', 'capture Taloqan taliban']);
});

const claims = (events: Awaited<ReturnType<typeof eventsOf>>) => events.filter((e) => e.type === 'control_claim');

test('"N of PROVINCE\'s M districts": count N, total M, the province as area', async () => {
  const [c, ...rest] = claims(await eventsOf('Five of Kunar province’s fifteen districts fell to the Taliban in June.'));
  assert.equal(rest.length, 0);
  assert.equal(c.place.place?.name, 'Kunar');
  assert.equal(c.count, 5);
  assert.equal(c.total, 15);
});

test('"From N districts in X, M have fallen": X is the area, N the total', async () => {
  const [c, ...rest] = claims(await eventsOf('Of the Taliban advance, a lawmaker said: from 16 districts in Faryab, nine districts have fallen to the insurgents.'));
  assert.equal(rest.length, 0);
  assert.equal(c.place.place?.name, 'Faryab');
  assert.equal(c.count, 9);
  assert.equal(c.total, 16);
});

test('"districts in the province\'s south" counts in the province named before', async () => {
  const [c] = claims(await eventsOf('The Taliban reached the gates of Kandahar on Friday. The group now controls 12 of 16 districts in the province’s south.'));
  assert.equal(c.place.place?.name, 'Kandahar');
  assert.equal(c.place.place?.kind, 'admin1');
});

test('provincial capitals are counted across the country, not in the province of the sentence', async () => {
  const [c] = claims(await eventsOf('The Taliban captured Aybak in Samangan province, the sixth provincial capital to fall in a week.', '2021-08-09'));
  assert.equal(c.place.place?.kind, 'country');
  assert.equal(c.count, 6);
});

test('"since Friday" bounds a period: it is not the date of the claim', async () => {
  const [c] = claims(await eventsOf('The insurgents have captured four provincial capitals since Friday.', '2021-08-09'));
  assert.notEqual(c.date, '2021-08-06');
});

test('a unit number is not a count of those who surrender', async () => {
  const events = await eventsOf('The 215 Maiwand Corps commander surrendered to the Taliban in Lashkar Gah.', '2021-08-13');
  const s = events.find((e) => e.type === 'surrender');
  assert.equal(s?.count, null);
});

test('a heading before a colon is not where a surrender happened', async () => {
  const events = await eventsOf('Kabul: the police chief of Ghazni surrendered to the Taliban with his guards.', '2021-08-13');
  const s = events.find((e) => e.type === 'surrender');
  assert.equal(s?.place.place?.name, 'Ghazni');
});

test('a rejection that also reports fighting still denies the claim before it', async () => {
  const events = await eventsOf('A Taliban spokesman said the group had captured Nahrin district. Local officials rejected the claim, saying clashes went on in Nahrin.', '2021-07-20');
  assert.ok(events.some((e) => e.type === 'capture' && e.status === 'denied' && e.attributedTo === 'Local officials'), JSON.stringify(summary(events)));
});
