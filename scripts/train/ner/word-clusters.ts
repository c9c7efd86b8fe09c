import { segment } from '../../../src/nlp/segment/segment.js';
import { hashString } from '../../../src/nlp/ner/hash.js';
import { unlabelledTexts } from './unlabelled-text.js';

/**
 * Word clusters by the predictive exchange algorithm (Uszkoreit & Brants 2008): every word of the
 * vocabulary is moved, in turn, to the class that best predicts it from the previous word, under
 * the class-bigram likelihood sum N(v,c) log N(v,c) − sum N(c) log N(c). Run once per level, with
 * more classes at each (coarse to fine), so a word gets one code per level. Deterministic: the
 * vocabulary is ordered by frequency then spelling, classes start as (rank mod K), words are
 * visited in rank order, and ties keep the current class.
 *
 * A last "level" is not a cluster: it is how often the word's lower-cased form is written with a
 * capital inside a sentence in the unlabelled text, in eight bands (names vs. headline words).
 */

export interface WordClusters {
  readonly words: readonly string[];
  readonly levels: number;
  readonly codes: Int32Array;
}

const BOUNDARY = 0;
const UNKNOWN = 1;

export interface ClusterOptions {
  readonly minimumCount: number;
  readonly classCounts: readonly number[];
  readonly iterations: number;
  readonly log?: (line: string) => void;
}

export function learnWordClusters(options: ClusterOptions): WordClusters {
  const log = options.log ?? (() => undefined);
  // 1. Tokens of the unlabelled texts, through our own segmentation.
  const counts = new Map<string, number>();
  const stream: string[][] = [];
  const capitalisedInside = new Map<string, number>();
  const lowerInside = new Map<string, number>();
  let tokenCount = 0;
  for (const text of unlabelledTexts()) {
    const segments = segment(text);
    for (const sentence of segments.sentences) {
      const words: string[] = [];
      for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
        const token = segments.tokens[index]!;
        const word = text.slice(token.start, token.end);
        words.push(word);
        counts.set(word, (counts.get(word) ?? 0) + 1);
        if (index > sentence.firstToken) {
          const code = word.charCodeAt(0);
          const lowered = word.toLowerCase();
          if (word !== lowered && word.slice(1) === lowered.slice(1))
            capitalisedInside.set(lowered, (capitalisedInside.get(lowered) ?? 0) + 1);
          else if (code >= 0x61 && code <= 0x7a)
            lowerInside.set(lowered, (lowerInside.get(lowered) ?? 0) + 1);
        }
      }
      tokenCount += words.length;
      stream.push(words);
    }
  }
  // 2. Vocabulary: words seen often enough, by frequency then spelling.
  const vocabulary = [...counts]
    .filter(([, count]) => count >= options.minimumCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([word]) => word);
  const size = vocabulary.length;
  const ids = new Map<string, number>(vocabulary.map((word, index) => [word, index + 2]));
  log(`clusters: ${tokenCount} tokens, ${counts.size} distinct words, ${size} in the vocabulary`);
  // 3. Bigram counts (previous id → word), previous ids include BOUNDARY and UNKNOWN.
  const pairs = new Map<number, number>();
  const unigram = new Float64Array(size);
  const width = size + 2;
  for (const words of stream) {
    let previous = BOUNDARY;
    for (const word of words) {
      const id = ids.get(word) ?? UNKNOWN;
      if (id >= 2) {
        const key = (id - 2) * width + previous;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
        unigram[id - 2]! += 1;
      }
      previous = id;
    }
  }
  const keys = Float64Array.from(pairs.keys()).sort();
  const predecessorStart = new Int32Array(size + 1);
  const predecessor = new Int32Array(keys.length);
  const pairCount = new Float64Array(keys.length);
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index]!;
    const word = Math.floor(key / width);
    predecessor[index] = key - word * width;
    pairCount[index] = pairs.get(key)!;
    predecessorStart[word + 1] = index + 1;
  }
  for (let word = 1; word <= size; word += 1)
    predecessorStart[word] = Math.max(predecessorStart[word]!, predecessorStart[word - 1]!);
  log(`clusters: ${keys.length} distinct bigrams`);
  // x log x, tabulated: counts are integers up to the token count.
  const table = new Float64Array(tokenCount + 2);
  for (let value = 1; value < table.length; value += 1) table[value] = value * Math.log(value);

  const levels = options.classCounts.length + 1;
  const codes = new Int32Array(size * levels);
  options.classCounts.forEach((classCount, level) => {
    const started = performance.now();
    const assignment = exchange(
      size,
      width,
      classCount,
      options.iterations,
      unigram,
      predecessorStart,
      predecessor,
      pairCount,
      table,
      log,
    );
    for (let word = 0; word < size; word += 1) codes[word * levels + level] = assignment[word]!;
    log(`clusters: ${classCount} classes in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
  // Capitalisation band of the lower-cased form.
  for (let word = 0; word < size; word += 1) {
    const lowered = vocabulary[word]!.toLowerCase();
    const capital = capitalisedInside.get(lowered) ?? 0;
    const lower = lowerInside.get(lowered) ?? 0;
    const band = capital + lower < 2 ? 8 : Math.min(7, Math.floor((capital / (capital + lower)) * 8));
    codes[word * levels + levels - 1] = band;
  }
  return { words: vocabulary, levels, codes };
}

function exchange(
  size: number,
  width: number,
  classCount: number,
  iterations: number,
  unigram: Float64Array,
  predecessorStart: Int32Array,
  predecessor: Int32Array,
  pairCount: Float64Array,
  table: Float64Array,
  log: (line: string) => void,
): Int32Array {
  const assignment = new Int32Array(size);
  for (let word = 0; word < size; word += 1) assignment[word] = word % classCount;
  const joint = new Float64Array(width * classCount); // N(previous, class)
  const classTotal = new Float64Array(classCount);
  for (let word = 0; word < size; word += 1) {
    const cls = assignment[word]!;
    classTotal[cls]! += unigram[word]!;
    for (let pair = predecessorStart[word]!; pair < predecessorStart[word + 1]!; pair += 1)
      joint[predecessor[pair]! * classCount + cls]! += pairCount[pair]!;
  }
  const delta = new Float64Array(classCount);
  for (let iteration = 0; iteration < iterations; iteration += 1) {
    let moved = 0;
    for (let word = 0; word < size; word += 1) {
      const from = assignment[word]!;
      const count = unigram[word]!;
      const first = predecessorStart[word]!;
      const last = predecessorStart[word + 1]!;
      classTotal[from]! -= count;
      for (let pair = first; pair < last; pair += 1)
        joint[predecessor[pair]! * classCount + from]! -= pairCount[pair]!;
      for (let cls = 0; cls < classCount; cls += 1) {
        const total = classTotal[cls]!;
        delta[cls] = table[total]! - table[total + count]!;
      }
      for (let pair = first; pair < last; pair += 1) {
        const base = predecessor[pair]! * classCount;
        const n = pairCount[pair]!;
        for (let cls = 0; cls < classCount; cls += 1) {
          const value = joint[base + cls]!;
          delta[cls]! += table[value + n]! - table[value]!;
        }
      }
      let best = from;
      let bestDelta = delta[from]!;
      for (let cls = 0; cls < classCount; cls += 1) {
        if (delta[cls]! > bestDelta + 1e-9) {
          best = cls;
          bestDelta = delta[cls]!;
        }
      }
      if (best !== from) moved += 1;
      assignment[word] = best;
      classTotal[best]! += count;
      for (let pair = first; pair < last; pair += 1)
        joint[predecessor[pair]! * classCount + best]! += pairCount[pair]!;
    }
    log(`clusters: K=${classCount} iteration ${iteration + 1}: ${moved} words moved`);
  }
  return assignment;
}

/** The words' hashes as the run-time table wants them (exact form, and lower case for the first spelling). */
export function clusterHashes(clusters: Pick<WordClusters, 'words'>): {
  exact: Int32Array;
  lower: Int32Array;
} {
  const exact = new Int32Array(clusters.words.length);
  const lower = new Int32Array(clusters.words.length);
  const seenLower = new Set<string>();
  clusters.words.forEach((word, index) => {
    exact[index] = hashString(word);
    const lowered = word.toLowerCase();
    if (!seenLower.has(lowered)) {
      seenLower.add(lowered);
      lower[index] = hashString(lowered);
    }
  });
  return { exact, lower };
}
