export { findClaims } from './find-claims.js';
