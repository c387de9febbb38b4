// What happens to the drafts of a document after parsing, in order.
import { actorRefiner } from './actorRefiner.js';
import { dateRefiner } from './dateRefiner.js';
import { denialRefiner } from './denialRefiner.js';
import { dropUnresolvedRefiner } from './dropUnresolvedRefiner.js';
import { ellipsisRefiner } from './ellipsisRefiner.js';
import { mergeRefiner } from './mergeRefiner.js';
import { modalityRefiner } from './modalityRefiner.js';
import { resolvePlaceRefiner } from './resolvePlaceRefiner.js';
import { statusRefiner } from './statusRefiner.js';
import { withoutFightRefiner } from './withoutFightRefiner.js';
import type { Refiner } from '../types.js';

export const REFINERS: Refiner[] = [
  modalityRefiner,
  ellipsisRefiner,
  resolvePlaceRefiner,
  dropUnresolvedRefiner,
  actorRefiner,
  dateRefiner,
  statusRefiner,
  denialRefiner,
  withoutFightRefiner,
  mergeRefiner,
];
