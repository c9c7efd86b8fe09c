/**
 * Multiclass averaged perceptron over hashed features (Collins 2002; the averaging trick of
 * Daumé: keep the sum of timestamped updates and subtract it at the end). The tagger and parser
 * score with `weights`, which hold the current (not averaged) weights during training.
 */
export class AveragedPerceptron {
  readonly weights: Float32Array;
  private readonly timestamped: Float64Array;
  private readonly mask: number;
  private time = 1;
  mistakes = 0;
  seen = 0;

  constructor(
    readonly buckets: number,
    readonly classes: number,
  ) {
    this.weights = new Float32Array(buckets * classes);
    this.timestamped = new Float64Array(buckets * classes);
    this.mask = buckets - 1;
  }

  /** One decision: moves weight from the predicted class to the gold class on every feature. */
  update(features: Int32Array, count: number, gold: number, predicted: number): void {
    this.seen += 1;
    if (gold !== predicted) {
      this.mistakes += 1;
      const weights = this.weights;
      const timestamped = this.timestamped;
      const time = this.time;
      const classes = this.classes;
      for (let feature = 0; feature < count; feature += 1) {
        const row = (features[feature]! & this.mask) * classes;
        weights[row + gold]! += 1;
        weights[row + predicted]! -= 1;
        timestamped[row + gold]! += time;
        timestamped[row + predicted]! -= time;
      }
    }
    this.time += 1;
  }

  /**
   * Adds `delta` to class `target` on the features `features[start]` to `features[start + count]`,
   * at the current time (global training: one sequence update is many of these, then one `tick`).
   */
  adjust(features: Int32Array, start: number, count: number, target: number, delta: number): void {
    const weights = this.weights;
    const timestamped = this.timestamped;
    const change = delta * this.time;
    const classes = this.classes;
    for (let feature = start; feature < start + count; feature += 1) {
      const at = (features[feature]! & this.mask) * classes + target;
      weights[at]! += delta;
      timestamped[at]! += change;
    }
  }

  /** One training instance (a sentence, in global training) has passed. */
  tick(): void {
    this.time += 1;
  }

  averaged(): Float32Array {
    const result = new Float32Array(this.weights.length);
    const time = this.time;
    for (let index = 0; index < result.length; index += 1)
      result[index] = this.weights[index]! - this.timestamped[index]! / time;
    return result;
  }
}

/** mulberry32: a small seeded generator, so shuffles are the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle(order: number[], random: () => number): void {
  for (let index = order.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
}
