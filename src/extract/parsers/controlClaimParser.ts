// Aggregate statements: "X control(s) N of M districts", "about a third of all 421 districts",
// "ten districts fell ... eight without a fight", "captured five districts in Herat", and
// "control of four districts including A, B and C" (one claim per named district), and running counts
// ("the tenth provincial capital the Taliban has captured").
import { allMatches, findQuantities, type Quantity } from '../../nlp/index.js';
import { actorBefore, newDraft, spanOf, withoutActors } from '../draft.js';
import { placeListsIn, placesAfter } from '../phrases.js';
import type { DocumentContext, Draft, Parser, PlacePhrase, SentenceInput } from '../types.js';

const UNITS = ['districts?', 'district (?:centers|centres|headquarters)', 'provinces', 'provincial capitals', 'capitals', 'cities', 'towns', 'villages', 'settlements', 'border crossings', 'crossings', 'bases'];
/** "five districts", "12 Afghan provincial capitals", "Eight Ghazni districts" (a name before the unit is the area). */
const UNIT = new RegExp(`^\\s*(?:(?:more|other|new|key|major|rural|remote|northern|southern|eastern|western|central|strategic|important)\\s+)?(?:(\\p{Lu}[\\p{L}-]+)\\s+)?(${UNITS.map((u) => `[${u[0]}${u[0].toUpperCase()}]${u.slice(1)}`).join('|')})\\b`, 'u');
const CONTROL = /\b(?:control|controls|controlled|controlling|captured|capture|capturing|seized|seizing|taken|took|fell|fallen|falling|toppled|toppling|overran|overrun|lost|snatched|under|held|hold|holds|gained|conquered)\b/i;
const ENUMERATION = /^\s*(?:,\s*)?(?:including|namely|:|[–—]|such as)\s+/i;

export const controlClaimParser: Parser = {
  name: 'controlClaimParser',
  triggers: ['district', 'districts', 'provinces', 'capital', 'capitals', 'cities', 'towns', 'villages', 'settlements', 'crossings', 'centers', 'centres', 'bases'],
  parse(input, ctx) {
    const text = input.sentence.text;
    if (!CONTROL.test(text)) return [];
    const drafts: Draft[] = [];
    drafts.push(...ordinalClaims(input, ctx));
    const quantities = findQuantities(text);
    /** "From 18 districts in Ghazni, seven have fallen": the whole the later counts are part of. */
    let frame: { area: PlacePhrase; total: number | null } | null = null;
    quantities.forEach((q, i) => {
      const unit = UNIT.exec(text.slice(q.end));
      if (!unit || (q.value === null && !q.vague && q.fraction === null)) return;
      if (q.value === 1 && !q.fraction) return;
      // "With the two cities gone": a definite count points back to places already named, it claims nothing.
      if (q.total === null && q.fraction === null && /\b(?:the|these|those|both)\s+$/i.test(text.slice(0, q.start))) return;
      const after = q.end + unit[0].length;
      if (/\b(?:from|out of)\s+(?:the\s+|all\s+)?$/i.test(text.slice(0, q.start))) {
        frame = { area: areaOf(input, ctx, after, unit[2]), total: q.value };
        return;
      }
      const listed = ENUMERATION.exec(text.slice(after));
      if (listed) {
        drafts.push(...namedClaims(input, ctx, q, after + listed[0].length, unit[2]));
        return;
      }
      const part = partOf(input, ctx, quantities[i - 1], q);
      const framed: { area: PlacePhrase; total: number | null } | null = frame;
      const area = part?.area ?? ((unit[1] && namedArea(input, ctx, q.end + unit[0].indexOf(unit[1]), unit[1])) || areaOf(input, ctx, after, unit[2], framed?.area));
      const start = part ? part.start : q.start;
      const d = newDraft('control_claim', 'controlClaimParser', input, spanOf(input, start, after - start), area);
      d.actor = actorBefore(input, ctx, start) ?? ctx.actorsIn(input.index)[0] ?? null;
      d.count = part ? part.count : q.vague || q.fraction !== null ? null : q.value;
      d.total = part ? q.value : q.total ?? framed?.total ?? null;
      d.fraction = q.fraction;
      d.countSpan = spanOf(input, start, (part ? part.end : q.end) - start);
      drafts.push(d);
    });
    return drafts;
  },
};

/** "Four of Laghman province's six districts": the count before the possessive, the total after it. */
function partOf(input: SentenceInput, ctx: DocumentContext, prev: Quantity | undefined, q: Quantity): { count: number; start: number; end: number; area: PlacePhrase | null } | null {
  if (!prev || prev.value === null) return null;
  const gap = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)(?:\s+[Pp]rovince)?['’]s\s+(?:[\p{Ll}-]+\s+)?$/u.exec(input.sentence.text.slice(prev.end, q.start));
  if (!gap) return null;
  const at = prev.end + gap[0].indexOf(gap[1]);
  return { count: prev.value, start: prev.start, end: prev.end, area: namedArea(input, ctx, at, gap[1]) };
}

/** "Eight Ghazni districts": the name is a province of the document's country, not a demonym ("Afghan"). */
function namedArea(input: SentenceInput, ctx: DocumentContext, at: number, name: string): PlacePhrase | null {
  if (ctx.gazetteer.country(name)) return null;
  const r = ctx.gazetteer.resolve(name, { countries: ctx.countries.slice(0, 1), kindHint: 'admin1' });
  if (r.place?.kind !== 'admin1') return null;
  return { text: name, span: spanOf(input, at, name.length), kindHint: 'admin1', aggregate: true };
}

function namedClaims(input: SentenceInput, ctx: DocumentContext, q: Quantity, at: number, unit: string): Draft[] {
  const kindHint = /district/i.test(unit) ? 'admin2' : /province/i.test(unit) ? 'admin1' : 'populated';
  const places = withoutActors(placesAfter(input.sentence.text, at, input.sentence.start), input, ctx).map((p) => ({ ...p, kindHint: p.kindHint ?? kindHint }));
  const actor = actorBefore(input, ctx, q.start);
  return places.map((place) => ({ ...newDraft('control_claim', 'controlClaimParser', input, spanOf(input, q.start, at - q.start), place), actor }));
}

/** The area a count of `unit` is about: "in Herat", "in the province" (the one named last), a region or country
 * named in the sentence, for districts the province the last sentences talk about, else the document's country.
 * Provincial capitals are counted across the country unless the sentence says where. `fallback` replaces the default. */
function areaOf(input: SentenceInput, ctx: DocumentContext, after: number, unit: string, fallback?: PlacePhrase): PlacePhrase {
  const text = input.sentence.text;
  const prep = /^\s+(?:in|of|across|throughout)\s+(?:the\s+)?(?:(?:all|country['’]s|\w+ern)\s+)?/i.exec(text.slice(after));
  if (prep) {
    const named = withoutActors(placesAfter(text, after + prep[0].length, input.sentence.start), input, ctx).filter((p) => !p.pointer);
    if (named[0]) return { ...named[0], aggregate: true, kindHint: named[0].kindHint ?? 'admin1' };
    const province = /^\s+(?:in|of|across|throughout)\s+the\s+province(?:['’]s)?\b/i.test(text.slice(after)) ? lastProvince(input, ctx) : null;
    if (province) return province;
  }
  if (/capital/i.test(unit)) return fallback ?? defaultArea(input, ctx, unit);
  for (const list of placeListsIn(text, 0, text.length, input.sentence.start)) {
    const place = list.places[0];
    if (place.pointer) continue;
    const country = ctx.gazetteer.country(place.text);
    if ((country && ctx.countries.slice(0, 1).includes(country.country)) || place.kindHint === 'admin1') {
      const direction = /\b((?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)$/i.exec(text.slice(0, place.span.start - input.sentence.start));
      if (!direction) return { ...place, aggregate: true };
      const start = place.span.start - direction[1].length;
      return { text: direction[1] + place.text, span: { start, end: place.span.end }, aggregate: true, kindHint: place.kindHint };
    }
  }
  return fallback ?? defaultArea(input, ctx, unit);
}

/** With no area in the sentence: for districts the province the last sentences name, else the document's country. */
function defaultArea(input: SentenceInput, ctx: DocumentContext, unit: string): PlacePhrase {
  const span = { start: input.sentence.start, end: input.sentence.start };
  const province = /^district/i.test(unit) ? recentProvince(input, ctx) : null;
  if (province) return { text: province, span, kindHint: 'admin1', aggregate: true };
  const country = ctx.countries[0] ? ctx.gazetteer.country(ctx.countries[0]) : undefined;
  return { text: country?.name ?? '', span, kindHint: 'country', aggregate: true };
}

/** The province of the last place sentence `i` names ("the outskirts of Herat" → Herat province). */
function provinceOfPlaceIn(ctx: DocumentContext, i: number, country: string): string | null {
  const s = ctx.sentences[i];
  const places = placeListsIn(s.text, 0, s.text.length, s.start).flatMap((l) => l.places).filter((p) => !p.pointer);
  for (let j = places.length - 1; j >= 0; j--) {
    const code = ctx.gazetteer.resolve(places[j].text, { countries: [country] }).place?.admin1Code;
    if (code) return code;
  }
  return null;
}

/** "in the province's north": the province named last, in this sentence, its paragraph or the few before. */
function lastProvince(input: SentenceInput, ctx: DocumentContext): PlacePhrase | null {
  const country = ctx.countries[0];
  if (!country) return null;
  for (let i = input.index; i >= Math.max(0, input.index - 5); i--) {
    const code = ctx.admin1Context(i)[0] ?? provinceOfPlaceIn(ctx, i, country);
    const province = code ? ctx.gazetteer.list(country, 'admin1').find((p) => p.admin1Code === code) : undefined;
    if (province) return { text: province.name, span: { start: input.sentence.start, end: input.sentence.start }, kindHint: 'admin1', aggregate: true };
  }
  return null;
}

/** "Gains in Badakhshan province ... ten districts fell": a province named in the three sentences before. */
function recentProvince(input: SentenceInput, ctx: DocumentContext): string | null {
  for (let i = input.index - 1; i >= Math.max(0, input.index - 3); i--) {
    const m = /\b(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\s+[Pp]rovince\b/u.exec(ctx.sentences[i].text);
    if (m) return m[1];
  }
  return null;
}

const ORDINALS: Record<string, number> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
};
const ORDINAL = new RegExp(`\\bthe\\s+(\\d+(?:st|nd|rd|th)|${Object.keys(ORDINALS).join('|')})\\s+(provincial capital|capital|district|province)\\b`, 'gi');

/** "Ghazni is the tenth provincial capital the Taliban has captured": a running count. */
function ordinalClaims(input: SentenceInput, ctx: DocumentContext): Draft[] {
  const drafts: Draft[] = [];
  for (const m of allMatches(ORDINAL, input.sentence.text)) {
    const count = ORDINALS[m[1].toLowerCase()] ?? Number.parseInt(m[1], 10);
    const d = newDraft('control_claim', 'controlClaimParser', input, spanOf(input, m.index, m[0].length), areaOf(input, ctx, m.index + m[0].length, m[2]));
    d.actor = ctx.actorsIn(input.index).find((a) => a.span!.start > input.sentence.start + m.index) ?? actorBefore(input, ctx, m.index);
    d.count = count;
    drafts.push(d);
  }
  return drafts;
}
