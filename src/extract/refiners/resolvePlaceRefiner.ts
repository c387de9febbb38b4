// Resolve the place phrase of each draft with the gazetteer: countries of the document, provinces
// named in the same sentence or paragraph, and the kind the words say. "the district" / "the
// city" point back to the place of that kind named last before them.
import type { Place, PlaceKind, PlaceRef } from '../../core/index.js';
import { placeListsIn } from '../phrases.js';
import type { DocumentContext, Draft, PlacePhrase, Refiner } from '../types.js';

export const resolvePlaceRefiner: Refiner = {
  name: 'resolvePlaceRefiner',
  refine(drafts, ctx) {
    for (const d of drafts) d.placeRef = d.place.pointer ? resolvePointer(d, ctx) : resolveNamed(d, ctx);
    for (const d of drafts) if (provinceAmongTowns(d, drafts)) d.placeRef = resolveNamed(d, ctx, 'populated');
    return drafts;
  },
};

const DIRECTION = /^(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+/i;

/** "captured Kunduz, Sar-e-Pol and Taloqan": a bare name read as a province among towns is the town. */
function provinceAmongTowns(d: Draft, drafts: Draft[]): boolean {
  if (d.place.kindHint || d.placeRef?.place?.kind !== 'admin1') return false;
  return drafts.some((o) => o !== d && o.sentence === d.sentence && o.trigger.start === d.trigger.start && o.placeRef?.place?.kind === 'populated');
}

function resolveNamed(d: Draft, ctx: DocumentContext, kind = d.place.kindHint): PlaceRef {
  const ref: PlaceRef = { text: d.place.text, place: null, candidates: [], span: d.place.span };
  const name = d.place.text.replace(DIRECTION, '');
  if (!name) return ref;
  const country = ctx.gazetteer.country(name);
  if (country && (d.place.aggregate || d.type === 'border_crossing' || d.place.kindHint === 'country')) return { ...ref, place: country };
  // The document's main country first: "Nimruz" is the Afghan province, not a district of Iran named nearby.
  const context = { admin1Codes: ctx.admin1Context(d.sentence), kindHint: kind };
  let r = ctx.gazetteer.resolve(name, { ...context, countries: ctx.countries.slice(0, 1) });
  if (!r.place && r.candidates.length === 0 && ctx.countries.length !== 1) r = ctx.gazetteer.resolve(name, { ...context, countries: ctx.countries });
  if (!r.place && country) return { ...ref, place: country };
  const candidates = r.candidates.filter((c) => inDocumentCountries(c, ctx));
  const place = r.place && inDocumentCountries(r.place, ctx) ? r.place : null;
  return { ...ref, place: place ?? (candidates.length === 1 ? candidates[0] : null), candidates: candidates.length > 1 ? candidates : [] };
}

/** A resolution abroad ("Mantong" → a village in Indonesia) is a loose match, not what the document talks about. */
function inDocumentCountries(place: Place, ctx: DocumentContext): boolean {
  return ctx.countries.length === 0 || ctx.countries.includes(place.country);
}


/** The place a pointer ("the district", "the provincial capital") refers to: the last one of its kind named before it. */
function resolvePointer(d: Draft, ctx: DocumentContext): PlaceRef {
  const ref: PlaceRef = { text: d.place.text, place: null, candidates: [], span: d.place.span };
  // "the district headquarters" / "the district centre" stand for the district.
  const kind = /district (?:headquarters|cent)/i.test(d.place.text) ? 'admin2' : d.place.kindHint;
  const inProvince = new Set(ctx.admin1Context(d.sentence));
  const all = antecedents(ctx);
  let n = 0;
  while (n < all.length && all[n].phrase.span.end <= d.place.span.start) n++;
  // Only the last few places named can be meant; a province named in the same sentence ("which is also
  // the capital of Nangarhar province") narrows the search further.
  const before = all.slice(Math.max(0, n - 60), n);
  const local = before.filter((a) => a.place?.admin1Code && inProvince.has(a.place.admin1Code));
  const pool = local.some((a) => fits(a, kind)) ? local : before;
  for (let i = pool.length - 1; i >= 0; i--) {
    const a = pool[i];
    if (fits(a, kind)) {
      // A place the gazetteer lacks ("the eastern town of Vuhledar") or cannot decide is still the one meant: its name stands in.
      if (!a.place) d.place = { ...a.phrase, pointer: false };
      const text = a.place && ref.text ? ref.text : a.phrase.text;
      return { ...ref, text, place: a.place, candidates: a.place ? [] : a.candidates, span: a.place && ref.text ? ref.span : a.phrase.span };
    }
    if (kind === 'populated' && /capital/i.test(d.place.text) && a.place?.kind === 'admin1') {
      const province = a.place;
      const seat = ctx.gazetteer.list(province.country, 'populated').find((p) => p.admin1Code === province.admin1Code && p.featureCode === 'PPLA');
      if (seat) return { ...ref, place: seat };
    }
  }
  return ref;
}

interface Antecedent {
  phrase: PlacePhrase;
  place: Place | null;
  /** When the name is ambiguous ("Avdiivka": two entries). */
  candidates: Place[];
}

function fits(a: Antecedent, kind: PlaceKind | undefined): boolean {
  if (!a.place && a.candidates.length > 0) return !kind || a.candidates[0].kind === kind;
  if (!a.place) return a.phrase.kindHint !== undefined && (!kind || a.phrase.kindHint === kind);
  if (!kind) return a.place.kind !== 'country';
  return a.place.kind === kind;
}

const antecedentCache = new WeakMap<DocumentContext, Antecedent[]>();

/** Places named in the document, in order, as the phrase reader finds them: resolved, or unresolved but called a place ("the town of X"). */
function antecedents(ctx: DocumentContext): Antecedent[] {
  let found = antecedentCache.get(ctx);
  if (found) return found;
  found = [];
  ctx.sentences.forEach((s, i) => {
    const actors = ctx.actorsIn(i);
    for (const list of placeListsIn(s.text, 0, s.text.length, s.start)) {
      for (const phrase of list.places) {
        if (phrase.pointer || actors.some((a) => a.span!.start <= phrase.span.start && phrase.span.end <= a.span!.end)) continue;
        // "Russian attacks": a demonym is not a town.
        if (ctx.gazetteer.country(phrase.text)) continue;
        const r = ctx.gazetteer.resolve(phrase.text, { countries: ctx.countries.slice(0, 1), admin1Codes: ctx.admin1Context(i), kindHint: phrase.kindHint });
        const place = r.place && plausible(phrase.text, r.place, ctx) && r.place.kind !== 'country' ? r.place : null;
        const candidates = place ? [] : r.candidates.filter((c) => plausible(phrase.text, c, ctx));
        if (place || candidates.length > 0 || phrase.kindHint) found!.push({ phrase, place, candidates });
      }
    }
  });
  antecedentCache.set(ctx, found);
  return found;
}

/** Any capitalised word is read as a name here, so loose matches are held to more: the place lies in a
 * country of the document and its name starts with the same consonant ("Islam Qala" / "Eslām Qal'eh"). */
function plausible(text: string, place: Place, ctx: DocumentContext): boolean {
  const fold = (s: string) => s.normalize('NFKD').toLowerCase().replace(/[^\p{L}]|[aeiouy]/gu, '');
  return inDocumentCountries(place, ctx) && fold(text)[0] === fold(place.name)[0];
}
