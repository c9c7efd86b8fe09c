import type { Segments } from '../../model/index.js';
import type { ClusterTable } from '../ner/clusters.js';
import { mix, mix3 } from '../ner/hash.js';
import { TokenFeatures } from '../ner/token-features.js';

/**
 * A greedy left-to-right token tagger over hashed features, for the time-expression and event
 * taggers (src/nlp/times, src/nlp/events). It reuses the named-entity tagger's per-token hashes
 * (`TokenFeatures`: words, shapes, affixes, parts of speech) and its exchange word clusters, so no
 * table is duplicated; only the templates below and the weights are its own.
 *
 * Each token also carries a `hint`: a small integer a stage computes from its own rules (the time
 * tagger's "a month name or a weekday starts here", the event tagger's WordNet lexicographer file).
 */

/** At most this many features per token. */
const MAX_FEATURES = 64;
const BEFORE = 0x3c5e4e54;
const AFTER = 0x453e4e54;

/** What training plugs into the tagger: called for every token with its features. */
export interface TaggerLearner {
  readonly gold: Int32Array<ArrayBufferLike>;
  update(features: Int32Array, count: number, gold: number, predicted: number): void;
}

export interface LinearWeights {
  readonly buckets: number;
  readonly classes: number;
  /** `buckets` rows of `classes` weights (Int16 as stored, Float32 while training). */
  readonly weights: Int16Array | Float32Array;
}

export class LinearTagger {
  private readonly tokens = new TokenFeatures();
  private readonly features = new Int32Array(MAX_FEATURES);
  private scores = new Float64Array(0);

  constructor(private readonly clusters: ClusterTable | null) {}

  /**
   * Labels (0 = outside) for every token of `segments`, written into `out`. `allowed(previous,
   * label)` rules out invalid sequences (an inside label after outside); `learner` trains on the
   * way (its update sees the model's own previous labels, as at run time).
   */
  tag(
    text: string,
    segments: Segments,
    hints: Int32Array,
    model: LinearWeights,
    out: Int32Array,
    allowed: (previous: number, label: number) => boolean,
    learner?: TaggerLearner,
  ): void {
    const tokens = this.tokens;
    tokens.compute(text, segments, this.clusters);
    const classes = model.classes;
    if (this.scores.length < classes) this.scores = new Float64Array(classes);
    const scores = this.scores;
    const weights = model.weights;
    const mask = model.buckets - 1;
    const features = this.features;
    for (const sentence of segments.sentences) {
      let previous = 0;
      let previous2 = 0;
      for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
        const count = this.fill(
          tokens,
          hints,
          index,
          sentence.firstToken,
          sentence.endToken,
          previous,
          previous2,
          mask,
        );
        scores.fill(0, 0, classes);
        for (let feature = 0; feature < count; feature += 1) {
          const row = features[feature]! * classes;
          for (let label = 0; label < classes; label += 1) scores[label]! += weights[row + label]!;
        }
        let best = 0;
        let bestScore = -Infinity;
        for (let label = 0; label < classes; label += 1) {
          if (!allowed(previous, label)) continue;
          if (scores[label]! > bestScore) {
            best = label;
            bestScore = scores[label]!;
          }
        }
        if (learner !== undefined) {
          const gold = learner.gold[index]!;
          learner.update(features, count, gold, best);
          best = gold;
        }
        out[index] = best;
        previous2 = previous;
        previous = best;
      }
    }
  }

  private fill(
    tokens: TokenFeatures,
    hints: Int32Array,
    index: number,
    start: number,
    end: number,
    previous: number,
    previous2: number,
    mask: number,
  ): number {
    const out = this.features;
    const lower = tokens.word;
    const at = (array: Int32Array, offset: number): number => {
      const position = index + offset;
      return position < start ? BEFORE : position >= end ? AFTER : array[position]!;
    };
    const lowerMinus2 = at(lower, -2);
    const lowerMinus1 = at(lower, -1);
    const lower0 = lower[index]!;
    const lowerPlus1 = at(lower, 1);
    const lowerPlus2 = at(lower, 2);
    const posMinus1 = at(tokens.pos, -1);
    const pos0 = tokens.pos[index]!;
    const posPlus1 = at(tokens.pos, 1);
    const hintMinus1 = at(hints, -1);
    const hint0 = hints[index]!;
    const hintPlus1 = at(hints, 1);
    let count = 0;
    out[count++] = 0; // bias
    out[count++] = mix(1, lowerMinus2) & mask;
    out[count++] = mix(2, lowerMinus1) & mask;
    out[count++] = mix(3, lower0) & mask;
    out[count++] = mix(4, lowerPlus1) & mask;
    out[count++] = mix(5, lowerPlus2) & mask;
    out[count++] = mix(6, tokens.exact[index]!) & mask;
    out[count++] = mix(7, at(tokens.shape, -1)) & mask;
    out[count++] = mix(8, tokens.shape[index]!) & mask;
    out[count++] = mix(9, at(tokens.shape, 1)) & mask;
    out[count++] = mix3(12, lowerMinus1, lower0) & mask;
    out[count++] = mix3(13, lower0, lowerPlus1) & mask;
    out[count++] = mix3(14, lowerMinus1, pos0) & mask;
    out[count++] = mix3(15, pos0, lowerPlus1) & mask;
    const affixBase = index * 4;
    for (let k = 0; k < 4; k += 1) {
      out[count++] = mix(20 + k, tokens.prefixes[affixBase + k]!) & mask;
      out[count++] = mix3(24 + k, tokens.suffixes[affixBase + k]!, pos0) & mask;
    }
    out[count++] = mix(30, posMinus1) & mask;
    out[count++] = mix(31, pos0) & mask;
    out[count++] = mix(32, posPlus1) & mask;
    out[count++] = mix3(33, posMinus1, pos0) & mask;
    out[count++] = mix3(34, pos0, posPlus1) & mask;
    out[count++] = mix3(35, at(tokens.pos, -2), posMinus1) & mask;
    out[count++] = mix(36, tokens.flags[index]! & 0x21f) & mask;
    out[count++] = mix(40, previous) & mask;
    out[count++] = mix3(41, previous, previous2) & mask;
    out[count++] = mix3(42, previous, lower0) & mask;
    out[count++] = mix3(43, previous, pos0) & mask;
    out[count++] = mix(60, hint0) & mask;
    out[count++] = mix3(61, hint0, pos0) & mask;
    out[count++] = mix3(62, hintMinus1, hint0) & mask;
    out[count++] = mix3(63, hint0, hintPlus1) & mask;
    out[count++] = mix3(64, previous, hint0) & mask;
    const clusters = this.clusters;
    if (clusters !== null) {
      const word = tokens.cluster[index]!;
      if (word >= 0) {
        for (let level = 0; level < clusters.levels; level += 1)
          out[count++] = mix3(70 + level, clusters.code(word, level), pos0) & mask;
      } else out[count++] = mix(69, pos0) & mask;
      const before = index - 1 >= start ? tokens.cluster[index - 1]! : -2;
      const after = index + 1 < end ? tokens.cluster[index + 1]! : -2;
      out[count++] = mix(80, before >= 0 ? clusters.code(before, 1) : before) & mask;
      out[count++] = mix(81, after >= 0 ? clusters.code(after, 1) : after) & mask;
    }
    return count;
  }
}
