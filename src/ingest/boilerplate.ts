// Boilerplate removal over normalised text, paragraph by paragraph and then line by line inside
// the paragraphs that stay. Cues and their weights are data (boilerplate-lexicon.ts).
import { CUES, ELSEWHERE, REPORTING } from './boilerplate-lexicon.js';

/** Cue points per word a block needs, on top of a minimum, to count as furniture. */
const MIN_SCORE = 3;
const WORDS_PER_POINT = 12;
/** Longer than any furniture can be: all cues together could not reach the density needed. */
const MAX_FURNITURE_CHARS = 6000;
/** A line this short cannot be the middle of a hard-wrapped sentence worth keeping. */
const SHORT_LINE_WORDS = 15;

/** What JavaScript's `\s` matches, as a set of code points: counting words is the hot loop here. */
const SPACE = new Set([9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
const isSpace = (c: number): boolean => (c <= 32 || c >= 0xa0) && (SPACE.has(c) || (c >= 0x2000 && c <= 0x200a));

/** Runs of non-space characters (as `s.split(/\s+/).filter(Boolean).length`, without the arrays). */
function wordCount(s: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Matches wherever some cue does: most paragraphs have none and are settled with one scan instead of one per cue. */
const ANY_CUE = new RegExp(CUES.map((cue) => `(?:${cue.pattern.source})`).join('|'), 'i');

function cueScore(block: string): number {
  if (!ANY_CUE.test(block)) return 0;
  let score = 0;
  for (const cue of CUES) if (cue.pattern.test(block)) score += cue.weight;
  return score;
}

/** One short line pointing to another story (or to this one's headline). */
function pointsElsewhere(block: string, words: number): boolean {
  return block.length < 400 && !block.includes('\n') && words <= 30 && ELSEWHERE.some((p) => p.test(block));
}

/** Reports events: reporting words inside something sentence-sized. */
function reportsEvents(block: string, words: number): boolean {
  return words >= 8 && REPORTING.test(block);
}

/** Page furniture (consent banner, share bar, app or newsletter promotion, advert label, footer). */
export function isBoilerplate(block: string): boolean {
  const text = block.trim();
  if (text === '') return true;
  if (text.length > MAX_FURNITURE_CHARS) return false;
  const words = wordCount(text);
  if (pointsElsewhere(text, words)) return true;
  if (reportsEvents(text, words)) return false;
  const score = cueScore(text);
  return score >= MIN_SCORE && score * WORDS_PER_POINT >= words;
}

const endsSentence = (line: string): boolean => /[.!?:"”’)]$/.test(line);

/** Drops furniture lines inside a kept paragraph, never a piece of a hard-wrapped sentence. */
function dropBoilerplateLines(paragraph: string): string {
  const lines = paragraph.split('\n');
  if (lines.length === 1) return paragraph;
  const kept = lines.filter((line, i) => {
    if (!isBoilerplate(line)) return true;
    const startsFresh = i === 0 || endsSentence(lines[i - 1]);
    const endsFresh = i === lines.length - 1 || endsSentence(line) || wordCount(line) <= SHORT_LINE_WORDS;
    return !(startsFresh && endsFresh);
  });
  return kept.join('\n');
}

/** The text without page furniture; paragraphs that report events always stay. */
export function removeBoilerplate(text: string): string {
  return text
    .split(/\n{2,}/)
    .filter((p) => !isBoilerplate(p))
    .map(dropBoilerplateLines)
    .filter((p) => p.trim() !== '')
    .join('\n\n');
}
