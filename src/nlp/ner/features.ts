import type { ClusterTable } from './clusters.js';
import { mix, mix3 } from './hash.js';
import {
  ALL_DIGITS,
  ALL_UPPER,
  ATTACHED_LEFT,
  ATTACHED_RIGHT,
  CAPITALISED_ELSEWHERE,
  HAS_DIGIT,
  HAS_LETTER,
  INITIAL_UPPER,
  LOWERCASE_ELSEWHERE,
  SENTENCE_INITIAL,
  SENTENCE_NORMAL,
  type TokenFeatures,
} from './token-features.js';

/** Value standing for a position before the sentence start or after its end. */
const BEFORE = 0x3c5e4e54;
const AFTER = 0x453e4e54;

/** At most this many features per token (the scratch array's length). */
export const MAX_FEATURES = 64;
/** At most this many features per token depend on the labels already given (see fillDynamic). */
export const MAX_DYNAMIC_FEATURES = 8;

/** Flags that describe the token's own form (the rest describe its position). */
const FORM_FLAGS = INITIAL_UPPER | ALL_UPPER | HAS_DIGIT | ALL_DIGITS | HAS_LETTER;

/**
 * Feature templates in the style of Ratinov & Roth (2009): words and shapes in a window of two,
 * affixes, part of speech, word clusters, the two previous predicted labels, the sentence's case
 * mode (headlines), and document memory (what this word was labelled earlier in the document).
 * Each feature is a template number hashed with its values into a bucket of the weight table.
 */
export class FeatureExtractor {
  constructor(
    private readonly bucketMask: number,
    private readonly clusters: ClusterTable | null,
  ) {}

  /**
   * Writes the bucket of each feature of token `index` that does not depend on the labels into
   * `out` from `offset` on, and returns their number. These are computed and scored once per token.
   */
  fillStatic(tokens: TokenFeatures, index: number, out: Int32Array, offset: number): number {
    const mask = this.bucketMask;
    const start = tokens.sentenceStart[index]!;
    const end = tokens.sentenceEnd[index]!;
    const lower = tokens.word;
    const shape = tokens.shape;
    const lowerMinus2 = index - 2 >= start ? lower[index - 2]! : BEFORE;
    const lowerMinus1 = index - 1 >= start ? lower[index - 1]! : BEFORE;
    const lower0 = lower[index]!;
    const lowerPlus1 = index + 1 < end ? lower[index + 1]! : AFTER;
    const lowerPlus2 = index + 2 < end ? lower[index + 2]! : AFTER;
    const shapeMinus1 = index - 1 >= start ? shape[index - 1]! : BEFORE;
    const shape0 = shape[index]!;
    const shapePlus1 = index + 1 < end ? shape[index + 1]! : AFTER;
    const pos = tokens.pos;
    const posMinus1 = index - 1 >= start ? pos[index - 1]! : 99;
    const pos0 = pos[index]!;
    const posPlus1 = index + 1 < end ? pos[index + 1]! : 98;
    const flags = tokens.flags[index]!;
    const mode = tokens.sentenceMode[index]!;
    const form = flags & FORM_FLAGS;
    const positionFlags =
      flags &
      (SENTENCE_INITIAL | ATTACHED_LEFT | ATTACHED_RIGHT | LOWERCASE_ELSEWHERE | CAPITALISED_ELSEWHERE);
    let count = offset;
    out[count++] = 0; // bias
    out[count++] = mix(1, lowerMinus2) & mask;
    out[count++] = mix(2, lowerMinus1) & mask;
    out[count++] = mix(3, lower0) & mask;
    out[count++] = mix(4, lowerPlus1) & mask;
    out[count++] = mix(5, lowerPlus2) & mask;
    out[count++] = mix(6, tokens.exact[index]!) & mask;
    out[count++] = mix(7, shapeMinus1) & mask;
    out[count++] = mix(8, shape0) & mask;
    out[count++] = mix(9, shapePlus1) & mask;
    out[count++] = mix3(12, lowerMinus1, lower0) & mask;
    out[count++] = mix3(13, lower0, lowerPlus1) & mask;
    const affixBase = index * 4;
    for (let k = 0; k < 4; k += 1) {
      out[count++] = mix(20 + k, tokens.prefixes[affixBase + k]!) & mask;
      out[count++] = mix(24 + k, tokens.suffixes[affixBase + k]!) & mask;
    }
    out[count++] = mix(30, posMinus1) & mask;
    out[count++] = mix(31, pos0) & mask;
    out[count++] = mix(32, posPlus1) & mask;
    out[count++] = mix3(50, form, positionFlags) & mask;
    out[count++] = mix3(51, mode * 4096 + flags, shape0) & mask;
    out[count++] = mix3(52, mode * 4096 + (flags & SENTENCE_INITIAL), lower0) & mask;
    out[count++] =
      mix3(54, mode * 4096 + (flags & (CAPITALISED_ELSEWHERE | LOWERCASE_ELSEWHERE)), form) & mask;
    // Context aggregation (Ratinov & Roth 2009): the words around up to three other occurrences
    // of this capitalised word in the document ("beat Atalanta", "Atalanta coach").
    let occurrence = tokens.firstOccurrence[index]!;
    let taken = 0;
    while (occurrence >= 0 && taken < 3) {
      if (occurrence !== index) {
        const occurrenceStart = tokens.sentenceStart[occurrence]!;
        const occurrenceEnd = tokens.sentenceEnd[occurrence]!;
        out[count++] = mix(94, occurrence - 1 >= occurrenceStart ? lower[occurrence - 1]! : BEFORE) & mask;
        out[count++] = mix(95, occurrence + 1 < occurrenceEnd ? lower[occurrence + 1]! : AFTER) & mask;
        taken += 1;
      }
      occurrence = tokens.nextOccurrence[occurrence]!;
    }
    const gazetteer = tokens.gazetteer;
    const gazetteer0 = gazetteer[index]!;
    if (gazetteer0 !== 0) {
      out[count++] = mix(90, gazetteer0) & mask;
      out[count++] = mix3(91, gazetteer0, form) & mask;
    }
    out[count++] =
      mix3(
        92,
        index - 1 >= start ? gazetteer[index - 1]! : -1,
        index + 1 < end ? gazetteer[index + 1]! : -1,
      ) & mask;
    const clusters = this.clusters;
    if (clusters !== null) {
      const levels = clusters.levels;
      const word = tokens.cluster[index]!;
      if (word >= 0) {
        for (let level = 0; level < levels; level += 1)
          out[count++] = mix3(70 + level, clusters.code(word, level), form) & mask;
      } else out[count++] = mix(69, form) & mask;
      const before = index - 1 >= start ? tokens.cluster[index - 1]! : -2;
      const after = index + 1 < end ? tokens.cluster[index + 1]! : -2;
      const middle = levels > 1 ? 1 : 0;
      out[count++] = mix(80, before >= 0 ? clusters.code(before, middle) : before) & mask;
      out[count++] = mix(81, after >= 0 ? clusters.code(after, middle) : after) & mask;
      // In a headline every word is capitalised, so what counts is how often the word is written
      // with a capital inside sentences in the unlabelled text (the last cluster level): "Visits"
      // rarely, "Beijing" always. ALL CAPS headlines (many in CoNLL) teach it for Title Case too.
      if (mode !== SENTENCE_NORMAL) {
        const band = levels - 1;
        out[count++] = mix(82, word >= 0 ? clusters.code(word, band) : -1) & mask;
        out[count++] =
          mix3(
            83,
            word >= 0 ? clusters.code(word, band) : -1,
            after >= 0 ? clusters.code(after, band) : after,
          ) & mask;
        out[count++] =
          mix3(
            84,
            word >= 0 ? clusters.code(word, band) : -1,
            before >= 0 ? clusters.code(before, band) : before,
          ) & mask;
      }
    }
    return count - offset;
  }

  /**
   * Features that depend on the labels given so far: the two previous labels of the sentence
   * (0 at its start) and what the document says about this word. In the first pass `memory` is
   * the label last given to the same capitalised word before it; in the second pass `aggregate`
   * is what the first pass gave the word's other occurrences in the whole document ("Atalanta"
   * in a results table below "Atalanta beat Roma"). Returns the number written.
   */
  fillDynamic(
    tokens: TokenFeatures,
    index: number,
    previous1: number,
    previous2: number,
    memory: number,
    aggregate: number,
    out: Int32Array,
    offset: number,
  ): number {
    const mask = this.bucketMask;
    const lower0 = tokens.word[index]!;
    const shape0 = tokens.shape[index]!;
    const form = tokens.flags[index]! & FORM_FLAGS;
    let count = offset;
    out[count++] = mix(40, previous1) & mask;
    out[count++] = mix3(41, previous1, previous2) & mask;
    out[count++] = mix3(42, previous1, lower0) & mask;
    out[count++] = mix3(43, previous1, shape0) & mask;
    if (aggregate < 0) {
      out[count++] = mix3(60, memory, form) & mask;
      out[count++] = mix3(61, memory, previous1) & mask;
    } else {
      out[count++] = mix3(62, aggregate, form) & mask;
      out[count++] = mix3(63, aggregate, previous1) & mask;
      out[count++] = mix3(64, aggregate, lower0) & mask;
    }
    return count - offset;
  }
}
