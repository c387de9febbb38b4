// The page's view of the HTTP API: one typed function per route it reads.
import type { FeatureCollection } from 'geojson';
import type { EventView, FiguresView, MapView, PlaceHistory } from '../../core/views.js';

export type { EventView, FiguresView, MapView, PlaceHistory };
export type { EvidenceRef, IncidentView, IntervalView, MapPlace, ClaimView } from '../../core/views.js';

export interface Span {
  from: string | null;
  to: string | null;
}

export interface EventQuery {
  type?: string;
  side?: string;
  admin1?: string;
  from?: string;
  to?: string;
  limit?: number;
}

export interface InstalledBoundaries {
  installed: { iso3: string; levels: ('ADM1' | 'ADM2')[] }[];
}

export class ApiFailure extends Error {}

async function get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') query.set(key, String(value));
  const url = query.size ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { detail?: string } | null;
    throw new ApiFailure(body?.detail ?? `${url}: HTTP ${response.status}`);
  }
  return (await response.json()) as T;
}

export const api = {
  span: () => get<Span>('/api/span'),
  /** Without a date: the last day with data. */
  map: (asOf?: string) => get<MapView>('/api/map', { as_of: asOf }),
  figures: (asOf: string) => get<FiguresView>('/api/figures', { as_of: asOf }),
  history: (placeId: string) => get<PlaceHistory>(`/api/places/${encodeURIComponent(placeId)}/history`),
  events: (query: EventQuery) => get<{ events: EventView[] }>('/api/events', { ...query }).then((r) => r.events),
  boundaries: () => get<InstalledBoundaries>('/api/boundaries'),
  outline: (iso3: string, level: string) => get<FeatureCollection>(`/api/boundaries/${iso3}/${level}`),
};
