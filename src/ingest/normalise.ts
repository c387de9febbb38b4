// Text normalisation. Every offset downstream indexes the text this returns, so it is a pure,
// deterministic function of its input: same characters in, same characters out.
import { createHash } from 'node:crypto';

// C0/C1 controls except tab and newline (tab becomes a space below).
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Invisible characters that carry no meaning in running text: zero-width space, word joiner,
// byte-order mark, soft hyphen and bidirectional marks. ZWNJ/ZWJ (U+200C/D) stay: Persian and
// Pashto spelling depends on them.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Tabs and the Unicode space separators (no-break, thin, ideographic...).
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** NFC, `\n` line endings, no control or zero-width characters, single spaces, trimmed lines, paragraphs kept. */
export function normaliseText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085\u000C]/g, '\n')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/ +\n *|\n +/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** sha256 (hex, first 32 chars) of the text with whitespace collapsed and case folded. */
export function contentHash(text: string): string {
  // As `replace(/\s+/g, ' ')`, but a lone space (most of the white space in a text) is not rewritten.
  const folded = text.replace(/\s\s+|[^\S ]/g, ' ').trim().toLowerCase();
  return createHash('sha256').update(folded, 'utf8').digest('hex').slice(0, 32);
}
