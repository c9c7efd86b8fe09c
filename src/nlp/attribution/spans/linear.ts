/**
 * A hashed linear model: feature hashes (32-bit integers) index a weight table of 2^bits entries.
 * A salt (per label, per role) is mixed in at lookup, so one list of feature hashes scores every
 * label without being rebuilt.
 */
export interface LinearModel {
  readonly mask: number;
  readonly weights: Float32Array;
}

/** Mixes a feature hash (built by cheap linear steps) before it is cut down to a table index. */
function spread(value: number): number {
  const mixed = Math.imul(value ^ (value >>> 15), 0x2c1b3c6d);
  return (mixed ^ (mixed >>> 13)) >>> 0;
}

export function featureIndex(feature: number, salt: number, mask: number): number {
  return spread(feature ^ salt) & mask;
}

export function score(model: LinearModel, features: Uint32Array, count: number, salt: number): number {
  const weights = model.weights;
  const mask = model.mask;
  let total = 0;
  for (let index = 0; index < count; index++) total += weights[spread(features[index]! ^ salt) & mask]!;
  return total;
}

/**
 * Index of a feature's weight for `label` in a table whose labels lie side by side (four slots per
 * feature): one cache line serves all labels, which matters in a table of several megabytes.
 */
export function labelledIndex(feature: number, label: number, mask: number): number {
  return ((spread(feature) << 2) & mask) | label;
}

/** Adds the score of each of three labels (side by side in the table) to `out[0..2]`. */
export function scoreLabels(
  model: LinearModel,
  features: Uint32Array,
  count: number,
  out: Float64Array,
): void {
  const weights = model.weights;
  const mask = model.mask;
  let outside = 0;
  let begin = 0;
  let inside = 0;
  for (let index = 0; index < count; index++) {
    const base = (spread(features[index]!) << 2) & mask;
    outside += weights[base]!;
    begin += weights[base | 1]!;
    inside += weights[base | 2]!;
  }
  out[0] = outside;
  out[1] = begin;
  out[2] = inside;
}

/** Salts for the labels and roles; arbitrary distinct odd constants. */
export const SALT = {
  sourceStart: 0x38b34ae5,
  sourceEnd: 0x6c8e9cf5,
  sourceLength: 0x7feb352d,
  sourceNone: 0x4e67c6a7,
  contentStart: 0x5851f42d,
  contentEnd: 0x14057b7f,
  contentLength: 0x2545f491,
} as const;
