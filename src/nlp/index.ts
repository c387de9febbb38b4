// Natural-language helpers for the extractor: pure functions over text, no I/O.
export { tokenize, normalizeWord, type Token } from './tokens.js';
export { splitSentences, type Sentence } from './sentences.js';
export { resolveDates, type DateMention } from './dates.js';
export { findQuantities, numberValue, type Quantity } from './numbers.js';
export { findAttributions, type Attribution, type SpeechAct } from './attribution.js';
export { modalityAt, type Modality } from './modality.js';
export { allMatches } from './matches.js';
