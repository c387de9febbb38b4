// The demo end to end: the corpus goes through the real readers, extractor, gazetteer and store
// (PGlite in a temp folder) by way of `frontline demo --no-serve`, and the control map it yields
// must match the dated facts of the 2021 offensive.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { InputError } from '../../src/core/index.js';
import { sharedPath } from '../helpers/shared.js';
import type { MapPlace, MapView } from '../../src/core/views.js';
import type { Frontline } from '../../src/control/api.js';
import { demoCorpusDir, DEMO_MARKER, loadDemo, type LoadedDemo } from '../../src/cli/commands/demo.js';

/** The shared reference table, when this machine has it; else the facts the corpus was built on. */
const REFERENCE_CAPITALS = sharedPath('reference', 'afg2021_capitals.csv');
const BAZARAK = 'AF.42.3301';

interface Capital {
  province: string;
  capital: string;
  fellOn: string;
  /** GeoNames admin-2 code of the district the capital is the seat of. */
  districtCode: string;
}

function readCsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const keys = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [keys[i], v])));
}

function capitals(): Capital[] {
  const facts = readCsv(join(dirname(demoCorpusDir()), 'facts', 'capitals.csv'));
  const reference = existsSync(REFERENCE_CAPITALS) ? new Map(readCsv(REFERENCE_CAPITALS).map((r) => [r.province, r.fell_on])) : new Map<string, string>();
  return facts.map((f) => ({ province: f.province, capital: f.capital, fellOn: reference.get(f.province) ?? f.fell_on, districtCode: f.district_code }));
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

function placeOf(map: MapView, code: string) {
  const place = map.places.find((p) => p.id === `admin:${code}`);
  assert.ok(place, `the map has no district admin:${code}`);
  return place;
}

/** The sentence that opened a place's interval on `day`, for failure messages. */
async function because(frontline: Frontline, place: MapPlace, day: string): Promise<string> {
  const history = await frontline.history(place.id);
  const interval = history.intervals.find((iv) => (iv.from ?? '') <= day && (iv.to === null || day < iv.to));
  const opening = interval?.incidents[0]?.events[0]?.evidence;
  return opening ? ` because of «${opening.sentence}» (${opening.document})` : '';
}

/** `frontline demo --no-serve --data DIR` in a child process, from src (tsx) or dist alike. */
function runDemoCommand(dataDir: string, ...flags: string[]) {
  const compiled = import.meta.url.endsWith('.js');
  const main = fileURLToPath(new URL(`../../src/cli/main.${compiled ? 'js' : 'ts'}`, import.meta.url));
  const args = [...(compiled ? [] : ['--import', 'tsx']), main, 'demo', '--no-serve', '--data', dataDir, ...flags];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  assert.equal(result.status, 0, `frontline demo failed:\n${result.stderr}`);
  return result;
}

describe('frontline demo', () => {
  let dir: string;
  let dataDir: string;
  let demo: LoadedDemo;
  let firstRun: ReturnType<typeof runDemoCommand>;
  let secondRun: ReturnType<typeof runDemoCommand>;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'frontline-demo-'));
    dataDir = join(dir, 'store');
    // Both command runs come before this process opens the store: one PGlite folder, one process.
    firstRun = runDemoCommand(dataDir);
    secondRun = runDemoCommand(dataDir);
    demo = await loadDemo({ dataDir });
  });

  after(async () => {
    await demo?.frontline.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the first run ingests the whole corpus with progress lines', () => {
    assert.match(firstRun.stderr, /ingesting the demo corpus: \d+ documents/);
    assert.match(firstRun.stderr, /demo store loaded: \d+ documents/);
    assert.ok(demo.documents >= 120, `only ${demo.documents} documents loaded`);
  });

  test('a second run reuses the store instead of ingesting again', () => {
    const second = secondRun;
    assert.match(second.stderr, new RegExp(`demo store already loaded: ${demo.documents} documents; use --reset to start over`));
    assert.doesNotMatch(second.stderr, /ingesting/);
    assert.match(second.stdout, /\(reused\)/);
    assert.equal(demo.reused, true);
  });

  test('on 2021-08-16 every provincial capital but Bazarak is Taliban-held since the day it fell (±1 day)', async () => {
    const map = await demo.frontline.mapAsOf('2021-08-16');
    const wrong: string[] = [];
    for (const c of capitals().filter((c) => c.districtCode !== BAZARAK)) {
      const place = placeOf(map, c.districtCode);
      const why = () => because(demo.frontline, place, '2021-08-16');
      if (place.controller !== 'taliban') wrong.push(`${c.capital}: ${place.controller} (${place.status})${await why()}`);
      else if (!place.since || daysApart(place.since, c.fellOn) > 1) wrong.push(`${c.capital}: since ${place.since}, fell on ${c.fellOn}${await why()}`);
    }
    assert.deepEqual(wrong, []);
  });

  test('Bazarak is not Taliban-held on 2021-08-16, and the 6 September claim stays a disputed claim', async () => {
    const before = placeOf(await demo.frontline.mapAsOf('2021-08-16'), BAZARAK);
    assert.notEqual(before.controller, 'taliban');
    const afterClaim = placeOf(await demo.frontline.mapAsOf('2021-09-07'), BAZARAK);
    assert.ok(!(afterClaim.controller === 'taliban' && afterClaim.status === 'assessed'), 'Bazarak shown as an assessed Taliban capture');
    const history = await demo.frontline.history(`admin:${BAZARAK}`);
    assert.ok(
      history.intervals.some((iv) => iv.disputes.some((d) => d.status === 'denied')),
      'the denial of the Bazarak claim is not kept next to it',
    );
  });

  test('Taliban claims and government denials are stored as such', async () => {
    const events = await demo.frontline.events({ limit: 10_000 });
    const claims = events.filter((e) => e.status === 'claimed' && /taliban/i.test(e.attributed_to ?? ''));
    const denials = events.filter((e) => e.status === 'denied' && /ministry/i.test(e.attributed_to ?? ''));
    assert.ok(claims.length > 0, 'no event claimed by a Taliban spokesman');
    assert.ok(denials.length > 0, 'no event denied by a ministry');
    // Sheberghan: claimed by the Taliban, denied by the ministry, confirmed by others the same day.
    const sheberghan = await demo.frontline.history('admin:AF.31.1701');
    assert.ok(
      sheberghan.intervals.some((iv) => iv.disputes.length > 0),
      'the ministry denial about Sheberghan is not kept as a dispute',
    );
  });

  test('reports that only threaten a city do not make it fall', async () => {
    const threatened: [string, string, string][] = [
      ['Kunduz', 'AF.24.1401', '2021-07-01'],
      ['Lashkar Gah', 'AF.10.2301', '2021-08-05'],
      ['Mazar-i-Sharif', 'AF.30.1601', '2021-08-13'],
      ['Kabul', 'AF.13.101', '2021-08-14'],
    ];
    for (const [name, code, day] of threatened) {
      const place = placeOf(await demo.frontline.mapAsOf(day), code);
      if (place.controller === 'taliban') assert.fail(`${name} shown as Taliban-held on ${day}${await because(demo.frontline, place, day)}`);
    }
  });

  test('every document is shown as synthetic', async () => {
    const events = await demo.frontline.events({ limit: 10_000 });
    assert.ok(events.length > 0);
    assert.deepEqual(
      events.filter((e) => !e.evidence.synthetic).map((e) => e.evidence.document),
      [],
    );
  });
});

test('the demo refuses to wipe a folder that is not a demo store', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-demo-'));
  try {
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    await assert.rejects(loadDemo({ dataDir: dir, reset: true }), (err: unknown) => err instanceof InputError && /not a demo store/.test(err.message));
    assert.equal(readFileSync(join(dir, 'notes.txt'), 'utf8'), 'keep me');
    assert.equal(existsSync(join(dir, DEMO_MARKER)), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
