// The theater's universe: the places whose control is tracked (Afghanistan's admin-2
// districts). Every event counts for the unit it lies in: a town or district centre for its
// district, a provincial capital for the district it is the seat of.
import type { Place, PlaceKind, TheaterPack } from '../core/index.js';
import type { Gazetteer } from '../gazetteer/types.js';

export class Universe {
  readonly places: Place[];
  private readonly byId = new Map<string, Place>();
  private readonly byCode = new Map<string, Place>();

  constructor(places: Place[], readonly kind: PlaceKind | null) {
    this.places = [...places].sort((a, b) => (a.admin1 ?? '').localeCompare(b.admin1 ?? '') || a.name.localeCompare(b.name));
    for (const p of this.places) {
      this.byId.set(p.id, p);
      const code = this.codeOf(p);
      if (code) this.byCode.set(code, p);
    }
  }

  static of(theater: TheaterPack | null, gazetteer: Gazetteer | null): Universe {
    const u = theater?.universe;
    if (!u || !gazetteer) return new Universe([], null);
    return new Universe(gazetteer.list(u.country, u.kind), u.kind);
  }

  get size(): number {
    return this.places.length;
  }

  get(id: string): Place | undefined {
    return this.byId.get(id);
  }

  /** The unit a place counts for, or null when it is outside the universe or coarser than it. */
  unitOf(place: Place | null): string | null {
    if (!place) return null;
    if (this.byId.has(place.id)) return place.id;
    const code = this.codeOf(place);
    return code ? (this.byCode.get(code)?.id ?? null) : null;
  }

  private codeOf(p: Place): string | null {
    return this.kind === 'admin2' ? p.admin2Code : this.kind === 'admin1' ? p.admin1Code : null;
  }
}

/** Universe names closest to `name` (edit distance on normalised names), for "did you mean". */
export function closeNames(universe: Universe, name: string, n = 3): string[] {
  const target = normalise(name);
  return universe.places
    .map((p) => ({ p, d: editDistance(target, normalise(p.name)) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, n)
    .filter((x) => x.d <= Math.max(2, target.length / 3))
    .map((x) => `${x.p.name}${x.p.admin1 ? ` (${x.p.admin1})` : ''}`);
}

function normalise(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}
