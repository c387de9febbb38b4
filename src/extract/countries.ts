// Which countries a document is about: country names and demonyms it uses ("Afghanistan",
// "Afghan", "Sudanese"), most mentioned first. Decides the theater packs and the gazetteer context.
import type { Gazetteer } from '../gazetteer/types.js';

// Capitalised words with a lower-case letter: "TV" or "US" in capitals are not read as country codes.
const CAPITALISED = /\b\p{Lu}\p{Ll}[\p{L}'’-]+(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]+)?/gu;

/** `cache` maps a word to its country code (or null) across documents, so each word is looked up once. */
export function documentCountries(text: string, gazetteer: Gazetteer, cache: Map<string, string | null>): string[] {
  const counts = new Map<string, number>();
  // exec rather than matchAll: this runs over every document's whole text, and matchAll copies the pattern per call.
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) {
    const words = m[0].endsWith('s') ? m[0].replace(/['’]s$/, '') : m[0];
    const code = lookup(words, gazetteer, cache) ?? (words.includes(' ') ? lookup(words.split(/\s+/)[0].replace(/['’]s$/, ''), gazetteer, cache) : null);
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
}

function lookup(word: string, gazetteer: Gazetteer, cache: Map<string, string | null>): string | null {
  let code = cache.get(word);
  if (code === undefined) {
    code = gazetteer.country(word)?.country ?? null;
    if (cache.size < 200_000) cache.set(word, code);
  }
  return code;
}
