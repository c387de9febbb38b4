import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gazetteer } from './shared.js';

const g = await gazetteer();
const AF = { countries: ['AF'] };
const admin1Of = (name: string) => g.resolve(name, { ...AF, kindHint: 'admin1' }).place?.admin1Code;

test('Afghanistan has 34 provinces and 398 districts, each with its parents and a point', () => {
  const provinces = g.list('AF', 'admin1');
  const districts = g.list('AF', 'admin2');
  assert.equal(provinces.length, 34);
  assert.equal(districts.length, 398);
  for (const d of districts) {
    assert.match(d.id, /^admin:AF\.\d\d\.\d+$/);
    assert.ok(d.admin1 && d.admin1Code && d.admin2 === d.name && d.admin2Code === d.id.slice(6), d.id);
    assert.ok(d.lat !== null && d.lon !== null && d.precision !== null, d.id);
  }
  assert.ok(districts.filter((d) => d.precision === 'exact').length > 250);
});

test('every province and district resolves from its own name, with "Province"/"District" around it', () => {
  for (const p of g.list('AF', 'admin1')) {
    assert.equal(g.resolve(p.name, { ...AF, kindHint: 'admin1' }).place?.id, p.id, p.name);
    assert.equal(g.resolve(`${p.name.replace(/ Province$/, '')} Province`, AF).place?.id, p.id, p.name);
  }
  let misses = 0;
  for (const d of g.list('AF', 'admin2')) {
    const r = g.resolve(`${d.name} District`, { ...AF, admin1Codes: [d.admin1Code!] });
    if (r.place?.id !== d.id) misses++;
  }
  assert.ok(misses <= 1, `${misses} districts missed`);
});

test('the spellings reports use resolve to the right province', () => {
  const cases: [string, string][] = [
    ['Imam Sahib', 'Kunduz'], ['Emam Saheb', 'Kunduz'], ['Sher Khan Bandar', 'Kunduz'],
    ['Shir Khan', 'Kunduz'], ['Spin Boldak', 'Kandahar'], ['Panjwai', 'Kandahar'], ['Panjwayi', 'Kandahar'],
    ['Maidan Wardak', 'Wardak'], ['Wardak', 'Wardak'], ['Kunduz', 'Kunduz'], ['Sar-e Pol', 'Sar-e Pol'],
    ['Qala-e-Naw', 'Badghis'], ['Pul-e-Khumri', 'Baghlan'], ['Pul-e-Alam', 'Logar'], ['Lashkar Gah', 'Helmand'],
    ['Tarinkot', 'Uruzgan'], ['Mazar-i-Sharif', 'Balkh'], ['Bazarak', 'Panjshir'], ['Zaranj', 'Nimruz'],
    ['Sheberghan', 'Jowzjan'], ['Taloqan', 'Takhar'], ['Aybak', 'Samangan'], ['Farah', 'Farah'],
    ['Firozkoh', 'Ghor'], ['Chaghcharan', 'Ghor'], ['Nili', 'Daykundi'], ['Maimana', 'Faryab'],
    ['Mehtarlam', 'Laghman'], ['Asadabad', 'Kunar'], ['Parun', 'Nuristan'], ['Khost', 'Khost'], ['Gardez', 'Paktia'],
    ['Sharana', 'Paktika'], ['Qalat', 'Zabul'], ['Ghazni', 'Ghazni'], ['Herat', 'Herat'], ['Kandahar', 'Kandahar'],
    ['Jalalabad', 'Nangarhar'], ['Mahmud-i-Raqi', 'Kapisa'], ['Charikar', 'Parwan'], ['Bamyan', 'Bamyan'],
    ['Maidan Shahr', 'Wardak'], ['Kabul', 'Kabul'], ['Spīn Bōldak District', 'Kandahar'], ['Emam Saheb district', 'Kunduz'],
  ];
  for (const [name, province] of cases) {
    const r = g.resolve(name, AF);
    assert.ok(r.place, `${name}: ambiguous among ${r.candidates.map((c) => c.name).join(', ')}`);
    assert.equal(r.place.admin1Code, admin1Of(province), `${name} → ${r.place.name} in ${r.place.admin1}`);
  }
});

test('Faizabad / Fayzabad / Feyzabad: the Badakhshan one, when Badakhshan is named nearby', () => {
  const badakhshan = admin1Of('Badakhshan')!;
  for (const name of ['Faizabad', 'Fayzabad', 'Feyzabad', 'Faizabad city'])
    assert.equal(g.resolve(name, { ...AF, admin1Codes: [badakhshan] }).place?.featureCode, 'PPLA', name);
  assert.equal(g.resolve('Faizabad district', { ...AF, admin1Codes: [badakhshan] }).place?.id, 'admin:AF.01.1101');
});

test('a province named nearby settles short and rare spellings', () => {
  const cases: [string, string, string][] = [['Nawa district', 'Ghazni', 'admin:AF.08.610'], ['Awba district', 'Herat', 'admin:AF.11.2012'], ['Kashrood', 'Nimruz', 'admin:AF.19.2205']];
  for (const [name, province, id] of cases)
    assert.equal(g.resolve(name, { ...AF, admin1Codes: [admin1Of(province)!] }).place?.id, id, name);
});

test('the three Faizabads: decided by the province named nearby, ambiguous without', () => {
  const provinces = ['Badakhshan', 'Jowzjan', 'Faryab'].map((p) => admin1Of(p)!);
  const found = provinces.map((code) => g.resolve('Faizabad', { ...AF, admin1Codes: [code] }).place);
  assert.deepEqual(found.map((p) => p?.admin1Code), provinces);
  const alone = g.resolve('Faizabad', AF);
  assert.equal(alone.place, null);
  assert.deepEqual(new Set(alone.candidates.map((c) => c.admin1Code)), new Set(provinces));
  assert.equal(alone.candidates[0].admin1Code, admin1Of('Badakhshan'), 'the provincial capital first');
  const anywhere = g.resolve('Faizabad');
  assert.equal(anywhere.place, null);
  assert.ok(anywhere.candidates.some((c) => c.country !== 'AF'), 'Faizabads abroad are candidates too');
});

test('a unit and its own seat are one place: the town, unless the unit is asked for', () => {
  const city = g.resolve('Kunduz', AF).place!;
  assert.equal(city.kind, 'populated');
  assert.equal(city.featureCode, 'PPLA');
  assert.equal(g.resolve('Kunduz', { ...AF, kindHint: 'admin1' }).place?.kind, 'admin1');
  assert.equal(g.resolve('Kunduz Province', AF).place?.kind, 'admin1');
  const district = g.resolve('Kunduz', { ...AF, kindHint: 'admin2' }).place!;
  assert.equal(district.kind, 'admin2');
  assert.equal(city.admin2Code, district.admin2Code, 'the town maps to its district');
  assert.equal(g.resolve('Samangan', AF).place?.kind, 'admin1', 'an alternate name of the seat does not take the province');
  assert.equal(g.resolve('Kandahar city', AF).place?.featureCode, 'PPLA');
  assert.equal(g.resolve('Kandahar District', AF).place?.id, 'admin:AF.23.2401');
});

test('places of other wars resolve', () => {
  const expect: [string, string, string][] = [
    ['Kherson', 'UA', 'populated'], ['Bakhmut', 'UA', 'populated'], ['Kharkiv oblast', 'UA', 'admin1'],
    ['El Fasher', 'SD', 'populated'], ['Al-Fashir', 'SD', 'populated'], ['Wad Madani', 'SD', 'populated'],
    ['Lashio', 'MM', 'populated'],
  ];
  for (const [name, country, kind] of expect) {
    const p = g.resolve(name, { countries: [country] }).place;
    assert.ok(p, name);
    assert.deepEqual([p.country, p.kind], [country, kind], name);
  }
  assert.equal(g.resolve('Kyiv', AF).place?.country, 'UA', 'an exact name abroad beats a likeness at home');
  assert.equal(g.resolve('Mirzaka', AF).place, null, 'a mere likeness abroad is no match');
  assert.equal(g.resolve('Mantong', { countries: ['MM'] }).place, null, 'nor an alternate name abroad');
  assert.equal(g.resolve('northern Shan State', { countries: ['MM'] }).place?.id, g.resolve('Shan State', { countries: ['MM'] }).place?.id);
  assert.equal(g.resolve('North Darfur', { countries: ['SD'] }).place?.kind, 'admin1', 'a direction that is part of the name stays');
});

test('countries by code, name and demonym', () => {
  assert.equal(g.country('AF')?.id, 'country:AF');
  assert.equal(g.country('Afghanistan')?.id, 'country:AF');
  assert.equal(g.country('Afghan')?.id, 'country:AF');
  assert.equal(g.country('Burmese')?.id, 'country:MM');
  assert.equal(g.country('Burma')?.id, 'country:MM');
  assert.equal(g.country('Sudanese')?.id, 'country:SD');
  assert.equal(g.country('Burkinabe')?.id, 'country:BF');
  assert.equal(g.country('Narnian'), undefined);
  assert.equal(g.country('in'), undefined, 'a lowercase word is no country code');
  assert.equal(g.resolve('Afghanistan').place?.kind, 'country');
});

test('get by id round-trips', () => {
  for (const p of [g.resolve('Kunduz', AF).place!, g.list('AF', 'admin2')[0], g.list('AF', 'admin1')[5], g.country('UA')!])
    assert.deepEqual(g.get(p.id), p);
  assert.equal(g.get('geonames:1'), undefined);
  assert.equal(g.get('admin:ZZ.99'), undefined);
  assert.equal(g.get('nonsense'), undefined);
});

test('an empty or unknown name resolves to nothing', () => {
  assert.deepEqual(g.resolve(''), { place: null, candidates: [] });
  assert.deepEqual(g.resolve('   --  '), { place: null, candidates: [] });
  assert.equal(g.resolve('Xqzzyvk').place, null);
});
