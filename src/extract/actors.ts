// Actor mentions from theater packs, found in one pass over a text's tokens: every alias is indexed
// by its first word, longest first, so a text is read once whatever the number of aliases.
// All-capital aliases (ANA, RSF, IS) match only in capitals.
import type { ActorEntry, ActorRef, TheaterPack } from '../core/index.js';
import { tokenize, type Token } from '../nlp/index.js';

export interface ActorMatcher {
  /** Actor mentions in `text`, offsets shifted by `offset`, left to right, not overlapping. */
  find(text: string, offset?: number): ActorRef[];
  /** The same over tokens already made from `text` (offset: where `text` starts in the document). */
  findInTokens(tokens: Token[], text: string, offset: number): ActorRef[];
  /** The first actor named in a free-text name ("Russian forces and Wagner Group"), or null. */
  identify(name: string): ActorRef | null;
}

interface Alias {
  words: string[];
  /** Acronyms: compared as written. */
  caseful: boolean;
  /** A common noun ("fighters", "the militants"), not a name. */
  descriptor: boolean;
  entry: ActorEntry;
}

const isAcronym = (alias: string) => /^[A-Z][A-Z0-9/-]{1,5}s?$/.test(alias);
const isName = (alias: string) => /^\p{Lu}/u.test(alias) && !/^(?:The|A|An)\s/.test(alias);
/** "Taliban’s" reads as "taliban": a possessive does not hide an actor. */
const key = (t: Token, caseful: boolean) => withoutPossessive(caseful ? t.text : t.norm);

/** As `word.replace(/['’]s$/i, '')`: this runs on every token, most of which do not end in "s". */
function withoutPossessive(word: string): string {
  const n = word.length;
  const last = word[n - 1];
  if (n < 2 || (last !== 's' && last !== 'S')) return word;
  return word[n - 2] === "'" || word[n - 2] === '’' ? word.slice(0, n - 2) : word;
}

/** A matcher over the actors of `packs` that apply to documents about `countries`; `namesOnly` keeps proper names ("Taliban", not "the militants"). */
export function createActorMatcher(packs: TheaterPack[], countries: string[], namesOnly = false): ActorMatcher {
  const index = compile(packs, countries, namesOnly);
  const find = (text: string, offset = 0) => findActors(index, tokenize(text, offset), text, offset);
  return {
    find,
    findInTokens: (tokens, text, offset) => findActors(index, tokens, text, offset),
    identify(name) {
      return find(name)[0] ?? null;
    },
  };
}

function compile(packs: TheaterPack[], countries: string[], namesOnly: boolean): Map<string, Alias[]> {
  // Country-specific entries first: they win over the universal reading of the same alias.
  const applicable = packs.flatMap((p) => p.actors).filter((a) => !a.countries || a.countries.some((c) => countries.includes(c)));
  applicable.sort((a, b) => Number(Boolean(b.countries)) - Number(Boolean(a.countries)));
  const seen = new Set<string>();
  const index = new Map<string, Alias[]>();
  for (const entry of applicable) {
    for (const alias of entry.aliases) {
      if (namesOnly && !isName(alias)) continue;
      const caseful = isAcronym(alias);
      const words = tokenize(alias).map((t) => key(t, caseful));
      const id = `${caseful}|${words.join(' ')}`;
      if (words.length === 0 || seen.has(id)) continue;
      seen.add(id);
      const first = caseful ? words[0].toLowerCase() : words[0];
      index.set(first, [...(index.get(first) ?? []), { words, caseful, descriptor: !isName(alias) && !caseful, entry }]);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

function findActors(index: Map<string, Alias[]>, tokens: Token[], text: string, offset: number): ActorRef[] {
  const found: ActorRef[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const alias = firstMatching(index.get(key(tokens[i], false)), tokens, i);
    if (!alias || opposedDescriptor(alias, tokens, i)) continue;
    const start = tokens[i].start;
    const end = tokens[i + alias.words.length - 1].end;
    found.push({ text: text.slice(start - offset, end - offset), name: alias.entry.name, side: alias.entry.side, span: { start, end } });
    i += alias.words.length - 1;
  }
  return found;
}

/** The first (longest) alias starting at token `i`; a plain loop, as this runs for every token of every document. */
function firstMatching(candidates: Alias[] | undefined, tokens: Token[], i: number): Alias | undefined {
  if (candidates) for (const a of candidates) if (matchesAt(a, tokens, i)) return a;
  return undefined;
}

/** "anti-militia fighters": a descriptor the word before sets against someone is not the pack's usual reading of it. */
function opposedDescriptor(alias: Alias, tokens: Token[], i: number): boolean {
  return alias.descriptor && i > 0 && tokens[i - 1].norm.startsWith('anti-');
}

function matchesAt(alias: Alias, tokens: Token[], i: number): boolean {
  if (i + alias.words.length > tokens.length) return false;
  for (let j = 0; j < alias.words.length; j++) if (key(tokens[i + j], alias.caseful) !== alias.words[j]) return false;
  return true;
}
