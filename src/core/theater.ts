// A theater pack: the data that adapts Frontline to one conflict. Data, not code branches:
// adding a war means adding a JSON file in src/extract/theaters/, nothing else.
import type { IsoDate, PlaceKind, Side } from './types.js';

export interface SideInfo {
  id: Side;
  /** Label shown to users, e.g. 'Taliban', 'Afghan government'. */
  label: string;
}

export interface ActorEntry {
  /** Canonical name, e.g. 'Taliban'. */
  name: string;
  side: Side | null;
  /** Surface forms, matched case-insensitively on word boundaries ("the insurgents", "Afghan forces"). */
  aliases: string[];
  /** When set, the entry applies only to documents about these countries ("the army" is SAF in Sudan, the junta in Myanmar). */
  countries?: string[];
}

export interface TheaterPack {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 codes of the countries the theater covers (empty for the generic pack). */
  countries: string[];
  sides: SideInfo[];
  actors: ActorEntry[];
  /** The places whose control is tracked, e.g. every admin-2 unit of AF. */
  universe?: { country: string; kind: PlaceKind; note?: string };
  /** Totals that reports use for the universe (398, 407, 421 districts). */
  reportedTotals?: number[];
  /** Optional control at a start date, by place id. */
  baseline?: { date: IsoDate; controller: Record<string, Side> };
}
