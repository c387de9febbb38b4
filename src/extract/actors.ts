// Actor mentions from theater packs: every alias of the chosen packs compiled into one
// expression, longest first. All-capital aliases (ANA, RSF, IS) match only in capitals.
import type { ActorEntry, ActorRef, TheaterPack } from '../core/index.js';

export interface ActorMatcher {
  /** Actor mentions in `text`, offsets shifted by `offset`, left to right, not overlapping. */
  find(text: string, offset?: number): ActorRef[];
  /** The first actor named in a free-text name ("Russian forces and Wagner Group"), or null. */
  identify(name: string): ActorRef | null;
}

interface Compiled {
  caseless: RegExp | null;
  caseful: RegExp | null;
  entries: Map<string, ActorEntry>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
const isAcronym = (alias: string) => /^[A-Z][A-Z0-9/-]{1,5}s?$/.test(alias);
const key = (alias: string) => alias.toLowerCase().replace(/’/g, "'");

/** A matcher over the actors of `packs` that apply to documents about `countries`; `namesOnly` keeps proper names ("Taliban", not "the militants"). */
export function createActorMatcher(packs: TheaterPack[], countries: string[], namesOnly = false): ActorMatcher {
  const compiled = compile(packs, countries, namesOnly);
  const find = (text: string, offset = 0) => findActors(compiled, text, offset);
  return {
    find,
    identify(name) {
      return find(name)[0] ?? null;
    },
  };
}

const isName = (alias: string) => /^\p{Lu}/u.test(alias) && !/^(?:The|A|An)\s/.test(alias);

function compile(packs: TheaterPack[], countries: string[], namesOnly: boolean): Compiled {
  const entries = new Map<string, ActorEntry>();
  const caseful = new Map<string, ActorEntry>();
  // Country-specific entries first: they win over the universal reading of the same alias.
  const applicable = packs.flatMap((p) => p.actors).filter((a) => !a.countries || a.countries.some((c) => countries.includes(c)));
  applicable.sort((a, b) => Number(Boolean(b.countries)) - Number(Boolean(a.countries)));
  for (const actor of applicable) {
    for (const alias of actor.aliases) {
      if (namesOnly && !isName(alias)) continue;
      const target = isAcronym(alias) ? caseful : entries;
      const k = isAcronym(alias) ? alias : key(alias);
      if (!target.has(k)) target.set(k, actor);
    }
  }
  const all = new Map([...entries, ...caseful]);
  return { caseless: alternation([...entries.keys()], 'giu'), caseful: alternation([...caseful.keys()], 'gu'), entries: all };
}

function alternation(aliases: string[], flags: string): RegExp | null {
  if (aliases.length === 0) return null;
  const body = aliases.sort((a, b) => b.length - a.length).map(escape).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags);
}

function findActors(c: Compiled, text: string, offset: number): ActorRef[] {
  const found: ActorRef[] = [];
  for (const re of [c.caseless, c.caseful]) {
    if (!re) continue;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.span!.start - offset < end && start < f.span!.end - offset)) continue;
      const entry = c.entries.get(re.flags.includes('i') ? key(m[0]) : m[0]);
      if (entry) found.push({ text: m[0], name: entry.name, side: entry.side, span: { start: offset + start, end: offset + end } });
    }
  }
  return found.sort((a, b) => a.span!.start - b.span!.start);
}
