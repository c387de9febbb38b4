// The readers' public API: inputs of any supported kind in, Documents (or reasons to skip) out.
export type { DocumentMeta, ReadOptions, ReadOutcome } from './types.js';
export { readInputs, readBytes, DEFAULT_MAX_BYTES } from './read.js';
export type { InputFormat } from './sniff.js';
export { documentFromText, documentFromHtml, cleanText } from './document.js';
export { normaliseText, contentHash } from './normalise.js';
export { removeBoilerplate, isBoilerplate } from './boilerplate.js';
export { detectLanguage } from './language.js';
export { fingerprint, hammingDistance, isNearDuplicate, NEAR_DUPLICATE_BITS } from './fingerprint.js';
export { toIsoDay } from './published.js';
