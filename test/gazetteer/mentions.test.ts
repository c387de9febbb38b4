import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gazetteer } from './shared.js';

const g = await gazetteer();
const texts = (s: string) => g.findMentions(s).map((m) => m.text);

test('finds place names with their spans, longest first', () => {
  const text = 'Fighters entered Pul-e-Khumri and Lashkar Gah on Monday, then moved toward Spin Boldak.';
  const mentions = g.findMentions(text);
  assert.deepEqual(mentions.map((m) => m.text), ['Pul-e-Khumri', 'Lashkar Gah', 'Spin Boldak']);
  for (const m of mentions) assert.equal(text.slice(m.span.start, m.span.end), m.text);
  assert.ok(mentions[1].candidates.some((c) => c.country === 'AF' && c.kind === 'populated'));
});

test('spelling variants and particles inside names', () => {
  assert.deepEqual(texts('The Taliban took Feyzabad, Qala-e-Nau and Mazar-i-Sharif.'), ['Feyzabad', 'Qala-e-Nau', 'Mazar-i-Sharif']);
  assert.deepEqual(texts("Kunduz's governor fled to Jabal us Saraj."), ['Kunduz', 'Jabal us Saraj']);
});

test('lowercase words, common words and given names are not places', () => {
  assert.deepEqual(texts('police said the march on kabul was stopped.'), []);
  assert.deepEqual(texts('Police said on Sunday that Mohammad Ashraf spoke in March.'), []);
  assert.deepEqual(texts('Russian troops and Iraqi officials met ISIL envoys.'), []);
  assert.deepEqual(texts("We'll see, they're here."), []);
  assert.deepEqual(texts('Fighting reached Arian.'), ['Arian'], 'a village of that name');
  assert.deepEqual(texts('Spokesman Tariq Arian met Atta Muhammad Noor in Herat.'), ['Herat'], 'but here a surname');
});

test('a name does not run across punctuation or lines', () => {
  assert.deepEqual(texts('Herat, Kandahar\nGhazni'), ['Herat', 'Kandahar', 'Ghazni']);
});

test('countries count, acronyms only when they are one', () => {
  assert.deepEqual(texts('Troops crossed into Tajikistan and the UK sent aid; the UN and NATO met.'), ['Tajikistan', 'UK']);
});

test('names in other scripts are found without capitals', () => {
  assert.deepEqual(texts('نیروها وارد کابل شدند'), ['کابل']);
});
