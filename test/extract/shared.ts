// The real gazetteer (cached in the same folder as the gazetteer's own tests) and an extractor over it.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Event } from '../../src/core/index.js';
import { createExtractor, type Extractor } from '../../src/extract/index.js';
import { loadGazetteer } from '../../src/gazetteer/index.js';
import { documentFromText } from '../../src/ingest/index.js';

let extractor: Promise<Extractor> | null = null;

export function testExtractor(): Promise<Extractor> {
  extractor ??= loadGazetteer({ cacheDir: join(tmpdir(), 'frontline-gazetteer-test') }).then((gazetteer) => createExtractor({ gazetteer }));
  return extractor;
}

/** Events of one text published on `published`. */
export async function eventsOf(text: string, published = '2021-07-04'): Promise<Event[]> {
  return (await testExtractor()).extract(documentFromText(text, { published }));
}

/** "type place-name side" lines, for compact assertions. */
export function summary(events: Event[]): string[] {
  return events.map((e) => `${e.type} ${e.place.place?.name ?? e.place.text} ${e.actor?.side ?? '-'}`);
}
