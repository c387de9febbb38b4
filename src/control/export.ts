// Export formats: events as CSV with ACLED's column names where the meaning is the same
// (plus Frontline's own), the map as GeoJSON. Pure: strings out, the caller writes them.
import type { EventView, MapView } from '../core/views.js';

export const CSV_COLUMNS = [
  'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'admin1', 'admin2', 'location',
  'latitude', 'longitude', 'geo_precision', 'time_precision', 'source', 'notes',
  'status', 'evidence', 'document_url', 'frontline_type', 'event_id', 'incident',
] as const;

type Cell = string | number | null;

/** ACLED's codes: 1 the town itself, 2 a district (or near a town), 3 a province or larger. */
const GEO_PRECISION: Record<string, number> = { populated: 1, admin2: 2, admin1: 3, country: 3 };

/** One RFC 4180 field; text that a spreadsheet would run as a formula gets a leading '. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function eventsCsv(events: EventView[]): string {
  const lines = [CSV_COLUMNS.join(','), ...events.map((e) => csvRow(e).map(csvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

function csvRow(e: EventView): Cell[] {
  const [eventType, subType] = acledType(e);
  const row: Record<(typeof CSV_COLUMNS)[number], Cell> = {
    event_date: e.date,
    event_type: eventType,
    sub_event_type: subType,
    actor1: e.actor?.name ?? null,
    actor2: e.from_actor?.name ?? null,
    country: e.place.country ?? null,
    admin1: e.place.admin1,
    admin2: e.place.admin2 ?? null,
    location: e.place.name ?? e.place.text,
    latitude: e.place.lat,
    longitude: e.place.lon,
    geo_precision: GEO_PRECISION[e.place.kind ?? ''] ?? null,
    time_precision: e.date_precision === 'day' ? 1 : e.date_precision === 'week' ? 2 : e.date_precision ? 3 : null,
    source: e.evidence.outlet,
    notes: notes(e),
    status: e.status,
    evidence: e.evidence.sentence,
    document_url: e.evidence.url,
    frontline_type: e.type,
    event_id: e.id,
    incident: e.incident,
  };
  return CSV_COLUMNS.map((c) => row[c]);
}

/** ACLED's event type and sub-type for a Frontline event. */
function acledType(e: EventView): [string, string] {
  if (e.type === 'clash') return ['Battles', 'Armed clash'];
  if (e.type === 'capture' || e.type === 'recapture') {
    if (e.without_fight) return ['Strategic developments', 'Non-violent transfer of territory'];
    return e.actor?.side === 'government' ? ['Battles', 'Government regains territory'] : ['Battles', 'Non-state actor overtakes territory'];
  }
  return ['Strategic developments', 'Other'];
}

function notes(e: EventView): string {
  const who = e.actor?.name ?? 'unknown actor';
  const claim = e.status === 'reported' ? '' : ` (${e.status}${e.attributed_to ? ` by ${e.attributed_to}` : ''})`;
  return `${e.type.replace('_', ' ')}: ${who} at ${e.place.name ?? e.place.text}${claim}`;
}

/** The map as a FeatureCollection of points; places with no coordinates have a null geometry. */
export function mapGeoJson(map: MapView): object {
  return {
    type: 'FeatureCollection',
    as_of: map.as_of,
    theater: map.theater,
    features: map.places.map(({ lat, lon, ...props }) => ({
      type: 'Feature',
      id: props.id,
      geometry: lat === null || lon === null ? null : { type: 'Point', coordinates: [lon, lat] },
      properties: { ...props, lat, lon },
    })),
  };
}
