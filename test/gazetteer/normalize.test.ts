import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeName, phoneticKey } from '../../src/gazetteer/index.js';

test('normalizeName folds accents, case, apostrophes and hyphens', () => {
  assert.equal(normalizeName('Spīn Bōldak'), 'spin boldak');
  assert.equal(normalizeName('Qal‘ah-ye  Now'), 'qalah ye now');
  assert.equal(normalizeName("Nad-e `Ali"), 'nad e ali');
  assert.equal(normalizeName('Mazār-i_Sharīf'), 'mazar i sharif');
  assert.equal(normalizeName('Łódź'), 'lodz');
});

test('normalizeName drops kind words around a name, never the whole name', () => {
  assert.equal(normalizeName('Maidan Wardak Province'), 'maidan wardak');
  assert.equal(normalizeName('the district of Arghandab'), 'arghandab');
  assert.equal(normalizeName('Kharkiv Oblast'), 'kharkiv');
  assert.equal(normalizeName('Nawa woleswali'), 'nawa');
  assert.equal(normalizeName('Province'), 'province');
  assert.equal(normalizeName('Red Sea State'), 'red sea');
});

test('transliteration variants share a phonetic key', () => {
  const groups = [
    ['Faizabad', 'Fayzabad', 'Feyzabad', 'Faīẕābād'],
    ['Imam Sahib', 'Emam Saheb'],
    ['Panjwai', 'Panjwayi', 'Panjwā’ī'],
    ['Qala-e-Naw', 'Qal‘ah-ye Now', 'Qala i Naw'],
    ['Mazar-i-Sharif', 'Mazār-e Sharīf'],
    ['Tarinkot', 'Tarin Kowt', 'Tarīn Kōṯ'],
    ['Khost', 'Khowst'],
    ['Maimana', 'Maymaneh'],
    ['Sheberghan', 'Shibirghan'],
    ['El Fasher', 'Al-Fashir'],
    ['Khwaja Bahauddin', 'Khwajah Bahawuddin'],
  ];
  for (const g of groups) assert.equal(new Set(g.map(phoneticKey)).size, 1, g.join(' / '));
});

test('distinct names keep distinct phonetic keys', () => {
  const names = ['Nawa', 'Naw', 'Kabul', 'Kandahar', 'Kunduz', 'Khost', 'Kyiv', 'Kharkiv', 'Herat', 'Helmand', 'Ghazni', 'Ghor', 'Farah', 'Faryab', 'Doha'];
  assert.equal(new Set(names.map(phoneticKey)).size, names.length);
});
