// What the locale parsers share: a lexicon per language (actors, kind words, weekdays), and one
// factory that turns a construction (a verb pattern and the side its place stands on) into a Parser.
// Places are the gazetteer's own mentions in the sentence, so any script resolves that it knows.
import type { ActorRef, EventType, PlaceKind } from '../../core/index.js';
import type { PlaceMention } from '../../gazetteer/types.js';
import { newDraft, overlaps } from '../draft.js';
import type { DocumentContext, Draft, Parser, PlacePhrase, SentenceInput } from '../types.js';

export interface Lexicon {
  /** ISO 639-1 codes of the documents this lexicon reads. */
  langs: string[];
  /** Actor names as written (regex source, inflections included) → the pack alias that names the actor. */
  actors: [pattern: string, alias: string][];
  /** Words before a name saying what it is ("ولسوالی", "Bezirk"). */
  kinds: [pattern: string, kind: PlaceKind][];
  /** Words opening an apposition ("the capital of"): a place after them qualifies the one before. */
  apposition: string;
  /** Prepositions placing a name inside another ("Daulat Schah in Laghman"): the second only qualifies the first. */
  locative?: string;
  /** Sunday first, regex source each. */
  weekdays: string[];
  yesterday: string;
  /** January first, regex source each: "16 LUG", "15 آب", "8 августа". */
  months?: string[];
  /** Nouns that point back to the place named before ("il valico", "the town"), with the kind they name. */
  pointers?: [pattern: string, kind: PlaceKind][];
  /** Case endings and what the name ends in without them ("Кундуза" → "Кундуз", "Авдеевки" → "Авдеевка"). */
  inflections?: [ending: string, base: string][];
  /** Plural place nouns counted in aggregate claims ("vier Bezirke ... gefallen"). */
  units?: string;
  /** Number words, one first ("eins", "zwei", ...). */
  numbers?: string[];
  /** Negation just before the verb ("не захватили", "n'ont pas", "لم تسيطر"): no event. */
  negation?: string;
  /** "without a fight", "after negotiations": the place changed hands peacefully. */
  peaceful?: string;
  /** Subject pronouns ("sie", "они"): the subject (first party named) of the sentence before is meant. */
  pronouns?: string;
}

export interface Construction {
  name: string;
  type: EventType;
  lexicon: Lexicon;
  /** Every form of the verb as the tokenizer normalises it (lower case, whole tokens). */
  triggers: string[];
  pattern: RegExp;
  /** Where the place stands: after the verb ("захватили Кундуз") or before it (verb-final languages, "fell"); 'around': after it, else before (free word order); 'country': the country named after it ("nach Tadschikistan"). */
  place: 'after' | 'before' | 'around' | 'country';
  /** Where the actor stands; 'agent' = named inside the match or right after it ("dai talebani"). */
  actor: 'before' | 'agent';
  /** Verb last ("haben die Taliban Kundus von der Armee erobert"): the subject is the first party named, not the nearest. */
  verbLast?: boolean;
  /** People counted before the verb ("134 военнослужащих перешли"): the event's count. */
  counted?: boolean;
  /** Surrender: the party surrendered to is the actor, the one that surrendered the other side. */
  receiver?: boolean;
  /** Fighting: the party fought against ("clashed with the Taliban") is the other side. */
  opponent?: boolean;
  /** Words just before the verb that make it no event ("محاولة السيطرة", an attempt). */
  guard?: RegExp;
}

const L = '\\p{L}';
const compiled = new Map<string, RegExp>();
/** Lexicon patterns are compiled once, not once per sentence. */
function re(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let r = compiled.get(key);
  if (!r) compiled.set(key, (r = new RegExp(source, flags)));
  return r;
}
/** A whole word: `\b` knows only ASCII letters. */
export const word = (source: string) => `(?<![${L}])(?:${source})(?:(?<=['’])|(?![${L}]))`;

/** Arabic-script words with the conjunctions and prepositions that cling to them (و، ف، ب، ل، ال). */
export function withClitics(forms: string[]): string[] {
  return forms.flatMap((f) => [f, `و${f}`, `ف${f}`]);
}

export function localeParser(c: Construction): Parser {
  return {
    name: c.name,
    triggers: c.triggers,
    parse(input, ctx) {
      if (!c.lexicon.langs.includes(ctx.doc.lang)) return [];
      const drafts: Draft[] = [];
      const text = input.sentence.text;
      for (const m of text.matchAll(c.pattern)) {
        const before = text.slice(Math.max(0, m.index - 30), m.index);
        if (c.guard?.test(before) || negated(before, c.lexicon)) continue;
        drafts.push(...draftsFor(c, input, ctx, m));
      }
      return drafts;
    },
  };
}

/** The negation stands right before the verb, or one word before it ("haben Kundus nicht eingenommen", "n'ont pas pris"). */
function negated(before: string, lex: Lexicon): boolean {
  return Boolean(lex.negation) && re(`(?<![\\p{L}])(?:${lex.negation})(?![\\p{L}])(?:\\s*\\S+)?\\s*$`, 'iu').test(before);
}

function draftsFor(c: Construction, input: SentenceInput, ctx: DocumentContext, m: RegExpMatchArray): Draft[] {
  const text = input.sentence.text;
  const at = m.index!;
  const end = at + m[0].length;
  const actors = localActors(input, ctx, c.lexicon);
  const mentions = placeMentions(input, ctx, actors, c.lexicon);
  const named = placesFor(c, text, input.sentence.start, mentions, at, end, ctx);
  const places = named.length > 0 ? named : pointerNear(input, ctx, c, at, end);
  if (places.length === 0 && c.type === 'capture') return tally(c, input, ctx, at, end, actors);
  const subject = (c.actor === 'agent' ? agentOf(actors, input, at, end) : subjectOf(actors, input, at, end, places, c.verbLast)) ?? pronounActor(input, ctx, c.lexicon, at);
  const receiver = c.receiver ? receiverOf(actors, input, at, subject) : null;
  const actor = receiver ?? subject;
  const other = actors.find((a) => a.span!.start >= input.sentence.start + at && a.side && a.side !== actor?.side) ?? null;
  const opponent = receiver ? (subject ?? other) : c.opponent ? other : null;
  const date = localDate(text, ctx.doc.published, c.lexicon);
  return places.map((place) => {
    const d = newDraft(c.type, c.name, input, { start: input.sentence.start + at, end: input.sentence.start + end }, place);
    d.actor = actor;
    d.fromActor = opponent;
    if (c.counted) d.count = countBefore(text, at) ?? countAfter(text, end);
    if (date) [d.date, d.datePrecision] = [date, 'day'];
    if (c.lexicon.peaceful && re(word(c.lexicon.peaceful), 'iu').test(text)) d.withoutFight = true;
    return d;
  });
}

function placesFor(c: Construction, text: string, base: number, mentions: PlaceMention[], at: number, end: number, ctx: DocumentContext): PlacePhrase[] {
  if (c.place === 'country') return countryAfter(text, base, end, ctx, c.lexicon);
  const after = c.place === 'before' ? [] : placesAfter(text, mentions, end, c.lexicon);
  return after.length > 0 || c.place === 'after' ? after : placesBefore(text, mentions, at, c.lexicon);
}

/**
 * "vier Bezirke sind an die Islamisten gefallen": no place, but a number of places before the verb is
 * an aggregate claim over the document's country.
 */
function tally(c: Construction, input: SentenceInput, ctx: DocumentContext, at: number, end: number, actors: ActorRef[]): Draft[] {
  const lex = c.lexicon;
  const country = ctx.countries[0] && ctx.gazetteer.country(ctx.countries[0]);
  if (!lex.units || !country) return [];
  const text = input.sentence.text;
  const from = clauseStart(text, at);
  const numbers = [...(lex.numbers ?? []), '\\d+'].join('|');
  const m = re(`(?<![\\p{L}\\d])(${numbers})\\s+(?:\\p{L}+\\s+)?(?:${lex.units})(?![\\p{L}])`, 'iu').exec(text.slice(from, at));
  if (!m) return [];
  const start = input.sentence.start + from + m.index;
  const d = newDraft('control_claim', c.name, input, { start, end: start + m[0].length }, { text: country.name, span: { start, end: start + m[0].length }, aggregate: true });
  const spelled = (lex.numbers ?? []).findIndex((n) => re(`^(?:${n})$`, 'iu').test(m[1]));
  d.count = spelled >= 0 ? spelled + 1 : Number(m[1]);
  d.actor = c.actor === 'agent' ? agentOf(actors, input, at, end) : subjectOf(actors, input, at, end, []);
  return [d];
}

/** Actor mentions of the packs, plus the lexicon's own spellings (inflected forms, clitics). */
function localActors(input: SentenceInput, ctx: DocumentContext, lex: Lexicon): ActorRef[] {
  const found = [...ctx.actorsIn(input.index)];
  for (const [pattern, alias] of lex.actors) {
    const actor = ctx.actors.identify(alias);
    if (!actor) continue;
    for (const m of input.sentence.text.matchAll(re(pattern, 'giu'))) {
      const span = { start: input.sentence.start + m.index, end: input.sentence.start + m.index + m[0].length };
      if (!found.some((a) => a.span && overlaps(a.span, span))) found.push({ ...actor, text: m[0], span });
    }
  }
  return found.sort((a, b) => a.span!.start - b.span!.start);
}

/**
 * Gazetteer mentions in the sentence that are neither part of an actor's name nor a kind word ("Bezirk"
 * reads as Bazarak), in the document's countries when it has any ("des Landes" is no French département here).
 * A country is not taken or lost by these constructions: it is where the places are.
 */
function placeMentions(input: SentenceInput, ctx: DocumentContext, actors: ActorRef[], lex: Lexicon): PlaceMention[] {
  const base = input.sentence.start;
  const kindWord = re(`^(?:${lex.kinds.map(([k]) => k).join('|')})$`, 'iu');
  const found = ctx.gazetteer.findMentions(input.sentence.text);
  return [...found, ...inflectedNames(input.sentence.text, found, ctx, lex)]
    .filter((p) => ctx.countries.length === 0 || p.candidates.some((c) => ctx.countries.includes(c.country)))
    .filter((p) => !p.candidates.every((c) => c.kind === 'country'))
    .filter((p) => !kindWord.test(p.text) && !actors.some((a) => overlaps(a.span!, { start: p.span.start + base, end: p.span.end + base })))
    .sort((a, b) => a.span.start - b.span.start);
}

/** Names in a case form the gazetteer lacks, read as their base form ("из Кундуза"). */
function inflectedNames(text: string, found: PlaceMention[], ctx: DocumentContext, lex: Lexicon): PlaceMention[] {
  if (!lex.inflections) return [];
  const names: PlaceMention[] = [];
  for (const m of text.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}-]{2,}/gu)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (found.some((p) => overlaps(p.span, span))) continue;
    for (const [ending, base] of lex.inflections) {
      if (!m[0].endsWith(ending)) continue;
      const name = m[0].slice(0, m[0].length - ending.length) + base;
      const r = ctx.gazetteer.resolve(name, { countries: ctx.countries });
      if (r.place || r.candidates.length > 0) {
        names.push({ text: name, span, candidates: r.place ? [r.place] : r.candidates });
        break;
      }
    }
  }
  return names;
}

/**
 * No name next to the verb: a noun that points back ("il valico è stato preso"). The place named
 * right after the same noun earlier ("il valico di Spin Boldak") is the one meant; else the place refiner decides.
 */
function pointerNear(input: SentenceInput, ctx: DocumentContext, c: Construction, at: number, end: number): PlacePhrase[] {
  const text = input.sentence.text;
  const [from, to] = c.place === 'after' ? [end, clauseEnd(text, end)] : [clauseStart(text, at), at];
  for (const [pattern, kind] of c.lexicon.pointers ?? []) {
    const m = re(word(pattern), 'iu').exec(text.slice(from, to));
    if (!m) continue;
    const start = input.sentence.start + from + m.index;
    const span = { start, end: start + m[0].length };
    const named = namedAfterNoun(ctx, m[0].split(/\s+/).pop()!, input.sentence.start);
    return [named ? { text: named, span, kindHint: kind } : { text: m[0], span, pointer: true, kindHint: kind }];
  }
  return [];
}

/** The last place named within a few words after `noun` in the text before `before`. */
function namedAfterNoun(ctx: DocumentContext, noun: string, before: number): string | null {
  const from = Math.max(0, before - 2000);
  const text = ctx.doc.text.slice(from, before);
  const after = re(`${word(noun)}[^.,;:]{0,12}$`, 'iu');
  const found = ctx.gazetteer.findMentions(text).filter((p) => after.test(text.slice(Math.max(0, p.span.start - 40), p.span.start)));
  return found.pop()?.text ?? null;
}

/** Clauses end at commas and stops in every script, but not inside a number ("1.200", "3,5"). */
const CLAUSE = /[,،;؛.:!?()]/u;

function isBoundary(text: string, i: number): boolean {
  return CLAUSE.test(text[i]) && !(/[.,]/.test(text[i]) && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
}

/** The places named right after the verb, in its clause ("захватили город Кундуз и Тахар"). */
function placesAfter(text: string, mentions: PlaceMention[], end: number, lex: Lexicon): PlacePhrase[] {
  let stop = clauseEnd(text, end);
  const inClause = (p: PlaceMention) => p.span.start >= end && p.span.end <= stop;
  // No name in the clause: one opening with a locative ("، في منطقة نجراب") still says where.
  if (!mentions.some(inClause) && lex.locative && re(`^\\s*(?:${lex.locative})(?![\\p{L}])`, 'iu').test(text.slice(stop + 1))) stop = clauseEnd(text, stop + 1);
  return qualified(text, mentions.filter(inClause), lex, 'first');
}

/**
 * The places of the clause before the verb. An apposition ("، مرکز ولایت نیمروز،") is stepped over,
 * and so is a clause without a name right after one ("..., را بدون جنگ تصرف کردند").
 */
function placesBefore(text: string, mentions: PlaceMention[], at: number, lex: Lexicon): PlacePhrase[] {
  const appositive = re(`^\\s*(?:${lex.apposition})(?![\\p{L}])`, 'iu');
  let end = at;
  for (let hop = 0; hop < 3; hop++) {
    const start = clauseStart(text, end);
    const inside = mentions.filter((p) => p.span.start >= start && p.span.end <= end);
    const isAppositive = appositive.test(text.slice(start, end));
    if (inside.length > 0 && !isAppositive) return qualified(text, inside, lex, 'last');
    if (start === 0) break;
    const previous = clauseStart(text, start - 1);
    if (!isAppositive && !appositive.test(text.slice(previous, start - 1))) break;
    end = start - 1;
  }
  return [];
}

/** The first country named in the clause after the verb, in any case form the lexicon knows. */
function countryAfter(text: string, base: number, end: number, ctx: DocumentContext, lex: Lexicon): PlacePhrase[] {
  const clause = text.slice(end, clauseEnd(text, end));
  for (const m of clause.matchAll(/[\p{L}-]+/gu)) {
    const forms = [m[0], ...(lex.inflections ?? []).filter(([ending]) => m[0].endsWith(ending)).map(([ending, b]) => m[0].slice(0, -ending.length) + b)];
    const name = forms.find((f) => ctx.gazetteer.country(f));
    if (name) return [{ text: name, span: { start: base + end + m.index, end: base + end + m.index + m[0].length }, kindHint: 'country' }];
  }
  return [];
}

/** A number right after the verb ("استسلام نحو 100 مقاتل"). */
function countAfter(text: string, end: number): number | null {
  const m = /^\D{0,12}?(\d{1,3}(?:[\s.,  ]\d{3})+|\d+)/u.exec(text.slice(end, clauseEnd(text, end)));
  return m ? Number(m[1].replace(/\D/g, '')) : null;
}

/** The last number in the clause before the verb ("Etwa 100 Soldaten flohen", "более 1 000 военных"). */
function countBefore(text: string, at: number): number | null {
  const numbers = [...text.slice(clauseStart(text, at), at).matchAll(/\d{1,3}(?:[\s.,  ]\d{3})+|\d+/gu)];
  const last = numbers.pop();
  return last ? Number(last[0].replace(/\D/g, '')) : null;
}

function clauseStart(text: string, end: number): number {
  for (let i = end - 1; i >= 0; i--) if (isBoundary(text, i)) return i + 1;
  return 0;
}

function clauseEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (isBoundary(text, i)) return i;
  return Math.min(text.length, from + 120);
}

/**
 * Mentions as place phrases with the kind word before them: the list nearest the verb ("Kahmard and
 * Saighan"), not a place named further on ("in the north of the country"). A place after an apposition
 * word ("столица провинции Бадахшан") only qualifies the one before it, so it is left out when another remains.
 */
function qualified(text: string, mentions: PlaceMention[], lex: Lexicon, nearest: 'first' | 'last'): PlacePhrase[] {
  const words = lex.locative ? `${lex.apposition}|${lex.locative}` : lex.apposition;
  const apposition = re(`(?<![\\p{L}])(?:${words})\\s+(?:\\p{L}+\\s+)?$`, 'iu');
  const main = mentions.filter((p) => !apposition.test(text.slice(Math.max(0, p.span.start - 40), p.span.start)));
  const list = listAround(text, main.length > 0 ? main : mentions, lex, nearest);
  return list.map((p) => ({ text: p.text, span: p.span, kindHint: kindBefore(text, p.span.start, lex) }));
}

/** Conjunctions joining the names of a list, in the lexicons' languages. */
const JOIN = '(?:and|und|et|e|ed|y|и|і|та|و|او)';

/** The mentions forming one list with the first (or last) one: only a conjunction or a kind word between two names. */
function listAround(text: string, mentions: PlaceMention[], lex: Lexicon, nearest: 'first' | 'last'): PlaceMention[] {
  if (mentions.length === 0) return [];
  const joined = re(`^[\\s,،]*(?:${JOIN}(?![\\p{L}])|و)?\\s*(?:(?:${lex.kinds.map(([k]) => k).join('|')})\\s*)?$`, 'iu');
  const ordered = nearest === 'first' ? mentions : [...mentions].reverse();
  const list = [ordered[0]];
  for (const next of ordered.slice(1)) {
    const prev = list[list.length - 1];
    const between = nearest === 'first' ? text.slice(prev.span.end, next.span.start) : text.slice(next.span.end, prev.span.start);
    if (!joined.test(between)) break;
    list.push(next);
  }
  return nearest === 'first' ? list : list.reverse();
}

function kindBefore(text: string, at: number, lex: Lexicon): PlaceKind | undefined {
  const before = text.slice(Math.max(0, at - 30), at);
  return lex.kinds.find(([pattern]) => re(`(?:${pattern})\\s*$`, 'iu').test(before))?.[1];
}

/** The actor named last before the verb (the subject), else one named inside the construction (verb first: "سيطرت طالبان على"). */
function subjectOf(actors: ActorRef[], input: SentenceInput, at: number, end: number, places: PlacePhrase[], verbLast = false): ActorRef | null {
  const [from, to] = [input.sentence.start + at, input.sentence.start + end];
  const free = actors.filter((a) => !places.some((p) => overlaps(p.span, a.span!)));
  const before = free.filter((a) => a.span!.end <= from);
  return (verbLast ? before[0] : before.pop()) ?? free.find((a) => a.span!.start >= from && a.span!.end <= to) ?? null;
}

/** "haben sie ... angegriffen": a pronoun in the clause before the verb stands for the subject (first party) of the sentence before. */
function pronounActor(input: SentenceInput, ctx: DocumentContext, lex: Lexicon, at: number): ActorRef | null {
  const text = input.sentence.text;
  if (!lex.pronouns || !re(word(lex.pronouns), 'iu').test(text.slice(clauseStart(text, at), at))) return null;
  for (let i = input.index - 1; i >= Math.max(0, input.index - 3); i--) {
    const named = localActors({ index: i, sentence: ctx.sentences[i], tokens: [] }, ctx, lex).find((a) => a.side);
    if (named) return { ...named, text: '', span: null };
  }
  return null;
}

/** Who was surrendered to: the last party with a side named after the verb in its clause, other than the one surrendering. */
function receiverOf(actors: ActorRef[], input: SentenceInput, at: number, subject: ActorRef | null): ActorRef | null {
  const text = input.sentence.text;
  const [from, to] = [input.sentence.start + at, input.sentence.start + clauseEnd(text, at)];
  return actors.filter((a) => a.side && a.side !== subject?.side && a.span!.start >= from && a.span!.start < to).pop() ?? null;
}

/** The agent named inside the construction ("сдан талибам", "به دست طالبان") or within a few words after it. */
function agentOf(actors: ActorRef[], input: SentenceInput, at: number, end: number): ActorRef | null {
  const [from, to] = [input.sentence.start + at, input.sentence.start + end + 40];
  return actors.find((a) => a.span!.start >= from && a.span!.start < to) ?? null;
}

/** "8 августа", "16 LUG" (the publication year, or the year before for a month still to come), else a weekday or "yesterday". */
function localDate(text: string, published: string | null, lex: Lexicon): string | null {
  if (!published) return null;
  const day = new Date(`${published}T00:00:00Z`);
  return dayOfMonth(text, day, lex) ?? weekday(text, day, lex);
}

function dayOfMonth(text: string, published: Date, lex: Lexicon): string | null {
  // Arabic-Indic and Persian digits read as ASCII ones.
  const digits = text.replace(/[٠-٩۰-۹]/g, (d) => String(d.charCodeAt(0) - (d >= '۰' ? 0x06f0 : 0x0660)));
  for (const [i, month] of (lex.months ?? []).entries()) {
    const m = re(`(?<![\\d])(\\d{1,2})\\.?\\s+${word(month)}`, 'iu').exec(digits);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > 31) continue;
    let year = published.getUTCFullYear();
    if (Date.UTC(year, i, Number(m[1])) > published.getTime()) year--;
    return new Date(Date.UTC(year, i, Number(m[1]))).toISOString().slice(0, 10);
  }
  return null;
}

function weekday(text: string, published: Date, lex: Lexicon): string | null {
  if (re(word(lex.yesterday), 'iu').test(text)) return shift(published, -1);
  const found = lex.weekdays.findIndex((w) => re(word(w), 'iu').test(text));
  if (found < 0) return null;
  return shift(published, -((published.getUTCDay() - found + 7) % 7));
}

function shift(day: Date, days: number): string {
  return new Date(day.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
