// The gazetteer as flat typed arrays: one column per field, one row per place, and two sorted
// key tables (normalised and phonetic names). Loading it from the cache is a read plus views
// over the bytes, with no per-place objects: Place objects are made on demand.
import type { PlaceKind } from '../core/index.js';

export const INDEX_FORMAT = 9;

export const KINDS: PlaceKind[] = ['country', 'admin1', 'admin2', 'populated'];
export const PRECISIONS = [null, 'exact', 'approximate'] as const;

/** Posting flags (or'ed over a place's aliases): matched by its own name, not only an alternate; matched by an alias written without a kind word. */
export const PRIMARY = 1;
export const PLAIN = 2;
export const FLAG_BITS = 2;

/** Sorted names (UTF-8, byte order) with, for each, the places that bear it. */
export interface KeyTable {
  bytes: Uint8Array;
  /** Byte offset of key i; length keys + 1. */
  start: Uint32Array;
  /** Offset of key i's postings; length keys + 1. */
  postStart: Uint32Array;
  /** place index << FLAG_BITS | flags. */
  posts: Uint32Array;
}

export interface IndexMeta {
  format: number;
  countries: string[];
  featureCodes: string[];
  /** First row of each kind (rows are grouped: countries, admin1, admin2, populated); length 5. */
  segments: number[];
}

export interface CompactIndex {
  meta: IndexMeta;
  kind: Uint8Array;
  country: Uint16Array;
  /** Row of the admin-1 / admin-2 parent (itself for units of that kind), -1 when none. */
  admin1: Int32Array;
  admin2: Int32Array;
  /** Row of the unit's seat (the town it is governed from), -1 when none; used for ranking. */
  seat: Int32Array;
  lat: Float32Array;
  lon: Float32Array;
  precision: Uint8Array;
  feature: Uint8Array;
  population: Uint32Array;
  /** GeoNames id of populated places, 0 for the others. */
  gid: Uint32Array;
  /** Names and admin codes, concatenated; row i is names.slice(nameStart[i], nameStart[i + 1]). */
  names: string;
  nameStart: Uint32Array;
  codes: string;
  codeStart: Uint32Array;
  exact: KeyTable;
  phonetic: KeyTable;
}

type Column = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array;
const COLUMN_TYPES = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, i32: Int32Array, f32: Float32Array };
type ColumnType = keyof typeof COLUMN_TYPES;

const COLUMNS: [string, ColumnType][] = [
  ['kind', 'u8'], ['country', 'u16'], ['admin1', 'i32'], ['admin2', 'i32'], ['seat', 'i32'],
  ['lat', 'f32'], ['lon', 'f32'], ['precision', 'u8'], ['feature', 'u8'], ['population', 'u32'], ['gid', 'u32'],
  ['nameStart', 'u32'], ['codeStart', 'u32'],
];
const TABLE_COLUMNS: [keyof KeyTable, ColumnType][] = [['bytes', 'u8'], ['start', 'u32'], ['postStart', 'u32'], ['posts', 'u32']];

const MAGIC = 'FLGZ';
const align8 = (n: number) => (n + 7) & ~7;

interface Section {
  name: string;
  type: ColumnType | 'utf8';
  offset: number;
  length: number;
}

function sections(index: CompactIndex): [Section, Column | Uint8Array][] {
  const enc = new TextEncoder();
  const out: [Section, Column | Uint8Array][] = [];
  const rec = index as unknown as Record<string, Column>;
  for (const [name, type] of COLUMNS) out.push([{ name, type, offset: 0, length: rec[name].length }, rec[name]]);
  for (const t of ['exact', 'phonetic'] as const)
    for (const [name, type] of TABLE_COLUMNS) out.push([{ name: `${t}.${name}`, type, offset: 0, length: index[t][name].length }, index[t][name]]);
  for (const name of ['names', 'codes'] as const) {
    const bytes = enc.encode(index[name]);
    out.push([{ name, type: 'utf8', offset: 0, length: bytes.length }, bytes]);
  }
  return out;
}

/** The index as bytes: magic, header length, JSON header, then 8-aligned sections. */
export function serializeIndex(index: CompactIndex, sourceKey: string): Uint8Array {
  const parts = sections(index);
  let offset = 0;
  for (const [s, data] of parts) {
    s.offset = offset;
    offset = align8(offset + data.byteLength);
  }
  const header = new TextEncoder().encode(
    JSON.stringify({ meta: index.meta, sourceKey, bodyLength: offset, sections: parts.map(([s]) => s) }),
  );
  const bodyStart = align8(8 + header.length);
  const out = new Uint8Array(bodyStart + offset);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, header.length, true);
  out.set(header, 8);
  for (const [s, data] of parts) out.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), bodyStart + s.offset);
  return out;
}

/** Thrown when bytes are not a complete index of the expected sources and format. */
export class IndexFormatError extends Error {}

/** Views over serialised bytes (no copy when aligned). Throws IndexFormatError on anything amiss. */
export function deserializeIndex(bytes: Uint8Array, sourceKey: string): CompactIndex {
  const fail = (why: string): never => {
    throw new IndexFormatError(why);
  };
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) fail('not a gazetteer index');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, 8).getUint32(4, true);
  if (8 + headerLength > bytes.length) fail('truncated header');
  let header: { meta: IndexMeta; sourceKey: string; bodyLength: number; sections: Section[] };
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength)));
  } catch {
    return fail('unreadable header');
  }
  if (header.meta?.format !== INDEX_FORMAT) fail(`index format ${header.meta?.format}, expected ${INDEX_FORMAT}`);
  if (header.sourceKey !== sourceKey) fail('built from other sources');
  const bodyStart = align8(8 + headerLength);
  if (bytes.length !== bodyStart + header.bodyLength) fail('truncated body');
  if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice();
  const view = (s: Section): Column | string => {
    const at = bytes.byteOffset + bodyStart + s.offset;
    if (s.type === 'utf8') return new TextDecoder().decode(bytes.subarray(bodyStart + s.offset, bodyStart + s.offset + s.length));
    const Type = COLUMN_TYPES[s.type];
    return new Type(bytes.buffer as ArrayBuffer, at, s.length);
  };
  const got = new Map(header.sections.map((s) => [s.name, view(s)]));
  const need = <T>(name: string): T => (got.get(name) as T) ?? fail(`missing section ${name}`);
  const table = (t: string): KeyTable => ({
    bytes: need(`${t}.bytes`),
    start: need(`${t}.start`),
    postStart: need(`${t}.postStart`),
    posts: need(`${t}.posts`),
  });
  const index = {
    meta: header.meta,
    names: need<string>('names'),
    codes: need<string>('codes'),
    exact: table('exact'),
    phonetic: table('phonetic'),
  } as Record<string, unknown>;
  for (const [name] of COLUMNS) index[name] = need(name);
  return index as unknown as CompactIndex;
}
