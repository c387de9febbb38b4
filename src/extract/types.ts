// The extractor's internal vocabulary: parsers turn one sentence into drafts, refiners complete,
// filter and merge the drafts of a whole document, and the extractor turns drafts into Events.
import type { ActorRef, DatePrecision, Document, EventStatus, EventType, PlaceKind, PlaceRef, Span } from '../core/index.js';
import type { Gazetteer } from '../gazetteer/types.js';
import type { DateMention, Modality, Sentence, Token } from '../nlp/index.js';
import type { ActorMatcher } from './actors.js';

/** A place as a parser read it: a name ("Kunduz"), or a phrase that points back ("the district"). */
export interface PlacePhrase {
  text: string;
  /** Document offsets. */
  span: Span;
  kindHint?: PlaceKind;
  /** "the district", "the provincial capital": resolved to the place last named by a refiner. */
  pointer?: boolean;
  /** A region or country named as an aggregate ("northern Afghanistan"). */
  aggregate?: boolean;
}

export interface Draft {
  type: EventType;
  parser: string;
  sentence: number;
  trigger: Span;
  place: PlacePhrase;
  placeRef?: PlaceRef;
  actor: ActorRef | null;
  fromActor: ActorRef | null;
  count: number | null;
  total: number | null;
  fraction: number | null;
  withoutFight: boolean | null;
  status: EventStatus;
  attributedTo: string | null;
  date: string | null;
  datePrecision: DatePrecision | null;
  modality: Modality | null;
  countSpan?: Span;
  dateSpan?: Span;
}

/** One document being read: its sentences and what was found in them, computed once and shared. */
export interface DocumentContext {
  doc: Document;
  sentences: Sentence[];
  gazetteer: Gazetteer;
  actors: ActorMatcher;
  /** ISO codes of the countries the document is about, most mentioned first. */
  countries: string[];
  /** Countries covered by the specific (non-generic) theater packs. */
  packCountries: string[];
  /** Per sentence, computed on demand. */
  dates(sentence: number): DateMention[];
  actorsIn(sentence: number): ActorRef[];
  /** Admin-1 codes of provinces named in the sentence or its paragraph. */
  admin1Context(sentence: number): string[];
}

export interface SentenceInput {
  index: number;
  sentence: Sentence;
  tokens: Token[];
}

export interface Parser {
  name: string;
  /** Normalised words; the parser runs only on sentences that contain one of them. */
  triggers: string[];
  parse(input: SentenceInput, ctx: DocumentContext): Draft[];
}

export interface Refiner {
  name: string;
  refine(drafts: Draft[], ctx: DocumentContext): Draft[];
}
