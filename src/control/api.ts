// The read/write service over one store: what the CLI query commands, the HTTP API and the
// map page call. Implemented in service.ts over `store` and the pure control model.
import type { Document, EventType, IsoDate } from '../core/index.js';
import type { ChangeView, EventView, FiguresView, MapView, PlaceHistory } from '../core/views.js';
import type { ReadOutcome } from '../ingest/types.js';
import type { EventQuery } from '../store/store.js';

export interface IngestSummary {
  documents: { new: number; duplicate: number; skipped: number };
  /** One entry per skipped input, with its reason. */
  skipped: { source: string; reason: string }[];
  events: Partial<Record<EventType, number>>;
}

/** Filters of the event feed (type, side, admin-1 name or code, date range, limit). */
export type EventFilter = EventQuery;

export interface Frontline {
  /** Read, extract and store; each document in its own transaction, so a kill loses at most the one in flight. */
  ingest(inputs: AsyncIterable<ReadOutcome>, onProgress?: (done: number, summary: IngestSummary) => void): Promise<IngestSummary>;
  addDocument(doc: Document): Promise<{ status: 'new' | 'duplicate'; events: number; id: string }>;
  mapAsOf(date: IsoDate): Promise<MapView>;
  /** By place id or by a name the gazetteer resolves; throws InputError for unknown places. */
  history(place: string): Promise<PlaceHistory>;
  changes(from: IsoDate, to: IsoDate): Promise<ChangeView[]>;
  figures(date: IsoDate): Promise<FiguresView>;
  events(filter?: EventFilter): Promise<EventView[]>;
  /** First and last event dates in the store (for the time slider). */
  span(): Promise<{ from: IsoDate | null; to: IsoDate | null }>;
  close(): Promise<void>;
}
