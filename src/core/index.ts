export * from './types.js';
export * from './theater.js';
export * from './paths.js';
export * from './errors.js';
export * from './views.js';
