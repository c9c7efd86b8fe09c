import {
  LEFT,
  RIGHT,
  SHIFT,
  TRANSITIONS,
  type Parser,
  type ParserLearner,
} from '../../../src/nlp/syntax/parser.js';
import type { BeamHistory, BeamLearner } from '../../../src/nlp/syntax/beam.js';
import type { AveragedPerceptron } from './perceptron.js';

/**
 * The dynamic oracle of the arc-hybrid system (Goldberg & Nivre 2013): the cost of a transition is
 * the number of gold arcs it makes unreachable. With ROOT at the end of the buffer, ROOT is one of
 * the buffer's words and the root word's gold head is it. Gold trees that are not projective have
 * configurations where every transition costs something; the cheapest ones count as correct then.
 */
export function transitionCosts(
  parser: Parser,
  goldHeads: Int32Array<ArrayBufferLike>,
  costs: Int32Array,
): void {
  const length = parser.length;
  const stack = parser.stack;
  const size = parser.stackSize;
  const buffer = parser.buffer;
  costs[SHIFT] = 0;
  costs[LEFT] = 0;
  costs[RIGHT] = 0;
  if (size > 0) {
    const s0 = stack[size - 1]!;
    const s1 = size > 1 ? stack[size - 2]! : -1;
    let dependentsInBuffer = 0;
    for (let word = buffer; word < length; word += 1) if (goldHeads[word] === s0) dependentsInBuffer += 1;
    const head = goldHeads[s0]!;
    const headInBuffer = head >= buffer ? 1 : 0;
    costs[LEFT] = dependentsInBuffer + (head === s1 || (head > buffer && head <= length) ? 1 : 0);
    costs[RIGHT] = dependentsInBuffer + headInBuffer;
  }
  if (buffer < length) {
    const head = goldHeads[buffer]!;
    let cost = 0;
    for (let depth = 0; depth < size; depth += 1) {
      const word = stack[depth]!;
      if (goldHeads[word] === buffer) cost += 1;
      if (word === head && depth < size - 1) cost += 1;
    }
    costs[SHIFT] = cost;
  }
}

/** Trains the transition and label models on one sentence while the parser parses it. */
export class OracleLearner implements ParserLearner {
  goldHeads: Int32Array<ArrayBufferLike> = new Int32Array(0);
  goldLabels: Int32Array<ArrayBufferLike> = new Int32Array(0);
  /** Chance of following the model's own wrong transition (after the first epochs). */
  explore = 0;
  random: () => number = () => 1;
  private readonly costs = new Int32Array(TRANSITIONS);

  constructor(
    readonly transitions: AveragedPerceptron,
    readonly labels: AveragedPerceptron,
  ) {}

  transition(
    parser: Parser,
    features: Int32Array,
    count: number,
    scores: Float64Array,
    legal: number,
  ): number {
    const costs = this.costs;
    transitionCosts(parser, this.goldHeads, costs);
    let cheapest = Infinity;
    for (let transition = 0; transition < TRANSITIONS; transition += 1)
      if ((legal & (1 << transition)) !== 0) cheapest = Math.min(cheapest, costs[transition]!);
    let predicted = -1;
    let best = -1;
    for (let transition = 0; transition < TRANSITIONS; transition += 1) {
      if ((legal & (1 << transition)) === 0) continue;
      if (predicted < 0 || scores[transition]! > scores[predicted]!) predicted = transition;
      if (costs[transition] === cheapest && (best < 0 || scores[transition]! > scores[best]!))
        best = transition;
    }
    if (costs[predicted] === cheapest) {
      this.transitions.update(features, count, predicted, predicted);
      return predicted;
    }
    this.transitions.update(features, count, best, predicted);
    return this.random() < this.explore ? predicted : best;
  }

  label(head: number, dependent: number, features: Int32Array, count: number, best: number): number {
    if (this.goldHeads[dependent] !== head) return best;
    this.labels.update(features, count, this.goldLabels[dependent]!, best);
    return best;
  }
}

/**
 * Global training for beam search (Zhang & Clark 2008): the gold sequence is the oracle's (the
 * cheapest transition at each step, ties to the best scored, as `OracleLearner` follows it); when it
 * falls out of the beam, or ends below the best sequence, the transition model moves toward every
 * transition of the gold prefix and away from every one of the best prefix (early update). The
 * label model learns on the gold sequence's arcs, locally, as in greedy training.
 */
export class BeamOracleLearner implements BeamLearner {
  goldHeads: Int32Array<ArrayBufferLike> = new Int32Array(0);
  goldLabels: Int32Array<ArrayBufferLike> = new Int32Array(0);
  updates = 0;
  /** Max-violation updates instead of early ones (beam.ts `BeamLearner.maxViolation`). */
  maxViolation = false;
  private readonly costs = new Int32Array(TRANSITIONS);

  constructor(
    readonly transitions: AveragedPerceptron,
    readonly labels: AveragedPerceptron,
  ) {}

  gold(parser: Parser, legal: number, scores: Float64Array | null): number {
    if ((legal & (legal - 1)) === 0) return 31 - Math.clz32(legal);
    const costs = this.costs;
    transitionCosts(parser, this.goldHeads, costs);
    let cheapest = Infinity;
    for (let transition = 0; transition < TRANSITIONS; transition += 1)
      if ((legal & (1 << transition)) !== 0) cheapest = Math.min(cheapest, costs[transition]!);
    let best = -1;
    for (let transition = 0; transition < TRANSITIONS; transition += 1)
      if (
        (legal & (1 << transition)) !== 0 &&
        costs[transition] === cheapest &&
        (best < 0 || (scores !== null && scores[transition]! > scores[best]!))
      )
        best = transition;
    return best;
  }

  update(history: BeamHistory, gold: number, predicted: number): void {
    this.updates += 1;
    // Both sequences have as many transitions: walk back together until they share a prefix,
    // which would cancel out.
    let goldNode = gold;
    let predictedNode = predicted;
    while (goldNode !== predictedNode && goldNode >= 0 && predictedNode >= 0) {
      for (const [node, delta] of [
        [goldNode, 1],
        [predictedNode, -1],
      ] as const)
        if (history.start[node]! >= 0)
          this.transitions.adjust(
            history.features,
            history.start[node]!,
            history.count[node]!,
            history.transition[node]!,
            delta,
          );
      goldNode = history.parent[goldNode]!;
      predictedNode = history.parent[predictedNode]!;
    }
  }

  label(head: number, dependent: number, features: Int32Array, count: number, best: number): number {
    if (this.goldHeads[dependent] !== head) return best;
    this.labels.update(features, count, this.goldLabels[dependent]!, best);
    return best;
  }
}
