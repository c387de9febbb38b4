// `frontline boundaries install` from local files (never the internet), and the store it fills.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { InputError } from '../../src/core/index.js';
import { BoundaryStore, installBoundaries } from '../../src/server/boundaries.js';
import { runCli } from './cli.js';

const square = (x: number, y: number) => ({ type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] });
const collection = (shapeType: string | null, names: string[]) => ({
  type: 'FeatureCollection',
  features: names.map((shapeName, i) => ({ type: 'Feature', properties: shapeType ? { shapeName, shapeType } : { shapeName }, geometry: square(60 + i, 30) })),
});

describe('boundaries install', () => {
  let dir: string;
  let adm1: string;
  let adm2: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'frontline-boundaries-'));
    adm1 = join(dir, 'provinces.geojson');
    adm2 = join(dir, 'xyz_adm2_districts.geojson');
    writeFileSync(adm1, JSON.stringify(collection('ADM1', ['North', 'South'])));
    writeFileSync(adm2, JSON.stringify(collection(null, ['A', 'B', 'C'])));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('installs local files, telling the levels apart by shapeType or by name', async () => {
    const store = new BoundaryStore(join(dir, 'b1'));
    const report = await installBoundaries({ iso3: 'xyz', store, from: [adm1, adm2] });
    assert.deepEqual(report.installed.map((l) => [l.level, l.features]), [['ADM1', 2], ['ADM2', 3]]);
    assert.deepEqual(await store.list(), [{ iso3: 'XYZ', levels: ['ADM1', 'ADM2'] }]);
    assert.equal(JSON.parse((await store.read('XYZ', 'ADM2'))!).features.length, 3);
  });

  it('follows the gbOpen API answer to its download link', async () => {
    const store = new BoundaryStore(join(dir, 'b2'));
    const asked: string[] = [];
    const fetch = async (url: string) => {
      asked.push(url);
      if (url.includes('/api/current/gbOpen/')) {
        const level = url.includes('ADM1') ? 'ADM1' : 'ADM2';
        return Response.json({ gjDownloadURL: `https://files.test/${level}.geojson`, simplifiedGeometryGeoJSON: `https://files.test/${level}_simplified.geojson` });
      }
      return Response.json(collection(url.includes('ADM1') ? 'ADM1' : 'ADM2', ['One']));
    };
    const report = await installBoundaries({ iso3: 'XYZ', store, fetch });
    assert.deepEqual(report.installed.map((l) => l.level), ['ADM1', 'ADM2']);
    assert.deepEqual(asked, [
      'https://www.geoboundaries.org/api/current/gbOpen/XYZ/ADM1/',
      'https://files.test/ADM1_simplified.geojson',
      'https://www.geoboundaries.org/api/current/gbOpen/XYZ/ADM2/',
      'https://files.test/ADM2_simplified.geojson',
    ]);
  });

  it('rejects bad input by name and keeps what was installed', async () => {
    const store = new BoundaryStore(join(dir, 'b3'));
    await installBoundaries({ iso3: 'XYZ', store, from: [adm1] });
    const points = join(dir, 'adm1_points.geojson');
    writeFileSync(points, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [1, 2] } }] }));
    await assert.rejects(installBoundaries({ iso3: 'XYZ', store, from: [points] }), (err: Error) => err instanceof InputError && /feature 0 is a Point/.test(err.message));
    await assert.rejects(installBoundaries({ iso3: 'XY', store, from: [adm1] }), /"XY" is not an ISO 3166-1 alpha-3/);
    assert.equal(JSON.parse((await store.read('XYZ', 'ADM1'))!).features.length, 2, 'the good outline is still there');
  });

  it('the command installs into --data and names bad input', () => {
    const data = join(dir, 'data');
    const ok = runCli(['boundaries', 'install', 'XYZ', '--from', adm1, adm2, '--data', data, '--json']);
    assert.equal(ok.status, 0, ok.stderr);
    assert.deepEqual(JSON.parse(ok.stdout).installed.map((l: { level: string }) => l.level), ['ADM1', 'ADM2']);
    assert.ok(readFileSync(join(data, 'boundaries', 'XYZ', 'ADM1.geojson'), 'utf8').includes('North'));
    const bad = runCli(['boundaries', 'install', 'XYZ', '--from', join(dir, 'missing.geojson'), '--data', data]);
    assert.equal(bad.status, 65);
    assert.match(bad.stderr, /cannot read .*missing\.geojson/);
  });
});
