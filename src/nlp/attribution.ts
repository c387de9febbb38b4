// Who says so: "X said", "said X", "according to X", "X confirmed", "a statement said",
// "X told AFP", "X claimed", "X denied". The source is what status refiners read.
import { allMatches } from './matches.js';

export type SpeechAct = 'said' | 'confirmed' | 'claimed' | 'denied';

export interface Attribution {
  /** The words naming the source, as written ("Taliban spokesman Zabihullah Mujahid"). */
  source: string;
  act: SpeechAct;
  start: number;
  end: number;
}

const VERBS: Record<string, SpeechAct> = {
  said: 'said', says: 'said', told: 'said', tells: 'said', reported: 'said', announced: 'said', stated: 'said', wrote: 'said', tweeted: 'said',
  added: 'said', according: 'said', confirmed: 'confirmed', confirms: 'confirmed', claimed: 'claimed', claims: 'claimed', claim: 'claimed',
  vowed: 'claimed', boasted: 'claimed', insisted: 'claimed', denied: 'denied', denies: 'denied', deny: 'denied', rejected: 'denied', dismissed: 'denied',
};
const VERB = Object.keys(VERBS).join('|');
const WORD =
  "(?:[A-Z][\\w'’.-]*|the|a|an|of|for|and|its|his|her|their|local|senior|provincial|district|security|government|military|defen[cs]e|interior|foreign|" +
  "ministry|spokes(?:man|woman|person)|officials?|sources?|statement|residents?|commander|lawmakers?|member|council|[\\w-]+['’]s)(?![\\w'’])";
const SOURCE = `(${WORD}(?:[ ,]+${WORD}){0,8})`;

const ANY_VERB = new RegExp(`\\b(?:${VERB})\\b`, 'i');
const SOURCE_THEN_VERB = new RegExp(`${SOURCE}\\s+(?:(?:also|later|had|has|have|on \\w+|\\w+ly)\\s+)?(${VERB})\\b`, 'g');
const VERB_THEN_SOURCE = new RegExp(`\\b(said|says|told|[Aa]ccording to|confirmed|claimed|denied)\\s+${SOURCE}`, 'g');

/** Speech acts in a sentence, left to right. */
export function findAttributions(sentence: string): Attribution[] {
  const out: Attribution[] = [];
  if (!ANY_VERB.test(sentence)) return out;
  for (const m of allMatches(SOURCE_THEN_VERB, sentence)) {
    const source = trimSource(m[1]);
    if (source) out.push({ source, act: VERBS[m[2].toLowerCase()], start: m.index, end: m.index + m[0].length });
  }
  for (const m of allMatches(VERB_THEN_SOURCE, sentence)) {
    if (out.some((a) => a.start <= m.index && m.index < a.end)) continue;
    const source = trimSource(m[2]);
    const act = VERBS[m[1].split(' ')[0].toLowerCase()];
    if (source) out.push({ source, act, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

function trimSource(raw: string): string {
  return raw.replace(/,\s*(?:the|a|an)\b.*$/i, '').replace(/^(?:and|but|,|\s)+|[\s,]+$/g, '').replace(/\s+(?:on|in|at|to)$/, '');
}
