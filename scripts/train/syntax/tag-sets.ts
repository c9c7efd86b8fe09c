import { KeyTable } from '../../../src/nlp/syntax/lemmatiser.js';
import { tagId } from '../../../src/nlp/syntax/tagger.js';
import { WordFeatures } from '../../../src/nlp/syntax/word-features.js';
import type { UdSentence } from './conllu.js';

/** Words seen fewer times than this get no tag set (their few tags would give the answer away). */
const MINIMUM_COUNT = 3;
/** A tag joins a word's set when it is at least this share of the word's occurrences. */
const MINIMUM_SHARE = 0.05;

/**
 * The tags each frequent word (lower-cased) has in the treebank, as a bit set: "that" is
 * DET|PRON|SCONJ, "run" NOUN|VERB. A classic tagger feature (an ambiguity class), for the word and
 * its neighbours. Keys are the words' lower-case hashes, sorted, so the table is the same every run.
 */
export function learnTagSets(sentences: readonly UdSentence[]): KeyTable {
  const counts = new Map<number, Int32Array>();
  const words = new WordFeatures();
  for (const sentence of sentences) {
    words.compute(sentence.forms, null, null);
    sentence.tags.forEach((tag, index) => {
      const id = tagId(tag);
      if (id < 0) return;
      const key = words.lower[index]! | 1;
      let row = counts.get(key);
      if (row === undefined) counts.set(key, (row = new Int32Array(32)));
      row[id]! += 1;
      row[31]! += 1;
    });
  }
  const entries: [number, number][] = [];
  for (const [key, row] of counts) {
    const total = row[31]!;
    if (total < MINIMUM_COUNT) continue;
    let set = 0;
    for (let tag = 0; tag < 31; tag += 1)
      if (row[tag]! >= total * MINIMUM_SHARE && row[tag]! > 0) set |= 1 << tag;
    entries.push([key, set]);
  }
  entries.sort((a, b) => a[0] - b[0]);
  return new KeyTable(
    Int32Array.from(entries, (entry) => entry[0]),
    Int32Array.from(entries, (entry) => entry[1]),
  );
}
