// Queries over the compact index: resolve a name with context, find place names in a text,
// fetch places by id or by country and kind.
import type { Place, PlaceKind } from '../core/index.js';
import { FLAG_BITS, KINDS, PLAIN, PRECISIONS, PRIMARY, type CompactIndex, type KeyTable } from './compact.js';
import { nameTokens, normalizeName, normalizeToken, phoneticOfTokens, stripKindWords } from './normalize.js';
import type { Gazetteer, PlaceMention, Resolution, ResolveContext } from './types.js';
import countryData from './countries.json' with { type: 'json' };
import stoplist from './stoplist.json' with { type: 'json' };

const COUNTRY = 0;
const ADMIN1 = 1;
const ADMIN2 = 2;
const POPULATED = 3;
/** Longest place name, in words, that findMentions tries. */
const MAX_NAME_WORDS = 6;
/** Shorter phonetic keys ("Doha" = "Deh" = "da") say too little: those names must match exactly. */
const MIN_PHONETIC = 3;
const STOP_FIRST = new Set(stoplist.notFirst);
// Demonyms ("Russian", "Iraqi") are adjectives in reports, though villages bear some of them.
const GIVEN_NAMES = new Set(stoplist.names);
const STOP_ALONE = new Set([
  ...stoplist.notAlone,
  ...stoplist.names,
  ...Object.values(countryData).flatMap((c) => (typeof c === 'object' ? c.demonyms.map(normalizeName) : [])),
]);
const STOP_PHRASES = new Set(stoplist.phrases.map((p) => nameTokens(p).join(' ')));
/** Lowercase words allowed inside a name. */
const PARTICLES = new Set(['e', 'i', 'ye', 'yi', 'y', 'al', 'el', 'ul', 'us', 'os', 'wa', 'o', 'de', 'del', 'la', 'le', 'du', 'da', 'di', 'van', 'von', 'der', 'den', 'ad', 'ed', 'as', 'an', 'ar', 'at', 'az', 'bin', 'ibn', 'of']);
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);
const NAME_JOINER = /^[ \u00a0\-‐‑]$/;
const encoder = new TextEncoder();

/** One match of a name: the row and how it matched. */
interface Hit {
  row: number;
  exact: boolean;
  flags: number;
}

export function createGazetteer(index: CompactIndex): Gazetteer {
  return new CompactGazetteer(index);
}

class CompactGazetteer implements Gazetteer {
  private readonly places = new Map<number, Place>();
  private readonly lists = new Map<string, Place[]>();
  private demonyms?: Map<string, string>;

  constructor(private readonly ix: CompactIndex) {}

  resolve(name: string, context: ResolveContext = {}): Resolution {
    const { tokens, kind: saidKind, stripped } = stripKindWords(nameTokens(name));
    let hits = this.lookup(tokens);
    // "northern Shan State", "eastern Chad": the direction is not part of the name, unless it is ("North Darfur").
    for (let from = 1; !hits.size && from < tokens.length && DIRECTIONS.has(tokens[from - 1]); from++) hits = this.lookup(tokens.slice(from));
    const picked = this.disambiguate([...hits.values()], context, context.kindHint ?? saidKind, stripped);
    const places = picked.map((h) => this.place(h.row));
    return places.length === 1 ? { place: places[0], candidates: [] } : { place: null, candidates: places };
  }

  /** Every place whose name matches the words exactly or phonetically. */
  private lookup(tokens: string[]): Map<number, Hit> {
    const hits = new Map<number, Hit>();
    if (!tokens.length) return hits;
    for (const post of this.postings(this.ix.exact, tokens.join(' ')))
      hits.set(post >> FLAG_BITS, { row: post >> FLAG_BITS, exact: true, flags: post & 3 });
    const phonetic = phoneticOfTokens(tokens);
    if (phonetic.length >= MIN_PHONETIC)
      for (const post of this.postings(this.ix.phonetic, phonetic)) {
        // A spelling variant of a place's own name is its own name ("Faizabad" for "Fayzabad").
        const hit = hits.get(post >> FLAG_BITS);
        if (hit) hit.flags |= post & 3;
        else hits.set(post >> FLAG_BITS, { row: post >> FLAG_BITS, exact: false, flags: post & 3 });
      }
    return hits;
  }

  /**
   * Each step keeps the hits that satisfy it when some do (context narrows, never empties):
   * a province named nearby; the kind asked for or said ("X Province"); the countries of the
   * context (outside them only an own name spelled exactly counts: "Kyiv" in an Afghan report
   * is Kyiv, but "Mirzaka" is no Belgian town and "Mantong" no Javanese village);
   * the exact spelling over a phonetic likeness, unless the exact match is only an alternate
   * name and the likeness is a place's own ("Khogyani": an alternate of a town in Ghazni, and
   * like Khugyani district's own name, stays ambiguous; "Doshi" is Doshi, not Dishu);
   * a name written as bare as the query ("Kyiv" is
   * not "Kyiv Oblast"). Then readings that are one place at two scales collapse
   * (collapseNested). More than one left is ambiguous: homonyms are never picked by size.
   */
  private disambiguate(hits: Hit[], ctx: ResolveContext, kind: PlaceKind | null, kindWritten: boolean): Hit[] {
    const ix = this.ix;
    const inContext = (h: Hit) => !ctx.countries?.length || ctx.countries.includes(this.countryOf(h.row));
    // Outside the countries of the context only a place's own name, spelled exactly, counts.
    let c = hits.filter((h) => inContext(h) || (h.exact && h.flags & PRIMARY));
    const admin1Rows = new Set((ctx.admin1Codes ?? []).map((code) => this.rowOfAdmin(code)).filter((r) => r >= 0));
    if (admin1Rows.size) c = narrow(c, (h) => admin1Rows.has(ix.admin1[h.row]));
    if (kind) c = narrow(c, (h) => KINDS[ix.kind[h.row]] === kind);
    c = narrow(c, inContext);
    const exactOwnName = c.some((h) => h.exact && h.flags & PRIMARY);
    c = narrow(c, (h) => h.exact || (!exactOwnName && (h.flags & PRIMARY) !== 0));
    if (!kindWritten) c = narrow(c, (h) => (h.flags & PLAIN) !== 0);
    c = this.collapseNested(c);
    return c.sort((a, b) => this.rank(b) - this.rank(a));
  }

  /**
   * One place at two scales is not a homonym. (1) A country named by its own name is the
   * country, not a town or unit inside it. (2) An alternate-only match nested with a match by
   * own name drops out ("Samangan" is the province, though its seat Aibak is also called so).
   * (3) A unit that contains another reading drops out: "Kunduz" is the city, not the province
   * or district it is the seat of (control code maps a town to its district via admin2Code);
   * ask for the unit with kindHint 'admin1' / 'admin2', or write "Kunduz Province".
   * (4) A seat that GeoNames files under another district gives way to the district it is the
   * seat of (the town of Dasht-e Archi is coded to Imam Sahib).
   */
  private collapseNested(c: Hit[]): Hit[] {
    const ix = this.ix;
    const country = c.find((h) => ix.kind[h.row] === COUNTRY && h.flags & PRIMARY);
    if (country) c = c.filter((h) => h === country || ix.country[h.row] !== ix.country[country.row]);
    const inside = (inner: number, unit: number) =>
      inner !== unit && (ix.kind[unit] === ADMIN1 || ix.kind[unit] === ADMIN2) &&
      (ix.admin1[inner] === unit || ix.admin2[inner] === unit);
    const nested = (a: Hit, b: Hit) => inside(a.row, b.row) || inside(b.row, a.row);
    c = c.filter((h) => h.flags & PRIMARY || !c.some((o) => o.flags & PRIMARY && nested(h, o)));
    c = c.filter((h) => !c.some((o) => inside(o.row, h.row)));
    return c.filter((h) => !c.some((o) => ix.seat[o.row] === h.row && ix.kind[o.row] === ADMIN2 && ix.admin2[h.row] !== o.row));
  }

  /** Best first: exact spelling, own name, then size (population, of the seat for units), then level. */
  private rank(h: Hit): number {
    const ix = this.ix;
    const seat = ix.kind[h.row] === POPULATED ? h.row : ix.seat[h.row];
    const population = seat >= 0 ? ix.population[seat] : 0;
    return (h.exact ? 8e10 : 0) + (h.flags & PRIMARY ? 4e10 : 0) + population * 4 + (3 - ix.kind[h.row]);
  }

  /**
   * Left to right, the longest name at each capitalised word (phonetic keys, so "Feyzabad" and
   * "Qala-e-Nau" count). Inside a name, words are joined by one space or hyphen, and lowercase
   * words must be particles ("Mazar-i-Sharif", "Jabal us Saraj"). A single word is no mention
   * when it is shorter than 3 letters, a common word or given name (stoplist.json), a surname
   * after a given name or title, or a short acronym ("ISIL", "TOLO"), unless it names a country.
   */
  findMentions(text: string): PlaceMention[] {
    const words = tokenize(text);
    const mentions: PlaceMention[] = [];
    for (let i = 0; i < words.length; i++) {
      if (!words[i].capitalised || STOP_FIRST.has(words[i].norm)) continue;
      const match = this.longestName(text, words, i);
      if (!match) continue;
      const span = { start: words[i].start, end: words[match.last].end };
      const rows = this.postingsAt(this.ix.phonetic, match.key).map((p) => p >> FLAG_BITS);
      const named = nameTokens(text.slice(span.start, span.end)).join(' ');
      if (STOP_PHRASES.has(named)) {
        i = match.last;
        continue;
      }
      if (match.last === i && !this.namesCountry(named) && (!standsAlone(words[i]) || afterGivenName(text, words, i))) continue;
      const candidates = rows
        .map((row) => ({ row, exact: false, flags: 0 }))
        .sort((a, b) => this.rank(b) - this.rank(a))
        .map((h) => this.place(h.row));
      mentions.push({ span, text: text.slice(span.start, span.end), candidates });
      i = match.last;
    }
    return mentions;
  }

  /** Whether a normalised name is a country's own (not merely like one: "Ghani" is not Ghana). */
  private namesCountry(normalized: string): boolean {
    return this.postings(this.ix.exact, normalized).some((p) => this.ix.kind[p >> FLAG_BITS] === COUNTRY);
  }

  /** The longest known name starting at word i: its last word and its key's row in the phonetic table. */
  private longestName(text: string, words: Word[], i: number): { last: number; key: number } | null {
    let found: { last: number; key: number } | null = null;
    for (let j = i; j < words.length && j < i + MAX_NAME_WORDS; j++) {
      if (j > i && !NAME_JOINER.test(text.slice(words[j - 1].end, words[j].start))) break;
      if (!words[j].capitalised && !PARTICLES.has(words[j].norm)) break;
      const key = encoder.encode(phoneticOfTokens(words.slice(i, j + 1).map((w) => w.norm)));
      const at = lowerBound(this.ix.phonetic, key);
      if (!hasPrefix(this.ix.phonetic, at, key)) break;
      const canEnd = words[j].capitalised && !PARTICLES.has(words[j].norm) && !STOP_FIRST.has(words[j].norm);
      if (canEnd && compareKey(this.ix.phonetic, at, key) === 0) found = { last: j, key: at };
    }
    return found;
  }

  get(id: string): Place | undefined {
    const row = this.rowOfId(id);
    return row >= 0 ? this.place(row) : undefined;
  }

  list(country: string, kind: PlaceKind): Place[] {
    const key = `${country}:${kind}`;
    const cached = this.lists.get(key);
    if (cached) return cached;
    const k = KINDS.indexOf(kind);
    const [from, to] = [this.ix.meta.segments[k], this.ix.meta.segments[k + 1]];
    const out: Place[] = [];
    for (let r = from; r < to; r++) if (this.countryOf(r) === country) out.push(this.place(r));
    this.lists.set(key, out);
    return out;
  }

  country(codeOrName: string): Place | undefined {
    const trimmed = codeOrName.trim();
    // Codes in capitals only: "in" and "it" are words, not India and Italy.
    if (/^[A-Z]{2}$/.test(trimmed)) {
      const byCode = this.get(`country:${trimmed}`);
      if (byCode) return byCode;
    }
    const norm = normalizeName(trimmed);
    const byName = this.postings(this.ix.exact, norm).map((p) => p >> FLAG_BITS).find((r) => this.ix.kind[r] === COUNTRY);
    if (byName !== undefined) return this.place(byName);
    const code = this.demonymMap().get(norm);
    return code ? this.get(`country:${code}`) : undefined;
  }

  private demonymMap(): Map<string, string> {
    if (!this.demonyms) {
      this.demonyms = new Map();
      for (const [code, entry] of Object.entries(countryData))
        if (typeof entry === 'object') for (const d of entry.demonyms) this.demonyms.set(normalizeName(d), code);
    }
    return this.demonyms;
  }

  private place(row: number): Place {
    let p = this.places.get(row);
    if (p) return p;
    const ix = this.ix;
    const kind = KINDS[ix.kind[row]];
    const a1 = ix.admin1[row];
    const a2 = ix.admin2[row];
    const precision = PRECISIONS[ix.precision[row]];
    p = {
      id: kind === 'populated' ? `geonames:${ix.gid[row]}` : kind === 'country' ? `country:${this.code(row)}` : `admin:${this.code(row)}`,
      name: this.nameOf(row),
      kind,
      country: this.countryOf(row),
      admin1: a1 >= 0 ? this.nameOf(a1) : null,
      admin2: a2 >= 0 ? this.nameOf(a2) : null,
      admin1Code: a1 >= 0 ? this.code(a1) : null,
      admin2Code: a2 >= 0 ? this.code(a2) : null,
      lat: precision ? round(ix.lat[row]) : null,
      lon: precision ? round(ix.lon[row]) : null,
      precision,
    };
    if (kind === 'populated') {
      p.featureCode = ix.meta.featureCodes[ix.feature[row]];
      p.population = ix.population[row];
    }
    this.places.set(row, p);
    return p;
  }

  private nameOf(row: number): string {
    return this.ix.names.slice(this.ix.nameStart[row], this.ix.nameStart[row + 1]);
  }

  private code(row: number): string {
    return this.ix.codes.slice(this.ix.codeStart[row], this.ix.codeStart[row + 1]);
  }

  private countryOf(row: number): string {
    return this.ix.meta.countries[this.ix.country[row]];
  }

  private postings(table: KeyTable, key: string): number[] {
    const bytes = encoder.encode(key);
    const at = lowerBound(table, bytes);
    return compareKey(table, at, bytes) === 0 ? this.postingsAt(table, at) : [];
  }

  private postingsAt(table: KeyTable, at: number): number[] {
    return Array.from(table.posts.subarray(table.postStart[at], table.postStart[at + 1]));
  }

  private rowOfId(id: string): number {
    const colon = id.indexOf(':');
    const [scheme, rest] = [id.slice(0, colon), id.slice(colon + 1)];
    if (scheme === 'geonames') return this.rowOfGeonameId(Number(rest));
    if (scheme === 'admin') return this.rowOfAdmin(rest);
    if (scheme === 'country') return this.searchCode(COUNTRY, rest);
    return -1;
  }

  private rowOfAdmin(code: string): number {
    return this.searchCode(code.split('.').length > 2 ? ADMIN2 : ADMIN1, code);
  }

  /** Rows of one kind are sorted by code: binary search. */
  private searchCode(kind: number, code: string): number {
    let lo = this.ix.meta.segments[kind];
    let hi = this.ix.meta.segments[kind + 1];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.code(mid) < code) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.ix.meta.segments[kind + 1] && this.code(lo) === code ? lo : -1;
  }

  private rowOfGeonameId(gid: number): number {
    let lo = this.ix.meta.segments[POPULATED];
    let hi = this.ix.meta.segments[POPULATED + 1];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ix.gid[mid] < gid) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.ix.meta.segments[POPULATED + 1] && this.ix.gid[lo] === gid ? lo : -1;
  }
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;

function narrow<T>(items: T[], keep: (t: T) => boolean): T[] {
  const kept = items.filter(keep);
  return kept.length ? kept : items;
}

/** Byte comparison of key i with a query (UTF-8 byte order = the build's sort order). */
function compareKey(t: KeyTable, i: number, q: Uint8Array): number {
  if (i >= t.start.length - 1) return 1;
  const s = t.start[i];
  const len = t.start[i + 1] - s;
  const n = Math.min(len, q.length);
  for (let j = 0; j < n; j++) {
    const d = t.bytes[s + j] - q[j];
    if (d) return d;
  }
  return len - q.length;
}

function lowerBound(t: KeyTable, q: Uint8Array): number {
  let lo = 0;
  let hi = t.start.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareKey(t, mid, q) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether key i (the lower bound of q) starts with q: some longer name may still match. */
function hasPrefix(t: KeyTable, i: number, q: Uint8Array): boolean {
  if (i >= t.start.length - 1 || t.start[i + 1] - t.start[i] < q.length) return false;
  const s = t.start[i];
  for (let j = 0; j < q.length; j++) if (t.bytes[s + j] !== q[j]) return false;
  return true;
}

interface Word {
  start: number;
  end: number;
  norm: string;
  capitalised: boolean;
  /** All capitals, as acronyms are ("ISIL"); datelines too ("KABUL"). */
  upper: boolean;
}

/** A one-word name right after a capitalised given name or title is a surname ("Ashraf Ghani"). */
function afterGivenName(text: string, words: Word[], i: number): boolean {
  const before = words[i - 1];
  return !!before && before.capitalised && GIVEN_NAMES.has(before.norm) && text.slice(before.end, words[i].start) === ' ';
}

function standsAlone(w: Word): boolean {
  const letters = w.end - w.start;
  return letters >= 3 && !STOP_ALONE.has(w.norm) && !(w.upper && letters <= 4);
}

// Letters with inner apostrophes ("Qal'ah"); a possessive or contraction ("Kunduz's", "We'll") is cut off.
const CLITIC = /['’](?:s|ll|re|ve|d|m|t)$/i;
const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:['’ʼ‘`][\p{L}\p{M}]+)*/gu;

function tokenize(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    let raw = m[0];
    const clitic = CLITIC.exec(raw);
    if (clitic) raw = raw.slice(0, clitic.index);
    const first = raw[0];
    // Latin (and other cased) names count only when capitalised; uncased scripts always do.
    const capitalised = first !== first.toLowerCase() || (first === first.toUpperCase() && /\p{L}/u.test(first));
    const upper = raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
    words.push({ start: m.index!, end: m.index! + raw.length, norm: normalizeToken(raw), capitalised, upper });
  }
  return words;
}
