// Language of a document: the input's own statement when it makes one, else a guess. English, the
// common case, is recognised from its function words in a fraction of franc-min's time; every other
// text goes to franc-min.
import { franc } from 'franc-min';
import { ISO639_1 } from './language-codes.js';

/** Below this many characters trigram statistics are noise. */
const MIN_CHARS = 40;
/** franc's cost grows with the sample; this much is enough for a stable answer on news text. */
const SAMPLE_CHARS = 600;
/** At least MIN_CHARS characters that are not white space. */
const ENOUGH_CHARS = new RegExp(`^\\s*(?:\\S\\s*){${MIN_CHARS}}`);
/** Words no other language written in Latin script uses as a common word. */
const ENGLISH_ONLY = new Set(['the', 'and', 'said', 'that', 'with', 'from', 'were', 'been', 'their', 'they', 'which', 'this', 'would', 'there', 'has', 'have', 'after', 'against', 'into', 'who']);
const ENGLISH_SAMPLE_WORDS = 150;
/** Shares measured on news text: English runs 15-25% of these words, other languages under 2%. */
const ENGLISH_SHARE = 0.08;
const THE_SHARE = 0.03;

/** Mostly Latin letters (a text in another script with an English quote is not English). */
function mostlyLatin(sample: string): boolean {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (isAsciiLower(code | 0x20)) latin++;
    // Greek, Cyrillic, Arabic, Indic, CJK... (general punctuation and symbols excluded).
    else if (code >= 0x370 && (code < 0x2000 || code >= 0x2e80)) other++;
  }
  return latin >= (latin + other) * 0.9;
}

const isAsciiLower = (code: number): boolean => code >= 0x61 && code <= 0x7a;
const LONGEST_ENGLISH_ONLY = Math.max(...[...ENGLISH_ONLY].map((w) => w.length));

/** Of the first `n` runs of ASCII letters in `lower`: how many there are, how many are English-only words, how many are "the". */
function countWords(lower: string, n: number): { words: number; english: number; the: number } {
  let words = 0;
  let english = 0;
  let the = 0;
  for (let i = 0; i < lower.length && words < n; i++) {
    if (!isAsciiLower(lower.charCodeAt(i))) continue;
    const start = i;
    while (i + 1 < lower.length && isAsciiLower(lower.charCodeAt(i + 1))) i++;
    words++;
    // Only short runs can be one of the words counted: longer ones are never cut out of the text.
    if (i + 1 - start > LONGEST_ENGLISH_ONLY) continue;
    const word = lower.slice(start, i + 1);
    if (ENGLISH_ONLY.has(word)) english++;
    if (word === 'the') the++;
  }
  return { words, english, the };
}

function looksEnglish(text: string): boolean {
  const sample = text.slice(0, 1500);
  if (!mostlyLatin(sample)) return false;
  const { words, english, the } = countWords(sample.toLowerCase(), ENGLISH_SAMPLE_WORDS);
  if (words < 20) return false;
  return english >= words * ENGLISH_SHARE && the >= words * THE_SHARE;
}

/** ISO 639-1 code of the text's language (639-3 when there is none), or 'und'. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (!ENOUGH_CHARS.test(sample)) return 'und';
  if (looksEnglish(text)) return 'en';
  const code = franc(sample, { minLength: MIN_CHARS });
  return code === 'und' ? 'und' : (ISO639_1[code] ?? code);
}

/** The stated language when given, else the detected one. */
export function documentLanguage(text: string, stated: string | null | undefined): string {
  const given = stated?.trim().toLowerCase();
  if (given && given !== 'und') return given;
  return detectLanguage(text);
}
