// The read-side shapes: what `control` computes from the store and what the CLI, the HTTP API
// and the map page show. They are JSON contracts (scripts rely on them): add fields freely,
// rename none. Every user-visible claim carries EvidenceRef.

import type { ControlStatus, DatePrecision, EventStatus, EventType, IsoDate, Side } from './types.js';

/** Where the words are: document, its link, the sentence and its offsets in the document text. */
export interface EvidenceRef {
  document: string;
  url: string | null;
  outlet: string | null;
  published: IsoDate | null;
  synthetic: boolean;
  sentence: string;
  start: number;
  end: number;
  /** Offsets of the place / actor mentions, relative to `start` of the sentence, for highlighting. */
  highlights: { role: 'place' | 'actor' | 'from_actor' | 'date' | 'count'; start: number; end: number }[];
}

/** One place on the map as of a date (`frontline map --json`). */
export interface MapPlace {
  id: string;
  name: string;
  admin1: string | null;
  country: string;
  lat: number | null;
  lon: number | null;
  /** A side id, or 'unknown'. */
  controller: Side | 'unknown';
  status: ControlStatus;
  since: IsoDate | null;
  /** 'month' when `since` stands for a month only (it is then the 1st); additive. */
  since_precision?: DatePrecision | null;
  evidence: EvidenceRef[];
}

export interface MapView {
  as_of: IsoDate;
  theater: string;
  places: MapPlace[];
}

/** A stored event as the feed and the history show it. */
export interface EventView {
  id: string;
  incident: string | null;
  type: EventType;
  place: {
    text: string;
    id: string | null;
    name: string | null;
    admin1: string | null;
    lat: number | null;
    lon: number | null;
    /** Additive: the resolved place's kind, admin-2 name and country. */
    kind?: string | null;
    admin2?: string | null;
    country?: string | null;
  };
  actor: { text: string; name: string; side: Side | null } | null;
  from_actor: { text: string; name: string; side: Side | null } | null;
  date: IsoDate | null;
  date_precision: DatePrecision | null;
  status: EventStatus;
  attributed_to: string | null;
  without_fight: boolean | null;
  count: number | null;
  evidence: EvidenceRef;
  parser: string;
}

/** The same happening told by several reports: one incident, many sources. */
export interface IncidentView {
  id: string;
  type: EventType;
  place_id: string;
  side: Side | null;
  date: IsoDate | null;
  /** Distinct sources after folding near-duplicate reports. */
  sources: number;
  status: EventStatus;
  events: EventView[];
}

export interface IntervalView {
  controller: Side | 'unknown';
  status: ControlStatus;
  from: IsoDate | null;
  to: IsoDate | null;
  /** 'month' when `from` stands for a month only (it is then the 1st); additive. */
  from_precision?: DatePrecision | null;
  incidents: IncidentView[];
  /** Denials or counter-claims kept next to the claim they dispute. */
  disputes: IncidentView[];
}

export interface PlaceHistory {
  place: { id: string; name: string; kind: string; admin1: string | null; admin2: string | null; country: string; lat: number | null; lon: number | null };
  intervals: IntervalView[];
  /** Incidents the control model could not place (no date, or a capture by an actor of no known side); additive. */
  unplaced?: IncidentView[];
}

export interface ChangeView {
  place: { id: string; name: string; admin1: string | null };
  before: { controller: Side | 'unknown'; status: ControlStatus };
  after: { controller: Side | 'unknown'; status: ControlStatus; since: IsoDate | null };
  evidence: EvidenceRef[];
}

/** An aggregate statement from a report ("about a third of all 421 districts"). */
export interface ClaimView {
  id: string;
  date: IsoDate | null;
  place: string;
  actor: string | null;
  side: Side | null;
  count: number | null;
  total: number | null;
  fraction: number | null;
  /** What Frontline computes for the same question on that date, for side-by-side display. */
  computed: { count: number; total: number } | null;
  evidence: EvidenceRef;
}

export interface FiguresView {
  as_of: IsoDate;
  theater: string;
  universe: number;
  /** side → status → number of places. */
  by_side: Record<string, Partial<Record<ControlStatus, number>>>;
  claims: ClaimView[];
}
