// The extractor's public API: from a Document to sourced Events.
export { createExtractor, type Extractor, type ExtractorOptions } from './extractor.js';
export { loadTheaters, packsFor } from './theaters.js';
export { eventToJson, EXTRACTOR_VERSION } from './json.js';
export { createActorMatcher, type ActorMatcher } from './actors.js';
export { LOCALE_LANGUAGES } from './locales/index.js';
