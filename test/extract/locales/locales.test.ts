// Captures in the languages the locale parsers read, in sentences written for these tests: each
// resolves to the right place, side and date; English documents are left to the English parsers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../../../src/core/index.js';
import { documentFromText } from '../../../src/ingest/index.js';
import { LOCALE_PARSERS } from '../../../src/extract/locales/index.js';
import { testExtractor } from '../shared.js';

/** Published on Sunday 4 July 2021: "Saturday" is the 3rd. */
const PUBLISHED = '2021-07-04';

async function eventsIn(lang: string, text: string): Promise<Event[]> {
  return (await testExtractor()).extract(documentFromText(text, { published: PUBLISHED, lang }));
}

async function onlyCapture(lang: string, text: string, type = 'capture'): Promise<Event> {
  const events = (await eventsIn(lang, text)).filter((e) => e.type === type);
  assert.equal(events.length, 1, `one ${type} in "${text}": ${JSON.stringify(events.map((e) => [e.type, e.place.text, e.parser]))}`);
  return events[0];
}

const KUNDUZ_CITY = 'geonames:1135689';

const CASES: [lang: string, text: string, date: string][] = [
  ['ru', 'Талибы в субботу захватили город Кундуз на севере страны, сообщили местные власти.', '2021-07-03'],
  ['bg', 'Талибаните завзеха град Кундуз в събота, съобщиха местни власти.', '2021-07-03'],
  ['de', 'Die Taliban haben am Samstag die Stadt Kundus im Norden des Landes eingenommen.', '2021-07-03'],
  ['it', 'Sabato i talebani hanno conquistato la città di Kunduz, nel nord del paese.', '2021-07-03'],
  ['fr', 'Samedi, les talibans se sont emparés de la ville de Kunduz, selon des responsables locaux.', '2021-07-03'],
  ['ar', 'سيطرت حركة طالبان يوم السبت على مدينة قندوز في شمال البلاد.', '2021-07-03'],
  ['fa', 'طالبان روز شنبه شهر کندز را تصرف کردند.', '2021-07-03'],
  ['ps', 'طالبانو د شنبې په ورځ د کندز ښار ونیو.', '2021-07-03'],
];

for (const [lang, text, date] of CASES) {
  test(`${lang}: a capture of Kunduz by the Taliban, dated`, async () => {
    const e = await onlyCapture(lang, text);
    assert.equal(e.place.place?.id, KUNDUZ_CITY);
    assert.equal(e.actor?.side, 'taliban');
    assert.equal(e.date, date);
    assert.ok(e.parser.startsWith(lang), e.parser);
  });
}

test('de: a district taken, verb last, the province after it only qualifies it', async () => {
  const e = await onlyCapture('de', 'Gestern haben die Taliban den Bezirk Imam Sahib in der Provinz Kundus erobert.');
  assert.equal(e.place.place?.kind, 'admin2');
  assert.equal(e.place.place?.admin1Code, 'AF.24');
  assert.equal(e.date, '2021-07-03');
});

test('fa: districts fallen to the Taliban, listed before the verb', async () => {
  const events = (await eventsIn('fa', 'ولسوالیهای کهمرد و سیغان ولایت بامیان به دست طالبان سقوط کرد.')).filter((e) => e.type === 'capture');
  assert.deepEqual(events.map((e) => e.place.place?.id).sort(), ['admin:AF.05.2803', 'admin:AF.05.2807']);
  assert.ok(events.every((e) => e.actor?.side === 'taliban'));
});

test('ar: government forces driving the fighters out is a recapture', async () => {
  const e = await onlyCapture('ar', 'قالت القوات الحكومية إنها طردت مسلحي طالبان من مدينة قندوز.', 'recapture');
  assert.equal(e.place.place?.id, KUNDUZ_CITY);
  assert.equal(e.actor?.side, 'government');
});

test('ar: an attempt to take a city is no capture', async () => {
  const events = await eventsIn('ar', 'فشلت طالبان في محاولة السيطرة على مدينة قندوز.');
  assert.deepEqual(events.filter((e) => e.type === 'capture'), []);
});

test('it: "the crossing" taken points back to the crossing named before', async () => {
  const events = await eventsIn('it', 'Le forze afghane combattono per il valico di Spin Boldak. Il valico è stato preso dai talebani mercoledì.');
  const e = events.find((x) => x.type === 'capture');
  assert.equal(e?.place.place?.name, 'Spīn Bōldak');
  assert.equal(e?.actor?.side, 'taliban');
});

test('ru: forces retreating from a town is a withdrawal', async () => {
  const e = await onlyCapture('ru', 'Правительственные войска отступили из Кундуза в пятницу.', 'withdrawal');
  assert.equal(e.place.place?.id, KUNDUZ_CITY);
  assert.equal(e.actor?.side, 'government');
  assert.equal(e.date, '2021-07-02');
});

test('an English document is left to the English parsers, even when it quotes another language', async () => {
  const names = new Set(LOCALE_PARSERS.map((p) => p.name));
  const events = await eventsIn('en', 'The Taliban captured Kunduz on Saturday. A local paper wrote: «Талибы захватили город Кундуз».');
  assert.ok(events.length > 0);
  assert.ok(events.every((e) => !names.has(e.parser)), JSON.stringify(events.map((e) => e.parser)));
});

test('de: fighting in two districts is a clash in each; "sie" is the party of the sentence before', async () => {
  const events = await eventsIn('de', 'Die Taliban rücken im Norden vor. Am Freitag haben sie die Stadt Kundus angegriffen. Es gab Gefechte in den Bezirken Kahmard und Saighan.');
  const clashes = events.filter((e) => e.type === 'clash');
  assert.deepEqual(clashes.map((e) => e.place.place?.id), [KUNDUZ_CITY, 'admin:AF.05.2803', 'admin:AF.05.2807']);
  assert.equal(clashes[0].actor?.side, 'taliban');
  assert.equal(clashes[0].date, '2021-07-02');
});

test('it: a clash names both sides', async () => {
  const e = await onlyCapture('it', 'Le forze governative si sono scontrate con i talebani vicino alla città di Kunduz.', 'clash');
  assert.equal(e.actor?.side, 'government');
  assert.equal(e.fromActor?.side, 'taliban');
  assert.equal(e.place.place?.id, KUNDUZ_CITY);
});

test('a day and month in the language of the report date the event, in the publication year', async () => {
  const ar = await onlyCapture('ar', 'أعلنت طالبان يوم ٣ تموز أنها سيطرت على مدينة قندوز.');
  assert.equal(ar.date, '2021-07-03');
  const it = await onlyCapture('it', 'KABUL, 2 LUG - I talebani hanno conquistato la città di Kunduz.');
  assert.equal(it.date, '2021-07-02');
  // A month after the publication date is last year's.
  const ru = await onlyCapture('ru', 'Талибы захватили город Кундуз 5 августа.');
  assert.equal(ru.date, '2020-08-05');
});

test('ru and de: soldiers crossing into a neighbour country, counted', async () => {
  const ru = await onlyCapture('ru', 'В пятницу 250 афганских военнослужащих перешли границу с Узбекистаном.', 'border_crossing');
  assert.equal(ru.place.place?.id, 'country:UZ');
  assert.equal(ru.count, 250);
  assert.equal(ru.actor?.side, 'government');
  assert.equal(ru.date, '2021-07-02');
  const de = await onlyCapture('de', 'Rund 1.200 Soldaten flohen am Samstag über den Fluss nach Usbekistan.', 'border_crossing');
  assert.equal(de.place.place?.id, 'country:UZ');
  assert.equal(de.count, 1200);
});

test('ar: beyond Afghanistan, the RSF and the Sudanese army in El Fasher and Wad Madani', async () => {
  const rsf = await onlyCapture('ar', 'سيطرت قوات الدعم السريع على مدينة الفاشر في السودان.');
  assert.equal(rsf.place.place?.name, 'El Fasher');
  assert.equal(rsf.actor?.side, 'rsf');
  const saf = await onlyCapture('ar', 'استعاد الجيش السوداني السيطرة على مدينة ود مدني.', 'recapture');
  assert.equal(saf.place.place?.country, 'SD');
  assert.equal(saf.actor?.side, 'saf');
});

test('ru: beyond Afghanistan, Russian and Ukrainian forces and Ukrainian towns', async () => {
  const e = await onlyCapture('ru', 'В субботу российские войска захватили Бахмут.');
  assert.equal(e.place.place?.country, 'UA');
  assert.equal(e.actor?.side, 'russia');
  assert.equal(e.date, '2021-07-03');
  const back = await onlyCapture('ru', 'Украинские войска отбили у противника Херсон.', 'recapture');
  assert.equal(back.place.place?.country, 'UA');
  assert.equal(back.actor?.side, 'ukraine');
});

test('ar and ru: fighters surrendering to the Taliban, counted, with the place in a clause of its own', async () => {
  const ar = await onlyCapture('ar', 'أفادت مصادر محلية باستسلام نحو 40 مقاتلا من "جبهة المقاومة الوطنية" لطالبان، في ولاية بنجشير.', 'surrender');
  assert.equal(ar.place.place?.id, 'admin:AF.42');
  assert.equal(ar.actor?.side, 'taliban');
  assert.equal(ar.fromActor?.side, 'resistance');
  assert.equal(ar.count, 40);
  const ru = await onlyCapture('ru', 'Около 300 правительственных военных сдались талибам в Кундузе.', 'surrender');
  assert.equal(ru.place.place?.id, KUNDUZ_CITY);
  assert.equal(ru.actor?.side, 'taliban');
  assert.equal(ru.count, 300);
});

test('de and ru: a number of districts fallen is an aggregate claim over the country, counted', async () => {
  const de = await onlyCapture('de', 'Seit Mai sind in Afghanistan sieben Bezirke an die Taliban gefallen.', 'control_claim');
  assert.equal(de.place.place?.id, 'country:AF');
  assert.equal(de.count, 7);
  assert.equal(de.actor?.side, 'taliban');
  const ru = await onlyCapture('ru', 'С начала месяца в Афганистане 12 уездов перешли под контроль талибов.', 'control_claim');
  assert.equal(ru.count, 12);
  assert.equal(ru.actor?.side, 'taliban');
});

test('look-alikes that take no place: positions occupied, control lost, taking part', async () => {
  const cases: [string, string][] = [
    ['ru', 'Талибы заняли позиции у Кундуза.'],
    ['de', 'Die Taliban haben Stellungen bei Kundus eingenommen.'],
    ['fr', 'Les talibans ont pris part aux combats près de Kunduz.'],
    ['ar', 'فقدت القوات الحكومية السيطرة على مدينة قندوز.'],
  ];
  for (const [lang, text] of cases) {
    const captures = (await eventsIn(lang, text)).filter((e) => e.type === 'capture');
    assert.deepEqual(captures.map((e) => e.parser), [], text);
  }
});

test('fa and ps: a city taken without a fight, or handed over after talks', async () => {
  const fa = await onlyCapture('fa', 'طالبان روز جمعه شهر کندز را بدون جنگ تصرف کردند.');
  assert.equal(fa.withoutFight, true);
  const ps = await onlyCapture('ps', 'د کندز ښار د خبرو اترو وروسته طالبانو ته وسپارل شو.');
  assert.equal(ps.place.place?.id, KUNDUZ_CITY);
  assert.equal(ps.actor?.side, 'taliban');
  assert.equal(ps.withoutFight, true);
  const plain = await onlyCapture('fa', 'طالبان شهر کندز را تصرف کردند.');
  assert.equal(plain.withoutFight, null);
});

test('the other constructions, one sentence each', async () => {
  const cases: [lang: string, text: string, type: string, side: string][] = [
    ['fr', 'Vendredi, la ville de Kunduz est tombée aux mains des talibans.', 'capture', 'taliban'],
    ['it', 'Kunduz è caduta nelle mani dei talebani.', 'capture', 'taliban'],
    ['bg', 'Кундуз падна в ръцете на талибаните.', 'capture', 'taliban'],
    ['ar', 'سقطت مدينة قندوز بيد طالبان.', 'capture', 'taliban'],
    ['fa', 'طالبان کنترل شهر کندز را به دست گرفتند.', 'capture', 'taliban'],
    ['de', 'Afghanische Truppen haben die Stadt Kundus von den Taliban zurückerobert.', 'recapture', 'government'],
    ['fr', 'Les forces afghanes ont repris Kunduz aux talibans.', 'recapture', 'government'],
    ['it', 'Le forze afghane si sono ritirate da Kunduz.', 'withdrawal', 'government'],
  ];
  for (const [lang, text, type, side] of cases) {
    const e = await onlyCapture(lang, text, type);
    assert.equal(e.place.place?.id, KUNDUZ_CITY, text);
    assert.equal(e.actor?.side, side, text);
  }
});

test('a negated verb is no event', async () => {
  const cases: [string, string][] = [
    ['ru', 'Талибы не захватили Кундуз.'],
    ['de', 'Die Taliban haben Kundus nicht eingenommen.'],
    ['fr', "Les talibans n'ont pas pris Kunduz."],
    ['it', 'I talebani non hanno conquistato Kunduz.'],
    ['ar', 'لم تسيطر طالبان على مدينة قندوز.'],
  ];
  for (const [lang, text] of cases) assert.deepEqual((await eventsIn(lang, text)).map((e) => e.parser), [], text);
});
