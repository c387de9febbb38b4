// The gazetteer behind a memo: reports repeat the same names, so each (name, context) is resolved once.
import type { Gazetteer, ResolveContext, Resolution } from '../gazetteer/types.js';

const LIMIT = 100_000;

export function memoGazetteer(g: Gazetteer): Gazetteer {
  const resolved = new Map<string, Resolution>();
  const countries = new Map<string, ReturnType<Gazetteer['country']>>();
  const lists = new Map<string, ReturnType<Gazetteer['list']>>();
  const remember = <V>(map: Map<string, V>, key: string, make: () => V): V => {
    let v = map.get(key);
    if (v === undefined && !map.has(key)) {
      v = make();
      if (map.size >= LIMIT) map.clear();
      map.set(key, v);
    }
    return v as V;
  };
  return {
    resolve: (name: string, context: ResolveContext = {}) =>
      remember(resolved, `${name}|${context.countries?.join(',') ?? ''}|${context.admin1Codes?.join(',') ?? ''}|${context.kindHint ?? ''}`, () => g.resolve(name, context)),
    country: (codeOrName: string) => remember(countries, codeOrName, () => g.country(codeOrName)),
    list: (country, kind) => remember(lists, `${country}|${kind}`, () => g.list(country, kind)),
    findMentions: (text) => g.findMentions(text),
    get: (id) => g.get(id),
  };
}
