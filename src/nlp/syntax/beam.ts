import {
  LEFT,
  packedRows,
  paddedLabelRows,
  Parser,
  RIGHT,
  scorePacked,
  SHIFT,
  TRANSITIONS,
  type ParserLearner,
  type ParserTables,
} from './parser.js';
import type { WordFeatures } from './word-features.js';

/**
 * Beam search over the arc-hybrid transitions of parser.ts (Zhang & Clark 2008; Zhang & Nivre
 * 2011): the `width` best configurations by the sum of their transition scores are kept at each
 * step, each extended by every legal transition; a new arc's label is chosen as the greedy parser
 * chooses it (the label model is local). A forced move adds nothing to the score, as in greedy
 * decoding. With width 1 the result is the greedy parser's (ties go to the earlier configuration,
 * then to the lower transition, as there). Experimental (`npm run train:syntax -- --beam K`): the
 * committed model is greedy.
 */

/** What beam training (scripts/train/syntax) is told; absent at run time. */
export interface BeamLearner extends Pick<ParserLearner, 'label'> {
  /** The gold transition from the gold configuration (legal mask; `scores` null for a forced move). */
  gold(parser: Parser, legal: number, scores: Float64Array | null): number;
  /**
   * Early update (or the final one): the history of the gold sequence ending in node `gold` and of
   * the best one ending in node `predicted` (walk `history.parent` from each; -1 ends).
   */
  update(history: BeamHistory, gold: number, predicted: number): void;
  /**
   * Max-violation update (Huang, Fayong & Guo 2012) instead of the early update: the gold sequence
   * is followed to the end outside the beam too, and the update is made at the step where the best
   * sequence's score exceeds the gold one's the most. The label model then learns on every gold arc.
   */
  readonly maxViolation?: boolean;
}

/**
 * The transitions of every configuration kept during one sentence, as a tree of nodes: a node's
 * parent, its transition, and the features of the configuration it came from (`start` into
 * `features`, `count` of them; -1 for a forced move, which was not scored).
 */
export class BeamHistory {
  parent = new Int32Array(1024);
  transition = new Int32Array(1024);
  start = new Int32Array(1024);
  count = new Int32Array(1024);
  size = 0;
  features = new Int32Array(1 << 16);
  used = 0;

  reset(): void {
    this.size = 0;
    this.used = 0;
  }

  /** Stores `count` features; returns where they start. */
  store(features: Int32Array, count: number): number {
    if (this.used + count > this.features.length) {
      const grown = new Int32Array(Math.max(this.features.length * 2, this.used + count));
      grown.set(this.features);
      this.features = grown;
    }
    const start = this.used;
    for (let feature = 0; feature < count; feature += 1) this.features[start + feature] = features[feature]!;
    this.used += count;
    return start;
  }

  add(parent: number, transition: number, start: number, count: number): number {
    if (this.size === this.parent.length) {
      const grow = (old: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
        const grown = new Int32Array(old.length * 2);
        grown.set(old);
        return grown;
      };
      this.parent = grow(this.parent);
      this.transition = grow(this.transition);
      this.start = grow(this.start);
      this.count = grow(this.count);
    }
    const node = this.size;
    this.parent[node] = parent;
    this.transition[node] = transition;
    this.start[node] = start;
    this.count[node] = count;
    this.size += 1;
    return node;
  }
}

export class BeamParser {
  private current: Parser[] = [];
  private next: Parser[] = [];
  private score: Float64Array;
  private nextScore: Float64Array;
  /** This step's candidates, best first: configuration, transition, total score. */
  private readonly candidateItem: Int32Array;
  private readonly candidateTransition: Int32Array;
  private readonly candidateScore: Float64Array;
  /** Per configuration of the beam (training): its history node and its features' start. */
  private node: Int32Array;
  private nextNode: Int32Array;
  private readonly featureStart: Int32Array;
  private readonly featureCount: Int32Array;
  private readonly scores = new Float64Array(TRANSITIONS);
  readonly history = new BeamHistory();
  /** The gold configuration (max-violation training). */
  private readonly goldParser = new Parser();
  /** The best configuration after `parse`: its `heads` and `labels` hold the tree. */
  best: Parser;

  constructor(readonly width: number) {
    for (let item = 0; item < width; item += 1) {
      this.current.push(new Parser());
      this.next.push(new Parser());
    }
    this.best = this.current[0]!;
    this.score = new Float64Array(width);
    this.nextScore = new Float64Array(width);
    this.candidateItem = new Int32Array(width);
    this.candidateTransition = new Int32Array(width);
    this.candidateScore = new Float64Array(width);
    this.node = new Int32Array(width);
    this.nextNode = new Int32Array(width);
    this.featureStart = new Int32Array(width);
    this.featureCount = new Int32Array(width);
  }

  /** Parses one sentence as `Parser.parse` does; the tree is left in `best.heads` / `best.labels`. */
  parse(words: WordFeatures, tags: Int32Array, tables: ParserTables, learner?: BeamLearner): void {
    const width = this.width;
    const length = words.length;
    for (let item = 0; item < width; item += 1) {
      this.current[item]!.begin(words, tags, tables.labelCount);
      this.next[item]!.begin(words, tags, tables.labelCount);
    }
    const weights = tables.transitions;
    const mask = weights.length / TRANSITIONS - 1;
    const packed = learner === undefined ? packedRows(weights) : null;
    const paddedLabels = learner === undefined ? paddedLabelRows(tables.labels, tables.labelCount) : null;
    const history = this.history;
    history.reset();
    let size = 1;
    this.score[0] = 0;
    this.node[0] = -1;
    const maxViolation = learner?.maxViolation === true;
    /** The configuration that followed the gold transitions so far (training), or -1. */
    let goldItem = 0;
    let goldStep = -1;
    const goldParser = this.goldParser;
    if (maxViolation) goldParser.begin(words, tags, tables.labelCount);
    let goldScore = 0;
    let goldNode = -1;
    let worst = 0;
    let worstGold = -1;
    let worstPredicted = -1;
    const scores = this.scores;
    for (;;) {
      const first = this.current[0]!;
      if (first.stackSize === 0 && first.buffer === length) break;
      if (learner !== undefined && maxViolation) {
        // The gold sequence, scored as the beam's are, one step further.
        const stackSize = goldParser.stackSize;
        const buffer = goldParser.buffer;
        let legal = 0;
        if (buffer < length) legal |= 1 << SHIFT;
        if (stackSize > 0 && (buffer < length || stackSize === 1)) legal |= 1 << LEFT;
        if (stackSize > 1) legal |= 1 << RIGHT;
        let transition: number;
        let start = -1;
        let count = 0;
        if ((legal & (legal - 1)) === 0) transition = learner.gold(goldParser, legal, null);
        else {
          count = goldParser.transitionFeatures();
          this.scoreGeneric(goldParser.features, count, weights, mask);
          start = history.store(goldParser.features, count);
          transition = learner.gold(goldParser, legal, scores);
          goldScore += scores[transition]!;
        }
        goldNode = history.add(goldNode, transition, start, count);
        goldStep = transition;
        goldParser.step(transition, tables, null, learner);
      }
      let candidates = 0;
      let goldTransition = -1;
      for (let item = 0; item < size; item += 1) {
        const parser = this.current[item]!;
        const stackSize = parser.stackSize;
        const buffer = parser.buffer;
        let legal = 0;
        if (buffer < length) legal |= 1 << SHIFT;
        if (stackSize > 0 && (buffer < length || stackSize === 1)) legal |= 1 << LEFT;
        if (stackSize > 1) legal |= 1 << RIGHT;
        const base = this.score[item]!;
        if ((legal & (legal - 1)) === 0) {
          const only = 31 - Math.clz32(legal);
          this.featureStart[item] = -1;
          this.featureCount[item] = 0;
          if (learner !== undefined && !maxViolation && item === goldItem)
            goldTransition = learner.gold(parser, legal, null);
          candidates = this.insert(candidates, item, only, base);
          continue;
        }
        const count = parser.transitionFeatures();
        const features = parser.features;
        if (packed !== null) scorePacked(packed, features, count, mask, scores);
        else this.scoreGeneric(features, count, weights, mask);
        if (learner !== undefined) {
          this.featureStart[item] = history.store(features, count);
          this.featureCount[item] = count;
          if (!maxViolation && item === goldItem) goldTransition = learner.gold(parser, legal, scores);
        }
        for (let transition = 0; transition < TRANSITIONS; transition += 1)
          if ((legal & (1 << transition)) !== 0)
            candidates = this.insert(candidates, item, transition, base + scores[transition]!);
      }
      let nextGold = -1;
      if (maxViolation) goldTransition = goldStep;
      if (learner !== undefined) {
        for (let candidate = 0; candidate < candidates; candidate += 1)
          if (
            this.candidateItem[candidate] === goldItem &&
            this.candidateTransition[candidate] === goldTransition
          )
            nextGold = candidate;
        if (nextGold < 0 && !maxViolation) {
          // Early update: the gold sequence fell out of the beam.
          const gold = history.add(
            this.node[goldItem]!,
            goldTransition,
            this.featureStart[goldItem]!,
            this.featureCount[goldItem]!,
          );
          const from = this.candidateItem[0]!;
          const predicted = history.add(
            this.node[from]!,
            this.candidateTransition[0]!,
            this.featureStart[from]!,
            this.featureCount[from]!,
          );
          learner.update(history, gold, predicted);
          this.best = this.current[0]!;
          return;
        }
      }
      for (let candidate = 0; candidate < candidates; candidate += 1) {
        const from = this.candidateItem[candidate]!;
        const parser = this.next[candidate]!;
        parser.copyFrom(this.current[from]!);
        parser.step(
          this.candidateTransition[candidate]!,
          tables,
          paddedLabels,
          candidate === nextGold && !maxViolation ? learner : undefined,
        );
        this.nextScore[candidate] = this.candidateScore[candidate]!;
        if (learner !== undefined)
          this.nextNode[candidate] = history.add(
            this.node[from]!,
            this.candidateTransition[candidate]!,
            this.featureStart[from]!,
            this.featureCount[from]!,
          );
      }
      size = candidates;
      goldItem = nextGold;
      // The gold sequence not the best (out of the beam, or below its best): a violation.
      const violation = this.nextScore[0]! - goldScore;
      if (maxViolation && nextGold !== 0 && violation >= 0 && (worstGold < 0 || violation > worst)) {
        worst = violation;
        worstGold = goldNode;
        worstPredicted = this.nextNode[0]!;
      }
      [this.current, this.next] = [this.next, this.current];
      [this.score, this.nextScore] = [this.nextScore, this.score];
      [this.node, this.nextNode] = [this.nextNode, this.node];
    }
    this.best = this.current[0]!;
    if (learner === undefined) return;
    if (maxViolation) {
      if (worstGold >= 0) learner.update(history, worstGold, worstPredicted);
    } else if (goldItem !== 0) learner.update(history, this.node[goldItem]!, this.node[0]!);
  }

  /** The three transition scores (into `scores`) from an unpacked table. */
  private scoreGeneric(
    features: Int32Array,
    count: number,
    weights: ParserTables['transitions'],
    mask: number,
  ): void {
    let shift = 0;
    let left = 0;
    let right = 0;
    for (let feature = 0; feature < count; feature += 1) {
      const row = (features[feature]! & mask) * TRANSITIONS;
      shift += weights[row]!;
      left += weights[row + 1]!;
      right += weights[row + 2]!;
    }
    const scores = this.scores;
    scores[SHIFT] = shift;
    scores[LEFT] = left;
    scores[RIGHT] = right;
  }

  /** Inserts a candidate into the sorted list if it is among the best `width` (ties: earlier first). */
  private insert(size: number, item: number, transition: number, score: number): number {
    const width = this.width;
    if (size === width && !(score > this.candidateScore[width - 1]!)) return size;
    let at = size < width ? size : width - 1;
    while (at > 0 && score > this.candidateScore[at - 1]!) {
      this.candidateItem[at] = this.candidateItem[at - 1]!;
      this.candidateTransition[at] = this.candidateTransition[at - 1]!;
      this.candidateScore[at] = this.candidateScore[at - 1]!;
      at -= 1;
    }
    this.candidateItem[at] = item;
    this.candidateTransition[at] = transition;
    this.candidateScore[at] = score;
    return size < width ? size + 1 : size;
  }
}
