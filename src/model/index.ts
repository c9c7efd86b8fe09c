export * from './span.js';
export * from './diagnostic.js';
export * from './ingest.js';
export * from './segments.js';
export * from './items.js';
export * from './document.js';
export * from './errors.js';
export * from './assert-never.js';
