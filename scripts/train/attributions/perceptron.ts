import { featureIndex, labelledIndex, type LinearModel } from '../../../src/nlp/attribution/spans/linear.js';

/**
 * Averaged perceptron over a hashed weight table (Collins 2002, with the usual lazy averaging:
 * `totals` holds Σ step × update, so the average is weights − totals / steps).
 */
export class AveragedPerceptron {
  readonly mask: number;
  readonly weights: Float64Array;
  private readonly totals: Float64Array;
  private steps = 1;

  constructor(bits: number) {
    this.mask = (1 << bits) - 1;
    this.weights = new Float64Array(1 << bits);
    this.totals = new Float64Array(1 << bits);
  }

  /** The live (not averaged) weights, for decoding during training. */
  get live(): LinearModel {
    return { mask: this.mask, weights: this.weights as unknown as Float32Array };
  }

  update(features: Uint32Array, count: number, salt: number, delta: number): void {
    for (let index = 0; index < count; index++) {
      const slot = featureIndex(features[index]!, salt, this.mask);
      this.weights[slot]! += delta;
      this.totals[slot]! += this.steps * delta;
    }
  }

  /** Like `update`, for a table with labels side by side (see `labelledIndex`). */
  updateLabel(features: Uint32Array, count: number, label: number, delta: number): void {
    for (let index = 0; index < count; index++) {
      const slot = labelledIndex(features[index]!, label, this.mask);
      this.weights[slot]! += delta;
      this.totals[slot]! += this.steps * delta;
    }
  }

  /** Call once per training example. */
  tick(): void {
    this.steps++;
  }

  /** The averaged weights, rounded to float32 (what is stored and used at run time). */
  averaged(): LinearModel {
    const weights = new Float32Array(this.weights.length);
    for (let slot = 0; slot < weights.length; slot++) {
      const value = this.weights[slot]! - this.totals[slot]! / this.steps;
      weights[slot] = Math.abs(value) < 1e-6 ? 0 : value;
    }
    return { mask: this.mask, weights };
  }
}

/** mulberry32: a small seeded generator, so shuffles (and so the weights) are reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    const held = items[index] as T;
    items[index] = items[other] as T;
    items[other] = held;
  }
  return items;
}
