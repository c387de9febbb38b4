// Every route of the HTTP API over a real store, through Hono's app.request().
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import type { FiguresView, MapView, PlaceHistory } from '../../src/core/views.js';
import { createApp } from '../../src/server/app.js';
import { BoundaryStore } from '../../src/server/boundaries.js';
import { filledStore, type FilledStore } from './fixture.js';

const TOKEN = 'test-token-1234';

describe('HTTP API', () => {
  let store: FilledStore;
  let app: Hono;
  let webDir: string;

  before(async () => {
    store = await filledStore();
    webDir = join(store.dir, 'web');
    mkdirSync(webDir);
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>test page</title>');
    app = createApp(store.frontline, { apiToken: TOKEN, maxBodyBytes: 4096, boundaries: BoundaryStore.forDataDir(join(store.dir, 'data')), webDir });
  });
  after(() => store.cleanup());

  const get = (path: string) => app.request(path);
  const json = async <T>(path: string, status = 200): Promise<T> => {
    const res = await get(path);
    assert.equal(res.status, status, `${path}: ${await res.clone().text()}`);
    return (await res.json()) as T;
  };
  const post = (body: string, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }) =>
    app.request('/api/documents', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

  it('GET /api/map gives every place, and Kunduz changes hands between July and August', async () => {
    const july = await json<MapView>('/api/map?as_of=2021-07-01');
    const august = await json<MapView>('/api/map?as_of=2021-08-10');
    assert.ok(july.places.length > 300, `universe of ${july.places.length} places`);
    assert.equal(august.as_of, '2021-08-10');
    const kunduz = (view: MapView) => view.places.find((p) => p.name === 'Kunduz' && p.admin1 === 'Kunduz');
    assert.notEqual(kunduz(july)?.controller, 'taliban');
    assert.equal(kunduz(august)?.controller, 'taliban');
    assert.match(kunduz(august)!.evidence[0].sentence, /Kunduz/);
  });

  it('GET /api/map without as_of shows the last day with data', async () => {
    const span = await json<{ from: string; to: string }>('/api/span');
    assert.ok(span.from! <= span.to!);
    assert.equal((await json<MapView>('/api/map')).as_of, span.to);
  });

  it('GET /api/map.geojson is a FeatureCollection of points with the map properties', async () => {
    const res = await get('/api/map.geojson?as_of=2021-08-10');
    assert.match(res.headers.get('content-type')!, /geo\+json/);
    const fc = (await res.json()) as { type: string; features: { geometry: { type: string; coordinates: number[] } | null; properties: Record<string, unknown> }[] };
    assert.equal(fc.type, 'FeatureCollection');
    const located = fc.features.find((f) => f.geometry);
    assert.equal(located!.geometry!.type, 'Point');
    assert.equal(located!.geometry!.coordinates.length, 2);
    assert.ok('controller' in located!.properties && 'status' in located!.properties);
  });

  it('bad dates are a 400 naming the value', async () => {
    for (const path of ['/api/map?as_of=2021-02-30', '/api/figures?as_of=yesterday', '/api/changes?from=2021-07-01&to=08/01/2021', '/api/events?from=2021-13-01']) {
      const body = await json<{ error: string; detail: string }>(path, 400);
      assert.equal(body.error, 'bad_date', path);
      assert.match(body.detail, /2021-02-30|yesterday|08\/01\/2021|2021-13-01/);
    }
  });

  it('GET /api/places/:id/history gives intervals with their sentences', async () => {
    const august = await json<MapView>('/api/map?as_of=2021-08-10');
    const kunduz = august.places.find((p) => p.name === 'Kunduz' && p.controller === 'taliban')!;
    const history = await json<PlaceHistory>(`/api/places/${encodeURIComponent(kunduz.id)}/history`);
    assert.equal(history.place.id, kunduz.id);
    const taliban = history.intervals.find((i) => i.controller === 'taliban')!;
    assert.match(taliban.incidents[0].events[0].evidence.sentence, /captured the city of Kunduz/);
  });

  it('a claim keeps its denial next to it, and stays "claimed"', async () => {
    const history = await json<PlaceHistory>('/api/places/Bazarak/history');
    const current = history.intervals[history.intervals.length - 1];
    assert.equal(current.controller, 'taliban');
    assert.equal(current.status, 'claimed');
    assert.equal(current.disputes[0].events[0].status, 'denied');
  });

  it('an unknown place is a 404 naming it', async () => {
    const body = await json<{ error: string; detail: string }>('/api/places/Atlantis%20Prime/history', 404);
    assert.equal(body.error, 'unknown_place');
    assert.match(body.detail, /Atlantis Prime/);
  });

  it('GET /api/changes lists what changed hands, and rejects a reversed range', async () => {
    const { changes } = await json<{ changes: { place: { name: string }; after: { controller: string } }[] }>('/api/changes?from=2021-07-01&to=2021-08-10');
    assert.ok(changes.some((c) => c.place.name === 'Kunduz' && c.after.controller === 'taliban'));
    assert.equal((await json<{ error: string }>('/api/changes?from=2021-08-10&to=2021-07-01', 400)).error, 'bad_range');
    assert.equal((await json<{ error: string }>('/api/changes?from=2021-07-01', 400)).error, 'bad_to');
  });

  it('GET /api/figures counts places per side and shows the claim near that date', async () => {
    const figures = await json<FiguresView>('/api/figures?as_of=2021-07-06');
    assert.ok(figures.universe > 300);
    const claim = figures.claims.find((c) => c.total === 421);
    assert.ok(claim, 'the "a third of 421" claim is shown');
    assert.ok(claim.computed && claim.computed.total === figures.universe);
    const later = await json<FiguresView>('/api/figures?as_of=2021-08-10');
    assert.ok((later.by_side.taliban?.assessed ?? 0) + (later.by_side.taliban?.claimed ?? 0) >= 2);
  });

  it('GET /api/events filters by type, side, province and dates', async () => {
    const all = (await json<{ events: { type: string; date: string; place: { admin1: string | null } }[] }>('/api/events')).events;
    assert.ok(all.length >= 4);
    const captures = (await json<{ events: { type: string }[] }>('/api/events?type=capture')).events;
    assert.ok(captures.length > 0 && captures.every((e) => e.type === 'capture'));
    const kunduz = (await json<{ events: { place: { admin1: string | null } }[] }>('/api/events?admin1=Kunduz')).events;
    assert.ok(kunduz.length > 0 && kunduz.every((e) => e.place.admin1 === 'Kunduz'));
    const early = (await json<{ events: { date: string | null }[] }>('/api/events?to=2021-08-08')).events;
    assert.ok(early.every((e) => e.date === null || e.date <= '2021-08-08'));
    assert.ok(early.length < all.length);
    assert.equal((await json<{ error: string }>('/api/events?type=parade', 400)).error, 'bad_type');
    assert.equal((await json<{ error: string }>('/api/events?limit=0', 400)).error, 'bad_limit');
  });

  it('POST /api/documents needs the token and adds a report once', async () => {
    const report = JSON.stringify({ text: 'The Taliban seized the city of Farah on Tuesday, officials said.', published: '2021-08-10', outlet: 'Test Wire', url: 'https://example.org/farah' });
    assert.equal((await post(report, {})).status, 401);
    assert.equal((await post(report, { authorization: 'Bearer wrong' })).status, 401);
    const created = await post(report);
    assert.equal(created.status, 201);
    const result = (await created.json()) as { status: string; events: number };
    assert.equal(result.status, 'new');
    assert.ok(result.events >= 1);
    assert.equal((await post(report)).status, 200, 'the same text again is a duplicate');
    const farah = (await json<MapView>('/api/map?as_of=2021-08-11')).places.find((p) => p.name === 'Farah' && p.admin1 === 'Farah');
    assert.equal(farah?.controller, 'taliban');
  });

  it('POST /api/documents rejects bad JSON, bad dates, missing text and oversized bodies', async () => {
    const bad = async (body: string, status: number, error: string) => {
      const res = await post(body);
      assert.equal(res.status, status, body.slice(0, 60));
      assert.equal(((await res.json()) as { error: string }).error, error);
    };
    await bad('{"text": ', 400, 'bad_json');
    await bad(JSON.stringify({ text: 'Clashes in Herat.', published: '2021-02-31' }), 400, 'bad_date');
    await bad(JSON.stringify({ title: 'no body' }), 400, 'bad_document');
    await bad(JSON.stringify({ text: 'x', html: '<p>x</p>' }), 400, 'bad_document');
    await bad(JSON.stringify({ text: 'Clashes in Herat.', url: 'javascript:alert(1)' }), 400, 'bad_document');
    await bad(JSON.stringify({ text: 'a'.repeat(5000) }), 413, 'too_large');
  });

  it('refuses writes with 403 when no token is configured, saying how to set one', async () => {
    const closed = createApp(store.frontline, {});
    const res = await closed.request('/api/documents', { method: 'POST', body: '{"text":"x"}', headers: { authorization: 'Bearer anything' } });
    assert.equal(res.status, 403);
    assert.match(((await res.json()) as { detail: string }).detail, /FRONTLINE_API_TOKEN/);
  });

  it('GET /api/openapi.json is an OpenAPI 3.1 document listing every route', async () => {
    const doc = await json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>('/api/openapi.json');
    assert.equal(doc.openapi, '3.1.0');
    for (const path of [
      '/api/map', '/api/map.geojson', '/api/places/{id}/history', '/api/changes', '/api/figures', '/api/events',
      '/api/events/stream', '/api/span', '/api/export.csv', '/api/export.geojson', '/api/documents', '/api/boundaries', '/api/openapi.json',
    ]) {
      assert.ok(doc.paths[path], `${path} is documented`);
    }
    assert.ok(doc.paths['/api/documents'].post);
  });

  it('GET /api/export.csv and .geojson export as of a date', async () => {
    const csv = await get('/api/export.csv?as_of=2021-08-10');
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type')!, /text\/csv/);
    const text = await csv.text();
    assert.match(text.split('\n')[0], /^event_date,event_type,sub_event_type,actor1,actor2,country,admin1,admin2,location,latitude,longitude/);
    assert.match(text, /Kunduz/);
    assert.doesNotMatch(text, /Bazarak/, 'nothing after the date');
    const geo = (await (await get('/api/export.geojson?as_of=2021-08-10')).json()) as { type: string; features: unknown[] };
    assert.equal(geo.type, 'FeatureCollection');
    assert.ok(geo.features.length > 300);
  });

  it('serves the page at / with a strict Content-Security-Policy, and JSON 404s for unknown API routes', async () => {
    const page = await get('/');
    assert.equal(page.status, 200);
    assert.match(await page.text(), /test page/);
    const csp = page.headers.get('content-security-policy')!;
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal((await json<{ error: string }>('/api/nothing-here', 404)).error, 'not_found');
    assert.equal((await get('/../../etc/passwd')).status, 404);
  });

  it('serves installed boundaries and 404s the rest', async () => {
    const bstore = BoundaryStore.forDataDir(join(store.dir, 'data'));
    await bstore.write('AFG', 'ADM1', { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { shapeName: 'Kunduz' }, geometry: { type: 'Polygon', coordinates: [[[68, 36], [69, 36], [69, 37], [68, 36]]] } }] });
    const list = await json<{ installed: { iso3: string; levels: string[] }[] }>('/api/boundaries');
    assert.deepEqual(list.installed, [{ iso3: 'AFG', levels: ['ADM1'] }]);
    const fc = await json<{ features: unknown[] }>('/api/boundaries/AFG/ADM1');
    assert.equal(fc.features.length, 1);
    assert.equal((await json<{ error: string }>('/api/boundaries/AFG/ADM2', 404)).error, 'not_installed');
    assert.equal((await json<{ error: string }>('/api/boundaries/AF/ADM1', 400)).error, 'bad_boundary');
  });
});

describe('HTTP API over an empty store', () => {
  it('answers with a null span and a map of unknowns for today', async () => {
    const empty = await filledStore([]);
    try {
      const app = createApp(empty.frontline);
      assert.deepEqual(await (await app.request('/api/span')).json(), { from: null, to: null });
      const map = (await (await app.request('/api/map')).json()) as MapView;
      assert.equal(map.as_of, new Date().toISOString().slice(0, 10));
      assert.ok(map.places.length > 300 && map.places.every((p) => p.controller === 'unknown'));
      assert.deepEqual(await (await app.request('/api/events')).json(), { events: [] });
    } finally {
      await empty.cleanup();
    }
  });
});
