// The gazetteer: places of any country from GeoNames, a name index, disambiguation by context.
export type * from './types.js';
export { loadGazetteer, type LoadOptions } from './load.js';
export { normalizeName, phoneticKey } from './normalize.js';
