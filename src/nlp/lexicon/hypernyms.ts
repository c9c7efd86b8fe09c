import { synset, type Synset, type WordNetPos } from '../events/wordnet.js';

/** How far up a hypernym walk reads, and which synsets it may pass through. */
export interface HypernymWalk {
  /**
   * How many levels are read, the sense itself the first: 5 reads the sense and its hypernyms up to
   * four steps above it ("within five hypernym steps" in the callers' words).
   */
  readonly levels: number;
  /**
   * The synsets the walk may test and climb from (all when absent): "through acts and events
   * only" keeps "score" (a number) from reaching a contest through its other hypernyms.
   */
  readonly through?: (entry: Synset) => boolean;
}

/**
 * True when the WordNet synset at `sense` or one of its hypernyms passes `test`: the walk climbs
 * both kinds ("@": "tabloid" → newspaper) and instances ("@i": "Wimbledon" → tournament) within
 * the part of speech, level by level (breadth first), so that a synset reached by two paths counts
 * at its nearest level, and stops at the first synset that passes. Each synset is read once.
 */
export function hasHypernym(
  sense: number,
  pos: WordNetPos,
  walk: HypernymWalk,
  test: (entry: Synset) => boolean,
): boolean {
  const seen = new Set<number>();
  let frontier = [sense];
  for (let level = 0; level < walk.levels && frontier.length > 0; level += 1) {
    const next: number[] = [];
    for (const offset of frontier) {
      if (seen.has(offset)) continue;
      seen.add(offset);
      const entry = synset(offset, pos);
      if (walk.through !== undefined && !walk.through(entry)) continue;
      if (test(entry)) return true;
      for (const hypernym of entry.hypernyms) next.push(hypernym);
    }
    frontier = next;
  }
  return false;
}

/** `hasHypernym` with a test on the synset's words: one of them is in `words` ("newspaper", "award"). */
export function hasHypernymWord(
  sense: number,
  pos: WordNetPos,
  walk: HypernymWalk,
  words: ReadonlySet<string>,
): boolean {
  const test = (entry: Synset): boolean => entry.words.some((word) => words.has(word));
  // a walk through every synset depends on nothing but its arguments: remembered per set of words
  if (walk.through !== undefined) return hasHypernym(sense, pos, walk, test);
  let memo = wordWalks.get(words);
  if (memo === undefined) {
    memo = new Map();
    wordWalks.set(words, memo);
  }
  const key = `${pos} ${walk.levels} ${sense}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const found = hasHypernym(sense, pos, walk, test);
  memo.set(key, found);
  return found;
}

/** `hasHypernymWord`'s answers for walks through every synset, by set of words, then part of speech, levels and sense. */
const wordWalks = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();
