// The extractor: sentences → trigger index → parsers (only on sentences holding their triggers)
// → refiners → Events with their evidence.
import type { ActorRef, Document, Event, TheaterPack } from '../core/index.js';
import type { Gazetteer } from '../gazetteer/types.js';
import { allMatches, resolveDates, splitSentences, tokenize, type DateMention, type Sentence, type Token } from '../nlp/index.js';
import { createActorMatcher, type ActorMatcher } from './actors.js';
import { documentCountries } from './countries.js';
import { memoGazetteer } from './memo.js';
import { PARSERS } from './parsers/index.js';
import { REFINERS } from './refiners/index.js';
import { loadTheaters, packsFor } from './theaters.js';
import type { DocumentContext, Draft, Parser } from './types.js';

export interface Extractor {
  extract(doc: Document): Event[];
}

export interface ExtractorOptions {
  gazetteer: Gazetteer;
  theaters?: TheaterPack[];
}

/** Trigger word → the positions in `parsers` of the parsers that want it, built once. */
function triggerIndex(parsers: Parser[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  parsers.forEach((p, i) => {
    for (const t of p.triggers) index.set(t, [...(index.get(t) ?? []), i]);
  });
  return index;
}

export function createExtractor(opts: ExtractorOptions): Extractor {
  const packs = opts.theaters ?? loadTheaters();
  const gazetteer = memoGazetteer(opts.gazetteer);
  const index = triggerIndex(PARSERS);
  const packCountries = packs.flatMap((p) => p.countries);
  const countryCache = new Map<string, string | null>();
  const matchers = new Map<string, ActorMatcher>();
  const matcherFor = (countries: string[]) => {
    const chosen = packsFor(packs, countries);
    const key = `${chosen.map((p) => p.id).join(',')}|${countries.join(',')}`;
    let m = matchers.get(key);
    if (!m) {
      if (matchers.size > 500) matchers.clear();
      matchers.set(key, (m = createActorMatcher(chosen, countries)));
    }
    return m;
  };
  const signals = packs.filter((p) => p.countries.length > 0).map((p) => ({ pack: p, matcher: createActorMatcher([ownNames(p, packs)], p.countries, true) }));
  /** Countries of the packs whose own named actors the text mentions ("Taliban" → AF), after those named outright. */
  const withPackCountries = (doc: Sentence[], tokens: Token[][], named: string[]) => {
    const countries = [...named];
    for (const s of signals) {
      if (!doc.some((sentence, i) => s.matcher.findInTokens(tokens[i], sentence.text, sentence.start).length > 0)) continue;
      for (const c of s.pack.countries) if (!countries.includes(c)) countries.push(c);
    }
    return countries;
  };
  return {
    extract(doc) {
      const sentences = splitSentences(doc.text);
      const tokens = sentences.map((s) => tokenize(s.text, s.start));
      const countries = withPackCountries(sentences, tokens, documentCountries(doc.text, gazetteer, countryCache));
      const ctx = documentContext(doc, sentences, tokens, gazetteer, matcherFor(countries), countries, packCountries);
      let drafts = runParsers(ctx, tokens, index);
      for (const refiner of REFINERS) drafts = refiner.refine(drafts, ctx);
      return drafts.map((d) => toEvent(d, ctx));
    },
  };
}

/** The pack with only the aliases no other pack uses: "Taliban" says Afghanistan, "Islamic State" does not. */
function ownNames(pack: TheaterPack, packs: TheaterPack[]): TheaterPack {
  const elsewhere = new Set(packs.filter((p) => p !== pack).flatMap((p) => p.actors.flatMap((a) => a.aliases.map((x) => x.toLowerCase()))));
  return { ...pack, actors: pack.actors.map((a) => ({ ...a, aliases: a.aliases.filter((x) => !elsewhere.has(x.toLowerCase())) })) };
}

function runParsers(ctx: DocumentContext, tokens: Token[][], index: Map<string, number[]>): Draft[] {
  const drafts: Draft[] = [];
  // Which parsers a sentence wants, by their place in PARSERS: the order they run in stays the list's.
  const wanted = new Uint8Array(PARSERS.length);
  for (let i = 0; i < ctx.sentences.length; i++) {
    let any = false;
    for (const t of tokens[i]) {
      const parsers = index.get(t.norm);
      if (!parsers) continue;
      for (const p of parsers) wanted[p] = 1;
      any = true;
    }
    if (!any) continue;
    const input = { index: i, sentence: ctx.sentences[i], tokens: tokens[i] };
    for (let p = 0; p < PARSERS.length; p++) {
      if (wanted[p]) for (const d of PARSERS[p].parse(input, ctx)) drafts.push(d);
    }
    wanted.fill(0);
  }
  return dedupeSpans(drafts);
}

/** Two parsers reading the same place at the same spot: the earlier parser wins. */
function dedupeSpans(drafts: Draft[]): Draft[] {
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const k = `${d.place.span.start}:${d.place.span.end}:${d.type === 'control_claim' ? d.trigger.start : ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function documentContext(
  doc: Document,
  sentences: Sentence[],
  tokens: Token[][],
  gazetteer: Gazetteer,
  actors: ActorMatcher,
  countries: string[],
  packCountries: string[],
): DocumentContext {
  const dates = new Map<number, DateMention[]>();
  const actorsIn = new Map<number, ActorRef[]>();
  const admin1 = new Map<number, string[]>();
  const bySentence = new Map<number, string[]>();
  const byParagraph = new Map<number, string[]>();
  /** Provinces named in a sentence, read once whether asked for the sentence or for its paragraph. */
  const sentenceProvinces = (i: number) => {
    let codes = bySentence.get(i);
    if (!codes) bySentence.set(i, (codes = provincesIn(ctx, sentences[i].text)));
    return codes;
  };
  /** Provinces named anywhere in a paragraph, read once per paragraph (long paragraphs stay linear). */
  const paragraphProvinces = (p: number) => {
    let codes = byParagraph.get(p);
    if (!codes) {
      const members = paragraphMembers(sentences, p);
      byParagraph.set(p, (codes = members.length > 40 ? [] : [...new Set(members.flatMap(sentenceProvinces))]));
    }
    return codes;
  };
  const ctx: DocumentContext = {
    doc,
    sentences,
    gazetteer,
    actors,
    countries,
    packCountries,
    dates(i) {
      let d = dates.get(i);
      if (!d) dates.set(i, (d = resolveDates(sentences[i].text, doc.published)));
      return d;
    },
    actorsIn(i) {
      let a = actorsIn.get(i);
      if (!a) actorsIn.set(i, (a = actors.findInTokens(tokens[i], sentences[i].text, sentences[i].start)));
      return a;
    },
    admin1Context(i) {
      let codes = admin1.get(i);
      if (!codes) admin1.set(i, (codes = [...new Set([...sentenceProvinces(i), ...paragraphProvinces(sentences[i].paragraph)])]));
      return codes;
    },
  };
  return ctx;
}

const PROVINCE = /\b(\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)?)\s+(?:[Pp]rovince|[Pp]rovincial|[Rr]egion|[Oo]blast|[Ss]tate|[Gg]overnorate)\b|\b(?:[Pp]rovince|[Oo]blast|[Rr]egion) of (\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)?)/gu;

/** A word PROVINCE cannot match without: most sentences lack all of them and skip the full pattern. */
const PROVINCE_WORD = /[Pp]rovinc|[Rr]egion|[Oo]blast|[Ss]tate|[Gg]overnorate/;

/** Indices of the sentences of paragraph `p` (paragraphs are contiguous and numbered in order). */
function paragraphMembers(sentences: Sentence[], p: number): number[] {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].paragraph < p) lo = mid + 1;
    else hi = mid;
  }
  const members: number[] = [];
  for (let i = lo; i < sentences.length && sentences[i].paragraph === p; i++) members.push(i);
  return members;
}

/** Admin-1 codes of the provinces named in a sentence ("Kunduz province", "the province of Herat"). */
function provincesIn(ctx: DocumentContext, text: string): string[] {
  const codes: string[] = [];
  if (!PROVINCE_WORD.test(text)) return codes;
  for (const m of allMatches(PROVINCE, text)) {
    const r = ctx.gazetteer.resolve(m[1] ?? m[2], { countries: ctx.countries, kindHint: 'admin1' });
    const code = r.place?.kind === 'admin1' ? r.place.admin1Code : null;
    if (code && !codes.includes(code)) codes.push(code);
  }
  return codes;
}

function toEvent(d: Draft, ctx: DocumentContext): Event {
  const s = ctx.sentences[d.sentence];
  const mentions: Event['evidence']['mentions'] = [];
  if (d.place.span.end > d.place.span.start) mentions.push({ role: 'place', span: d.place.span });
  if (d.actor?.span) mentions.push({ role: 'actor', span: d.actor.span });
  if (d.fromActor?.span) mentions.push({ role: 'from_actor', span: d.fromActor.span });
  if (d.dateSpan) mentions.push({ role: 'date', span: d.dateSpan });
  if (d.countSpan) mentions.push({ role: 'count', span: d.countSpan });
  return {
    type: d.type,
    place: d.placeRef ?? { text: d.place.text, place: null, candidates: [], span: d.place.span },
    actor: d.actor,
    fromActor: d.fromActor,
    date: d.date,
    datePrecision: d.datePrecision,
    status: d.status,
    attributedTo: d.attributedTo,
    withoutFight: d.withoutFight,
    count: d.count,
    total: d.total,
    fraction: d.fraction,
    evidence: { document: ctx.doc.id, sentence: s.text, start: s.start, end: s.end, mentions },
    parser: d.parser,
  };
}

