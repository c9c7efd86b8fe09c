import { mix } from './hash.js';

/** Key salt for the lower-cased entries ("CLINTON" in a headline finds the cluster of "Clinton"). */
const LOWER_SALT = 0x1b873593;

/**
 * Word clusters learnt from unlabelled news text (scripts/train/ner/clusters.ts): each known word
 * has `levels` cluster codes, from coarse to fine. Looked up by the word's exact hash, then by its
 * lower-cased hash (entries for the most frequent spelling of each lower-cased word).
 */
export class ClusterTable {
  private readonly mask: number;
  private readonly keys: Int32Array;
  private readonly slots: Int32Array;

  constructor(
    /** Exact-form hash per word, then lower-case hash per word (0 if none). */
    readonly exactHashes: Int32Array,
    readonly lowerHashes: Int32Array,
    readonly levels: number,
    /** `levels` codes per word. */
    readonly codes: Int32Array,
  ) {
    const size = Math.max(1024, 1 << Math.ceil(Math.log2((exactHashes.length + lowerHashes.length) * 2 + 1)));
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.slots = new Int32Array(size).fill(-1);
    for (let word = 0; word < exactHashes.length; word += 1) this.insert(exactHashes[word]!, word);
    for (let word = 0; word < lowerHashes.length; word += 1) {
      const hash = lowerHashes[word]!;
      if (hash !== 0) this.insert(mix(hash, LOWER_SALT), word);
    }
  }

  private insert(hash: number, word: number): void {
    const key = hash === 0 ? 1 : hash;
    let slot = key & this.mask;
    while (this.keys[slot] !== 0) {
      if (this.keys[slot] === key) return; // first entry wins
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = key;
    this.slots[slot] = word;
  }

  private lookup(hash: number): number {
    const key = hash === 0 ? 1 : hash;
    let slot = key & this.mask;
    for (;;) {
      const stored = this.keys[slot]!;
      if (stored === 0) return -1;
      if (stored === key) return this.slots[slot]!;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The word index for a token, or -1. */
  find(exactHash: number, lowerHash: number): number {
    const word = this.lookup(exactHash);
    return word >= 0 ? word : this.lookup(mix(lowerHash, LOWER_SALT));
  }

  code(word: number, level: number): number {
    return this.codes[word * this.levels + level]!;
  }
}
