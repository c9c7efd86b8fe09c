import { CLASS_COUNT } from '../../../src/nlp/ner/labels.js';
import type { Learner } from '../../../src/nlp/ner/tagger.js';
import type { TokenFeatures } from '../../../src/nlp/ner/token-features.js';

/** The hash a hidden word gets (any constant no real word hashes to in practice). */
const UNKNOWN_WORD = 0x0bad0bad;

/**
 * Multiclass averaged perceptron over hashed features (Collins 2002; the averaging trick of
 * Daumé: keep the sum of timestamped updates and subtract it at the end). The tagger scores with
 * `weights`, which hold the current (not averaged) weights during training.
 */
export class AveragedPerceptron implements Learner {
  gold: Int32Array<ArrayBufferLike> = new Int32Array(0);
  firstPass: Int32Array<ArrayBufferLike> | undefined = undefined;
  readonly weights: Float32Array;
  private readonly timestamped: Float64Array;
  private time = 1;
  mistakes = 0;
  margin = 0;
  /** Word dropout: the chance that a token's word features are hidden during training. */
  dropout = 0;
  random: () => number = () => 0.5;
  seen = 0;

  constructor(readonly buckets: number) {
    this.weights = new Float32Array(buckets * CLASS_COUNT);
    this.timestamped = new Float64Array(buckets * CLASS_COUNT);
  }

  perturb(tokens: TokenFeatures): void {
    if (this.dropout <= 0) return;
    for (let index = 0; index < tokens.length; index += 1) {
      if (this.random() < this.dropout) {
        tokens.word[index] = UNKNOWN_WORD;
        tokens.exact[index] = UNKNOWN_WORD;
      }
    }
  }

  update(features: Int32Array, count: number, gold: number, predicted: number): void {
    this.seen += 1;
    if (gold !== predicted) {
      this.mistakes += 1;
      const weights = this.weights;
      const timestamped = this.timestamped;
      const time = this.time;
      for (let feature = 0; feature < count; feature += 1) {
        const row = features[feature]! * CLASS_COUNT;
        weights[row + gold]! += 1;
        weights[row + predicted]! -= 1;
        timestamped[row + gold]! += time;
        timestamped[row + predicted]! -= time;
      }
    }
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
