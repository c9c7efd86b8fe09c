import type { Segments } from '../../model/index.js';
import { MAX_DYNAMIC_FEATURES, MAX_FEATURES } from './features.js';
import { CLASS_COUNT, isAllowed, isOpen, OUTSIDE, typeOfClass } from './labels.js';
import type { NerModel } from './model.js';
import {
  ALL_UPPER,
  ATTACHED_LEFT,
  ATTACHED_RIGHT,
  HAS_LETTER,
  INITIAL_UPPER,
  SENTENCE_NORMAL,
  sharedTokenFeatures,
  TokenFeatures,
} from './token-features.js';

/** What training plugs into the tagger: called for every token with its features. */
export interface Learner {
  /** Gold label of token `index`, consulted only when learning. */
  readonly gold: Int32Array<ArrayBufferLike>;
  update(features: Int32Array, count: number, gold: number, predicted: number): void;
  /** Train towards this score margin between the gold label and the best other one (0: plain perceptron). */
  readonly margin: number;
  /** Called once the document's token features are computed, before tagging. */
  perturb?(tokens: TokenFeatures): void;
  /**
   * First-pass labels of the document from a model that never saw it (cross-validation), for the
   * second pass to aggregate: the model's own first pass is too good on its training documents.
   */
  readonly firstPass?: Int32Array<ArrayBufferLike>;
}

/** ALLOWED[(last ? LAST_ROW : 0) + previous * CLASS_COUNT + label] is 1 when the sequence is valid. */
const LAST_ROW = CLASS_COUNT * CLASS_COUNT;
const ALLOWED = new Uint8Array(2 * LAST_ROW);
for (let previous = 0; previous < CLASS_COUNT; previous += 1)
  for (let label = 0; label < CLASS_COUNT; label += 1) {
    ALLOWED[previous * CLASS_COUNT + label] = isAllowed(previous, label, false) ? 1 : 0;
    ALLOWED[LAST_ROW + previous * CLASS_COUNT + label] = isAllowed(previous, label, true) ? 1 : 0;
  }

if (CLASS_COUNT !== 17) throw new Error('the unrolled scoring below assumes 17 classes');

/**
 * out[outOffset + c] = base[baseOffset + c] + the stored weights of class c over features[first, end).
 * One local per class (17): the sums stay in registers instead of memory, about twice as fast.
 */
function addStoredWeights(
  weights: Int16Array,
  features: Int32Array,
  first: number,
  end: number,
  base: Int32Array,
  baseOffset: number,
  out: Int32Array,
  outOffset: number,
): void {
  // Touch every row first: these loads are independent, so the processor overlaps their cache
  // misses (the table is larger than the caches).
  let touched = 0;
  for (let feature = first; feature < end; feature += 1) touched ^= weights[features[feature]! * 17]!;
  let s0 = base[baseOffset + 0]!;
  let s1 = base[baseOffset + 1]!;
  let s2 = base[baseOffset + 2]!;
  let s3 = base[baseOffset + 3]!;
  let s4 = base[baseOffset + 4]!;
  let s5 = base[baseOffset + 5]!;
  let s6 = base[baseOffset + 6]!;
  let s7 = base[baseOffset + 7]!;
  let s8 = base[baseOffset + 8]!;
  let s9 = base[baseOffset + 9]!;
  let s10 = base[baseOffset + 10]!;
  let s11 = base[baseOffset + 11]!;
  let s12 = base[baseOffset + 12]!;
  let s13 = base[baseOffset + 13]!;
  let s14 = base[baseOffset + 14]!;
  let s15 = base[baseOffset + 15]!;
  let s16 = base[baseOffset + 16]!;
  s0 += touched & 0;
  for (let feature = first; feature < end; feature += 1) {
    const row = features[feature]! * 17;
    s0 += weights[row + 0]!;
    s1 += weights[row + 1]!;
    s2 += weights[row + 2]!;
    s3 += weights[row + 3]!;
    s4 += weights[row + 4]!;
    s5 += weights[row + 5]!;
    s6 += weights[row + 6]!;
    s7 += weights[row + 7]!;
    s8 += weights[row + 8]!;
    s9 += weights[row + 9]!;
    s10 += weights[row + 10]!;
    s11 += weights[row + 11]!;
    s12 += weights[row + 12]!;
    s13 += weights[row + 13]!;
    s14 += weights[row + 14]!;
    s15 += weights[row + 15]!;
    s16 += weights[row + 16]!;
  }
  out[outOffset + 0] = s0;
  out[outOffset + 1] = s1;
  out[outOffset + 2] = s2;
  out[outOffset + 3] = s3;
  out[outOffset + 4] = s4;
  out[outOffset + 5] = s5;
  out[outOffset + 6] = s6;
  out[outOffset + 7] = s7;
  out[outOffset + 8] = s8;
  out[outOffset + 9] = s9;
  out[outOffset + 10] = s10;
  out[outOffset + 11] = s11;
  out[outOffset + 12] = s12;
  out[outOffset + 13] = s13;
  out[outOffset + 14] = s14;
  out[outOffset + 15] = s15;
  out[outOffset + 16] = s16;
}

const ZERO_ROW = new Int32Array(CLASS_COUNT);

/** Training scores with the live Float32 weights, which change while a document is tagged. */
function scoreLive(weights: Float32Array, features: Int32Array, count: number, scores: Float64Array): void {
  scores.fill(0);
  for (let feature = 0; feature < count; feature += 1) {
    const row = features[feature]! * CLASS_COUNT;
    for (let label = 0; label < CLASS_COUNT; label += 1) scores[label]! += weights[row + label]!;
  }
}

/**
 * Greedy left-to-right BILOU tagging with the two previous labels as features, restricted to valid
 * label sequences. The pass remembers the last label given to each capitalised word ("… Mr Tokayev
 * … Tokayev said" keeps PERSON). Models trained with `passes: 2` (an option of the training
 * script, not the committed model) add a second pass that sees what the first gave every other
 * occurrence of the word in the document; the label-free part of each token's score is then
 * computed once for both. One instance is reused from document to document.
 */
export class Tagger {
  /** The document's token table: the shared one at run time, `ownTokens` while training. */
  tokens: TokenFeatures = new TokenFeatures();
  private ownTokens: TokenFeatures | null = null;
  labels = new Int32Array(0);
  private firstLabels = new Int32Array(0);
  private staticFeatures = new Int32Array(0);
  private staticCounts = new Int32Array(0);
  private staticScores = new Int32Array(0);
  private readonly features = new Int32Array(MAX_FEATURES + MAX_DYNAMIC_FEATURES);
  private readonly scores = new Int32Array(CLASS_COUNT);
  private readonly liveScores = new Float64Array(CLASS_COUNT);
  private memoryKeys = new Int32Array(0);
  private memoryValues = new Int32Array(0);
  /** Per memory slot, how many capitalised occurrences got O, PERSON, ORG, LOC, MISC in pass one. */
  private typeCounts = new Int32Array(0);
  private memoryMask = 0;

  private ensure(count: number): void {
    if (this.labels.length < count) {
      const capacity = Math.max(1024, count * 2);
      this.labels = new Int32Array(capacity);
      this.firstLabels = new Int32Array(capacity);
      this.staticFeatures = new Int32Array(capacity * MAX_FEATURES);
      this.staticCounts = new Int32Array(capacity);
      this.staticScores = new Int32Array(capacity * CLASS_COUNT);
    }
    const memorySize = Math.max(1024, 1 << Math.ceil(Math.log2(count * 2 + 1)));
    if (this.memoryKeys.length < memorySize) {
      this.memoryKeys = new Int32Array(memorySize);
      this.memoryValues = new Int32Array(memorySize);
      this.typeCounts = new Int32Array(memorySize * 5);
    }
    this.memoryMask = memorySize - 1;
  }

  /** The memory slot of token `index`'s word if it is capitalised, else -1. */
  private slotOf(index: number): number {
    const flags = this.tokens.flags[index]!;
    if ((flags & (INITIAL_UPPER | ALL_UPPER)) === 0 || (flags & HAS_LETTER) === 0) return -1;
    const key = this.tokens.lower[index]! | 1;
    const keys = this.memoryKeys;
    const mask = this.memoryMask;
    let slot = key & mask;
    while (keys[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
    keys[slot] = key;
    return slot;
  }

  tag(text: string, segments: Segments, model: NerModel, learner?: Learner): Int32Array {
    let tokens: TokenFeatures;
    if (learner === undefined) {
      tokens = sharedTokenFeatures(segments);
      tokens.computeOnce(text, segments, model.clusters, model.header.gazetteer);
    } else {
      if (this.ownTokens === null) this.ownTokens = new TokenFeatures();
      tokens = this.ownTokens;
      tokens.compute(text, segments, model.clusters, model.header.gazetteer);
      learner.perturb?.(tokens);
    }
    this.tokens = tokens;
    const count = tokens.length;
    this.ensure(count);
    const memorySize = this.memoryMask + 1;
    this.memoryKeys.fill(0, 0, memorySize);
    this.memoryValues.fill(0, 0, memorySize);
    this.typeCounts.fill(0, 0, memorySize * 5);
    const extractor = model.extractor;
    const weights = model.weights;
    // Two passes (and training) compute the label-free features of every token once and reuse
    // them; a single pass at run time computes them only for the tokens it scores.
    if (model.header.passes === 2 || learner !== undefined) {
      const staticFeatures = this.staticFeatures;
      for (let index = 0; index < count; index += 1) {
        const offset = index * MAX_FEATURES;
        const featureCount = extractor.fillStatic(tokens, index, staticFeatures, offset);
        this.staticCounts[index] = featureCount;
        if (model.header.passes === 2 && weights instanceof Int16Array)
          addStoredWeights(
            weights,
            staticFeatures,
            offset,
            offset + featureCount,
            ZERO_ROW,
            0,
            this.staticScores,
            index * CLASS_COUNT,
          );
      }
    }
    this.pass(model, false, learner);
    if (model.header.passes === 2) {
      const source = learner?.firstPass ?? this.labels;
      this.firstLabels.set(source.subarray(0, count));
      for (let index = 0; index < count; index += 1) {
        const slot = this.slotOf(index);
        if (slot < 0) continue;
        const label = this.firstLabels[index]!;
        this.typeCounts[slot * 5 + (label === OUTSIDE ? 0 : 1 + typeOfClass(label))]! += 1;
      }
      this.pass(model, true, learner);
    }
    return this.labels;
  }

  private pass(model: NerModel, second: boolean, learner: Learner | undefined): void {
    const tokens = this.tokens;
    const count = tokens.length;
    const labels = this.labels;
    const weights = model.weights;
    const extractor = model.extractor;
    const features = this.features;
    const memoryValues = this.memoryValues;
    const typeCounts = this.typeCounts;
    for (let index = 0; index < count; index += 1) {
      const sentenceStart = tokens.sentenceStart[index]!;
      const previous1 = index - 1 >= sentenceStart ? labels[index - 1]! : OUTSIDE;
      const previous2 = index - 2 >= sentenceStart ? labels[index - 2]! : OUTSIDE;
      const slot = this.slotOf(index);
      let memory = 0;
      let aggregate = -1;
      if (second) {
        aggregate = 0;
        if (slot >= 0) {
          // The majority label of the word's other occurrences in pass one, and whether they agree.
          const first = this.firstLabels[index]!;
          const own = first === OUTSIDE ? 0 : 1 + typeOfClass(first);
          let best = -1;
          let bestCount = 0;
          let others = 0;
          let kinds = 0;
          for (let kind = 0; kind < 5; kind += 1) {
            const seen = typeCounts[slot * 5 + kind]! - (kind === own ? 1 : 0);
            if (seen <= 0) continue;
            others += seen;
            kinds += 1;
            if (seen > bestCount) {
              best = kind;
              bestCount = seen;
            }
          }
          if (others > 0) aggregate = 1 + best * 2 + (kinds === 1 ? 1 : 0);
        }
      } else if (slot >= 0) memory = memoryValues[slot]!;
      // Fast path (run time only): a lower-case word or lone punctuation mark after no open name, in
      // an ordinary sentence, not glued to a neighbour, not in the gazetteer and not followed by a
      // capitalised word ("de Silva", "van der Sar") is O: about 60 % of news tokens, never scored.
      if (
        learner === undefined &&
        tokens.plain[index] === 1 &&
        !isOpen(previous1) &&
        tokens.sentenceMode[index] === SENTENCE_NORMAL &&
        (tokens.flags[index]! & (ATTACHED_LEFT | ATTACHED_RIGHT)) === 0 &&
        tokens.gazetteer[index] === 0 &&
        (index + 1 >= tokens.sentenceEnd[index]! || (tokens.flags[index + 1]! & INITIAL_UPPER) === 0)
      ) {
        labels[index] = OUTSIDE;
        continue;
      }
      let best = -1;
      const allowedRow = (index + 1 === tokens.sentenceEnd[index]! ? LAST_ROW : 0) + previous1 * CLASS_COUNT;
      if (learner === undefined && weights instanceof Int16Array) {
        const scores = this.scores;
        if (model.header.passes === 2) {
          const dynamicCount = extractor.fillDynamic(
            tokens,
            index,
            previous1,
            previous2,
            memory,
            aggregate,
            features,
            0,
          );
          addStoredWeights(
            weights,
            features,
            0,
            dynamicCount,
            this.staticScores,
            index * CLASS_COUNT,
            scores,
            0,
          );
        } else {
          const staticCount = extractor.fillStatic(tokens, index, features, 0);
          const total =
            staticCount +
            extractor.fillDynamic(
              tokens,
              index,
              previous1,
              previous2,
              memory,
              aggregate,
              features,
              staticCount,
            );
          addStoredWeights(weights, features, 0, total, ZERO_ROW, 0, scores, 0);
        }
        let bestScore = -Infinity;
        for (let label = 0; label < CLASS_COUNT; label += 1) {
          if (scores[label]! > bestScore && ALLOWED[allowedRow + label] === 1) {
            best = label;
            bestScore = scores[label]!;
          }
        }
      } else {
        const staticOffset = index * MAX_FEATURES;
        const staticCount = this.staticCounts[index]!;
        for (let feature = 0; feature < staticCount; feature += 1)
          features[feature] = this.staticFeatures[staticOffset + feature]!;
        const total =
          staticCount +
          extractor.fillDynamic(
            tokens,
            index,
            previous1,
            previous2,
            memory,
            aggregate,
            features,
            staticCount,
          );
        const scores = this.liveScores;
        scoreLive(weights as Float32Array, features, total, scores);
        let bestScore = -Infinity;
        for (let label = 0; label < CLASS_COUNT; label += 1) {
          if (scores[label]! > bestScore && ALLOWED[allowedRow + label] === 1) {
            best = label;
            bestScore = scores[label]!;
          }
        }
        if (learner !== undefined) {
          const gold = learner.gold[index]!;
          let rival = best;
          if (best === gold && learner.margin > 0) {
            // A margin: a right answer that only just won is corrected towards a clearer win.
            let rivalScore = -Infinity;
            for (let label = 0; label < CLASS_COUNT; label += 1) {
              if (label !== gold && scores[label]! > rivalScore && ALLOWED[allowedRow + label] === 1) {
                rival = label;
                rivalScore = scores[label]!;
              }
            }
            if (rival < 0 || scores[gold]! - rivalScore >= learner.margin) rival = gold;
          }
          learner.update(features, total, gold, rival);
        }
      }
      labels[index] = best;
      if (slot >= 0 && !second) memoryValues[slot] = best === OUTSIDE ? 1 : 2 + typeOfClass(best);
    }
  }
}
