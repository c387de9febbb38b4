// map, history, changes and export as users run them: the compiled CLI over a store filled
// by `frontline ingest` from reports written for this test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliSkip, frontline } from '../control/corpus.js';

const root = mkdtempSync(join(tmpdir(), 'frontline-cli-queries-'));
const data = join(root, 'data');

const REPORTS: Record<string, [string, string]> = {
  'imam-sahib.txt': ['2021-06-21', 'Taliban fighters captured the Imam Sahib district on Monday, local officials said.'],
  'nirkh.txt': ['2021-06-30', 'Taliban fighters captured the Nirkh district on Wednesday, a provincial council member said.'],
  'retaken.txt': ['2021-07-20', 'Afghan government forces retook the Imam Sahib district on Friday, the defence ministry said.'],
  'formula.txt': ['2021-07-02', 'Taliban fighters captured the Qaisar district on Friday, "=1+1" residents wrote, officials said.'],
};

before(async () => {
  if (cliSkip) return;
  const input = join(root, 'reports');
  mkdirSync(input);
  for (const [name, [published, text]] of Object.entries(REPORTS)) {
    writeFileSync(join(input, name), text);
    const run = await frontline(['ingest', join(input, name), '--published', published, '--data', data]);
    assert.equal(run.code, 0, run.stderr);
  }
});
after(() => rmSync(root, { recursive: true, force: true }));

test('map --json lists every district with the contract fields and the sentences behind each colour', { skip: cliSkip }, async () => {
  const run = await frontline(['map', '--as-of', '2021-07-01', '--json', '--data', data]);
  assert.equal(run.code, 0, run.stderr);
  const map = JSON.parse(run.stdout);
  assert.equal(map.as_of, '2021-07-01');
  assert.equal(map.places.length, 398);
  for (const key of ['id', 'name', 'admin1', 'country', 'lat', 'lon', 'controller', 'status', 'since', 'evidence']) assert.ok(key in map.places[0], key);
  const held = map.places.filter((p: { controller: string }) => p.controller === 'taliban');
  assert.equal(held.length, 2);
  for (const p of held) {
    assert.equal(p.status, 'assessed');
    for (const key of ['document', 'url', 'sentence', 'start', 'end']) assert.ok(key in p.evidence[0], key);
    assert.match(p.evidence[0].sentence, /^Taliban fighters captured the (Imam Sahib|Nirkh) district/);
  }
});

test('map prints a table with one row per district', { skip: cliSkip }, async () => {
  const run = await frontline(['map', '--as-of', '2021-07-01', '--data', data]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /398 places: unknown\/unknown 396, taliban\/assessed 2/);
  assert.match(run.stdout, /Kunduz\s+Im.m .{1,3}.{1,2}ib\s+taliban\s+assessed\s+2021-06-21/);
});

test('history tells each interval with its sentences; a misspelt place gets suggestions', { skip: cliSkip }, async () => {
  const run = await frontline(['history', 'Imam Sahib', '--json', '--data', data]);
  assert.equal(run.code, 0, run.stderr);
  const history = JSON.parse(run.stdout);
  assert.deepEqual(history.intervals.map((iv: { controller: string; from: string | null }) => [iv.controller, iv.from]), [
    ['unknown', null],
    ['taliban', '2021-06-21'],
    ['government', '2021-07-16'],
  ]);
  assert.match(history.intervals[2].incidents[0].events[0].evidence.sentence, /retook the Imam Sahib district/);
  const text = await frontline(['history', 'Imam Sahib', '--data', data]);
  assert.match(text.stdout, /2021-06-21 → 2021-07-16: taliban \(assessed\)/);
  const typo = await frontline(['history', 'Nirkz', '--data', data]);
  assert.equal(typo.code, 65);
  assert.match(typo.stderr, /unknown place "Nirkz"; did you mean Nirkh/);
});

test('changes lists what changed between two dates', { skip: cliSkip }, async () => {
  const run = await frontline(['changes', '--from', '2021-06-25', '--to', '2021-07-31', '--json', '--data', data]);
  assert.equal(run.code, 0, run.stderr);
  const { changes } = JSON.parse(run.stdout);
  const summary = changes.map((c: { place: { name: string }; before: { controller: string }; after: { controller: string } }) => `${c.before.controller}>${c.after.controller}`).sort();
  assert.deepEqual(summary, ['taliban>government', 'unknown>taliban', 'unknown>taliban']);
});

test('bad dates are input errors naming the value', { skip: cliSkip }, async () => {
  const run = await frontline(['map', '--as-of', '21/07/2021', '--data', data]);
  assert.equal(run.code, 65);
  assert.match(run.stderr, /"21\/07\/2021" is not a date/);
  const order = await frontline(['changes', '--from', '2021-08-01', '--to', '2021-07-01', '--data', data]);
  assert.equal(order.code, 65);
});

test('export writes GeoJSON, ACLED-named CSV with no formulas, and JSON Lines', { skip: cliSkip }, async () => {
  const out = join(root, 'map.geojson');
  const geo = await frontline(['export', '--format', 'geojson', '--as-of', '2021-07-01', '--out', out, '--data', data]);
  assert.equal(geo.code, 0, geo.stderr);
  const collection = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(collection.type, 'FeatureCollection');
  assert.equal(collection.features.length, 398);

  const csv = await frontline(['export', '--format', 'csv', '--data', data]);
  assert.equal(csv.code, 0, csv.stderr);
  const lines = csv.stdout.split('\r\n');
  assert.ok(lines[0].startsWith('event_date,event_type,sub_event_type,actor1,actor2,country,admin1,admin2,location,latitude,longitude,geo_precision,time_precision,source,notes,status,evidence,document_url'));
  assert.equal(lines.filter(Boolean).length, 1 + Object.keys(REPORTS).length);
  assert.ok(csv.stdout.includes('"Taliban fighters captured the Qaisar district on Friday, ""=1+1"" residents wrote, officials said."'));

  const jsonl = await frontline(['export', '--format', 'jsonl', '--as-of', '2021-06-30', '--data', data]);
  const events = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(events.map((e) => e.date), ['2021-06-21', '2021-06-30']);
});
