// The domain vocabulary shared by every module. Plain data, no behaviour: each module
// to the right of `core` produces or consumes these shapes.

/** ISO date `YYYY-MM-DD`, or a coarser `YYYY-MM` / `YYYY` when only that is known. */
export type IsoDate = string;

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

/** A half-open character range `[start, end)` into `Document.text`. */
export interface Span {
  start: number;
  end: number;
}

/** One report after reading: normalised plain text plus what we know about where it came from. */
export interface Document {
  /** The input's own id when it gives one, else `hash`. */
  id: string;
  /** sha256 (hex, first 32 chars) of the normalised text: equal texts, equal hashes. */
  hash: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  /** Publication date (day precision) from metadata or `--published`; null when unknown. */
  published: IsoDate | null;
  /** ISO 639-1 code, or 'und' when detection is unsure. */
  lang: string;
  text: string;
  /** The reader that produced it: 'text' | 'html' | 'feed' | 'jsonl'. */
  format: DocumentFormat;
  /** True for reconstructed documents (the demo corpus); shown to users as such. */
  synthetic: boolean;
}

export type DocumentFormat = 'text' | 'html' | 'feed' | 'jsonl';

// ---------------------------------------------------------------- places

export type PlaceKind = 'country' | 'admin1' | 'admin2' | 'populated';

/** How well a place's coordinates stand for it. */
export type GeoPrecision =
  | 'exact' //         a GeoNames point for the place itself (town, district centre)
  | 'approximate'; //  derived (mean of the populated places inside it, or its parent's point)

/** An entry of the gazetteer. Ids are stable across builds: `geonames:<id>` or `admin:<code>`. */
export interface Place {
  id: string;
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Names of the admin-1 and admin-2 units the place lies in (itself, for those kinds). */
  admin1: string | null;
  admin2: string | null;
  /** GeoNames admin codes (`AF.01`, `AF.01.1101`) of the parents, for joins. */
  admin1Code: string | null;
  admin2Code: string | null;
  lat: number | null;
  lon: number | null;
  precision: GeoPrecision | null;
  /** For populated places: GeoNames feature code (PPLA = admin-1 seat, PPLA2 = admin-2 seat, ...). */
  featureCode?: string;
  population?: number;
}

/** A place as a report names it, and what the gazetteer made of that name. */
export interface PlaceRef {
  /** As written in the text. */
  text: string;
  /** The resolved entry, or null when unresolved or ambiguous. */
  place: Place | null;
  /** When ambiguous: the entries it could be, best first (never silently picked). */
  candidates: Place[];
  span: Span;
}

// ---------------------------------------------------------------- actors

/**
 * A side in a theater: 'taliban', 'government', 'russia', 'ukraine', 'rsf', 'saf', ...
 * Sides are data from a theater pack, not an enum, so that any conflict fits.
 */
export type Side = string;

export interface Actor {
  /** Canonical name from the theater pack, e.g. 'Taliban', 'Afghan government forces'. */
  name: string;
  side: Side | null;
}

export interface ActorRef extends Actor {
  /** As written in the text. */
  text: string;
  span: Span | null;
}

// ---------------------------------------------------------------- events

export const EVENT_TYPES = [
  'capture',
  'recapture',
  'withdrawal',
  'surrender',
  'border_crossing',
  'clash',
  'control_claim',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** capture and recapture are one family: both say who controls a place now. */
export type EventFamily = Exclude<EventType, 'recapture'>;
export function eventFamily(type: EventType): EventFamily {
  return type === 'recapture' ? 'capture' : type;
}

/** reported: stated as fact or by officials; claimed: only a party says so; denied: a party denies it. */
export type EventStatus = 'reported' | 'claimed' | 'denied';

/** Where the words that justify an event are. Offsets index `Document.text`. */
export interface Evidence {
  document: string;
  sentence: string;
  start: number;
  end: number;
  /** Spans of the place and actor mentions inside the document. */
  mentions: { role: 'place' | 'actor' | 'from_actor' | 'date' | 'count'; span: Span }[];
}

export interface Event {
  type: EventType;
  place: PlaceRef;
  /** For captures: the new controller. */
  actor: ActorRef | null;
  /** The side that lost the place / the other side, when stated. */
  fromActor: ActorRef | null;
  date: IsoDate | null;
  datePrecision: DatePrecision | null;
  status: EventStatus;
  /** Who claims or denies, when status is not 'reported' (e.g. 'Taliban spokesman'). */
  attributedTo: string | null;
  withoutFight: boolean | null;
  /** People (troops crossing, surrendering) or places (districts fallen), when stated. */
  count: number | null;
  /** For control_claim: the universe the count is out of ("of all 421 districts"). */
  total: number | null;
  /** For control_claim: a fraction when the text gives one ("about a third"). */
  fraction: number | null;
  evidence: Evidence;
  /** Name of the parser that produced the event (file name in src/extract/parsers). */
  parser: string;
}

// ---------------------------------------------------------------- control

/** assessed: independent source or the losing side says so; claimed: only the winner says so. */
export type ControlStatus = 'assessed' | 'claimed' | 'contested' | 'unknown';

export interface ControlInterval {
  placeId: string;
  /** A side, or 'unknown'. */
  controller: Side | 'unknown';
  status: ControlStatus;
  from: IsoDate | null;
  /** Exclusive end; null = still open. */
  to: IsoDate | null;
  /** Incidents that open or support this interval. */
  incidentIds: string[];
}
