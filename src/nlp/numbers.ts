// Quantities as reports state them: "more than 300", "ten districts", "hundreds of" (a size
// without a count), "a third of all 421", "142 of 398".
import type { Span } from '../core/index.js';
import { allMatches } from './matches.js';

export interface Quantity extends Span {
  text: string;
  /** The count, when the text gives one. */
  value: number | null;
  /** "more than" / "at least" / "about": the count is a bound or an estimate. */
  approximate: boolean;
  /** "hundreds of", "dozens", "several": a size with no count. */
  vague: boolean;
  /** "a third of" → 1/3. */
  fraction: number | null;
  /** "of (all) 421" → 421. */
  total: number | null;
}

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, 'a dozen': 12,
};
const FRACTIONS: Record<string, number> = {
  half: 1 / 2, 'a half': 1 / 2, 'one half': 1 / 2, 'a third': 1 / 3, 'one third': 1 / 3, 'one-third': 1 / 3, 'two thirds': 2 / 3,
  'two-thirds': 2 / 3, 'a quarter': 1 / 4, 'one quarter': 1 / 4, 'three quarters': 3 / 4, 'three-quarters': 3 / 4, 'a fifth': 1 / 5,
};
const VAGUE = /^(?:hundreds|dozens|thousands|scores|several|many|a few|few|a number|tens)$/i;

const APPROX = '(?:more than|over|at least|about|around|nearly|almost|roughly|some|up to|approximately|close to|fewer than|less than)';
const WORD = `(?:${Object.keys(UNITS).join('|')})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?`;
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|${WORD})`;
const FRACTION = Object.keys(FRACTIONS).sort((a, b) => b.length - a.length).join('|');

const QUANTITY = new RegExp(
  `\\b(?:(${APPROX}) )?(?:(${FRACTION}) of (?:all |the |its )?(?:(${NUMBER}) )?|(${NUMBER})(?: (?:out )?of (?:all |the )?(${NUMBER})\\b)?|(hundreds|dozens|thousands|scores|several|a few|tens)(?: of)?)\\b`,
  'gi',
);

/** Every quantity in `text`, left to right. */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of allMatches(QUANTITY, text)) {
    const [whole, approx, fraction, fracTotal, count, ofTotal, vague] = m;
    if (!fraction && !count && !vague) continue;
    const value = count ? numberValue(count) : null;
    if (count && value === null) continue;
    out.push({
      start: m.index,
      end: m.index + whole.length,
      text: whole,
      value,
      approximate: Boolean(approx),
      vague: Boolean(vague && VAGUE.test(vague)),
      fraction: fraction ? FRACTIONS[fraction.toLowerCase()] : null,
      total: fracTotal ? numberValue(fracTotal) : ofTotal ? numberValue(ofTotal) : null,
    });
  }
  return out;
}

/** "300" → 300, "1,000" → 1000, "ten" → 10, "twenty-one" → 21; anything else → null. */
export function numberValue(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(w)) return Number(w.replace(/,/g, ''));
  if (w in UNITS) return UNITS[w];
  const parts = w.split(/[- ]/);
  if (parts.length === 2 && parts[0] in UNITS && parts[1] in UNITS) return UNITS[parts[0]] + UNITS[parts[1]];
  return null;
}
