// A document and its extracted events as the rows the store keeps.
import type { Document, Event } from '../core/index.js';
import type { DocumentRecord, EventRecord } from '../store/index.js';
import type { Universe } from './universe.js';

export function documentRecord(doc: Document, id: string, fingerprint: string | null, sourceGroup: string): DocumentRecord {
  return {
    id,
    hash: doc.hash,
    url: doc.url,
    outlet: doc.outlet,
    title: doc.title,
    published: doc.published,
    lang: doc.lang,
    format: doc.format,
    synthetic: doc.synthetic,
    fingerprint,
    source_group: sourceGroup,
    text: doc.text,
    ingested_at: new Date().toISOString(),
  };
}

export function eventRecord(e: Event, documentId: string, ordinal: number, universe: Universe): EventRecord {
  const p = e.place.place;
  return {
    id: `${documentId}#${ordinal}`,
    document: documentId,
    ordinal,
    type: e.type,
    unit_id: universe.unitOf(p),
    place_text: e.place.text,
    place_id: p?.id ?? null,
    place_name: p?.name ?? null,
    place_kind: p?.kind ?? null,
    feature_code: p?.featureCode ?? null,
    admin1: p?.admin1 ?? null,
    admin1_code: p?.admin1Code ?? null,
    admin2: p?.admin2 ?? null,
    admin2_code: p?.admin2Code ?? null,
    country: p?.country ?? null,
    lat: p?.lat ?? null,
    lon: p?.lon ?? null,
    geo_precision: p?.precision ?? null,
    place_start: e.place.span.start,
    place_end: e.place.span.end,
    candidates: e.place.candidates.map((c) => ({ id: c.id, name: c.name, admin1: c.admin1 })),
    actor_text: e.actor?.text ?? null,
    actor_name: e.actor?.name ?? null,
    actor_side: e.actor?.side ?? null,
    from_text: e.fromActor?.text ?? null,
    from_name: e.fromActor?.name ?? null,
    from_side: e.fromActor?.side ?? null,
    date: e.date,
    date_precision: e.datePrecision,
    status: e.status,
    attributed_to: e.attributedTo,
    without_fight: e.withoutFight,
    count: e.count,
    total: e.total,
    fraction: e.fraction,
    sentence: e.evidence.sentence,
    sentence_start: e.evidence.start,
    sentence_end: e.evidence.end,
    mentions: e.evidence.mentions,
    parser: e.parser,
  };
}
