// Scoring against gold annotations (format: shared/eval/SCHEMA.md). A predicted event matches a gold
// event when the type family is the same, the place is the same gazetteer entry (a populated place
// and the admin-2 unit it lies in count as the same; unresolvable: the same normalised name), the
// actor is on the same side, and day-precise dates are within a day. Matching is one-to-one
// (maximum bipartite matching) per document. Date accuracy, on matched events with a gold date: a gold
// day is met by a predicted day within one day (time zones), a gold week by a date within 7 days, a
// gold month by a date in that month; no predicted date is wrong.
import { eventFamily, type Event, type EventFamily, type EventType, type Place, type PlaceKind, type TheaterPack } from '../core/index.js';
import type { Gazetteer } from '../gazetteer/types.js';
import { createActorMatcher } from './actors.js';
import { packsFor } from './theaters.js';

export interface GoldEvent {
  type: EventType;
  place: string;
  place_kind?: string | null;
  province?: string | null;
  country?: string | null;
  actor?: string | null;
  date?: string | null;
  date_precision?: string | null;
  evidence?: string;
}

export interface ScoredDocument {
  id: string;
  gold: GoldEvent[];
  predicted: Event[];
}

export interface FamilyScore {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  matched: number;
}

export interface ErrorItem {
  document: string;
  type: string;
  place: string;
  sentence: string;
}

/** A matched pair and both its dates: the date accuracy counts those with a gold date. */
export interface DatePair {
  document: string;
  type: string;
  place: string;
  gold_date: string | null;
  gold_precision: string | null;
  predicted_date: string | null;
  predicted_precision: string | null;
  right: boolean;
  sentence: string;
}

export interface Scores {
  documents: number;
  overall: FamilyScore;
  by_type: Record<string, FamilyScore>;
  place_accuracy: number | null;
  date_accuracy: number | null;
  /** Of the matched events the gold leaves undated (the text gives no way to tell), the share given a date anyway. */
  dates_invented: number | null;
  misses: ErrorItem[];
  false_alarms: ErrorItem[];
  date_pairs: DatePair[];
}

interface GoldView {
  family: EventFamily;
  place: Place | null;
  name: string;
  side: string | null;
  actor: string | null;
  date: string | null;
  precision: string | null;
}

const GOLD_KINDS: Record<string, PlaceKind> = {
  district: 'admin2', province: 'admin1', district_center: 'populated', provincial_capital: 'populated', city: 'populated', border_crossing: 'populated', base: 'populated',
};

export function scoreDocuments(docs: ScoredDocument[], gazetteer: Gazetteer, packs: TheaterPack[]): Scores {
  const counts = new Map<EventFamily, { gold: number; predicted: number; matched: number }>();
  const bump = (f: EventFamily, k: 'gold' | 'predicted' | 'matched') => {
    const c = counts.get(f) ?? { gold: 0, predicted: 0, matched: 0 };
    c[k]++;
    counts.set(f, c);
  };
  const misses: ErrorItem[] = [];
  const falseAlarms: ErrorItem[] = [];
  const datePairs: DatePair[] = [];
  let placeRight = 0;
  let datesJudged = 0;
  let datesRight = 0;
  let undatedJudged = 0;
  let undatedDated = 0;
  let matchedTotal = 0;
  for (const raw of docs) {
    const doc = { ...raw, predicted: foldDisputes(raw.predicted) };
    const gold = doc.gold.map((g) => goldView(g, gazetteer, packs));
    gold.forEach((g) => bump(g.family, 'gold'));
    doc.predicted.forEach((p) => bump(eventFamily(p.type), 'predicted'));
    const pairs = maximumMatching(gold, doc.predicted, (g, p) => matches(g, p));
    for (const [gi, pi] of pairs) {
      const g = gold[gi];
      const p = doc.predicted[pi];
      bump(g.family, 'matched');
      matchedTotal++;
      if (p.place.place && (!g.place || samePlace(g.place, p.place.place))) placeRight++;
      const right = Boolean(g.date && p.date && sameDate(g.date, g.precision, p.date));
      if (g.date) {
        datesJudged++;
        if (right) datesRight++;
      } else {
        undatedJudged++;
        if (p.date) undatedDated++;
      }
      datePairs.push({ document: doc.id, type: p.type, place: raw.gold[gi].place, gold_date: g.date, gold_precision: g.precision, predicted_date: p.date, predicted_precision: p.datePrecision, right, sentence: p.evidence.sentence });
    }
    const goldHit = new Set(pairs.map(([g]) => g));
    const predHit = new Set(pairs.map(([, p]) => p));
    doc.gold.forEach((g, i) => goldHit.has(i) || misses.push({ document: doc.id, type: g.type, place: g.place, sentence: g.evidence ?? '' }));
    doc.predicted.forEach((p, i) => predHit.has(i) || falseAlarms.push({ document: doc.id, type: p.type, place: p.place.place?.name ?? p.place.text, sentence: p.evidence.sentence }));
  }
  const by_type: Record<string, FamilyScore> = {};
  let all = { gold: 0, predicted: 0, matched: 0 };
  for (const [family, c] of counts) {
    by_type[family] = prf(c);
    all = { gold: all.gold + c.gold, predicted: all.predicted + c.predicted, matched: all.matched + c.matched };
  }
  return {
    documents: docs.length,
    overall: prf(all),
    by_type,
    place_accuracy: matchedTotal ? placeRight / matchedTotal : null,
    date_accuracy: datesJudged ? datesRight / datesJudged : null,
    dates_invented: undatedJudged ? undatedDated / undatedJudged : null,
    misses,
    false_alarms: falseAlarms,
    date_pairs: datePairs,
  };
}

/** Gold states a disputed claim once (status denied); the extractor keeps the claim and its denial apart: score them as one. */
function foldDisputes(predicted: Event[]): Event[] {
  const key = (e: Event) => `${eventFamily(e.type)}|${e.place.place?.id ?? e.place.text.toLowerCase()}|${e.actor?.side ?? ''}`;
  const affirmed = new Set(predicted.filter((e) => e.status !== 'denied').map(key));
  return predicted.filter((e) => e.status !== 'denied' || !affirmed.has(key(e)));
}

function prf(c: { gold: number; predicted: number; matched: number }): FamilyScore {
  const precision = c.predicted ? c.matched / c.predicted : c.gold ? 0 : 1;
  const recall = c.gold ? c.matched / c.gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1), gold: c.gold, predicted: c.predicted, matched: c.matched };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const DIRECTION = /^(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+/i;

function goldView(g: GoldEvent, gazetteer: Gazetteer, packs: TheaterPack[]): GoldView {
  const countries = g.country ? [g.country] : [];
  const province = g.province ? gazetteer.resolve(g.province, { countries, kindHint: 'admin1' }).place : null;
  const name = g.place.replace(DIRECTION, '');
  const kindHint = g.place_kind ? GOLD_KINDS[g.place_kind] : undefined;
  const country = gazetteer.country(name);
  const place = g.place_kind === 'other' && country ? country : gazetteer.resolve(name, { countries, admin1Codes: province?.admin1Code ? [province.admin1Code] : [], kindHint }).place ?? country ?? null;
  const actor = g.actor ? createActorMatcher(packsFor(packs, countries), countries).identify(g.actor) : null;
  return { family: eventFamily(g.type), place, name: normalise(g.place), side: actor?.side ?? null, actor: g.actor ? normalise(g.actor) : null, date: g.date ?? null, precision: g.date_precision ?? null };
}

function matches(g: GoldView, p: Event): boolean {
  if (g.family !== eventFamily(p.type)) return false;
  if (!placeMatches(g, p)) return false;
  if (!sideMatches(g, p)) return false;
  if (g.precision === 'day' && p.datePrecision === 'day' && g.date && p.date && Math.abs(days(g.date) - days(p.date)) > 1) return false;
  return true;
}

function placeMatches(g: GoldView, p: Event): boolean {
  const predicted = p.place.place ? [p.place.place] : p.place.candidates;
  if (g.place) return predicted.some((c) => samePlace(g.place!, c));
  return normalise(p.place.text) === g.name || (p.place.place !== null && normalise(p.place.place.name) === g.name);
}

/** The same entry, or a populated place and the admin-2 unit it lies in (or that bears its name: the seat of it). */
function samePlace(a: Place, b: Place): boolean {
  if (a.id === b.id) return true;
  const [town, unit] = a.kind === 'populated' ? [a, b] : [b, a];
  if (town.kind !== 'populated' || unit.kind !== 'admin2') return false;
  if (town.admin2Code !== null && town.admin2Code === unit.admin2Code) return true;
  return town.country === unit.country && normalise(town.name) === normalise(unit.name);
}

/** A gold actor the packs cannot place on a side ("Dostum and Noor") sets no constraint. */
function sideMatches(g: GoldView, p: Event): boolean {
  if (!g.actor || !g.side) return true;
  return p.actor?.side === g.side;
}

function sameDate(gold: string, precision: string | null, predicted: string): boolean {
  if (precision === 'day') return predicted.length === 10 && Math.abs(days(gold) - days(predicted)) <= 1;
  if (precision === 'week') return Math.abs(days(gold) - days(predicted)) <= 7;
  if (precision === 'month') return gold.slice(0, 7) === predicted.slice(0, 7);
  return gold.slice(0, 4) === predicted.slice(0, 4);
}

function days(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1) / 86_400_000;
}

function normalise(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Maximum one-to-one matching (Kuhn's augmenting paths): documents hold a few dozen events. */
function maximumMatching<G, P>(gold: G[], predicted: P[], fits: (g: G, p: P) => boolean): [number, number][] {
  const edges = gold.map((g) => predicted.map((p, j) => (fits(g, p) ? j : -1)).filter((j) => j >= 0));
  const owner = new Array<number>(predicted.length).fill(-1);
  const augment = (g: number, seen: Set<number>): boolean => {
    for (const p of edges[g]) {
      if (seen.has(p)) continue;
      seen.add(p);
      if (owner[p] < 0 || augment(owner[p], seen)) {
        owner[p] = g;
        return true;
      }
    }
    return false;
  };
  gold.forEach((_, g) => augment(g, new Set()));
  return owner.flatMap((g, p) => (g >= 0 ? [[g, p] as [number, number]] : []));
}
