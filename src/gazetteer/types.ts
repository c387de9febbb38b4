// The gazetteer's contract, shared by its builder and by the extractor that resolves names.
import type { Place, PlaceKind, Span } from '../core/index.js';

export interface ResolveContext {
  /** ISO alpha-2 codes of countries named nearby or of the theater, most relevant first. */
  countries?: string[];
  /** Admin-1 codes (`AF.24`) of provinces named nearby: decide homonyms such as the three Faizabads. */
  admin1Codes?: string[];
  /** What the text says the place is ("X district", "X province", "the town of X"). */
  kindHint?: PlaceKind;
}

export interface Resolution {
  /** The entry, when exactly one fits; null when none or several do. */
  place: Place | null;
  /** When several fit: all of them, best first; when one fits: [] . */
  candidates: Place[];
}

export interface PlaceMention {
  span: Span;
  text: string;
  /** Every entry whose name or alias matches the span, before disambiguation. */
  candidates: Place[];
}

export interface Gazetteer {
  /** Resolve a name as written ("Emam Saheb", "Maidan Wardak Province", "Fayzabad"). */
  resolve(name: string, context?: ResolveContext): Resolution;
  /** Longest known place names in a text (one pass over its tokens), left to right, not overlapping. */
  findMentions(text: string): PlaceMention[];
  get(id: string): Place | undefined;
  /** Every place of one kind in one country, e.g. list('AF', 'admin2') has Afghanistan's 398 districts. */
  list(country: string, kind: PlaceKind): Place[];
  /** The country entry for an ISO alpha-2 code, a name ("Afghanistan") or a demonym ("Afghan"). */
  country(codeOrName: string): Place | undefined;
}
