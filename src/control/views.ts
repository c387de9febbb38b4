// Stored rows as the read-side shapes of core/views.ts (what the CLI, the API and the map show).
import type { EventView, EvidenceRef, IncidentView } from '../core/views.js';
import type { SourcedEvent } from '../store/index.js';
import type { Incident } from './incidents.js';

export function evidenceRef(e: SourcedEvent): EvidenceRef {
  return {
    document: e.document,
    url: e.url,
    outlet: e.outlet,
    published: e.published,
    synthetic: e.synthetic,
    sentence: e.sentence,
    start: e.sentence_start,
    end: e.sentence_end,
    // Relative to the sentence, for highlighting inside it.
    highlights: e.mentions.map((m) => ({ role: m.role, start: m.span.start - e.sentence_start, end: m.span.end - e.sentence_start })),
  };
}

export function eventView(e: SourcedEvent, incident: string | null): EventView {
  const actor = (text: string | null, name: string | null, side: string | null) =>
    text === null && name === null ? null : { text: text ?? name ?? '', name: name ?? text ?? '', side };
  return {
    id: e.id,
    incident,
    type: e.type,
    place: {
      text: e.place_text,
      id: e.place_id,
      name: e.place_name,
      admin1: e.admin1,
      lat: e.lat,
      lon: e.lon,
      kind: e.place_kind,
      admin2: e.admin2,
      country: e.country,
    },
    actor: actor(e.actor_text, e.actor_name, e.actor_side),
    from_actor: actor(e.from_text, e.from_name, e.from_side),
    date: e.date,
    date_precision: e.date_precision,
    status: e.status,
    attributed_to: e.attributed_to,
    without_fight: e.without_fight,
    count: e.count,
    evidence: evidenceRef(e),
    parser: e.parser,
  };
}

export function incidentView(i: Pick<Incident, 'id' | 'unitId' | 'type' | 'side' | 'day' | 'sources' | 'status' | 'events'>): IncidentView {
  return {
    id: i.id,
    type: i.type,
    place_id: i.unitId,
    side: i.side,
    date: i.day,
    sources: i.sources,
    status: i.status,
    events: i.events.map((e) => eventView(e, i.id)),
  };
}
