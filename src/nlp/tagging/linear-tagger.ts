import type { Segments } from '../../model/index.js';
import type { ClusterTable } from '../ner/clusters.js';
import { mix, mix3 } from '../ner/hash.js';
import { sharedTokenFeatures, TokenFeatures } from '../ner/token-features.js';

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
const MAX_FEATURES = 80;

/**
 * Slots per token for a stage's extra features (the event tagger's dependency context): each
 * non-zero slot value becomes one hashed feature; a stage that leaves them 0 adds nothing.
 */
export const EXTRA_SLOTS = 8;
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

/**
 * Writes one hint per token into `out`, once the tagger's per-token hashes are computed
 * (`tokens.lower[i]` is `hashString` of the lower-cased word, so a stage can look words up by hash
 * without building strings).
 */
export type HintFunction = (
  text: string,
  segments: Segments,
  tokens: TokenFeatures,
  out: Int32Array,
  /** Optionally, a hash of each token's lemma ("said" and "says" → "say"), 0 when unknown. */
  lemmas: Int32Array,
  /** Optionally, `EXTRA_SLOTS` feature hashes per token (token i at i * EXTRA_SLOTS), 0 for none. */
  extras: Int32Array,
) => void;

/**
 * Marks tokens that cannot start a labelled span (`out[i] = 1`): after an outside label they are
 * given "outside" without being scored, at training as at run time (most of the speed: a comma, an
 * article, a preposition is never an event).
 */
export type ClosedFunction = (
  text: string,
  segments: Segments,
  tokens: TokenFeatures,
  hints: Int32Array,
  out: Uint8Array,
) => void;

/**
 * scores[c] = the sum of the weights of class c over the features, for the two label counts in use
 * (8 event labels, 9 time labels), one local per class so the sums stay in registers.
 */
function addRows(
  weights: Int16Array | Float32Array,
  features: Int32Array,
  count: number,
  classes: number,
  scores: Float64Array,
): void {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let s5 = 0;
  let s6 = 0;
  let s7 = 0;
  let s8 = 0;
  const nine = classes === 9;
  // Touch every row first: these loads do not wait for one another, so their cache misses overlap
  // (the event table, 4 MB, is larger than the cache); the sums below then read cached rows.
  let touched = 0;
  for (let feature = 0; feature < count; feature += 1) touched += weights[features[feature]! * classes]!;
  s0 += touched * 0;
  for (let feature = 0; feature < count; feature += 1) {
    const row = features[feature]! * classes;
    s0 += weights[row]!;
    s1 += weights[row + 1]!;
    s2 += weights[row + 2]!;
    s3 += weights[row + 3]!;
    s4 += weights[row + 4]!;
    s5 += weights[row + 5]!;
    s6 += weights[row + 6]!;
    s7 += weights[row + 7]!;
    if (nine) s8 += weights[row + 8]!;
  }
  scores[0] = s0;
  scores[1] = s1;
  scores[2] = s2;
  scores[3] = s3;
  scores[4] = s4;
  scores[5] = s5;
  scores[6] = s6;
  scores[7] = s7;
  if (nine) scores[8] = s8;
}

export class LinearTagger {
  private readonly tokens = new TokenFeatures();
  private readonly features = new Int32Array(MAX_FEATURES);
  private scores = new Float64Array(0);
  private hints = new Int32Array(0);
  private lemmas = new Int32Array(0);
  private extras = new Int32Array(0);
  private closed = new Uint8Array(0);
  private allowedTable = new Uint8Array(0);
  private allowedFor: ((previous: number, label: number) => boolean) | null = null;

  constructor(private readonly clusters: ClusterTable | null) {}

  /**
   * Labels (0 = outside) for every token of `segments`, written into `out`. `allowed(previous,
   * label)` rules out invalid sequences (an inside label after outside); `learner` trains on the
   * way (its update sees the model's own previous labels, as at run time).
   */
  tag(
    text: string,
    segments: Segments,
    hintsOf: HintFunction,
    model: LinearWeights,
    out: Int32Array,
    allowed: (previous: number, label: number) => boolean,
    learner?: TaggerLearner,
    closedOf?: ClosedFunction,
  ): void {
    // At run time the names tagger has usually filled the shared table for this document already.
    const tokens = learner === undefined ? sharedTokenFeatures(segments) : this.tokens;
    if (learner === undefined) tokens.computeOnce(text, segments, this.clusters);
    else tokens.compute(text, segments, this.clusters);
    const count = segments.tokens.length;
    if (this.hints.length < count) this.hints = new Int32Array(Math.max(1024, count * 2));
    const hints = this.hints;
    hints.fill(0, 0, count);
    if (this.lemmas.length < count) this.lemmas = new Int32Array(hints.length);
    const lemmas = this.lemmas;
    lemmas.fill(0, 0, count);
    if (this.extras.length < count * EXTRA_SLOTS) this.extras = new Int32Array(hints.length * EXTRA_SLOTS);
    const extras = this.extras;
    extras.fill(0, 0, count * EXTRA_SLOTS);
    hintsOf(text, segments, tokens, hints, lemmas, extras);
    if (this.closed.length < count) this.closed = new Uint8Array(hints.length);
    const closed = this.closed;
    closed.fill(0, 0, count);
    if (closedOf !== undefined) closedOf(text, segments, tokens, hints, closed);
    const classes = model.classes;
    if (this.scores.length < classes) this.scores = new Float64Array(classes);
    if (this.allowedFor !== allowed || this.allowedTable.length !== classes * classes) {
      this.allowedTable = new Uint8Array(classes * classes);
      for (let previous = 0; previous < classes; previous += 1)
        for (let label = 0; label < classes; label += 1)
          this.allowedTable[previous * classes + label] = allowed(previous, label) ? 1 : 0;
      this.allowedFor = allowed;
    }
    const allowedTable = this.allowedTable;
    const scores = this.scores;
    const weights = model.weights;
    const mask = model.buckets - 1;
    const features = this.features;
    const training = learner !== undefined;
    for (const sentence of segments.sentences) {
      let previous = 0;
      let previous2 = 0;
      for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
        if (previous === 0 && closed[index] === 1) {
          out[index] = 0;
          previous2 = 0;
          continue;
        }
        const featureCount = this.fill(
          tokens,
          hints,
          lemmas,
          extras,
          index,
          sentence.firstToken,
          sentence.endToken,
          previous,
          previous2,
          mask,
        );
        if (classes === 8 || classes === 9) addRows(weights, features, featureCount, classes, scores);
        else {
          scores.fill(0, 0, classes);
          for (let feature = 0; feature < featureCount; feature += 1) {
            const row = features[feature]! * classes;
            for (let label = 0; label < classes; label += 1) scores[label]! += weights[row + label]!;
          }
        }
        let best = 0;
        let bestScore = -Infinity;
        const allowedRow = previous * classes;
        for (let label = 0; label < classes; label += 1) {
          if (allowedTable[allowedRow + label] === 0) continue;
          if (scores[label]! > bestScore) {
            best = label;
            bestScore = scores[label]!;
          }
        }
        if (training) {
          const gold = learner.gold[index]!;
          learner.update(features, featureCount, gold, best);
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
    lemmas: Int32Array,
    extras: Int32Array,
    index: number,
    start: number,
    end: number,
    previous: number,
    previous2: number,
    mask: number,
  ): number {
    const out = this.features;
    const lower = tokens.word;
    const pos = tokens.pos;
    const shape = tokens.shape;
    const hasMinus1 = index - 1 >= start;
    const hasMinus2 = index - 2 >= start;
    const hasPlus1 = index + 1 < end;
    const hasPlus2 = index + 2 < end;
    const lowerMinus2 = hasMinus2 ? lower[index - 2]! : BEFORE;
    const lowerMinus1 = hasMinus1 ? lower[index - 1]! : BEFORE;
    const lower0 = lower[index]!;
    const lowerPlus1 = hasPlus1 ? lower[index + 1]! : AFTER;
    const lowerPlus2 = hasPlus2 ? lower[index + 2]! : AFTER;
    const posMinus2 = hasMinus2 ? pos[index - 2]! : BEFORE;
    const posMinus1 = hasMinus1 ? pos[index - 1]! : BEFORE;
    const pos0 = pos[index]!;
    const posPlus1 = hasPlus1 ? pos[index + 1]! : AFTER;
    const hintMinus1 = hasMinus1 ? hints[index - 1]! : BEFORE;
    const hint0 = hints[index]!;
    const hintPlus1 = hasPlus1 ? hints[index + 1]! : AFTER;
    let count = 0;
    out[count++] = 0; // bias
    out[count++] = mix(1, lowerMinus2) & mask;
    out[count++] = mix(2, lowerMinus1) & mask;
    out[count++] = mix(3, lower0) & mask;
    out[count++] = mix(4, lowerPlus1) & mask;
    out[count++] = mix(5, lowerPlus2) & mask;
    out[count++] = mix(6, tokens.exact[index]!) & mask;
    out[count++] = mix(7, hasMinus1 ? shape[index - 1]! : BEFORE) & mask;
    out[count++] = mix(8, shape[index]!) & mask;
    out[count++] = mix(9, hasPlus1 ? shape[index + 1]! : AFTER) & mask;
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
    out[count++] = mix3(35, posMinus2, posMinus1) & mask;
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
    const lemma0 = lemmas[index]!;
    if (lemma0 !== 0) {
      out[count++] = mix(65, lemma0) & mask;
      out[count++] = mix3(66, lemma0, hasMinus1 ? lower[index - 1]! : BEFORE) & mask;
      out[count++] = mix3(67, lemma0, hasPlus1 ? lower[index + 1]! : AFTER) & mask;
    }
    for (let slot = 0; slot < EXTRA_SLOTS; slot += 1) {
      const extra = extras[index * EXTRA_SLOTS + slot]!;
      if (extra !== 0) out[count++] = mix(90 + slot, extra) & mask;
    }
    const clusters = this.clusters;
    if (clusters !== null) {
      const word = tokens.cluster[index]!;
      if (word >= 0) {
        for (let level = 0; level < clusters.levels; level += 1)
          out[count++] = mix3(70 + level, clusters.code(word, level), pos0) & mask;
      } else out[count++] = mix(69, pos0) & mask;
      const before = hasMinus1 ? tokens.cluster[index - 1]! : -2;
      const after = hasPlus1 ? tokens.cluster[index + 1]! : -2;
      out[count++] = mix(80, before >= 0 ? clusters.code(before, 1) : before) & mask;
      out[count++] = mix(81, after >= 0 ? clusters.code(after, 1) : after) & mask;
    }
    return count;
  }
}
