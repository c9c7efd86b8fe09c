export { openStore, DEFAULT_DATABASE, isPostgresAddress } from './open-store.js';
export { StoreError } from './errors.js';
export type * from './types.js';
