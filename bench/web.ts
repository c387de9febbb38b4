// The map page's first render in real Chromium over a store of 400 places and 10,000 events:
// the time from navigation until the page marks its first complete render (window.__frontlineReady),
// median of several cold page loads, plus first contentful paint and the map request itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../src/server/server.js';
import { ensurePageBuilt, launchChromium } from '../test/web/browser.js';
import { documents, open } from './store.js';

/** The store bench's documents carry three events each. */
const DOCUMENTS = 3334;
const LOADS = 7;

interface LoadTimings {
  ready: number;
  fcp: number;
  mapRequest: number;
}

export async function benchWeb(): Promise<Record<string, number>> {
  ensurePageBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'frontline-bench-web-'));
  const fl = await open({ dataDir: join(dir, 'store') });
  const browser = await launchChromium();
  try {
    const started = performance.now();
    const summary = await fl.ingest(documents(DOCUMENTS));
    const fillMs = performance.now() - started;
    const events = Object.values(summary.events).reduce((a, b) => a + (b ?? 0), 0);
    const server = await startServer({ frontline: fl, port: 0 });
    try {
      const loads: LoadTimings[] = [];
      for (let i = 0; i < LOADS; i++) loads.push(await loadOnce(browser, server.url));
      const median = (pick: (t: LoadTimings) => number) => loads.map(pick).sort((a, b) => a - b)[LOADS >> 1];
      return {
        places: (await fl.mapAsOf('2021-07-01')).places.length,
        events,
        fill_store_ms: round(fillMs),
        first_render_ms: round(median((t) => t.ready)),
        first_contentful_paint_ms: round(median((t) => t.fcp)),
        api_map_request_ms: round(median((t) => t.mapRequest)),
      };
    } finally {
      await server.close();
    }
  } finally {
    await browser.close();
    await fl.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One cold load in a fresh context (empty cache), 1280x800. */
async function loadOnce(browser: Awaited<ReturnType<typeof launchChromium>>, url: string): Promise<LoadTimings> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => typeof (window as unknown as { __frontlineReady?: number }).__frontlineReady === 'number');
    return await page.evaluate(() => {
      const ready = (window as unknown as { __frontlineReady: number }).__frontlineReady;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const map = performance.getEntriesByType('resource').find((r) => /\/api\/map(\?|$)/.test(r.name)) as PerformanceResourceTiming | undefined;
      return { ready, fcp, mapRequest: map ? map.responseEnd - map.startTime : NaN };
    });
  } finally {
    await context.close();
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
