import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { frontline } from '../extract/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'frontline-extract-'));
const report = join(dir, 'report.txt');
writeFileSync(report, 'Taliban Take Key District\n\nThe Taliban captured Imam Sahib district in Kunduz province on Saturday, Afghan officials said.\n');
const empty = join(dir, 'empty.txt');
writeFileSync(empty, '');
const binary = join(dir, 'blob.bin');
writeFileSync(binary, Buffer.from([0, 159, 146, 150, 0, 1, 2, 3, 255, 254, 0, 0, 7, 8]));

test('--json prints one object per document with its events and evidence', () => {
  const r = frontline(['extract', report, '--published', '2021-07-04', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 1);
  const doc = JSON.parse(lines[0]);
  assert.equal(doc.published, '2021-07-04');
  const [e] = doc.events;
  assert.equal(e.type, 'capture');
  assert.equal(e.place.admin1?.startsWith('Kunduz') || e.place.admin1?.startsWith('Konduz'), true, JSON.stringify(e.place));
  assert.equal(e.actor.side, 'taliban');
  assert.equal(e.date, '2021-07-03');
  assert.equal(e.date_precision, 'day');
  assert.match(e.evidence.sentence, /captured Imam Sahib/);
});

test('the default output is for people: type, place, actor, date and the sentence', () => {
  const r = frontline(['extract', report, '--published', '2021-07-04']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /capture\s+Imam Sahib/);
  assert.match(r.stdout, /actor the Taliban → taliban|actor The Taliban → taliban/);
  assert.match(r.stdout, /“The Taliban captured Imam Sahib/);
});

test('stdin is read with -', () => {
  const r = frontline(['extract', '-', '--published', '2021-08-08', '--json'], 'Afghan officials said the Taliban seized Taloqan, the capital of Takhar province.');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).events[0].type, 'capture');
});

test('empty and binary inputs are skipped with a reason; nothing read is a data error', () => {
  const r = frontline(['extract', empty, binary]);
  assert.equal(r.code, 65);
  assert.match(r.stderr, /skipped .*empty\.txt: /);
  assert.match(r.stderr, /skipped .*blob\.bin: /);
});

test('some inputs skipped: exit 1, the rest still printed', () => {
  const r = frontline(['extract', report, empty, '--json']);
  assert.equal(r.code, 1);
  assert.equal(r.stdout.trim().split('\n').length, 1);
});

test('a missing file: exit 66', () => {
  assert.equal(frontline(['extract', join(dir, 'nope.txt')]).code, 66);
});

test('a --published that is not a date is a usage error naming it', () => {
  const r = frontline(['extract', report, '--published', '2021-13-45']);
  assert.equal(r.code, 64);
  assert.match(r.stderr, /--published "2021-13-45" is not a date/);
});

test('a text larger than the reader limit is skipped with its reason, not read', () => {
  const huge = join(dir, 'huge.txt');
  writeFileSync(huge, Buffer.alloc(21 * 1024 * 1024, 'The army held the town. '));
  const r = frontline(['extract', huge]);
  assert.equal(r.code, 65);
  assert.match(r.stderr, /skipped .*huge\.txt: .*too large/i);
});

test('a language the parsers do not read: a note, the document still listed', () => {
  const spanish = join(dir, 'informe.txt');
  writeFileSync(spanish, 'Los talibanes tomaron el domingo la ciudad de Kunduz, en el norte de Afganistán. Las tropas del gobierno se retiraron, dijeron las autoridades locales.\n');
  const r = frontline(['extract', spanish, '--json']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /language "es" — the extractor has no constructions for it/);
  assert.equal(JSON.parse(r.stdout).lang, 'es');
});

test('a language with its own parsers gets no note', () => {
  const german = join(dir, 'bericht.txt');
  writeFileSync(german, 'Die Taliban haben am Sonntag die Stadt Kundus im Norden Afghanistans eingenommen. Die Regierungstruppen zogen sich zurück, sagten Behördenvertreter.\n');
  const r = frontline(['extract', german, '--json']);
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /no constructions/);
  assert.equal(JSON.parse(r.stdout).lang, 'de');
});
