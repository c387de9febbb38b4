// SimHash of a text: republished copies of one wire story (a changed headline, a footer)
// land within a few bits of each other, so they count as one source.

/** Near-duplicates differ in at most this many of the 64 bits. */
export const NEAR_DUPLICATE_BITS = 3;

/** 64-bit SimHash over word 3-shingles, as 16 hex digits; null for texts too short to judge. */
export function simhash(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < 8) return null;
  const weights = new Int32Array(64);
  for (let i = 0; i + 3 <= words.length; i++) {
    const shingle = `${words[i]} ${words[i + 1]} ${words[i + 2]}`;
    // Two independent 32-bit hashes make the 64 bits, in plain number arithmetic (fast).
    const halves = [hash32(shingle, 0x811c9dc5), hash32(shingle, 0x01000193)];
    for (let bit = 0; bit < 64; bit++) weights[bit] += (halves[bit >> 5] >>> (bit & 31)) & 1 ? 1 : -1;
  }
  let hex = '';
  for (let nibble = 15; nibble >= 0; nibble--) {
    let v = 0;
    for (let b = 3; b >= 0; b--) v = (v << 1) | (weights[nibble * 4 + b] > 0 ? 1 : 0);
    hex += v.toString(16);
  }
  return hex;
}

/** The four 16-bit bands: two fingerprints within 3 bits share at least one band exactly. */
export function bands(fingerprint: string): number[] {
  return [0, 4, 8, 12].map((i) => parseInt(fingerprint.slice(i, i + 4), 16));
}

export function hammingDistance(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    let x = parseInt(a[i], 16) ^ parseInt(b[i], 16);
    for (; x; x &= x - 1) n++;
  }
  return n;
}

export function isNearDuplicate(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && hammingDistance(a, b) <= NEAR_DUPLICATE_BITS;
}

/** FNV-1a with a seed, finished with a murmur mix so that every bit depends on the input. */
function hash32(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
