// Near-duplicate detection: 64-bit SimHash over word 3-shingles. Republished copies of a story
// (new headline, byline added, last paragraph trimmed) land a few bits apart; different reports,
// even of the same event, land far apart. The threshold is measured (see test/ingest/fingerprint.test.ts):
// on the shared dev set, republished copies and trimmed variants lie within 14 bits, different reports
// from 16 up. An unrelated pair falls within 14 bits with probability 3.5e-6 (binomial tail).

/** Largest Hamming distance at which two fingerprints are the same story. */
export const NEAR_DUPLICATE_BITS = 14;
const SHINGLE = 3;

/** FNV-1a over UTF-16 code units, then murmur3's finaliser so that every bit depends on every char. */
function hash32(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function shingles(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length <= SHINGLE) return [words.join(' ')];
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) out.push(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

const hex8 = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');

/** 64-bit SimHash of the text's word 3-shingles, as 16 hex chars. */
export function fingerprint(text: string): string {
  const votes = new Int32Array(64);
  for (const shingle of shingles(text)) {
    const hi = hash32(shingle, 0x9e3779b9);
    const lo = hash32(shingle, 0x7f4a7c15);
    for (let bit = 0; bit < 32; bit++) {
      votes[bit] += (hi >>> bit) & 1 ? 1 : -1;
      votes[32 + bit] += (lo >>> bit) & 1 ? 1 : -1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (votes[bit] > 0) hi |= 1 << bit;
    if (votes[32 + bit] > 0) lo |= 1 << bit;
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
