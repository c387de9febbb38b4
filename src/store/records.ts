// The rows the store keeps, as plain objects. Column names are the SQL ones (snake_case),
// so a row read back is a record with no mapping code in between.
import type { ControlStatus, DatePrecision, Document, EventStatus, EventType, IsoDate, Side } from '../core/index.js';
import type { EvidenceRef } from '../core/views.js';

/** A stored Document, plus the near-duplicate group it belongs to and when it arrived. */
export interface DocumentRecord extends Document {
  fingerprint: string | null;
  source_group: string;
  ingested_at: string;
}

export type Mention = { role: 'place' | 'actor' | 'from_actor' | 'date' | 'count'; span: { start: number; end: number } };

export interface EventRecord {
  id: string;
  document: string;
  ordinal: number;
  type: EventType;
  unit_id: string | null;
  place_text: string;
  place_id: string | null;
  place_name: string | null;
  place_kind: string | null;
  feature_code: string | null;
  admin1: string | null;
  admin1_code: string | null;
  admin2: string | null;
  admin2_code: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  geo_precision: string | null;
  place_start: number;
  place_end: number;
  candidates: { id: string; name: string; admin1: string | null }[];
  actor_text: string | null;
  actor_name: string | null;
  actor_side: Side | null;
  from_text: string | null;
  from_name: string | null;
  from_side: Side | null;
  date: IsoDate | null;
  date_precision: DatePrecision | null;
  status: EventStatus;
  attributed_to: string | null;
  without_fight: boolean | null;
  count: number | null;
  total: number | null;
  fraction: number | null;
  sentence: string;
  sentence_start: number;
  sentence_end: number;
  mentions: Mention[];
  parser: string;
}

/** An event with what the control model needs from its document. */
export interface SourcedEvent extends EventRecord {
  url: string | null;
  outlet: string | null;
  published: IsoDate | null;
  synthetic: boolean;
  source_group: string;
}

export interface IncidentRecord {
  id: string;
  unit_id: string;
  type: EventType;
  side: Side | null;
  date: IsoDate | null;
  sources: number;
  status: EventStatus;
  events: string[];
}

export interface IntervalRecord {
  unit_id: string;
  seq: number;
  controller: Side | 'unknown';
  status: ControlStatus;
  from_date: IsoDate | null;
  from_precision: DatePrecision | null;
  to_date: IsoDate | null;
  incidents: string[];
  disputes: string[];
  evidence: EvidenceRef[];
}

export interface ClaimRecord {
  event: string;
  date: IsoDate | null;
  place_text: string;
  actor: string | null;
  side: Side | null;
  count: number | null;
  total: number | null;
  fraction: number | null;
}
