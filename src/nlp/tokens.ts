// Tokens: words (letters/digits, with inner apostrophes, hyphens and dots) and single punctuation marks.
// One regular expression, one pass: this is also the baseline the extractor's speed is measured against.

export interface Token {
  text: string;
  /** Lower-cased, curly apostrophes straightened: the key of the trigger index. */
  norm: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Tokens of `text`; offsets are shifted by `offset` so they index the whole document. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = offset + m.index;
    tokens.push({ text: m[0], norm: normalizeWord(m[0]), start, end: start + m[0].length });
  }
  return tokens;
}

export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}
