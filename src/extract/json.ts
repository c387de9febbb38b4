// The `frontline extract --json` event shape: snake_case, every field present, null when unknown.
import type { Document, Event, Place } from '../core/index.js';

export const EXTRACTOR_VERSION = '1.0.0';

export function eventToJson(event: Event, doc: Document): Record<string, unknown> {
  const p = event.place.place;
  return {
    type: event.type,
    place: {
      text: event.place.text,
      name: p?.name ?? null,
      id: p?.id ?? null,
      kind: p?.kind ?? null,
      admin1: p?.admin1 ?? null,
      admin2: p?.admin2 ?? null,
      country: p?.country ?? null,
      lat: p?.lat ?? null,
      lon: p?.lon ?? null,
      precision: p?.precision ?? null,
      candidates: event.place.candidates.map(candidateJson),
      start: event.place.span.start,
      end: event.place.span.end,
    },
    actor: event.actor ? { text: event.actor.text, name: event.actor.name, side: event.actor.side } : null,
    from_actor: event.fromActor ? { text: event.fromActor.text, name: event.fromActor.name, side: event.fromActor.side } : null,
    date: event.date,
    date_precision: event.datePrecision,
    status: event.status,
    attributed_to: event.attributedTo,
    without_fight: event.withoutFight,
    count: event.count,
    total: event.total,
    fraction: event.fraction,
    evidence: { document: doc.id, sentence: event.evidence.sentence, start: event.evidence.start, end: event.evidence.end, mentions: event.evidence.mentions },
    parser: event.parser,
  };
}

function candidateJson(p: Place): Record<string, unknown> {
  return { id: p.id, name: p.name, kind: p.kind, admin1: p.admin1, admin2: p.admin2, country: p.country, lat: p.lat, lon: p.lon };
}
