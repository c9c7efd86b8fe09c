import { finalise, mix } from '../ner/hash.js';
import { finaliseAll, GOLDEN, MIX, PAIR, PAIR_SECOND } from './feature-hash.js';
import type { WeightTable } from './model.js';
import { TAG_COUNT } from './tagger.js';
import { CLUSTER_LEVELS, type WordFeatures } from './word-features.js';

/**
 * A greedy arc-hybrid dependency parser (Kuhlmann et al. 2011) with the root at the end of the
 * buffer (Ballesteros & Nivre 2013), so the result is always one tree with one root:
 *
 *   SHIFT   move the buffer's first word b0 onto the stack;
 *   LEFT    make b0 the head of the stack's top s0, pop s0 (with b0 = ROOT only when s0 is alone);
 *   RIGHT   make the word under the top, s1, the head of s0, pop s0.
 *
 * The transition (3 classes) and the relation of each new arc (one of the treebank's labels) are
 * scored by two linear models over hashed features (Zhang & Nivre 2011's rich features, adapted to
 * arc-hybrid: words, tags, clusters, children, valencies, label sets, distance). Weights are rows of
 * 3 (transitions) or `labelCount` floats per hash bucket.
 */
export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const TRANSITIONS = 3;

/** Receives each decision while training (scripts/train/syntax); absent at run time. */
export interface ParserLearner {
  /**
   * Given the legal transitions (bit mask) and their scores, updates the model and returns the
   * transition to follow (the oracle's or the model's own, to explore).
   */
  transition(
    parser: Parser,
    features: Int32Array,
    count: number,
    scores: Float64Array,
    legal: number,
  ): number;
  /** Given a new arc and the label scores, updates the label model and returns the label to keep. */
  label(head: number, dependent: number, features: Int32Array, count: number, best: number): number;
}

/**
 * The weights of the parser, and the labels worth scoring for an arc: those seen in training with
 * its direction, head tag and dependent tag ("det" is the only one for DET ← NOUN), at
 * `candidates[candidateStarts[key]]` to `candidates[candidateStarts[key + 1]]` (key: `candidateKey`).
 */
export interface ParserTables {
  readonly transitions: WeightTable;
  readonly labels: WeightTable;
  readonly labelCount: number;
  readonly rootLabel: number;
  readonly candidateStarts: Int32Array;
  readonly candidates: Int32Array;
}

/** Number of (direction, head tag, dependent tag) keys; tags here are the tagger's classes. */
export const CANDIDATE_KEYS = 2 * TAG_COUNT * TAG_COUNT;

export function candidateKey(transition: number, headTag: number, dependentTag: number): number {
  return ((transition - 1) * TAG_COUNT + headTag) * TAG_COUNT + dependentTag;
}

/** Two values into one, cheaply (the feature hash is finalised once, by `pair` or `mix`). */
function join(a: number, b: number): number {
  return Math.imul(a, 0x9e3779b1) ^ b;
}

/** A template number with two values: one finalising step per feature. */
function pair(template: number, a: number, b: number): number {
  return finalise((Math.imul(a ^ PAIR[template]!, GOLDEN) + Math.imul(b, PAIR_SECOND)) | 0);
}

const NONE_WORD = 0x6e6f6e65;
const ROOT_WORD = 0x726f6f74;
const NONE_TAG = TAG_COUNT;
const ROOT_TAG = TAG_COUNT + 1;

function distanceBand(distance: number): number {
  if (distance <= 4) return distance;
  if (distance <= 6) return 5;
  if (distance <= 10) return 6;
  return 7;
}

/**
 * The Int8 transition table packed for reading at run time: each row's three weights in one 16-bit
 * code, 5 bits each, offset by 16 (bits 0–4 SHIFT, 5–9 LEFT, 10–14 RIGHT), for the 99.8% of rows
 * whose weights lie in −16…15; a row with a larger weight is stored whole in `wide` (bits 0–7
 * SHIFT, 8–15 LEFT, 16–23 RIGHT) and its code is `WIDE` plus its index there. One aligned load per
 * feature from a table of 2 bytes a row: half the 4 MB of whole rows, so more of the rows a
 * sentence reads at random stay in the processor's caches.
 */
export interface PackedRows {
  readonly codes: Uint16Array;
  readonly wide: Int32Array;
}

const PACKED = new WeakMap<WeightTable, PackedRows>();
const FIELD_OFFSET = 16;
const WIDE = 0x8000;

function fitsField(weight: number): boolean {
  return weight >= -FIELD_OFFSET && weight < FIELD_OFFSET;
}

/** The packed rows of an Int8 transition table (made once per table), null for other tables. */
export function packedRows(weights: WeightTable): PackedRows | null {
  if (!(weights instanceof Int8Array)) return null;
  let packed = PACKED.get(weights);
  if (packed === undefined) {
    const rows = weights.length / TRANSITIONS;
    const codes = new Uint16Array(rows);
    const wide: number[] = [];
    for (let row = 0; row < rows; row += 1) {
      const at = row * TRANSITIONS;
      const shift = weights[at]!;
      const left = weights[at + 1]!;
      const right = weights[at + 2]!;
      if (fitsField(shift) && fitsField(left) && fitsField(right))
        codes[row] = (shift + FIELD_OFFSET) | ((left + FIELD_OFFSET) << 5) | ((right + FIELD_OFFSET) << 10);
      else {
        if (wide.length >= WIDE) throw new Error('too many wide rows in the transition table');
        codes[row] = WIDE | wide.length;
        wide.push((shift & 0xff) | ((left & 0xff) << 8) | ((right & 0xff) << 16));
      }
    }
    packed = { codes, wide: Int32Array.from(wide) };
    PACKED.set(weights, packed);
  }
  return packed;
}

/** The three transition scores from packed rows: the same integer sums as the unpacked table's. */
export function scorePacked(
  packed: PackedRows,
  features: Int32Array,
  count: number,
  mask: number,
  scores: Float64Array,
): void {
  const codes = packed.codes;
  let shift = 0;
  let left = 0;
  let right = 0;
  // Every code row adds FIELD_OFFSET to each sum; taken off once at the end.
  let offsets = 0;
  for (let feature = 0; feature < count; feature += 1) {
    const code = codes[features[feature]! & mask]!;
    if (code < WIDE) {
      shift += code & 31;
      left += (code >> 5) & 31;
      right += code >> 10;
      offsets += FIELD_OFFSET;
    } else {
      const row = packed.wide[code & (WIDE - 1)]!;
      shift += (row << 24) >> 24;
      left += (row << 16) >> 24;
      right += (row << 8) >> 24;
    }
  }
  scores[SHIFT] = shift - offsets;
  scores[LEFT] = left - offsets;
  scores[RIGHT] = right - offsets;
}

/** Bytes per row of the padded label table: one cache line, so a feature's row is one miss. */
const LABEL_ROW = 64;
const PADDED_LABELS = new WeakMap<WeightTable, Int8Array>();

/**
 * The Int8 label table with each row of `labelCount` weights padded to 64 bytes, made once per
 * table: the rows of 51 bytes straddle two cache lines more often than not, and a label decision
 * reads 30 rows at random. Null for other tables (Float32 while training, Int16) or more than 64
 * labels, which are read as they are.
 */
export function paddedLabelRows(weights: WeightTable, labelCount: number): Int8Array | null {
  if (!(weights instanceof Int8Array) || labelCount > LABEL_ROW) return null;
  let padded = PADDED_LABELS.get(weights);
  if (padded === undefined) {
    const rows = weights.length / labelCount;
    padded = new Int8Array(rows * LABEL_ROW);
    for (let row = 0; row < rows; row += 1)
      padded.set(weights.subarray(row * labelCount, (row + 1) * labelCount), row * LABEL_ROW);
    PADDED_LABELS.set(weights, padded);
  }
  return padded;
}

export class Parser {
  /** Words of the sentence; index `length` is ROOT, `length + 1` stands for "no word". */
  length = 0;
  stack = new Int32Array(0);
  stackSize = 0;
  /** First word of the buffer (`length` when only ROOT is left). */
  buffer = 0;
  heads = new Int32Array(0);
  labels = new Int32Array(0);
  private leftmost = new Int32Array(0);
  private leftmost2 = new Int32Array(0);
  private rightmost = new Int32Array(0);
  private rightmost2 = new Int32Array(0);
  private leftCount = new Int32Array(0);
  private rightCount = new Int32Array(0);
  /** Labels of the word's left and right dependents as bit sets (labels 0–31, 32–63). */
  private leftLabelsLow = new Int32Array(0);
  private leftLabelsHigh = new Int32Array(0);
  private rightLabelsLow = new Int32Array(0);
  private rightLabelsHigh = new Int32Array(0);
  private word = new Int32Array(0);
  private tag = new Int32Array(0);
  private wordTag = new Int32Array(0);
  private clusterCoarse = new Int32Array(0);
  private clusterFine = new Int32Array(0);
  /** The transition features of the current configuration (`transitionFeatures`). */
  features = new Int32Array(128);
  private labelFeatures = new Int32Array(64);
  /** Start of each label feature's row in the padded label table. */
  private labelRows = new Int32Array(64);
  private readonly transitionScores = new Float64Array(TRANSITIONS);
  /** Sum of the rows' first weights, kept so the prefetching loops are not optimised away. */
  touched = 0;
  private labelScores = new Float64Array(0);

  private ensure(capacity: number, labelCount: number): void {
    if (this.labelScores.length < labelCount) this.labelScores = new Float64Array(labelCount);
    if (this.heads.length >= capacity) return;
    const size = Math.max(capacity, this.heads.length * 2, 64);
    this.stack = new Int32Array(size);
    this.heads = new Int32Array(size);
    this.labels = new Int32Array(size);
    this.leftmost = new Int32Array(size);
    this.leftmost2 = new Int32Array(size);
    this.rightmost = new Int32Array(size);
    this.rightmost2 = new Int32Array(size);
    this.leftCount = new Int32Array(size);
    this.rightCount = new Int32Array(size);
    this.leftLabelsLow = new Int32Array(size);
    this.leftLabelsHigh = new Int32Array(size);
    this.rightLabelsLow = new Int32Array(size);
    this.rightLabelsHigh = new Int32Array(size);
    this.word = new Int32Array(size);
    this.tag = new Int32Array(size);
    this.wordTag = new Int32Array(size);
    this.clusterCoarse = new Int32Array(size);
    this.clusterFine = new Int32Array(size);
  }

  /**
   * Sets up a sentence (words, tag classes) in the start configuration: empty stack, every word in
   * the buffer, no arcs. `parse` starts so; beam search (beam.ts) starts each of its states so.
   */
  begin(words: WordFeatures, tags: Int32Array, labelCount: number): void {
    const length = words.length;
    this.ensure(length + 2, labelCount);
    this.length = length;
    const none = length + 1;
    const noLabel = labelCount;
    for (let index = 0; index < length + 2; index += 1) {
      this.heads[index] = -1;
      this.labels[index] = noLabel;
      this.leftmost[index] = none;
      this.leftmost2[index] = none;
      this.rightmost[index] = none;
      this.rightmost2[index] = none;
      this.leftCount[index] = 0;
      this.rightCount[index] = 0;
      this.leftLabelsLow[index] = 0;
      this.leftLabelsHigh[index] = 0;
      this.rightLabelsLow[index] = 0;
      this.rightLabelsHigh[index] = 0;
    }
    for (let index = 0; index < length; index += 1) {
      const tag = tags[index]!;
      this.word[index] = words.word[index]!;
      this.tag[index] = tag;
      this.wordTag[index] = mix(words.word[index]!, tag);
      this.clusterCoarse[index] = words.clusters[index * CLUSTER_LEVELS + 1]!;
      this.clusterFine[index] = words.clusters[index * CLUSTER_LEVELS + 2]!;
    }
    this.word[length] = ROOT_WORD;
    this.tag[length] = ROOT_TAG;
    this.wordTag[length] = mix(ROOT_WORD, ROOT_TAG);
    this.clusterCoarse[length] = -2;
    this.clusterFine[length] = -2;
    this.word[none] = NONE_WORD;
    this.tag[none] = NONE_TAG;
    this.wordTag[none] = mix(NONE_WORD, NONE_TAG);
    this.clusterCoarse[none] = -3;
    this.clusterFine[none] = -3;
    this.stackSize = 0;
    this.buffer = 0;
  }

  /**
   * Parses one sentence: `tags` are tag classes per word; on return `heads` (index, `length` for
   * ROOT) and `labels` hold the tree. `rootLabel` is the label index forced on the root's arc.
   */
  parse(words: WordFeatures, tags: Int32Array, tables: ParserTables, learner?: ParserLearner): void {
    const { transitions: transitionWeights, labels: labelWeights, labelCount, rootLabel } = tables;
    const { candidateStarts, candidates } = tables;
    const length = words.length;
    this.begin(words, tags, labelCount);
    const transitionMask = transitionWeights.length / TRANSITIONS - 1;
    const labelMask = labelWeights.length / labelCount - 1;
    const scores = this.transitionScores;
    const packed = learner === undefined ? packedRows(transitionWeights) : null;
    const paddedLabels = learner === undefined ? paddedLabelRows(labelWeights, labelCount) : null;
    for (;;) {
      const stackSize = this.stackSize;
      const buffer = this.buffer;
      if (stackSize === 0 && buffer === length) break;
      let legal = 0;
      if (buffer < length) legal |= 1 << SHIFT;
      if (stackSize > 0 && (buffer < length || stackSize === 1)) legal |= 1 << LEFT;
      if (stackSize > 1) legal |= 1 << RIGHT;
      let chosen: number;
      // A forced move is not scored: SHIFT onto an empty stack, the RIGHTs and the last LEFT to ROOT.
      if (learner === undefined && (legal & (legal - 1)) === 0) chosen = 31 - Math.clz32(legal);
      else {
        const count = this.transitionFeatures();
        const features = this.features;
        if (packed !== null) scorePacked(packed, features, count, transitionMask, scores);
        else {
          // Rows touched first, so their cache misses overlap (tagger.ts); then three running sums.
          let touched = 0;
          for (let feature = 0; feature < count; feature += 1)
            touched += transitionWeights[(features[feature]! & transitionMask) * TRANSITIONS]!;
          this.touched = touched;
          let shift = 0;
          let left = 0;
          let right = 0;
          for (let feature = 0; feature < count; feature += 1) {
            const row = (features[feature]! & transitionMask) * TRANSITIONS;
            shift += transitionWeights[row]!;
            left += transitionWeights[row + 1]!;
            right += transitionWeights[row + 2]!;
          }
          scores[SHIFT] = shift;
          scores[LEFT] = left;
          scores[RIGHT] = right;
        }
        if (learner !== undefined) chosen = learner.transition(this, features, count, scores, legal);
        else {
          chosen = -1;
          for (let transition = 0; transition < TRANSITIONS; transition += 1)
            if ((legal & (1 << transition)) !== 0 && (chosen < 0 || scores[transition]! > scores[chosen]!))
              chosen = transition;
        }
      }
      if (chosen === SHIFT) {
        this.stack[stackSize] = buffer;
        this.stackSize = stackSize + 1;
        this.buffer = buffer + 1;
        continue;
      }
      const dependent = this.stack[stackSize - 1]!;
      const head = chosen === LEFT ? buffer : this.stack[stackSize - 2]!;
      let label: number;
      if (head === length) label = rootLabel;
      else {
        const key = candidateKey(chosen, this.tag[head]!, this.tag[dependent]!);
        const first = candidateStarts[key]!;
        const end = candidateStarts[key + 1]!;
        if (end - first === 1 && learner === undefined) label = candidates[first]!;
        else {
          const count = this.labelFeatures_(head, dependent, chosen);
          const features = this.labelFeatures;
          if (paddedLabels !== null) {
            label = this.bestPaddedLabel(paddedLabels, count, labelMask, first, end, candidates);
            this.attach(head, dependent, label);
            this.stackSize = stackSize - 1;
            continue;
          }
          const firstLabel = candidates[first]!;
          let touched = 0;
          for (let feature = 0; feature < count; feature += 1)
            touched += labelWeights[(features[feature]! & labelMask) * labelCount + firstLabel]!;
          this.touched = touched;
          const best = this.bestLabel(labelWeights, labelCount, labelMask, count, first, end, candidates);
          label = learner === undefined ? best : learner.label(head, dependent, features, count, best);
        }
      }
      this.attach(head, dependent, label);
      this.stackSize = stackSize - 1;
    }
  }

  /**
   * The best label among `candidates[first]` to `candidates[end]` over the label features of the
   * current arc (`this.labelFeatures`, `count` of them), summed row by row from the label table; ties
   * go to the earlier candidate. Shared by the greedy parse and the beam's step.
   */
  private bestLabel(
    labelWeights: WeightTable,
    labelCount: number,
    labelMask: number,
    count: number,
    first: number,
    end: number,
    candidates: Int32Array | readonly number[],
  ): number {
    const features = this.labelFeatures;
    const labelScores = this.labelScores;
    for (let candidate = first; candidate < end; candidate += 1) labelScores[candidates[candidate]!] = 0;
    for (let feature = 0; feature < count; feature += 1) {
      const row = (features[feature]! & labelMask) * labelCount;
      for (let candidate = first; candidate < end; candidate += 1) {
        const k = candidates[candidate]!;
        labelScores[k]! += labelWeights[row + k]!;
      }
    }
    let best = candidates[first]!;
    for (let candidate = first + 1; candidate < end; candidate += 1) {
      const k = candidates[candidate]!;
      if (labelScores[k]! > labelScores[best]!) best = k;
    }
    return best;
  }

  /**
   * The best label among `candidates[first]` to `candidates[end]` from the padded Int8 table: each
   * candidate's score is summed in a register over the features' rows (the same integer sums, in the
   * same order, as the unpadded loop; ties go to the earlier candidate as there).
   */
  private bestPaddedLabel(
    padded: Int8Array,
    count: number,
    mask: number,
    first: number,
    end: number,
    candidates: Int32Array,
  ): number {
    const features = this.labelFeatures;
    const rows = this.labelRows;
    const firstLabel = candidates[first]!;
    // Rows touched first, so their cache misses overlap; the candidate sums then find them cached.
    let touched = 0;
    for (let feature = 0; feature < count; feature += 1) {
      const row = (features[feature]! & mask) * LABEL_ROW;
      rows[feature] = row;
      touched += padded[row + firstLabel]!;
    }
    this.touched = touched;
    let best = firstLabel;
    let bestScore = -Infinity;
    for (let candidate = first; candidate < end; candidate += 1) {
      const k = candidates[candidate]!;
      let score = 0;
      for (let feature = 0; feature < count; feature += 1) score += padded[rows[feature]! + k]!;
      if (score > bestScore) {
        bestScore = score;
        best = k;
      }
    }
    return best;
  }

  /**
   * Takes over the configuration of `other`, begun on the same sentence (`begin`): stack, buffer,
   * arcs and what the features read of them. Beam search (beam.ts) copies a state so to extend it.
   */
  copyFrom(other: Parser): void {
    const size = other.length + 2;
    this.length = other.length;
    this.stackSize = other.stackSize;
    this.buffer = other.buffer;
    for (let index = 0; index < other.stackSize; index += 1) this.stack[index] = other.stack[index]!;
    for (let index = 0; index < size; index += 1) {
      this.heads[index] = other.heads[index]!;
      this.labels[index] = other.labels[index]!;
      this.leftmost[index] = other.leftmost[index]!;
      this.leftmost2[index] = other.leftmost2[index]!;
      this.rightmost[index] = other.rightmost[index]!;
      this.rightmost2[index] = other.rightmost2[index]!;
      this.leftCount[index] = other.leftCount[index]!;
      this.rightCount[index] = other.rightCount[index]!;
      this.leftLabelsLow[index] = other.leftLabelsLow[index]!;
      this.leftLabelsHigh[index] = other.leftLabelsHigh[index]!;
      this.rightLabelsLow[index] = other.rightLabelsLow[index]!;
      this.rightLabelsHigh[index] = other.rightLabelsHigh[index]!;
    }
  }

  /**
   * Applies a legal `transition` to the current configuration, choosing the new arc's label as
   * `parse` does (the same candidates, sums and ties): beam search's move (beam.ts). `paddedLabels`
   * is `paddedLabelRows` of the label table or null; `learner` (training) sees the label decision.
   */
  step(
    transition: number,
    tables: ParserTables,
    paddedLabels: Int8Array | null,
    learner?: Pick<ParserLearner, 'label'>,
  ): void {
    const stackSize = this.stackSize;
    const buffer = this.buffer;
    if (transition === SHIFT) {
      this.stack[stackSize] = buffer;
      this.stackSize = stackSize + 1;
      this.buffer = buffer + 1;
      return;
    }
    const length = this.length;
    const { labels: labelWeights, labelCount, candidateStarts, candidates } = tables;
    const dependent = this.stack[stackSize - 1]!;
    const head = transition === LEFT ? buffer : this.stack[stackSize - 2]!;
    let label: number;
    if (head === length) label = tables.rootLabel;
    else {
      const key = candidateKey(transition, this.tag[head]!, this.tag[dependent]!);
      const first = candidateStarts[key]!;
      const end = candidateStarts[key + 1]!;
      if (end - first === 1 && learner === undefined) label = candidates[first]!;
      else {
        const count = this.labelFeatures_(head, dependent, transition);
        const labelMask = labelWeights.length / labelCount - 1;
        if (paddedLabels !== null && learner === undefined)
          label = this.bestPaddedLabel(paddedLabels, count, labelMask, first, end, candidates);
        else {
          const features = this.labelFeatures;
          const best = this.bestLabel(labelWeights, labelCount, labelMask, count, first, end, candidates);
          label = learner === undefined ? best : learner.label(head, dependent, features, count, best);
        }
      }
    }
    this.attach(head, dependent, label);
    this.stackSize = stackSize - 1;
  }

  private attach(head: number, dependent: number, label: number): void {
    this.heads[dependent] = head;
    this.labels[dependent] = label;
    const none = this.length + 1;
    if (dependent < head) {
      // Keep the two outermost dependents on each side (ZN 2011's l, l2, r, r2).
      if (this.leftmost[head] === none || dependent < this.leftmost[head]!) {
        this.leftmost2[head] = this.leftmost[head]!;
        this.leftmost[head] = dependent;
      } else if (this.leftmost2[head] === none || dependent < this.leftmost2[head]!)
        this.leftmost2[head] = dependent;
      this.leftCount[head]! += 1;
      if (label < 32) this.leftLabelsLow[head]! |= 1 << label;
      else this.leftLabelsHigh[head]! |= 1 << (label - 32);
    } else {
      if (this.rightmost[head] === none || dependent > this.rightmost[head]!) {
        this.rightmost2[head] = this.rightmost[head]!;
        this.rightmost[head] = dependent;
      } else if (this.rightmost2[head] === none || dependent > this.rightmost2[head]!)
        this.rightmost2[head] = dependent;
      this.rightCount[head]! += 1;
      if (label < 32) this.rightLabelsLow[head]! |= 1 << label;
      else this.rightLabelsHigh[head]! |= 1 << (label - 32);
    }
  }

  /** Features of the current configuration for the transition model; returns their count. */
  transitionFeatures(): number {
    const length = this.length;
    const none = length + 1;
    const stack = this.stack;
    const size = this.stackSize;
    const s0 = size > 0 ? stack[size - 1]! : none;
    const s1 = size > 1 ? stack[size - 2]! : none;
    const s2 = size > 2 ? stack[size - 3]! : none;
    const b0 = this.buffer;
    const b1 = b0 + 1 <= length ? b0 + 1 : none;
    const b2 = b0 + 2 <= length ? b0 + 2 : none;
    const word = this.word;
    const tag = this.tag;
    const wordTag = this.wordTag;
    const labels = this.labels;
    const leftmost = this.leftmost;
    const rightmost = this.rightmost;
    const s0l = leftmost[s0]!;
    const s0r = rightmost[s0]!;
    const s0l2 = this.leftmost2[s0]!;
    const s0r2 = this.rightmost2[s0]!;
    const s1l = leftmost[s1]!;
    const s1r = rightmost[s1]!;
    const s1r2 = this.rightmost2[s1]!;
    const b0l = leftmost[b0]!;
    const b0l2 = this.leftmost2[b0]!;
    const s0w = word[s0]!;
    const s0t = tag[s0]!;
    const s0wt = wordTag[s0]!;
    const s1w = word[s1]!;
    const s1t = tag[s1]!;
    const s1wt = wordTag[s1]!;
    const b0w = word[b0]!;
    const b0t = tag[b0]!;
    const b0wt = wordTag[b0]!;
    const b1w = word[b1]!;
    const b1t = tag[b1]!;
    const b2t = tag[b2]!;
    const s2t = tag[s2]!;
    const distance = s0 < length && b0 < length ? distanceBand(b0 - s0) : s0 < length ? 8 : 9;
    const distance1 = s1 < length && s0 < length ? distanceBand(s0 - s1) : 9;
    const s0tb0t = join(s0t, b0t);
    const s1ts0t = join(s1t, s0t);
    const coarse = this.clusterCoarse;
    const fine = this.clusterFine;
    const f = this.features;
    let n = 0;
    f[n++] = MIX[101]! ^ 0;
    f[n++] = MIX[102]! ^ s0w;
    f[n++] = MIX[103]! ^ s0t;
    f[n++] = MIX[104]! ^ s0wt;
    f[n++] = MIX[105]! ^ s1w;
    f[n++] = MIX[106]! ^ s1t;
    f[n++] = MIX[107]! ^ s1wt;
    f[n++] = MIX[108]! ^ b0w;
    f[n++] = MIX[109]! ^ b0t;
    f[n++] = MIX[110]! ^ b0wt;
    f[n++] = MIX[111]! ^ b1w;
    f[n++] = MIX[112]! ^ b1t;
    f[n++] = MIX[113]! ^ wordTag[b1]!;
    f[n++] = MIX[114]! ^ word[b2]!;
    f[n++] = MIX[115]! ^ b2t;
    f[n++] = MIX[116]! ^ s2t;
    f[n++] = MIX[117]! ^ word[s2]!;
    // Clusters.
    f[n++] = MIX[120]! ^ coarse[s0]!;
    f[n++] = MIX[121]! ^ fine[s0]!;
    f[n++] = MIX[122]! ^ coarse[b0]!;
    f[n++] = MIX[123]! ^ fine[b0]!;
    f[n++] = MIX[124]! ^ coarse[s1]!;
    f[n++] = MIX[125]! ^ coarse[b1]!;
    f[n++] = Math.imul(coarse[s0]! ^ PAIR[126]!, GOLDEN) + Math.imul(coarse[b0]!, PAIR_SECOND);
    f[n++] = Math.imul(fine[s0]! ^ PAIR[127]!, GOLDEN) + Math.imul(b0t, PAIR_SECOND);
    f[n++] = Math.imul(s0t ^ PAIR[128]!, GOLDEN) + Math.imul(fine[b0]!, PAIR_SECOND);
    f[n++] = Math.imul(coarse[s1]! ^ PAIR[129]!, GOLDEN) + Math.imul(coarse[s0]!, PAIR_SECOND);
    f[n++] = Math.imul(fine[s1]! ^ PAIR[130]!, GOLDEN) + Math.imul(s0t, PAIR_SECOND);
    f[n++] = Math.imul(s1t ^ PAIR[131]!, GOLDEN) + Math.imul(fine[s0]!, PAIR_SECOND);
    // Pairs.
    f[n++] = Math.imul(s0wt ^ PAIR[140]!, GOLDEN) + Math.imul(b0wt, PAIR_SECOND);
    f[n++] = Math.imul(s0wt ^ PAIR[141]!, GOLDEN) + Math.imul(b0w, PAIR_SECOND);
    f[n++] = Math.imul(s0w ^ PAIR[142]!, GOLDEN) + Math.imul(b0wt, PAIR_SECOND);
    f[n++] = Math.imul(s0wt ^ PAIR[143]!, GOLDEN) + Math.imul(b0t, PAIR_SECOND);
    f[n++] = Math.imul(s0t ^ PAIR[144]!, GOLDEN) + Math.imul(b0wt, PAIR_SECOND);
    f[n++] = Math.imul(s0w ^ PAIR[145]!, GOLDEN) + Math.imul(b0w, PAIR_SECOND);
    f[n++] = MIX[146]! ^ s0tb0t;
    f[n++] = Math.imul(b0t ^ PAIR[147]!, GOLDEN) + Math.imul(b1t, PAIR_SECOND);
    f[n++] = MIX[148]! ^ s1ts0t;
    f[n++] = Math.imul(s1w ^ PAIR[149]!, GOLDEN) + Math.imul(s0w, PAIR_SECOND);
    f[n++] = Math.imul(s1wt ^ PAIR[150]!, GOLDEN) + Math.imul(s0wt, PAIR_SECOND);
    f[n++] = Math.imul(s1t ^ PAIR[151]!, GOLDEN) + Math.imul(s0wt, PAIR_SECOND);
    f[n++] = Math.imul(s1wt ^ PAIR[152]!, GOLDEN) + Math.imul(s0t, PAIR_SECOND);
    f[n++] = Math.imul(s1t ^ PAIR[153]!, GOLDEN) + Math.imul(b0t, PAIR_SECOND);
    f[n++] = Math.imul(s1w ^ PAIR[154]!, GOLDEN) + Math.imul(b0w, PAIR_SECOND);
    f[n++] = Math.imul(s0w ^ PAIR[155]!, GOLDEN) + Math.imul(b1w, PAIR_SECOND);
    // Triples.
    f[n++] = Math.imul(s0tb0t ^ PAIR[160]!, GOLDEN) + Math.imul(b1t, PAIR_SECOND);
    f[n++] = Math.imul(join(b0t, b1t) ^ PAIR[161]!, GOLDEN) + Math.imul(b2t, PAIR_SECOND);
    f[n++] = Math.imul(s1ts0t ^ PAIR[162]!, GOLDEN) + Math.imul(b0t, PAIR_SECOND);
    f[n++] = Math.imul(join(s2t, s1t) ^ PAIR[163]!, GOLDEN) + Math.imul(s0t, PAIR_SECOND);
    f[n++] = Math.imul(s0tb0t ^ PAIR[164]!, GOLDEN) + Math.imul(tag[s0l]!, PAIR_SECOND);
    f[n++] = Math.imul(s0tb0t ^ PAIR[165]!, GOLDEN) + Math.imul(tag[s0r]!, PAIR_SECOND);
    f[n++] = Math.imul(s0tb0t ^ PAIR[166]!, GOLDEN) + Math.imul(tag[b0l]!, PAIR_SECOND);
    f[n++] = Math.imul(s1ts0t ^ PAIR[167]!, GOLDEN) + Math.imul(tag[s1r]!, PAIR_SECOND);
    f[n++] = Math.imul(s1ts0t ^ PAIR[168]!, GOLDEN) + Math.imul(tag[s1l]!, PAIR_SECOND);
    f[n++] = Math.imul(s1ts0t ^ PAIR[169]!, GOLDEN) + Math.imul(tag[s0l]!, PAIR_SECOND);
    f[n++] = Math.imul(s1ts0t ^ PAIR[170]!, GOLDEN) + Math.imul(tag[s0r]!, PAIR_SECOND);
    f[n++] = Math.imul(join(s0t, tag[s0l]!) ^ PAIR[171]!, GOLDEN) + Math.imul(tag[s0l2]!, PAIR_SECOND);
    f[n++] = Math.imul(join(s0t, tag[s0r]!) ^ PAIR[172]!, GOLDEN) + Math.imul(tag[s0r2]!, PAIR_SECOND);
    f[n++] = Math.imul(join(b0t, tag[b0l]!) ^ PAIR[173]!, GOLDEN) + Math.imul(tag[b0l2]!, PAIR_SECOND);
    f[n++] = Math.imul(join(s1t, tag[s1r]!) ^ PAIR[174]!, GOLDEN) + Math.imul(tag[s1r2]!, PAIR_SECOND);
    f[n++] = Math.imul(s1ts0t ^ PAIR[175]!, GOLDEN) + Math.imul(b1t, PAIR_SECOND);
    // Distance.
    f[n++] = Math.imul(s0w ^ PAIR[180]!, GOLDEN) + Math.imul(distance, PAIR_SECOND);
    f[n++] = Math.imul(s0t ^ PAIR[181]!, GOLDEN) + Math.imul(distance, PAIR_SECOND);
    f[n++] = Math.imul(b0w ^ PAIR[182]!, GOLDEN) + Math.imul(distance, PAIR_SECOND);
    f[n++] = Math.imul(b0t ^ PAIR[183]!, GOLDEN) + Math.imul(distance, PAIR_SECOND);
    f[n++] = Math.imul(s0tb0t ^ PAIR[184]!, GOLDEN) + Math.imul(distance, PAIR_SECOND);
    f[n++] = Math.imul(s0wt ^ PAIR[185]!, GOLDEN) + Math.imul(join(b0wt, distance), PAIR_SECOND);
    f[n++] = Math.imul(s1ts0t ^ PAIR[186]!, GOLDEN) + Math.imul(distance1, PAIR_SECOND);
    f[n++] = Math.imul(s1w ^ PAIR[187]!, GOLDEN) + Math.imul(join(s0w, distance1), PAIR_SECOND);
    f[n++] = Math.imul(s1ts0t ^ PAIR[188]!, GOLDEN) + Math.imul(join(distance1, distance), PAIR_SECOND);
    // Valency.
    const s0left = this.leftCount[s0]!;
    const s0right = this.rightCount[s0]!;
    const b0left = this.leftCount[b0]!;
    const s1left = this.leftCount[s1]!;
    const s1right = this.rightCount[s1]!;
    f[n++] = Math.imul(s0w ^ PAIR[190]!, GOLDEN) + Math.imul(s0right, PAIR_SECOND);
    f[n++] = Math.imul(s0t ^ PAIR[191]!, GOLDEN) + Math.imul(s0right, PAIR_SECOND);
    f[n++] = Math.imul(s0w ^ PAIR[192]!, GOLDEN) + Math.imul(s0left, PAIR_SECOND);
    f[n++] = Math.imul(s0t ^ PAIR[193]!, GOLDEN) + Math.imul(s0left, PAIR_SECOND);
    f[n++] = Math.imul(b0w ^ PAIR[194]!, GOLDEN) + Math.imul(b0left, PAIR_SECOND);
    f[n++] = Math.imul(b0t ^ PAIR[195]!, GOLDEN) + Math.imul(b0left, PAIR_SECOND);
    f[n++] = Math.imul(s1t ^ PAIR[196]!, GOLDEN) + Math.imul(s1right, PAIR_SECOND);
    f[n++] = Math.imul(s1t ^ PAIR[197]!, GOLDEN) + Math.imul(s1left, PAIR_SECOND);
    f[n++] = Math.imul(s1w ^ PAIR[198]!, GOLDEN) + Math.imul(s1right, PAIR_SECOND);
    // Children.
    f[n++] = MIX[200]! ^ word[s0l]!;
    f[n++] = MIX[201]! ^ tag[s0l]!;
    f[n++] = MIX[202]! ^ labels[s0l]!;
    f[n++] = MIX[203]! ^ word[s0r]!;
    f[n++] = MIX[204]! ^ tag[s0r]!;
    f[n++] = MIX[205]! ^ labels[s0r]!;
    f[n++] = MIX[206]! ^ tag[s0l2]!;
    f[n++] = MIX[207]! ^ labels[s0l2]!;
    f[n++] = MIX[208]! ^ tag[s0r2]!;
    f[n++] = MIX[209]! ^ labels[s0r2]!;
    f[n++] = MIX[210]! ^ word[b0l]!;
    f[n++] = MIX[211]! ^ tag[b0l]!;
    f[n++] = MIX[212]! ^ labels[b0l]!;
    f[n++] = MIX[213]! ^ tag[b0l2]!;
    f[n++] = MIX[214]! ^ labels[b0l2]!;
    f[n++] = MIX[215]! ^ tag[s1l]!;
    f[n++] = MIX[216]! ^ labels[s1l]!;
    f[n++] = MIX[217]! ^ word[s1r]!;
    f[n++] = MIX[218]! ^ tag[s1r]!;
    f[n++] = MIX[219]! ^ labels[s1r]!;
    f[n++] = Math.imul(s0t ^ PAIR[220]!, GOLDEN) + Math.imul(labels[s0l]!, PAIR_SECOND);
    f[n++] = Math.imul(s0t ^ PAIR[221]!, GOLDEN) + Math.imul(labels[s0r]!, PAIR_SECOND);
    f[n++] = Math.imul(b0t ^ PAIR[222]!, GOLDEN) + Math.imul(labels[b0l]!, PAIR_SECOND);
    f[n++] = Math.imul(s1t ^ PAIR[223]!, GOLDEN) + Math.imul(labels[s1r]!, PAIR_SECOND);
    // Label sets.
    f[n++] =
      Math.imul(s0t ^ PAIR[230]!, GOLDEN) +
      Math.imul(join(this.leftLabelsLow[s0]!, this.leftLabelsHigh[s0]!), PAIR_SECOND);
    f[n++] =
      Math.imul(s0t ^ PAIR[231]!, GOLDEN) +
      Math.imul(join(this.rightLabelsLow[s0]!, this.rightLabelsHigh[s0]!), PAIR_SECOND);
    f[n++] =
      Math.imul(b0t ^ PAIR[232]!, GOLDEN) +
      Math.imul(join(this.leftLabelsLow[b0]!, this.leftLabelsHigh[b0]!), PAIR_SECOND);
    f[n++] =
      Math.imul(s1t ^ PAIR[233]!, GOLDEN) +
      Math.imul(join(this.rightLabelsLow[s1]!, this.rightLabelsHigh[s1]!), PAIR_SECOND);
    f[n++] =
      Math.imul(s1t ^ PAIR[234]!, GOLDEN) +
      Math.imul(join(this.leftLabelsLow[s1]!, this.leftLabelsHigh[s1]!), PAIR_SECOND);
    f[n++] =
      Math.imul(s0w ^ PAIR[235]!, GOLDEN) +
      Math.imul(join(this.leftLabelsLow[s0]!, this.rightLabelsLow[s0]!), PAIR_SECOND);
    finaliseAll(f, n);
    return n;
  }

  /** Features for the label of a new arc head → dependent; returns their count. */
  private labelFeatures_(head: number, dependent: number, transition: number): number {
    const length = this.length;
    const none = length + 1;
    const word = this.word;
    const tag = this.tag;
    const wordTag = this.wordTag;
    const labels = this.labels;
    const hw = word[head]!;
    const ht = tag[head]!;
    const hwt = wordTag[head]!;
    const dw = word[dependent]!;
    const dt = tag[dependent]!;
    const dwt = wordTag[dependent]!;
    const direction = transition;
    const htdt = pair(direction, ht, dt);
    const distance = distanceBand(Math.abs(head - dependent));
    const dl = this.leftmost[dependent]!;
    const dr = this.rightmost[dependent]!;
    const before = dependent > 0 ? dependent - 1 : none;
    const after = dependent + 1 < length ? dependent + 1 : none;
    const f = this.labelFeatures;
    let n = 0;
    f[n++] = MIX[301]! ^ direction;
    f[n++] = Math.imul(direction ^ PAIR[302]!, GOLDEN) + Math.imul(hw, PAIR_SECOND);
    f[n++] = Math.imul(direction ^ PAIR[303]!, GOLDEN) + Math.imul(ht, PAIR_SECOND);
    f[n++] = Math.imul(direction ^ PAIR[304]!, GOLDEN) + Math.imul(hwt, PAIR_SECOND);
    f[n++] = Math.imul(direction ^ PAIR[305]!, GOLDEN) + Math.imul(dw, PAIR_SECOND);
    f[n++] = Math.imul(direction ^ PAIR[306]!, GOLDEN) + Math.imul(dt, PAIR_SECOND);
    f[n++] = Math.imul(direction ^ PAIR[307]!, GOLDEN) + Math.imul(dwt, PAIR_SECOND);
    f[n++] = MIX[308]! ^ htdt;
    f[n++] = Math.imul(htdt ^ PAIR[309]!, GOLDEN) + Math.imul(join(hw, dw), PAIR_SECOND);
    f[n++] = Math.imul(htdt ^ PAIR[310]!, GOLDEN) + Math.imul(hw, PAIR_SECOND);
    f[n++] = Math.imul(htdt ^ PAIR[311]!, GOLDEN) + Math.imul(dw, PAIR_SECOND);
    f[n++] = Math.imul(htdt ^ PAIR[312]!, GOLDEN) + Math.imul(distance, PAIR_SECOND);
    f[n++] = Math.imul(htdt ^ PAIR[313]!, GOLDEN) + Math.imul(this.clusterCoarse[dependent]!, PAIR_SECOND);
    f[n++] = Math.imul(htdt ^ PAIR[314]!, GOLDEN) + Math.imul(this.clusterCoarse[head]!, PAIR_SECOND);
    f[n++] = Math.imul(direction ^ PAIR[315]!, GOLDEN) + Math.imul(this.clusterFine[dependent]!, PAIR_SECOND);
    f[n++] =
      Math.imul(htdt ^ PAIR[316]!, GOLDEN) +
      Math.imul(join(this.leftLabelsLow[dependent]!, this.leftLabelsHigh[dependent]!), PAIR_SECOND);
    f[n++] =
      Math.imul(htdt ^ PAIR[317]!, GOLDEN) +
      Math.imul(join(this.rightLabelsLow[dependent]!, this.rightLabelsHigh[dependent]!), PAIR_SECOND);
    f[n++] =
      Math.imul(htdt ^ PAIR[318]!, GOLDEN) +
      Math.imul(join(this.leftLabelsLow[head]!, this.leftLabelsHigh[head]!), PAIR_SECOND);
    f[n++] =
      Math.imul(htdt ^ PAIR[319]!, GOLDEN) +
      Math.imul(join(this.rightLabelsLow[head]!, this.rightLabelsHigh[head]!), PAIR_SECOND);
    f[n++] = Math.imul(htdt ^ PAIR[320]!, GOLDEN) + Math.imul(word[dl]!, PAIR_SECOND);
    f[n++] = Math.imul(htdt ^ PAIR[321]!, GOLDEN) + Math.imul(labels[dl]!, PAIR_SECOND);
    f[n++] = Math.imul(htdt ^ PAIR[322]!, GOLDEN) + Math.imul(tag[dl]!, PAIR_SECOND);
    f[n++] = Math.imul(htdt ^ PAIR[323]!, GOLDEN) + Math.imul(labels[dr]!, PAIR_SECOND);
    f[n++] = Math.imul(htdt ^ PAIR[324]!, GOLDEN) + Math.imul(tag[before]!, PAIR_SECOND);
    f[n++] = Math.imul(htdt ^ PAIR[325]!, GOLDEN) + Math.imul(tag[after]!, PAIR_SECOND);
    f[n++] = Math.imul(htdt ^ PAIR[326]!, GOLDEN) + Math.imul(word[before]!, PAIR_SECOND);
    f[n++] = Math.imul(direction ^ PAIR[327]!, GOLDEN) + Math.imul(join(dw, word[dl]!), PAIR_SECOND);
    f[n++] =
      Math.imul(htdt ^ PAIR[328]!, GOLDEN) +
      Math.imul(this.leftCount[dependent]! * 8 + this.rightCount[dependent]!, PAIR_SECOND);
    f[n++] = Math.imul(direction ^ PAIR[329]!, GOLDEN) + Math.imul(join(hw, dt), PAIR_SECOND);
    f[n++] = Math.imul(direction ^ PAIR[330]!, GOLDEN) + Math.imul(join(ht, dw), PAIR_SECOND);
    finaliseAll(f, n);
    return n;
  }
}
