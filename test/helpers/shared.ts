// The project's shared folder (evaluation files, reference facts) sits beside the checkout:
// ../shared from the repository root, where `npm test` runs. FRONTLINE_SHARED overrides it.
import { resolve } from 'node:path';

export const SHARED_DIR = process.env.FRONTLINE_SHARED ?? resolve(process.cwd(), '..', 'shared');
export const sharedPath = (...parts: string[]): string => resolve(SHARED_DIR, ...parts);
