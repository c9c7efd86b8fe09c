import { speechContent, speechSource } from '../../grammar/index.js';
import { score, SALT, type LinearModel } from './linear.js';
import {
  CHAIN_VALUE_1,
  CHAIN_VALUE_2,
  CHAIN_VALUE_3,
  chainStart,
  combine,
  POS_IDS,
  QUOTE_CLOSES,
  QUOTE_INSIDE,
  QUOTE_OPENS,
  type TokenTable,
} from './token-table.js';

/**
 * Source and content spans for one cue, chosen as a pair of boundary tokens (start, end) that
 * maximises start score + end score (+ a length score for sources), in the manner of span-extraction
 * "pointer" models. Each boundary token is scored from its own words and its position relative to
 * the cue ("said" → the source ends right before it; "according to" → it starts right after it;
 * a content start follows "that" or an opening quotation mark).
 */

export interface CueTokens {
  /** First token of the cue. */
  readonly start: number;
  /** Last token of the cue (inclusive). */
  readonly last: number;
}

const MAXIMUM_POINTER_FEATURES_CONST = 24;
export const MAXIMUM_POINTER_FEATURES = MAXIMUM_POINTER_FEATURES_CONST;
export const MAXIMUM_SOURCE_TOKENS = 16;
/** The content window reaches this many sentences either side of the cue's, inside its paragraph. */
const CONTENT_SENTENCES = 2;
/**
 * … and at most this many tokens either side of the cue, so that a paragraph with no sentence
 * breaks (a scraped list, a run-on page) costs each cue a bounded window, not the whole paragraph.
 * 99.9 % of PolNeAR's gold contents are under 150 words.
 */
const CONTENT_REACH = 250;

const BOUNDARY_BEFORE = 0x2b7e1516;
const BOUNDARY_AFTER = 0x3c6ef372;

function template(id: number): number {
  return Math.imul(id + 101, 0x27d4eb2f) >>> 0;
}

/** combine(template(id), side) for the 24 pointer templates and the four sides, computed once. */
const SIDE_TEMPLATES: Uint32Array = (() => {
  const table = new Uint32Array(4 * MAXIMUM_POINTER_FEATURES_CONST);
  for (let side = 0; side < 4; side++)
    for (let id = 0; id < MAXIMUM_POINTER_FEATURES_CONST; id++)
      table[side * MAXIMUM_POINTER_FEATURES_CONST + id] = combine(template(id), side);
  return table;
})();

/**
 * Chain terms of the side templates for the sums in pointerFeatures: SIDE_CHAIN[(d - 1) * 4 *
 * MAXIMUM_POINTER_FEATURES + i] is chainStart(SIDE_TEMPLATES[i], d), for chains of d values.
 */
const SIDE_CHAIN: Int32Array = (() => {
  const size = 4 * MAXIMUM_POINTER_FEATURES_CONST;
  const table = new Int32Array(3 * size);
  for (let depth = 1; depth <= 3; depth++)
    for (let index = 0; index < size; index++)
      table[(depth - 1) * size + index] = chainStart(SIDE_TEMPLATES[index]!, depth);
  return table;
})();

function bucket(distance: number): number {
  if (distance <= 2) return distance;
  if (distance <= 4) return 3;
  if (distance <= 8) return 4;
  if (distance <= 16) return 5;
  if (distance <= 32) return 6;
  return 7;
}

function wordAt(table: TokenTable, from: number, at: number): number {
  if (at < 0) return BOUNDARY_BEFORE;
  if (at >= table.length) return BOUNDARY_AFTER;
  if (table.sentence[at] !== table.sentence[from]) return at < from ? BOUNDARY_BEFORE : BOUNDARY_AFTER;
  return table.word[at]!;
}

function posAt(table: TokenTable, from: number, at: number): number {
  if (at < 0 || at >= table.length || table.sentence[at] !== table.sentence[from]) return at < from ? 31 : 32;
  return table.pos[at]!;
}

function quoteAt(table: TokenTable, from: number, at: number): number {
  if (at < 0 || at >= table.length || table.paragraph[at] !== table.paragraph[from]) return 16;
  return table.quote[at]!;
}

/**
 * What the parse says about one cue: the token range of its grammatical source (the subject, or
 * the `by` agent of a passive) and of its content (the clausal complement, or the quotation a
 * parenthetical "she said" hangs from, up to the parenthetical). -1 where the parse gives none.
 * Computed once per cue and kept for the next call with the same cue (training and decoding both
 * ask for every boundary token of one cue in a row), so asking allocates nothing.
 */
class CueGrammar {
  private table: TokenTable | null = null;
  private cueStart = -1;
  private cueLast = -1;
  sourceFirst = -1;
  sourceLast = -1;
  sourceHead = -1;
  contentFirst = -1;
  contentLast = -1;

  for(table: TokenTable, cue: CueTokens): this {
    if (this.table === table && this.cueStart === cue.start && this.cueLast === cue.last) return this;
    this.table = table;
    this.cueStart = cue.start;
    this.cueLast = cue.last;
    const tree = table.tree;
    // The cue's own head: its token whose head lies outside it ("was quoted as saying" → "quoted").
    let predicate = cue.last;
    for (let at = cue.start; at <= cue.last; at++) {
      const head = tree.tokens[at]!.head;
      if (head < cue.start || head > cue.last) {
        predicate = at;
        break;
      }
    }
    const source = speechSource(tree, predicate);
    this.sourceHead = source;
    this.sourceFirst = source < 0 ? -1 : tree.subtreeStart(source);
    this.sourceLast = source < 0 ? -1 : tree.subtreeEnd(source);
    const content = speechContent(tree, predicate);
    if (content < 0) {
      this.contentFirst = -1;
      this.contentLast = -1;
    } else if (tree.dominates(content, predicate)) {
      // "“We will win,” she said": the quotation is the governor's subtree before the parenthetical.
      this.contentFirst = tree.subtreeStart(content);
      this.contentLast = tree.subtreeStart(predicate) - 1;
    } else {
      this.contentFirst = tree.subtreeStart(content);
      this.contentLast = tree.subtreeEnd(content);
    }
    return this;
  }

  /** Bits saying which of these boundaries `at` is, and whether it lies inside either range. */
  role(at: number): number {
    let role = 0;
    if (at === this.sourceFirst) role |= 1;
    if (at === this.sourceLast) role |= 2;
    if (at === this.sourceHead) role |= 4;
    if (at === this.contentFirst) role |= 8;
    if (at === this.contentLast) role |= 16;
    if (at === this.contentLast - 1) role |= 32;
    if (at >= this.sourceFirst && at <= this.sourceLast) role |= 64;
    if (at >= this.contentFirst && at <= this.contentLast) role |= 128;
    return role;
  }
}

const CUE_GRAMMAR = new CueGrammar();

/**
 * Features of token `at` as a start (`isEnd` false) or end boundary of a span belonging to `cue`.
 * `at` is outside the cue.
 */
export function pointerFeatures(
  table: TokenTable,
  cue: CueTokens,
  at: number,
  isEnd: boolean,
  out: Uint32Array,
): number {
  const after = at > cue.last ? 1 : 0;
  const distance = after ? at - cue.last : cue.start - at;
  const near = bucket(distance);
  const sentenceOffset = Math.max(-3, Math.min(3, table.sentence[at]! - table.sentence[cue.start]!)) + 3;
  const outer = isEnd ? at + 1 : at - 1;
  const outerWord = wordAt(table, at, outer);
  const word = table.word[at]!;
  const pos = table.pos[at]!;
  const outerPos = posAt(table, at, outer);
  const quote = table.quote[at]!;
  const outerQuote = quoteAt(table, at, outer);
  const head = table.word[cue.last]!;
  const low = after ? cue.last + 1 : at;
  const high = after ? at + 1 : cue.start;
  const commas = table.commaPrefix[high]! - table.commaPrefix[low]! > 0 ? 1 : 0;
  const quotes = table.quotePrefix[high]! - table.quotePrefix[low]! > 0 ? 1 : 0;
  const crossing = table.sentence[at] !== table.sentence[cue.start] ? 1 : 0;
  const cueQuote = table.quote[cue.start]! & QUOTE_INSIDE ? 1 : 0;
  const edge = outerWord === BOUNDARY_BEFORE || outerWord === BOUNDARY_AFTER ? 1 : 0;
  const side = after | (isEnd ? 2 : 0);
  const sideBase = side * MAXIMUM_POINTER_FEATURES_CONST;
  // The parse: is `at` where the cue's subject (or agent) or its clausal complement begins or ends?
  const role = CUE_GRAMMAR.for(table, cue).role(at);
  // Each feature is a `combine` chain of a side template and one to three values, written as a sum
  // of chain terms as in cueFeatures (`token-table.ts`): x1, x2, x3 are value x times
  // CHAIN_VALUE_1, _2, _3; the comment on each line gives the chain.
  const V1 = CHAIN_VALUE_1;
  const V2 = CHAIN_VALUE_2;
  const V3 = CHAIN_VALUE_3;
  const one = sideBase;
  const two = 4 * MAXIMUM_POINTER_FEATURES_CONST + sideBase;
  const three = 8 * MAXIMUM_POINTER_FEATURES_CONST + sideBase;
  const T = SIDE_CHAIN;
  const near1 = Math.imul(near, V1);
  const pos1 = Math.imul(pos, V1);
  const head2 = Math.imul(head, V2);
  const outerWord1 = Math.imul(outerWord, V1);
  const quote2 = Math.imul(quote, V2);
  const outerQuote1 = Math.imul(outerQuote, V1);
  const role2 = Math.imul(role, V2);
  let count = 0;
  out[count++] = SIDE_TEMPLATES[sideBase + 0]!;
  out[count++] = (T[one + 1]! + near1) >>> 0; // 1 near
  out[count++] = (T[one + 2]! + Math.imul(sentenceOffset, V1)) >>> 0; // 2 sentenceOffset
  out[count++] = (T[one + 3]! + Math.imul(word, V1)) >>> 0; // 3 word
  out[count++] = (T[one + 4]! + outerWord1) >>> 0; // 4 outerWord
  out[count++] = (T[one + 5]! + pos1) >>> 0; // 5 pos
  out[count++] = (T[two + 6]! + Math.imul(outerPos, V2) + pos1) >>> 0; // 6 outerPos, pos
  out[count++] = (T[two + 7]! + quote2 + outerQuote1) >>> 0; // 7 quote, outerQuote
  out[count++] = (T[two + 8]! + head2 + near1) >>> 0; // 8 head, near
  out[count++] = (T[two + 9]! + head2 + outerWord1) >>> 0; // 9 head, outerWord
  out[count++] =
    (T[three + 10]! + Math.imul(commas, V3) + Math.imul(quotes, V2) + Math.imul(crossing, V1)) >>> 0; // 10 commas, quotes, crossing
  out[count++] = (T[two + 11]! + Math.imul(pos, V2) + near1) >>> 0; // 11 pos, near
  out[count++] = (T[two + 12]! + Math.imul(outerWord, V2) + pos1) >>> 0; // 12 outerWord, pos
  out[count++] = (T[two + 13]! + Math.imul(table.shape[at]!, V2) + Math.imul(edge, V1)) >>> 0; // 13 shape, edge
  out[count++] = (T[three + 15]! + Math.imul(cueQuote, V3) + quote2 + outerQuote1) >>> 0; // 15 cueQuote, quote, outerQuote
  out[count++] = (T[three + 18]! + Math.imul(near, V3) + Math.imul(commas, V2) + Math.imul(quotes, V1)) >>> 0; // 18 near, commas, quotes
  out[count++] = (T[one + 14]! + Math.imul(role, V1)) >>> 0; // 14 role
  out[count++] = (T[two + 16]! + role2 + pos1) >>> 0; // 16 role, pos
  out[count++] = (T[two + 17]! + role2 + Math.imul(table.dep[at]!, V1)) >>> 0; // 17 role, dep
  return count;
}

/** Features of "this cue has no source in the text" ("is expected", "reportedly"). */
export function noSourceFeatures(table: TokenTable, cue: CueTokens, out: Uint32Array): number {
  const head = table.word[cue.last]!;
  const first = table.word[cue.start]!;
  const before = wordAt(table, cue.start, cue.start - 1);
  const posBefore = posAt(table, cue.start, cue.start - 1);
  const after = wordAt(table, cue.last, cue.last + 1);
  let count = 0;
  out[count++] = template(40);
  out[count++] = combine(template(41), head);
  out[count++] = combine(template(42), first);
  out[count++] = combine(template(43), before);
  out[count++] = combine(template(44), posBefore);
  out[count++] = combine(combine(template(45), posBefore), head);
  out[count++] = combine(template(46), after);
  out[count++] = combine(combine(template(47), first), head);
  out[count++] = combine(template(48), table.quote[cue.start]!);
  out[count++] = combine(combine(template(49), before), first);
  // The parse: a cue with no subject and no agent ("it was reported", "is expected") has no source.
  const grammar = CUE_GRAMMAR.for(table, cue);
  out[count++] = combine(combine(template(51), grammar.sourceHead >= 0 ? 1 : 0), head);
  return count;
}

/**
 * Features of a source of `length` tokens by what it holds: `variant` bit 0 a comma, bit 1 a
 * quotation mark, bit 2 a verb ("McConnell was quick to embrace the mogul after he" is no source).
 */
export function sourceShapeFeature(length: number, variant: number): number {
  return combine(combine(template(60), length), variant);
}

/** The `sourceShapeFeature` variant of tokens first..last. */
export function sourceVariant(table: TokenTable, first: number, last: number): number {
  const commas = table.commaPrefix[last + 1]! - table.commaPrefix[first]! > 0 ? 1 : 0;
  const quotes = table.quotePrefix[last + 1]! - table.quotePrefix[first]! > 0 ? 2 : 0;
  const verbs = table.verbPrefix[last + 1]! - table.verbPrefix[first]! > 0 ? 4 : 0;
  return commas | quotes | verbs;
}

/** The token range [first, end) a cue's source or content may come from. */
export interface Window {
  readonly first: number;
  readonly end: number;
}

/** Sources lie in the cue's sentence, at most this many tokens before or after the cue. */
const SOURCE_REACH = 28;

export function sourceWindow(
  table: TokenTable,
  sentences: readonly { firstToken: number; endToken: number }[],
  cue: CueTokens,
): Window {
  const sentence = sentences[table.sentence[cue.start]!]!;
  return {
    first: Math.max(sentence.firstToken, cue.start - SOURCE_REACH),
    end: Math.min(sentence.endToken, cue.last + 1 + SOURCE_REACH),
  };
}

export function contentWindow(
  table: TokenTable,
  sentences: readonly { firstToken: number; endToken: number; paragraph: number }[],
  cue: CueTokens,
): Window {
  const index = table.sentence[cue.start]!;
  const paragraph = sentences[index]!.paragraph;
  let low = index;
  while (low > 0 && index - low < CONTENT_SENTENCES && sentences[low - 1]!.paragraph === paragraph) low--;
  let high = index;
  while (
    high + 1 < sentences.length &&
    high - index < CONTENT_SENTENCES &&
    sentences[high + 1]!.paragraph === paragraph
  )
    high++;
  return {
    first: Math.max(sentences[low]!.firstToken, cue.start - CONTENT_REACH),
    end: Math.min(sentences[high]!.endToken, cue.last + 1 + CONTENT_REACH),
  };
}

/** Scratch arrays reused across cues (grown on demand), so decoding allocates nothing per cue. */
export class PointerScratch {
  /** Boundary scores, indexed from the first token of the window they were filled for. */
  sourceStarts = new Float64Array(256);
  sourceEnds = new Float64Array(256);
  contentStarts = new Float64Array(256);
  contentEnds = new Float64Array(256);
  /** Highest content end score at or after each window position (a bound in the pair search). */
  contentEndsAfter = new Float64Array(256);
  readonly sourceShape = new Float64Array(MAXIMUM_SOURCE_TOKENS * 8);
  readonly features = new Uint32Array(MAXIMUM_POINTER_FEATURES);
  /** Scores of the content shapes (`contentShape`) under `contentShapeModel`. */
  readonly contentShape = new Float64Array(CONTENT_SHAPES);
  contentShapeModel: LinearModel | null = null;
  /** The highest of those scores (a bound in the pair search). */
  contentShapeBest = 0;
  ensure(length: number): void {
    if (this.sourceStarts.length < length) {
      this.sourceStarts = new Float64Array(length * 2);
      this.sourceEnds = new Float64Array(length * 2);
      this.contentStarts = new Float64Array(length * 2);
      this.contentEnds = new Float64Array(length * 2);
      this.contentEndsAfter = new Float64Array(length * 2);
    }
  }
}

/** A chosen pair of boundary tokens (inclusive), or none. */
export interface TokenRange {
  readonly start: number;
  readonly last: number;
}

const BLOCKED = -1e30;

/**
 * Scores every token of `window` as a start and an end boundary: with the source model inside
 * `sourceWindow` (when given) and with the content model (when given). Both models read the same
 * features, so they are built once per token and side.
 */
export function scoreBoundaries(
  sourceModel: LinearModel | null,
  contentModel: LinearModel | null,
  table: TokenTable,
  cue: CueTokens,
  window: Window,
  sourceWindow: Window,
  scratch: PointerScratch,
): void {
  scratch.ensure(window.end - window.first);
  const features = scratch.features;
  for (let at = window.first; at < window.end; at++) {
    const slot = at - window.first;
    const inSource = sourceModel !== null && at >= sourceWindow.first && at < sourceWindow.end;
    if ((at >= cue.start && at <= cue.last) || (!inSource && contentModel === null)) {
      scratch.sourceStarts[slot] = BLOCKED;
      scratch.sourceEnds[slot] = BLOCKED;
      scratch.contentStarts[slot] = BLOCKED;
      scratch.contentEnds[slot] = BLOCKED;
      continue;
    }
    let count = pointerFeatures(table, cue, at, false, features);
    scratch.sourceStarts[slot] = inSource ? score(sourceModel, features, count, SALT.sourceStart) : BLOCKED;
    scratch.contentStarts[slot] = contentModel
      ? score(contentModel, features, count, SALT.contentStart)
      : BLOCKED;
    count = pointerFeatures(table, cue, at, true, features);
    scratch.sourceEnds[slot] = inSource ? score(sourceModel, features, count, SALT.sourceEnd) : BLOCKED;
    scratch.contentEnds[slot] = contentModel
      ? score(contentModel, features, count, SALT.contentEnd)
      : BLOCKED;
  }
}

/**
 * The source shape scores of the committed models, which never change (their weights are compact),
 * computed once per model instead of once per cue.
 */
const COMMITTED_SOURCE_SHAPES = new WeakMap<LinearModel, Float64Array>();

/**
 * The model's score of every source shape (`sourceShapeFeature`), at (length - 1) * 8 + variant:
 * remembered for a committed model, else filled into `scratch.sourceShape` (a model in training
 * changes between cues).
 */
export function sourceShapeScores(model: LinearModel, scratch: PointerScratch): Float64Array {
  const committed = model.compact !== undefined;
  if (committed) {
    const known = COMMITTED_SOURCE_SHAPES.get(model);
    if (known !== undefined) return known;
  }
  const shape = committed ? new Float64Array(MAXIMUM_SOURCE_TOKENS * 8) : scratch.sourceShape;
  const features = scratch.features;
  for (let length = 1; length <= MAXIMUM_SOURCE_TOKENS; length++)
    for (let variant = 0; variant < 8; variant++) {
      features[0] = sourceShapeFeature(length, variant);
      shape[(length - 1) * 8 + variant] = score(model, features, 1, SALT.sourceLength);
    }
  if (committed) COMMITTED_SOURCE_SHAPES.set(model, shape);
  return shape;
}

/**
 * Best source for the cue from the scores `scoreBoundaries` left for `window`: a range of at most
 * MAXIMUM_SOURCE_TOKENS on one side of the cue, or null when "no source" scores higher.
 */
export function pickSource(
  model: LinearModel,
  table: TokenTable,
  cue: CueTokens,
  window: Window,
  sourceWindow: Window,
  scratch: PointerScratch,
): TokenRange | null {
  const features = scratch.features;
  const noneCount = noSourceFeatures(table, cue, features);
  let best = score(model, features, noneCount, SALT.sourceNone);
  let bestStart = -1;
  let bestLast = -1;
  const shape = sourceShapeScores(model, scratch);
  const first = Math.max(window.first, sourceWindow.first);
  const end = Math.min(window.end, sourceWindow.end);
  for (let start = first; start < end; start++) {
    const startScore = scratch.sourceStarts[start - window.first]!;
    if (startScore === BLOCKED) continue;
    const limit = Math.min(end - 1, start + MAXIMUM_SOURCE_TOKENS - 1);
    for (let last = start; last <= limit; last++) {
      if (last >= cue.start && start <= cue.last) break;
      const total =
        startScore +
        scratch.sourceEnds[last - window.first]! +
        shape[(last - start) * 8 + sourceVariant(table, start, last)]!;
      if (total > best) {
        best = total;
        bestStart = start;
        bestLast = last;
      }
    }
  }
  return bestStart < 0 ? null : { start: bestStart, last: bestLast };
}

/**
 * Shape of a content range as one feature: where it lies against the cue (before, after, around),
 * how many sentence breaks it crosses, whether it holds an odd number of double quotation marks
 * (a quotation cut in the middle) and its length. Scored once per model into a small table
 * (`PointerScratch.contentShape`), so ranking every (start, end) pair costs one lookup each.
 */
export function contentShapeFeature(shapeIndex: number): number {
  return combine(template(70), shapeIndex);
}

const SHAPE_RELATIONS = 3;
const SHAPE_CROSSINGS = 4;
const SHAPE_LENGTHS = 8;
/** Number of content shapes (relation × crossings × quote parity × length bucket). */
export const CONTENT_SHAPES = SHAPE_RELATIONS * SHAPE_CROSSINGS * 2 * SHAPE_LENGTHS;

function lengthBucket(length: number): number {
  if (length <= 2) return length - 1;
  if (length <= 4) return 2;
  if (length <= 8) return 3;
  if (length <= 16) return 4;
  if (length <= 32) return 5;
  if (length <= 64) return 6;
  return 7;
}

/** The shape index of content tokens start..last for `cue`. */
export function contentShape(table: TokenTable, cue: CueTokens, start: number, last: number): number {
  const relation = last < cue.start ? 0 : start > cue.last ? 1 : 2;
  const crossings = Math.min(SHAPE_CROSSINGS - 1, table.sentence[last]! - table.sentence[start]!);
  const parity = (table.quotePrefix[last + 1]! - table.quotePrefix[start]!) & 1;
  return (
    ((relation * SHAPE_CROSSINGS + crossings) * 2 + parity) * SHAPE_LENGTHS + lengthBucket(last - start + 1)
  );
}

/** Fills `scratch.contentShape` with the model's score of every content shape (once per model). */
function scoreContentShapes(model: LinearModel, scratch: PointerScratch): void {
  if (scratch.contentShapeModel === model) return;
  const features = scratch.features;
  for (let shape = 0; shape < CONTENT_SHAPES; shape++) {
    features[0] = contentShapeFeature(shape);
    scratch.contentShape[shape] = score(model, features, 1, SALT.contentLength);
  }
  let best = BLOCKED;
  for (let shape = 0; shape < CONTENT_SHAPES; shape++) best = Math.max(best, scratch.contentShape[shape]!);
  scratch.contentShapeBest = best;
  scratch.contentShapeModel = model;
}

/**
 * Best content range for the cue from the scores `scoreBoundaries` left for `window`: the pair
 * of boundaries with the highest start + end + shape score. It may enclose the cue (and the
 * source), as in "“We will win,” he said, “and soon.”"; `splitContent` then cuts the attribution
 * out. The range never starts or ends inside the source. (Forbidding it to hold another cue, as
 * PolNeAR's one-label-per-token annotation would, helped with gold cues but not with predicted
 * ones: content exact F1 unchanged, overlap 0.013 lower on held-out train.)
 */
export function pickContent(
  model: LinearModel,
  table: TokenTable,
  cue: CueTokens,
  source: TokenRange | null,
  window: Window,
  scratch: PointerScratch,
): TokenRange | null {
  scoreContentShapes(model, scratch);
  const starts = scratch.contentStarts;
  const ends = scratch.contentEnds;
  const shapes = scratch.contentShape;
  const blocked = (at: number) => source !== null && at >= source.start && at <= source.last;
  // Exact search with bounds: the best pair by start + end alone (one pass, running maximum)
  // gives a first total; then a start is paired with ends only while its score plus the best end
  // still ahead (`after`) plus the best shape score can reach the total so far. The result is the
  // pair a search over every pair would return, ties included.
  const after = scratch.contentEndsAfter;
  let ahead = BLOCKED;
  for (let at = window.end - 1; at >= window.first; at--) {
    const endScore = blocked(at) ? BLOCKED : ends[at - window.first]!;
    if (endScore > ahead) ahead = endScore;
    after[at - window.first] = ahead;
  }
  let best = BLOCKED;
  let bestStart = -1;
  let bestLast = -1;
  let runningStart = -1;
  let runningScore = BLOCKED;
  for (let at = window.first; at < window.end; at++) {
    if (blocked(at)) continue;
    const startScore = starts[at - window.first]!;
    if (startScore > runningScore) {
      runningScore = startScore;
      runningStart = at;
    }
    const endScore = ends[at - window.first]!;
    if (endScore === BLOCKED) continue;
    if (runningStart >= 0 && runningScore !== BLOCKED && runningScore + endScore > best) {
      best = runningScore + endScore;
      bestStart = runningStart;
      bestLast = at;
    }
  }
  if (bestStart < 0) return null;
  best += shapes[contentShape(table, cue, bestStart, bestLast)]!;
  const bestShape = scratch.contentShapeBest;
  for (let start = window.first; start < window.end; start++) {
    if (blocked(start)) continue;
    const startScore = starts[start - window.first]!;
    if (startScore === BLOCKED) continue;
    const reach = startScore + bestShape;
    if (reach + after[start - window.first]! < best) continue;
    for (let last = start; last < window.end; last++) {
      const slot = last - window.first;
      if (reach + after[slot]! < best) break;
      const endScore = ends[slot]!;
      if (endScore === BLOCKED || reach + endScore < best || blocked(last)) continue;
      const total = startScore + endScore + shapes[contentShape(table, cue, start, last)]!;
      // Ties go to the earliest pair, as in a plain search over every pair.
      if (
        total > best ||
        (total === best && (start < bestStart || (start === bestStart && last < bestLast)))
      ) {
        best = total;
        bestStart = start;
        bestLast = last;
      }
    }
  }
  return bestStart < 0 ? null : { start: bestStart, last: bestLast };
}

/** Source alone (training decodes each part with its own model). */
export function decodeSource(
  model: LinearModel,
  table: TokenTable,
  cue: CueTokens,
  window: Window,
  scratch: PointerScratch,
): TokenRange | null {
  scoreBoundaries(model, null, table, cue, window, window, scratch);
  return pickSource(model, table, cue, window, window, scratch);
}

/** Content alone, given the source. */
export function decodeContent(
  model: LinearModel,
  table: TokenTable,
  cue: CueTokens,
  source: TokenRange | null,
  window: Window,
  scratch: PointerScratch,
): TokenRange | null {
  scoreBoundaries(null, model, table, cue, window, window, scratch);
  return pickContent(model, table, cue, source, window, scratch);
}

/**
 * Content pieces (token ranges) from a range: when the range encloses the cue, the attribution is
 * cut out. "“We will win,” he said, “and soon.”" → the two quotations (the closing mark and the
 * comma before it stay with the first piece; commas and full stops after the cue are skipped);
 * "Ginsburg is known for speaking her mind" → "Ginsburg" and "speaking her mind".
 */
export function splitContent(
  table: TokenTable,
  range: TokenRange,
  cue: CueTokens,
  source: TokenRange | null,
): TokenRange[] {
  if (!(range.start < cue.start && range.last > cue.last)) {
    if (source === null || source.last < range.start || source.start > range.last) return [range];
    // The range holds the source but not the cue ("“…” Ann Lee, the director, told …" read as one
    // content): keep the part on the far side of the source from the cue.
    if (source.start > cue.last) {
      let start = source.last + 1;
      while (start < range.last && isPlainPunctuation(table, start)) start++;
      return start <= range.last ? [{ start, last: range.last }] : [];
    }
    let last = source.start - 1;
    while (last > range.start && isPlainPunctuation(table, last)) last--;
    return last >= range.start ? [{ start: range.start, last }] : [];
  }
  let gapStart = cue.start;
  let gapLast = cue.last;
  if (source !== null && source.start > range.start && source.last < range.last) {
    gapStart = Math.min(gapStart, source.start);
    gapLast = Math.max(gapLast, source.last);
  }
  let firstLast = gapStart - 1;
  while (firstLast > range.start && isPlainPunctuation(table, firstLast)) firstLast--;
  let secondStart = gapLast + 1;
  while (secondStart < range.last && isPlainPunctuation(table, secondStart)) secondStart++;
  const pieces: TokenRange[] = [];
  if (firstLast >= range.start && !onlyConnectives(table, range.start, firstLast))
    pieces.push({ start: range.start, last: firstLast });
  if (secondStart <= range.last) pieces.push({ start: secondStart, last: range.last });
  return pieces;
}

const POS_ADV = POS_IDS.ADV;
const POS_CCONJ = POS_IDS.CCONJ;
const POS_SCONJ = POS_IDS.SCONJ;

/**
 * True when tokens first..last are only conjunctions, adverbs and punctuation: the "But" of "But
 * Ms Lee said the plan was sound", which a range opening the sentence leaves before the cue. It is
 * no part of what was said.
 */
function onlyConnectives(table: TokenTable, first: number, last: number): boolean {
  for (let at = first; at <= last; at++) {
    const pos = table.pos[at]!;
    if (pos !== POS_ADV && pos !== POS_CCONJ && pos !== POS_SCONJ && !isPlainPunctuation(table, at))
      return false;
  }
  return true;
}

/** Punctuation other than a quotation mark (which belongs to the quotation it opens or closes). */
function isPlainPunctuation(table: TokenTable, at: number): boolean {
  return (
    table.shape[at] === 5 && (table.quote[at]! & (QUOTE_OPENS | QUOTE_CLOSES)) === 0 && table.pos[at] === 13
  );
}
