// Resolve the place phrase of each draft with the gazetteer: countries of the document, provinces
// named in the same sentence or paragraph, and the kind the words say. "the district" / "the
// city" point back to the place of that kind named last before them.
import type { Place, PlaceKind, PlaceRef } from '../../core/index.js';
import { placeListsIn } from '../phrases.js';
import type { DocumentContext, Draft, Refiner } from '../types.js';

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

/** Guard against loose mentions: in a country of the document, and the name starts like the text's. */
function plausible(text: string, place: Place, ctx: DocumentContext): boolean {
  if (!inDocumentCountries(place, ctx)) return false;
  // First consonants agree: Islam Qala / Eslām Qal'eh, Fayzabad / Feyzābād; Mantong / Montongsekar is caught by the country.
  const fold = (s: string) => s.normalize('NFKD').toLowerCase().replace(/[^\p{L}]|[aeiouy]/gu, '');
  return fold(text)[0] === fold(place.name)[0];
}

/** The place a pointer ("the district", "the provincial capital") refers to: the last one of its kind named before it. */
function resolvePointer(d: Draft, ctx: DocumentContext): PlaceRef {
  const ref: PlaceRef = { text: d.place.text, place: null, candidates: [], span: d.place.span };
  // "the district headquarters" / "the district centre" stand for the district.
  const kind = /district (?:headquarters|cent)/i.test(d.place.text) ? 'admin2' : d.place.kindHint;
  const here = namedInSentence(d, ctx).filter((p) => fits(p, kind));
  if (here.length > 0) return { ...ref, place: here[here.length - 1] };
  const inProvince = new Set(ctx.admin1Context(d.sentence));
  const all = namedBefore(ctx, d.place.span.start);
  // A province named in the same sentence ("which is also the capital of Nangarhar province") narrows the search.
  const local = all.filter((p) => p.admin1Code && inProvince.has(p.admin1Code));
  const mentions = local.some((p) => fits(p, kind)) ? local : all;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const place = mentions[i];
    if (fits(place, kind)) return { ...ref, place };
    if (kind === 'populated' && /capital/i.test(d.place.text) && place.kind === 'admin1') {
      const seat = ctx.gazetteer.list(place.country, 'populated').find((p) => p.admin1Code === place.admin1Code && p.featureCode === 'PPLA');
      if (seat) return { ...ref, place: seat };
    }
  }
  return ref;
}

/** Places named earlier in the pointer's own sentence ("attacks on the provincial capital, Mazar-e-sharif, and toppled the city"). */
function namedInSentence(d: Draft, ctx: DocumentContext): Place[] {
  const s = ctx.sentences[d.sentence];
  const places: Place[] = [];
  for (const list of placeListsIn(s.text, 0, d.place.span.start - s.start, s.start)) {
    for (const p of list.places) {
      if (p.pointer) continue;
      const r = ctx.gazetteer.resolve(p.text, { countries: ctx.countries.slice(0, 1), admin1Codes: ctx.admin1Context(d.sentence), kindHint: p.kindHint });
      if (r.place) places.push(r.place);
    }
  }
  return places;
}

function fits(place: Place, kind: PlaceKind | undefined): boolean {
  if (!kind) return place.kind !== 'country';
  if (kind === 'populated') return place.kind === 'populated';
  return place.kind === kind;
}

const namedCache = new WeakMap<DocumentContext, { start: number; place: Place }[]>();

/** Places named in the document before `offset`, resolved in their sentence's context. */
function namedBefore(ctx: DocumentContext, offset: number): Place[] {
  let named = namedCache.get(ctx);
  if (!named) {
    named = [];
    for (const m of ctx.gazetteer.findMentions(ctx.doc.text)) {
      if (!/^\p{Lu}/u.test(m.text)) continue;
      const sentence = ctx.sentences.findIndex((s) => s.start <= m.span.start && m.span.start < s.end);
      const r = ctx.gazetteer.resolve(m.text, { countries: ctx.countries, admin1Codes: sentence >= 0 ? ctx.admin1Context(sentence) : [] });
      const place = r.place ?? (m.candidates.length === 1 ? m.candidates[0] : null);
      // Loose matches abroad ("Rapid" → Rapid City, US) are not what the document talks about.
      if (place && plausible(m.text, place, ctx)) named.push({ start: m.span.start, place });
    }
    namedCache.set(ctx, named);
  }
  return named.filter((n) => n.start < offset).map((n) => n.place);
}
