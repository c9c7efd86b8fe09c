import { dataFile } from '../../data-files.js';
import { compactWeights, ESCAPE, type LinearModel } from './linear.js';

/**
 * The committed weights of the attribution-span models (models/attribution/spans.bin), written by
 * `npm run train:attributions`. Weights are quantised to 8 bits (one scale per model) and only the
 * non-zero ones are stored, as gaps between their indices (LEB128 varints) and their int8 values.
 *
 * Layout: "CGAS", version, model count (uint32 LE), then per model: table bits, scale (float32),
 * count of stored weights, byte length of the gap stream, the gap stream, the values; each part
 * padded to 4 bytes.
 */

export interface SpanModels {
  readonly cue: LinearModel;
  readonly source: LinearModel;
  readonly content: LinearModel;
}

const MAGIC = 0x53414743; // "CGAS"
const VERSION = 2;

/**
 * Weights are quantised logarithmically (μ-law, μ = 255) against a per-model scale, the 99.9th
 * percentile of the non-zero magnitudes. The few larger weights (the label biases, "said") are kept
 * exactly, as float32 exceptions: clipping them, or scaling everything to them, wrecks the tagger,
 * whose decisions rest on many middling weights. Weights under about 1/11,000 of the scale vanish.
 */
const MU = 255;
const LOG_MU = Math.log1p(MU);
const QUANTILE = 0.999;

function scaleOf(weights: ArrayLike<number>): number {
  const magnitudes: number[] = [];
  for (let index = 0; index < weights.length; index++)
    if (weights[index] !== 0) magnitudes.push(Math.abs(weights[index]!));
  if (magnitudes.length === 0) return 1;
  magnitudes.sort((a, b) => a - b);
  return Math.fround(magnitudes[Math.floor(QUANTILE * (magnitudes.length - 1))]!);
}

/** The int8 level of a weight no larger than the scale. */
function quantised(value: number, scale: number): number {
  const level = Math.round((127 * Math.log1p((MU * Math.abs(value)) / scale)) / LOG_MU);
  return Math.sign(value) * Math.min(127, level);
}

/** The weight value each int8 level (offset by 128) stands for, given the model's scale. */
function levels(scale: number): Float32Array {
  const table = new Float32Array(256);
  for (let level = -127; level <= 127; level++)
    table[level + 128] = (Math.sign(level) * scale * Math.expm1((Math.abs(level) * LOG_MU) / 127)) / MU;
  return table;
}

/** The model as it will be after a save and a load (for measuring the effect of quantisation). */
export function quantiseModel(model: LinearModel): LinearModel {
  const scale = scaleOf(model.weights);
  const table = levels(scale);
  const weights = new Float32Array(model.weights.length);
  for (let index = 0; index < weights.length; index++) {
    const value = model.weights[index]!;
    weights[index] = Math.abs(value) > scale ? Math.fround(value) : table[quantised(value, scale) + 128]!;
  }
  return { mask: model.mask, weights };
}

function padded(length: number): number {
  return (length + 3) & ~3;
}

function writeGap(gaps: number[], gap: number): void {
  let rest = gap;
  while (rest >= 0x80) {
    gaps.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  gaps.push(rest);
}

export function encodeModels(models: readonly LinearModel[]): Uint8Array {
  const parts: Uint8Array[] = [new Uint8Array(new Uint32Array([MAGIC, VERSION, models.length]).buffer)];
  for (const model of models) {
    const scale = scaleOf(model.weights);
    const gaps: number[] = [];
    const values: number[] = [];
    const exceptions: number[] = [];
    let previous = -1;
    for (let index = 0; index < model.weights.length; index++) {
      const value = model.weights[index]!;
      if (Math.abs(value) > scale) {
        exceptions.push(index, value);
        continue;
      }
      const level = quantised(value, scale);
      if (level === 0) continue;
      writeGap(gaps, index - previous - 1);
      previous = index;
      values.push(level);
    }
    const head = new ArrayBuffer(20);
    const view = new DataView(head);
    view.setUint32(0, Math.log2(model.mask + 1), true);
    view.setFloat32(4, scale, true);
    view.setUint32(8, values.length, true);
    view.setUint32(12, gaps.length, true);
    view.setUint32(16, exceptions.length / 2, true);
    parts.push(new Uint8Array(head));
    const gapBytes = new Uint8Array(padded(gaps.length));
    gapBytes.set(gaps);
    parts.push(gapBytes);
    const valueBytes = new Uint8Array(padded(values.length));
    new Int8Array(valueBytes.buffer).set(values);
    parts.push(valueBytes);
    const exceptionBytes = new ArrayBuffer(exceptions.length * 4);
    const exceptionView = new DataView(exceptionBytes);
    for (let item = 0; item < exceptions.length; item += 2) {
      exceptionView.setUint32(item * 4, exceptions[item]!, true);
      exceptionView.setFloat32(item * 4 + 4, exceptions[item + 1]!, true);
    }
    parts.push(new Uint8Array(exceptionBytes));
  }
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes;
}

export function decodeModels(bytes: Uint8Array): LinearModel[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION)
    throw new Error('attribution span weights: unknown file format');
  const count = view.getUint32(8, true);
  let at = 12;
  const models: LinearModel[] = [];
  for (let which = 0; which < count; which++) {
    const bits = view.getUint32(at, true);
    const scale = view.getFloat32(at + 4, true);
    const stored = view.getUint32(at + 8, true);
    const gapLength = view.getUint32(at + 12, true);
    const exceptionCount = view.getUint32(at + 16, true);
    at += 20;
    const weights = new Float32Array(1 << bits);
    const table = levels(scale);
    // The compact copy: code = int8 level + 128 (the level -128 is never written, so code 0 is
    // free for the exactly kept weights); empty slots hold level 0.
    const codes = new Uint8Array(1 << bits).fill(128);
    const exceptions: { slot: number; value: number }[] = [];
    let gapAt = at;
    const valueAt = at + padded(gapLength);
    let index = -1;
    for (let item = 0; item < stored; item++) {
      let gap = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = bytes[gapAt++]!;
        gap += (byte & 0x7f) * 2 ** shift;
        shift += 7;
      } while (byte & 0x80);
      index += gap + 1;
      const code = view.getInt8(valueAt + item) + 128;
      weights[index] = table[code]!;
      codes[index] = code;
      if (code === ESCAPE) exceptions.push({ slot: index, value: weights[index]! });
    }
    at = valueAt + padded(stored);
    for (let item = 0; item < exceptionCount; item++, at += 8) {
      const slot = view.getUint32(at, true);
      weights[slot] = view.getFloat32(at + 4, true);
      exceptions.push({ slot, value: weights[slot]! });
    }
    const compact = compactWeights(codes, Float64Array.from(table), exceptions);
    models.push({ mask: (1 << bits) - 1, weights, compact });
  }
  return models;
}

export const MODEL_FILE = new URL('../../../../../models/attribution/spans.bin', import.meta.url);

let loaded: SpanModels | null = null;

/** The models, read from the committed weights on first use. */
export function spanModels(): SpanModels {
  if (loaded === null) {
    const bytes = dataFile('models/attribution/spans.bin');
    if (bytes === null) throw new Error('attribution span weights models/attribution/spans.bin not found');
    const [cue, source, content] = decodeModels(bytes);
    if (!cue || !source || !content) throw new Error('attribution span weights: expected three models');
    // The cue model is scored from its plain table (see `CompactWeights`): drop its compact copy.
    loaded = { cue: { mask: cue.mask, weights: cue.weights }, source, content };
  }
  return loaded;
}
