export {
  findTimeExpressions,
  resolveTimeExpression,
  type ResolvedTime,
  type TimeOptions,
} from './relative-dates.js';
