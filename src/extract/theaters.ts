// Theater packs are data: one JSON file per conflict in ./theaters. Adding a war is adding a file.
import type { TheaterPack } from '../core/index.js';
import afghanistan from './theaters/afghanistan.json' with { type: 'json' };
import generic from './theaters/generic.json' with { type: 'json' };

const PACKS = [afghanistan, generic] as TheaterPack[];

/** Every theater pack shipped with Frontline, the specific ones before the generic one. */
export function loadTheaters(): TheaterPack[] {
  return PACKS;
}

/** The packs that apply to a document about `countries`: those covering one of them, plus the generic ones. All when none is known. */
export function packsFor(packs: TheaterPack[], countries: string[]): TheaterPack[] {
  if (countries.length === 0) return packs;
  return packs.filter((p) => p.countries.length === 0 || p.countries.some((c) => countries.includes(c)));
}
