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

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

function cueScore(block: string): number {
  let score = 0;
  for (const cue of CUES) if (cue.pattern.test(block)) score += cue.weight;
  return score;
}

/** One short line pointing to another story (or to this one's headline). */
function pointsElsewhere(block: string): boolean {
  return block.length < 400 && !block.includes('\n') && wordCount(block) <= 30 && ELSEWHERE.some((p) => p.test(block));
}

/** Reports events: reporting words inside something sentence-sized. */
function reportsEvents(block: string): boolean {
  return wordCount(block) >= 8 && REPORTING.test(block);
}

/** Page furniture (consent banner, share bar, app or newsletter promotion, advert label, footer). */
export function isBoilerplate(block: string): boolean {
  const text = block.trim();
  if (text === '') return true;
  if (text.length > MAX_FURNITURE_CHARS) return false;
  if (pointsElsewhere(text)) return true;
  if (reportsEvents(text)) return false;
  const score = cueScore(text);
  return score >= MIN_SCORE && score * WORDS_PER_POINT >= wordCount(text);
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
