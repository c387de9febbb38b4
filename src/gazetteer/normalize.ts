// Name keys. Two per name: the normalised form (what the name says, minus accents, case and
// kind words) and a phonetic key where transliteration variants meet (Fayzabad = Feyzabad).
import type { PlaceKind } from '../core/index.js';

type UnitKind = Exclude<PlaceKind, 'country'>;

/** Words that say what kind of place a name is; dropped around a name. */
const KIND_WORDS = new Map<string, UnitKind | null>([
  ['the', null],
  ['province', 'admin1'],
  ['oblast', 'admin1'],
  ['governorate', 'admin1'],
  ['state', 'admin1'],
  ['region', 'admin1'],
  ['wilayat', 'admin1'],
  ['velayat', 'admin1'],
  ['district', 'admin2'],
  ['raion', 'admin2'],
  ['rayon', 'admin2'],
  ['municipality', 'admin2'],
  ['county', 'admin2'],
  ['woleswali', 'admin2'],
  ['woluswali', 'admin2'],
  ['wuleswali', 'admin2'],
  ['wuluswali', 'admin2'],
  ['uluswali', 'admin2'],
  ['oluswali', 'admin2'],
  ['ulusvali', 'admin2'],
  ['city', 'populated'],
  ['town', 'populated'],
  ['village', 'populated'],
]);

/** Letters that NFKD does not decompose. */
const LETTER_FOLDS: Record<string, string> = {
  ı: 'i', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ħ: 'h', ŧ: 't', ə: 'e', ŋ: 'ng',
};
const LETTER_FOLD_RE = /[ıøæœßđðłþħŧəŋ]/g;
// Apostrophes, ayn/hamza marks and quotes inside names ("Qal‘ah", "Nad-e `Ali"): joined, not split.
const APOSTROPHES_RE = /['’‘`´ʼʻʿʾ′"“”]/g;
const SEPARATORS_RE = /[-‐‑‒–—_/.,()]+/g;

/** One word, normalised: NFKD without marks, lower case, apostrophes removed. */
export function normalizeToken(word: string): string {
  if (/^[a-z]+$/.test(word)) return word;
  if (/^[A-Za-z]+$/.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(LETTER_FOLD_RE, (c) => LETTER_FOLDS[c])
    .replace(APOSTROPHES_RE, '');
}

/** Normalised words of a name, kind words still in. */
export function nameTokens(name: string): string[] {
  return name
    .replace(SEPARATORS_RE, ' ')
    .split(/\s+/)
    .map(normalizeToken)
    .filter((t) => t.length > 0);
}

export interface KindStripped {
  tokens: string[];
  /** The kind the dropped words name (the outermost wins), if any. */
  kind: UnitKind | null;
  /** True when a kind word (other than "the") was dropped. */
  stripped: boolean;
}

/** Drop kind words at both ends ("the district of X", "X Province"), never the whole name. */
export function stripKindWords(tokens: string[]): KindStripped {
  let start = 0;
  let end = tokens.length;
  let kind: UnitKind | null = null;
  let stripped = false;
  const drop = (t: string) => {
    const k = KIND_WORDS.get(t);
    if (k) {
      kind = k;
      stripped = true;
    }
  };
  while (end - start > 1 && KIND_WORDS.has(tokens[start])) drop(tokens[start++]);
  if (end - start > 1 && stripped && tokens[start] === 'of') start++;
  while (end - start > 1 && KIND_WORDS.has(tokens[end - 1])) drop(tokens[--end]);
  return { tokens: tokens.slice(start, end), kind, stripped };
}

/** The normalised form of a name: "Maidan Wardak Province" → "maidan wardak", "Spīn Bōldak" → "spin boldak". */
export function normalizeName(name: string): string {
  return stripKindWords(nameTokens(name)).tokens.join(' ');
}

// Persian/Arabic linkers ("Pul-e Khumri", "Mazar-i-Sharif", "Qal'ah-ye Now") and the article
// ("El Fasher" = "Al Fashir" = "Fasher") carry no identity: dropped from the phonetic key.
const LINKERS = new Set(['e', 'i', 'ye', 'yi', 'y', 'al', 'el']);

const isLatin = (t: string) => /^[a-z0-9]+$/.test(t);

// Words recur (qal'ah, deh, kalay) across a million names: fold each one once.
const folded = new Map<string, string>();

/** Phonetic folding of one Latin word: digraphs to one letter, vowel runs to "a", doubles single. */
export function foldWord(t: string): string {
  let f = folded.get(t);
  if (f === undefined) {
    if (folded.size > 200_000) folded.clear();
    folded.set(t, (f = foldLetters(t)));
  }
  return f;
}

function foldLetters(t: string): string {
  let s = t
    .replace(/dzh/g, 'j')
    .replace(/kh/g, 'x')
    .replace(/gh/g, 'g')
    .replace(/sh/g, 's')
    .replace(/ch/g, 'c')
    .replace(/zh/g, 'j')
    .replace(/dh/g, 'z')
    .replace(/th/g, 't')
    .replace(/ph/g, 'f')
    .replace(/ck|q/g, 'k');
  // y is a vowel except at the start ("Bamyan" = "Bamiyan", but "Yakawlang");
  // w after a vowel is a vowel too, unless a/e/i follows ("Khowst" = "Khost", "Naw" = "Nau",
  // "Bahawuddin" = "Bahauddin", but "Nawa" keeps its w);
  // v is w ("Bakva" = "Bakwa") but stays a consonant at the end ("Kyiv").
  s = s[0] + s.slice(1).replace(/y/g, 'e');
  s = s.replace(/([aeiou])w(?![aei])/g, '$1o').replace(/v/g, 'w');
  // h after a vowel and not before one is silent ("Farah" = "Fara", "Mehtar" = "Metar").
  s = s.replace(/([aeiou])h(?![aeiou])/g, '$1');
  s = s.replace(/[aeiou]+/g, 'a');
  return s.replace(/([a-z])\1+/g, '$1');
}

// "North Darfur" = "Northern Darfur", "West Kordofan" = "Western Kordofan".
const DIRECTION_ADJECTIVES: Record<string, string> = { northern: 'north', southern: 'south', eastern: 'east', western: 'west' };

/** The phonetic key of already normalised words: linkers dropped, Latin words folded, no spaces. */
export function phoneticOfTokens(tokens: string[]): string {
  const words = tokens.length > 1 ? tokens.filter((t) => !LINKERS.has(t)).map((t) => DIRECTION_ADJECTIVES[t] ?? t) : tokens;
  const joined = (words.length ? words : tokens).map((t) => (isLatin(t) ? foldWord(t) : t)).join('');
  // Re-fold across word joins ("Qala Ab" = "Qalaab").
  return joined.replace(/a+/g, 'a').replace(/([b-df-hj-np-tv-z])\1+/g, '$1');
}

/** The phonetic key of a name: "Fayzabad", "Feyzabad" and "Faīẕābād" share one. */
export function phoneticKey(name: string): string {
  return phoneticOfTokens(stripKindWords(nameTokens(name)).tokens);
}
