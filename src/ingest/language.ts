// Language of a document: the input's own statement when it makes one, else franc-min's guess.
import { franc } from 'franc-min';
import { ISO639_1 } from './language-codes.js';

/** Below this many characters trigram statistics are noise. */
const MIN_CHARS = 40;
/** franc looks at no more than this; slicing first keeps long documents cheap. */
const SAMPLE_CHARS = 2048;

/** ISO 639-1 code of the text's language (639-3 when there is none), or 'und'. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.replace(/\s+/g, '').length < MIN_CHARS) return 'und';
  const code = franc(sample, { minLength: MIN_CHARS });
  return code === 'und' ? 'und' : (ISO639_1[code] ?? code);
}

/** The stated language when given, else the detected one. */
export function documentLanguage(text: string, stated: string | null | undefined): string {
  const given = stated?.trim().toLowerCase();
  if (given && given !== 'und') return given;
  return detectLanguage(text);
}
