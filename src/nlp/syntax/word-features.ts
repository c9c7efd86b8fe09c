import type { ClusterTable } from '../ner/clusters.js';
import type { KeyTable } from './lemmatiser.js';
import { finalise, FNV_OFFSET, fnvStep } from '../ner/hash.js';

/** Cluster levels used as features (64, 256 and 1,024 classes; the table's last level is not a cluster). */
export const CLUSTER_LEVELS = 3;

function lowerCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 128) return code;
  return String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

/** 1 upper, 2 lower, 3 digit, 4 other: the letters of a word's shape ("Xx", "dd-dd"). */
function shapeClass(code: number): number {
  if (code >= 65 && code <= 90) return 1;
  if (code >= 97 && code <= 122) return 2;
  if (code >= 48 && code <= 57) return 3;
  if (code < 128) return 4 + code;
  const lower = String.fromCharCode(code).toLowerCase();
  const upper = String.fromCharCode(code).toUpperCase();
  return lower !== upper ? (lower.charCodeAt(0) === code ? 2 : 1) : 300;
}

/** Flags of a word. */
export const INITIAL_UPPER = 1;
export const ALL_UPPER = 2;
export const HAS_DIGIT = 4;
export const HAS_HYPHEN = 8;

/**
 * Hashes of the words of one sentence, computed once per sentence (no string is built per word)
 * and read by the tagger, the parser and the lemmatiser. Arrays grow with the longest sentence
 * seen and are reused.
 */
export class WordFeatures {
  length = 0;
  /** Lower-cased word with digits written as 0 ("1,250" and "3,400" share one feature). */
  word = new Int32Array(0);
  /** Lower-cased word as the cluster table hashes it. */
  lower = new Int32Array(0);
  exact = new Int32Array(0);
  shape = new Int32Array(0);
  /** Lower-cased suffixes of 1 to 4 letters (4 per word). */
  suffixes = new Int32Array(0);
  /** Lower-cased prefixes of 1 to 3 letters (3 per word). */
  prefixes = new Int32Array(0);
  flags = new Int32Array(0);
  /** Cluster code + 1 per level (0: unknown word), `CLUSTER_LEVELS` per word. */
  clusters = new Int32Array(0);
  /** The tags the word had in the treebank, as a bit set (0: a word seen too rarely). */
  tagSets = new Int32Array(0);

  private ensure(capacity: number): void {
    if (this.word.length >= capacity) return;
    const size = Math.max(capacity, this.word.length * 2, 64);
    this.word = new Int32Array(size);
    this.lower = new Int32Array(size);
    this.exact = new Int32Array(size);
    this.shape = new Int32Array(size);
    this.suffixes = new Int32Array(size * 4);
    this.prefixes = new Int32Array(size * 3);
    this.flags = new Int32Array(size);
    this.clusters = new Int32Array(size * CLUSTER_LEVELS);
    this.tagSets = new Int32Array(size);
  }

  compute(forms: readonly string[], clusters: ClusterTable | null, tagSets: KeyTable | null): void {
    const count = forms.length;
    this.ensure(count);
    this.length = count;
    for (let index = 0; index < count; index += 1) {
      const form = forms[index]!;
      const length = form.length;
      let word = FNV_OFFSET;
      let lower = FNV_OFFSET;
      let exact = FNV_OFFSET;
      let shape = FNV_OFFSET;
      let lastShape = -1;
      let run = 0;
      let uppers = 0;
      let lowers = 0;
      let flags = 0;
      for (let position = 0; position < length; position += 1) {
        const code = form.charCodeAt(position);
        const lowered = lowerCode(code);
        exact = fnvStep(exact, code);
        lower = fnvStep(lower, lowered);
        word = fnvStep(word, code >= 48 && code <= 57 ? 48 : lowered);
        const symbol = shapeClass(code);
        if (symbol === 1) uppers += 1;
        else if (symbol === 2) lowers += 1;
        else if (symbol === 3) flags |= HAS_DIGIT;
        else if (code === 45) flags |= HAS_HYPHEN;
        if (symbol !== lastShape) run = 0;
        run += 1;
        lastShape = symbol;
        if (run <= 2) shape = fnvStep(shape, symbol);
      }
      if (length > 0 && shapeClass(form.charCodeAt(0)) === 1) flags |= INITIAL_UPPER;
      if (uppers > 0 && lowers === 0) flags |= ALL_UPPER;
      this.word[index] = finalise(word);
      this.lower[index] = finalise(lower);
      this.exact[index] = finalise(exact);
      this.shape[index] = finalise(shape);
      this.flags[index] = flags;
      for (let k = 1; k <= 4; k += 1) {
        let suffix = FNV_OFFSET;
        for (let position = Math.max(0, length - k); position < length; position += 1)
          suffix = fnvStep(suffix, lowerCode(form.charCodeAt(position)));
        this.suffixes[index * 4 + k - 1] = finalise(suffix) ^ (length < k ? 0x55 : 0);
      }
      for (let k = 1; k <= 3; k += 1) {
        let prefix = FNV_OFFSET;
        for (let position = 0; position < Math.min(length, k); position += 1)
          prefix = fnvStep(prefix, lowerCode(form.charCodeAt(position)));
        this.prefixes[index * 3 + k - 1] = finalise(prefix) ^ (length < k ? 0x55 : 0);
      }
      const tagSet = tagSets === null ? -1 : tagSets.get(this.lower[index]! | 1);
      this.tagSets[index] = tagSet < 0 ? 0 : tagSet;
      const found = clusters === null ? -1 : clusters.find(this.exact[index]!, this.lower[index]!);
      for (let level = 0; level < CLUSTER_LEVELS; level += 1)
        this.clusters[index * CLUSTER_LEVELS + level] = found < 0 ? 0 : clusters!.code(found, level) + 1;
    }
  }
}
