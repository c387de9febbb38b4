// Sentences: Intl.Segmenter, corrected for what news text does to it. Paragraph and line breaks
// end a sentence (headlines, bullet lines and datelines carry no final period), and a break
// after a known abbreviation ("Gen.", "Aug.", "U.S.") is not a sentence end.
import type { Span } from '../core/index.js';
import { allMatches } from './matches.js';

export interface Sentence extends Span {
  text: string;
  /** Index of the paragraph (blank-line separated block) the sentence is in. */
  paragraph: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

const ABBREVIATIONS = new Set(
  ('mr mrs ms dr gen lt col maj capt sgt adm gov sen rep st no vs jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'approx inc co corp dept est fig u.s u.k u.n e.g i.e a.m p.m jr sr prof pres brig cmdr').split(' '),
);

/** Split a document into sentences with offsets into `text`. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const line of lines(text)) {
    if (line.blankBefore && sentences.length > 0) paragraph++;
    for (const chunk of chunks(line)) for (const s of segmentLine(chunk.text, chunk.start)) sentences.push({ text: s.text, start: s.start, end: s.end, paragraph });
  }
  return sentences;
}

interface Line extends Span {
  text: string;
  blankBefore: boolean;
}

const LINE = /[^\n]+/g;

function lines(text: string): Line[] {
  const out: Line[] = [];
  let blank = false;
  for (const m of allMatches(LINE, text)) {
    const start = m.index;
    if (m[0].trim() === '') {
      blank = true;
      continue;
    }
    const before = text.slice(Math.max(0, start - 2), start);
    out.push({ text: m[0], start, end: start + m[0].length, blankBefore: blank || before === '\n\n' });
    blank = false;
  }
  return out;
}

const CHUNK = 2000;

/** Intl.Segmenter slows down on very long strings: a long line is cut first at clear sentence ends. */
function chunks(line: Line): { text: string; start: number }[] {
  if (line.text.length <= CHUNK) return [line];
  const out: { text: string; start: number }[] = [];
  const end = /[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})/gu;
  let from = 0;
  while (line.text.length - from > CHUNK) {
    end.lastIndex = from + CHUNK / 2;
    let m = end.exec(line.text);
    while (m && endsInAbbreviation(line.text.slice(Math.max(from, m.index - 12), m.index + 1))) m = end.exec(line.text);
    if (!m) break;
    const cut = m.index + m[0].length;
    out.push({ text: line.text.slice(from, cut), start: line.start + from });
    from = cut;
  }
  out.push({ text: line.text.slice(from), start: line.start + from });
  return out;
}

function segmentLine(line: string, offset: number): Omit<Sentence, 'paragraph'>[] {
  const out: Omit<Sentence, 'paragraph'>[] = [];
  // Fast path: a line with no sentence mark before its last character is one sentence.
  if (!/[.!?…。]/.test(line.trimEnd().slice(0, -1))) {
    pushTrimmed(out, line, 0, line.length, offset);
    return out;
  }
  let pendingStart = -1;
  for (const seg of segmenter.segment(line)) {
    const start = pendingStart >= 0 ? pendingStart : seg.index;
    const end = seg.index + seg.segment.length;
    if (endsInAbbreviation(seg.segment) && end < line.length) {
      pendingStart = start;
      continue;
    }
    pendingStart = -1;
    pushTrimmed(out, line, start, end, offset);
  }
  if (pendingStart >= 0) pushTrimmed(out, line, pendingStart, line.length, offset);
  return out;
}

function endsInAbbreviation(segment: string): boolean {
  const m = /(?:^|[\s(“"])([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)\.\s*$/.exec(segment);
  if (!m) return false;
  const word = m[1].toLowerCase();
  return ABBREVIATIONS.has(word) || word.length === 1;
}

/** Longer "sentences" are lists, tables or text without punctuation: cut, so that every later step stays linear. */
const MAX_SENTENCE = 1000;

function pushTrimmed(out: Omit<Sentence, 'paragraph'>[], line: string, start: number, end: number, offset: number): void {
  const raw = line.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text === '') return;
  if (text.length > MAX_SENTENCE) return pushCut(out, text, offset + start + lead);
  out.push({ text, start: offset + start + lead, end: offset + start + lead + text.length });
}

/** Cut at the last ; or , before the limit, else at the last space. */
function pushCut(out: Omit<Sentence, 'paragraph'>[], text: string, at: number): void {
  let from = 0;
  while (text.length - from > MAX_SENTENCE) {
    const window = text.slice(from, from + MAX_SENTENCE);
    const soft = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '));
    const cut = soft > MAX_SENTENCE / 2 ? soft + 1 : window.lastIndexOf(' ') > 0 ? window.lastIndexOf(' ') : MAX_SENTENCE;
    pushTrimmed(out, text, from, from + cut, at);
    from += cut;
  }
  pushTrimmed(out, text, from, text.length, at);
}
