export { findTimes } from './find-times.js';
export { normaliseTimex, type NormaliseContext, type NormalisedTime } from './normalise.js';
export { recogniseTimexes, type TimexExtent } from './recognise.js';
export {
  findTimeExpressions,
  resolveTimeExpression,
  type ResolvedTime,
  type TimeOptions,
} from './relative-dates.js';
