// Near-duplicate detection: 64-bit SimHash over word 3-shingles. Republished copies of a story
// (new headline, byline added, last paragraph trimmed) land a few bits apart; different reports,
// even of the same event, land far apart. The threshold is measured (see test/ingest/fingerprint.test.ts):
// on the shared dev set, republished copies and trimmed variants lie within 14 bits, different reports
// from 17 up. An unrelated pair falls within 14 bits with probability 3.5e-6 (binomial tail).

/** Largest Hamming distance at which two fingerprints are the same story. */
export const NEAR_DUPLICATE_BITS = 14;
const SHINGLE = 3;

/** FNV-1a over UTF-16 code units. */
function fnv1a(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** murmur3's finaliser: every output bit depends on every input bit. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A shingle's hash from its words' hashes (order matters), without building the shingle string. */
function shingleHash(w: Uint32Array, i: number, seed: number): number {
  let h = seed;
  for (let k = 0; k < SHINGLE; k++) h = mix((h ^ w[i + k]) >>> 0) + k;
  return mix(h >>> 0);
}

function wordHashes(text: string, seed: number): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const hashes = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) hashes[i] = fnv1a(words[i], seed);
  return hashes;
}

/** Counts set bits per position; the sign test against half the shingles comes at the end. */
function vote(ones: Int32Array, offset: number, h: number): void {
  for (let bit = 0; bit < 32; bit++) ones[offset + bit] += (h >>> bit) & 1;
}

const hex8 = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');

/** 64-bit SimHash of the text's word 3-shingles (the whole text when shorter), as 16 hex chars. */
export function fingerprint(text: string): string {
  const words = wordHashes(text, 0);
  const ones = new Int32Array(64);
  const shingles = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < shingles; i++) {
    vote(ones, 0, shingleHash(words, i, 0x9e3779b9));
    vote(ones, 32, shingleHash(words, i, 0x7f4a7c15));
  }
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (ones[bit] * 2 > shingles) hi |= 1 << bit;
    if (ones[32 + bit] * 2 > shingles) lo |= 1 << bit;
  }
  return hex8(hi) + hex8(lo);
}

function popcount32(n: number): number {
  n -= (n >>> 1) & 0x55555555;
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (Math.imul((n + (n >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Number of differing bits between two fingerprints. */
export function hammingDistance(a: string, b: string): number {
  if (!/^[0-9a-f]{16}$/i.test(a) || !/^[0-9a-f]{16}$/i.test(b)) throw new TypeError(`not 16-hex-char fingerprints: ${a}, ${b}`);
  const half = (s: string, i: number): number => parseInt(s.slice(i, i + 8), 16);
  return popcount32(half(a, 0) ^ half(b, 0)) + popcount32(half(a, 8) ^ half(b, 8));
}

/** True when two fingerprints (from `fingerprint`, or `Document.fingerprint`) are the same story republished. */
export function isNearDuplicate(a: string, b: string): boolean {
  return hammingDistance(a, b) <= NEAR_DUPLICATE_BITS;
}
