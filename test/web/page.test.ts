// The map page end to end in real headless Chromium, over a real store filled by the test.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { MapView } from '../../src/core/views.js';
import { join } from 'node:path';
import { BoundaryStore } from '../../src/server/boundaries.js';
import { startServer, type RunningServer } from '../../src/server/server.js';
import { filledStore, HOSTILE, REPORTS, type FilledStore } from '../server/fixture.js';
import { browserMissing, ensurePageBuilt, launchChromium, screenshotPath } from './browser.js';

const skip = browserMissing();
const TOKEN = 'page-test-token';

const square = (lon: number, lat: number, r: number) => ({
  type: 'Polygon',
  coordinates: [[[lon - r, lat - r], [lon + r, lat - r], [lon + r, lat + r], [lon - r, lat + r], [lon - r, lat - r]]],
});

describe('map page in Chromium', { skip: skip ?? false }, () => {
  let store: FilledStore;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let latest: MapView;
  let boundaries: BoundaryStore;

  before(async () => {
    ensurePageBuilt();
    store = await filledStore([...REPORTS, HOSTILE]);
    boundaries = BoundaryStore.forDataDir(join(store.dir, 'data'));
    server = await startServer({ frontline: store.frontline, port: 0, apiToken: TOKEN, boundaries });
    latest = await store.frontline.mapAsOf((await store.frontline.span()).to!);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    errors = [];
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    await page.goto(server.url);
    await page.waitForFunction(() => typeof (window as unknown as { __frontlineReady?: number }).__frontlineReady === 'number');
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.cleanup();
  });

  const legendCount = (category: string) =>
    page.locator(`#legend li[data-category="${category}"] .count`).textContent().then((t) => Number(t ?? 'NaN'));
  /** The district whose evidence names the place (a city counts for its district). */
  const placeId = (name: string) => {
    const place = latest.places.find((p) => p.evidence.some((e) => e.sentence.includes(name)));
    assert.ok(place, `a place on the map has evidence naming ${name}`);
    return place.id;
  };
  const taliban = (view: MapView) => view.places.filter((p) => p.controller === 'taliban' && p.status !== 'unknown').length;
  /** Waits until the legend counts n Taliban places, assessed and claimed (the page's CSP forbids string evaluation). */
  const legendShows = (n: number) =>
    page.waitForFunction(
      (expected) =>
        ['taliban:assessed', 'taliban:claimed'].reduce((sum, c) => sum + Number(document.querySelector(`#legend li[data-category="${c}"] .count`)?.textContent ?? 0), 0) === expected,
      n,
    );
  const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const openPlace = async (id: string) => {
    await page.locator(`path[data-place="${id}"]`).dispatchEvent('click');
    await page.waitForSelector('#panel-place .interval');
  };

  it('draws every place with a legend of counts, without errors', async () => {
    const shapes = await page.locator('path[data-place]').count();
    assert.ok(shapes >= latest.places.filter((p) => p.lat !== null).length * 0.99, `${shapes} shapes`);
    assert.ok((await legendCount('taliban:assessed')) + (await legendCount('taliban:claimed')) >= 3);
    assert.match((await page.locator('#legend').textContent())!, /approximated from district points/);
    await page.screenshot({ path: screenshotPath('overview') });
    assert.deepEqual(errors, []);
  });

  it('moving the slider changes the counts without reloading', async () => {
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const span = await store.frontline.span();
    const expected = async (date: string) => taliban(await store.frontline.mapAsOf(date));
    const [first, last] = [await expected(span.from!), await expected(span.to!)];
    assert.notEqual(first, last, 'the fixture changes between the first and the last day');
    await page.locator('#date-slider').focus();
    await page.keyboard.press('Home');
    await legendShows(first);
    await page.keyboard.press('End');
    await legendShows(last);
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((day) => location.hash.startsWith(`#date=${day}`), dayBefore(span.to!));
    assert.equal(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), true);
  });

  it('clicking a place opens its history with the evidence sentence highlighted', async () => {
    await openPlace(placeId('Kunduz'));
    const panel = page.locator('#panel-place');
    assert.match((await panel.textContent())!, /Taliban fighters captured the city of Kunduz on Sunday/);
    assert.equal(await panel.locator('mark.hl-place').first().textContent(), 'Kunduz');
    assert.match((await panel.locator('.source').first().textContent())!, /Test Wire/);
    assert.equal(await panel.locator('a[href="https://example.org/kunduz"]').count(), 1);
    await page.screenshot({ path: screenshotPath('place-history') });
  });

  it('keeps a denial side by side with the claim it disputes', async () => {
    await openPlace(placeId('Bazarak'));
    const columns = page.locator('#panel-place .side-by-side');
    assert.equal(await columns.count(), 1);
    assert.match((await columns.locator('.claims').textContent())!, /spokesman said on Monday that the group had captured Bazarak/);
    assert.match((await columns.locator('.disputes').textContent())!, /denied on Tuesday that Bazarak had fallen/);
    await page.screenshot({ path: screenshotPath('claim-and-denial') });
  });

  it('shows a synthetic badge for reconstructed documents', async () => {
    await openPlace(placeId('Taloqan'));
    assert.equal(await page.locator('#panel-place .badge.synthetic').count() > 0, true);
  });

  it('filters the feed, and clicking an event centres the map on its place', async () => {
    await page.locator('#tab-feed').click();
    await page.locator('#feed-filters select[name="admin1"]').selectOption('Kunduz');
    await page.waitForFunction(() => [...document.querySelectorAll('#feed-list .feed-item')].every((b) => b.textContent!.includes('Kunduz')));
    const items = page.locator('#feed-list .feed-item');
    assert.ok((await items.count()) >= 1);
    await page.screenshot({ path: screenshotPath('feed-filtered') });
    await items.first().click();
    const id = placeId('Kunduz');
    await page.waitForFunction((pid) => document.querySelector(`path[data-place="${pid}"]`)?.getAttribute('stroke') === '#111111', id);
    await page.locator('#feed-filters button[type="reset"]').click();
    await page.waitForFunction(() => !document.querySelector('#feed-filters select[name="admin1"]') || (document.querySelector('#feed-filters select[name="admin1"]') as HTMLSelectElement).value === '');
  });

  it('shows hostile report text as text and runs none of it', async () => {
    await openPlace(placeId('Ghazni'));
    const text = (await page.locator('#panel-place').textContent())!;
    assert.ok(text.includes('<img src=x onerror="window.__pwned=1">'), text.slice(0, 300));
    assert.ok(text.includes('Hostile <b>Outlet</b>'));
    assert.equal(await page.locator('#panel-place img, #panel-place script, #panel-place b').count(), 0);
    await page.locator('#tab-feed').click();
    await page.waitForSelector('#feed-list .feed-item');
    assert.equal(await page.locator('#feed-list img, #feed-list script').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    await openPlace(placeId('Ghazni'));
    await page.screenshot({ path: screenshotPath('hostile-report') });
  });

  it('shows the figures with the claim and the computed number side by side', async () => {
    await page.locator('#date-slider').focus();
    await page.keyboard.press('Home');
    await page.locator('#tab-figures').click();
    await page.waitForSelector('#panel-figures .claim');
    const claim = (await page.locator('#panel-figures .claim').first().textContent())!;
    assert.match(claim, /of 421/);
    assert.match(claim, /Frontline computes/);
    await page.screenshot({ path: screenshotPath('figures') });
  });

  it('controls are reachable by keyboard with a visible focus', async () => {
    await page.locator('.skip-link').focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { id: el.id, outline: getComputedStyle(el).outlineStyle };
    });
    assert.equal(focused.id, 'step-back');
    assert.notEqual(focused.outline, 'none');
  });

  it('follows new reports live, without reloading', async () => {
    await page.locator('#tab-feed').click();
    await page.locator('#date-slider').focus();
    await page.keyboard.press('End');
    const posted = await fetch(`${server.url}api/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'The Taliban captured the city of Farah on Tuesday, officials said.', published: '2021-08-11', outlet: 'Live Test Wire' }),
    });
    assert.equal(posted.status, 201);
    await page.waitForFunction(() => document.querySelector('#feed-list')!.textContent!.includes('captured the city of Farah'));
    assert.equal(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), true);
  });

  it('draws installed boundaries, with district polygons for the places they contain', async () => {
    const kunduz = latest.places.find((p) => p.id === placeId('Kunduz'))!;
    await boundaries.write('AFG', 'ADM1', { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { shapeName: 'Kunduz', shapeType: 'ADM1' }, geometry: square(kunduz.lon!, kunduz.lat!, 1) }] });
    await boundaries.write('AFG', 'ADM2', { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { shapeName: 'Kunduz', shapeType: 'ADM2' }, geometry: square(kunduz.lon!, kunduz.lat!, 0.05) }] });
    const fresh = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await fresh.goto(server.url);
    await fresh.waitForFunction(() => typeof (window as unknown as { __frontlineReady?: number }).__frontlineReady === 'number');
    const d = (id: string) => fresh.locator(`path[data-place="${id}"]`).getAttribute('d');
    assert.doesNotMatch((await d(kunduz.id))!, /a/, 'Kunduz is a polygon');
    const other = latest.places.find((p) => p.lat !== null && p.id !== kunduz.id)!;
    assert.match((await d(other.id))!, /a/, 'places outside the installed polygons stay circles');
    assert.match((await fresh.locator('#legend').textContent())!, /geoBoundaries/);
    await fresh.screenshot({ path: screenshotPath('boundaries') });
    await fresh.close();
  });

  it('works on a narrow window', async () => {
    const mobile = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await mobile.goto(server.url);
    await mobile.waitForFunction(() => typeof (window as unknown as { __frontlineReady?: number }).__frontlineReady === 'number');
    const map = (await mobile.locator('#map').boundingBox())!;
    const panel = (await mobile.locator('#panel').boundingBox())!;
    assert.ok(map.width <= 390 && map.height > 200);
    assert.ok(panel.y >= map.y + map.height - 1, 'the panel sits under the map');
    await mobile.screenshot({ path: screenshotPath('narrow'), fullPage: true });
    await mobile.close();
  });
});
