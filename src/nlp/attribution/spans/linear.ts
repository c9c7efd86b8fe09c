/**
 * A hashed linear model: feature hashes (32-bit integers) index a weight table of 2^bits entries.
 * A salt (per label, per role) is mixed in at lookup, so one list of feature hashes scores every
 * label without being rebuilt.
 */
export interface LinearModel {
  readonly mask: number;
  readonly weights: Float32Array;
  /**
   * The same weights in a quarter of the memory (`CompactWeights`), set by the loader of the
   * committed models: scoring reads them instead of `weights`, with identical sums. Absent for the
   * models training builds and changes.
   */
  readonly compact?: CompactWeights;
}

/**
 * Weights as one byte per table slot: a code into `values` (the 8-bit levels of the stored
 * model), or ESCAPE for the few weights kept exactly (`exceptionKeys`, open addressing, -1 empty).
 * The pointer tables fall from 1 MB to 256 KB each, so their random look-ups mostly hit the caches.
 * (`scoreLabels`, three weights per look-up, reads the plain table: the extra indirection cost the
 * cue tagger more than the smaller table saved, in CPU time measured under load.)
 */
export interface CompactWeights {
  readonly codes: Uint8Array;
  readonly values: Float64Array;
  readonly exceptionKeys: Int32Array;
  readonly exceptionValues: Float64Array;
  readonly exceptionMask: number;
}

export const ESCAPE = 0;

/** Builds the exception table of `CompactWeights` from (slot, value) pairs. */
export function compactWeights(
  codes: Uint8Array,
  values: Float64Array,
  exceptions: readonly { readonly slot: number; readonly value: number }[],
): CompactWeights {
  let size = 16;
  while (size < exceptions.length * 2) size *= 2;
  const exceptionKeys = new Int32Array(size).fill(-1);
  const exceptionValues = new Float64Array(size);
  const exceptionMask = size - 1;
  for (const { slot, value } of exceptions) {
    let at = spread(slot) & exceptionMask;
    while (exceptionKeys[at] !== -1 && exceptionKeys[at] !== slot) at = (at + 1) & exceptionMask;
    exceptionKeys[at] = slot;
    exceptionValues[at] = value;
    codes[slot] = ESCAPE;
  }
  return { codes, values, exceptionKeys, exceptionValues, exceptionMask };
}

/** The weight of an escaped slot. */
function exception(compact: CompactWeights, slot: number): number {
  const keys = compact.exceptionKeys;
  const mask = compact.exceptionMask;
  let at = spread(slot) & mask;
  while (keys[at] !== slot) at = (at + 1) & mask;
  return compact.exceptionValues[at]!;
}

/** The weight in `slot` of a compact table (equal to the model's `weights[slot]`). */
export function compactWeight(compact: CompactWeights, slot: number): number {
  const code = compact.codes[slot]!;
  return code !== ESCAPE ? compact.values[code]! : exception(compact, slot);
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
  const mask = model.mask;
  let total = 0;
  const compact = model.compact;
  if (compact !== undefined) {
    const codes = compact.codes;
    const values = compact.values;
    for (let index = 0; index < count; index++) {
      const slot = spread(features[index]! ^ salt) & mask;
      const code = codes[slot]!;
      total += code !== ESCAPE ? values[code]! : exception(compact, slot);
    }
    return total;
  }
  const weights = model.weights;
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
