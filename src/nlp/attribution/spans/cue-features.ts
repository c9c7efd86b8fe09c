import {
  CHAIN_VALUE_1,
  CHAIN_VALUE_2,
  CHAIN_VALUE_3,
  chainStart,
  POS_PUNCT,
  QUOTE_CLOSES,
  QUOTE_INSIDE,
  QUOTE_OPENS,
  wordHash,
  type TokenTable,
} from './token-table.js';

/**
 * Features of one token for the cue tagger (labels O, B, I over tokens: "according to", "was quoted
 * as saying" are multiword cues). Words outside the token's sentence read as a boundary marker.
 * The previous label is a feature, so decoding runs left to right.
 */

export const CUE_OUTSIDE = 0;
export const CUE_BEGIN = 1;
export const CUE_INSIDE = 2;
export const MAXIMUM_CUE_FEATURES = 56;

/**
 * Parts of speech that almost never begin a cue in PolNeAR train (proper nouns 0.1 %, pronouns
 * 0.2 %, conjunctions, numbers, symbols; punctuation other than ":" 0.02 %). After an O such a
 * token is tagged O without scoring it: a third of all tokens, at a cost of under 1 % of cues.
 */
const NEVER_BEGINS = new Uint8Array(32);
for (const pos of [
  5 /* CCONJ */, 7 /* INTJ */, 9 /* NUM */, 11 /* PRON */, 12 /* PROPN */, 14 /* SCONJ */, 15 /* SYM */,
  17 /* X */, 18 /* SPACE */,
])
  NEVER_BEGINS[pos] = 1;
const COLON = wordHash(':');

/** True when token `at`, after an O, is O without asking the model. */
export function cannotBeginCue(table: TokenTable, at: number): boolean {
  const pos = table.pos[at]!;
  if (NEVER_BEGINS[pos] === 1) return true;
  return pos === POS_PUNCT && table.word[at] !== COLON;
}

const BOUNDARY_BEFORE = 0x51ed270b;
const BOUNDARY_AFTER = 0x2f9be6d3;

const TEMPLATES: Uint32Array = (() => {
  const table = new Uint32Array(MAXIMUM_CUE_FEATURES);
  for (let id = 0; id < MAXIMUM_CUE_FEATURES; id++) table[id] = Math.imul(id + 1, 0x27d4eb2f) >>> 0;
  return table;
})();

function template(id: number): number {
  return TEMPLATES[id]!;
}

/** The always-on feature (a per-label bias). */
export function cueFeatureBias(): number {
  return template(0);
}

/** The word hash of token `at`, or a boundary marker when it is outside the sentence of `from`. */
function wordNear(table: TokenTable, from: number, at: number): number {
  if (at < 0) return BOUNDARY_BEFORE;
  if (at >= table.length) return BOUNDARY_AFTER;
  if (table.sentence[at] !== table.sentence[from]) return at < from ? BOUNDARY_BEFORE : BOUNDARY_AFTER;
  return table.word[at]!;
}

function posNear(table: TokenTable, from: number, at: number): number {
  if (at < 0 || at >= table.length || table.sentence[at] !== table.sentence[from]) return at < from ? 31 : 32;
  return table.pos[at]!;
}

/** 1 when a closing quotation mark lies within the three tokens before `at` in its paragraph. */
function closingQuoteBefore(table: TokenTable, at: number): number {
  for (let back = at - 1; back >= 0 && back >= at - 3; back--) {
    if (table.paragraph[back] !== table.paragraph[at]) return 0;
    if (table.quote[back]! & QUOTE_CLOSES) return 1;
  }
  return 0;
}

/** 1 when an opening quotation mark lies within the three tokens after `at` in its paragraph. */
function openingQuoteAfter(table: TokenTable, at: number): number {
  for (let next = at + 1; next < table.length && next <= at + 3; next++) {
    if (table.paragraph[next] !== table.paragraph[at]) return 0;
    if (table.quote[next]! & QUOTE_OPENS) return 1;
  }
  return 0;
}

/**
 * What the tagger has decided so far in the sentence. PolNeAR labels each token once, so a speech
 * verb inside the content of an earlier attribution is not a cue ("X said that officials warned …"
 * has one cue): the earlier cue is a feature.
 */
export class CueHistory {
  previousLabel = CUE_OUTSIDE;
  /** Last token of the latest cue in the current sentence, or -1. */
  lastCue = -1;
  lastCueWord = 0;
  private sentence = -1;

  /** Call before scoring token `at`: resets the history at a sentence boundary. */
  enter(table: TokenTable, at: number): void {
    const sentence = table.sentence[at]!;
    if (sentence !== this.sentence) {
      this.sentence = sentence;
      this.previousLabel = CUE_OUTSIDE;
      this.lastCue = -1;
      this.lastCueWord = 0;
    }
  }

  /** Call after deciding token `at`'s label. */
  leave(table: TokenTable, at: number, label: number): void {
    this.previousLabel = label;
    if (label !== CUE_OUTSIDE) {
      this.lastCue = at;
      this.lastCueWord = table.word[at]!;
    }
  }
}

function distanceBucket(distance: number): number {
  if (distance <= 3) return distance;
  if (distance <= 6) return 4;
  if (distance <= 12) return 5;
  return 6;
}

const THAT = wordHash('that');

/**
 * What follows within the next four tokens of the sentence: 1 "that", 2 ":" or an opening
 * quotation mark (a reported clause or quotation is coming), 0 neither.
 */
function clauseAhead(table: TokenTable, at: number): number {
  const sentence = table.sentence[at];
  for (
    let next = at + 1;
    next <= at + 4 && next < table.length && table.sentence[next] === sentence;
    next++
  ) {
    const word = table.word[next]!;
    if (word === THAT) return 1;
    if (word === COLON || table.quote[next]! & QUOTE_OPENS) return 2;
  }
  return 0;
}

/** Part of speech of the nearest token before `at` in its sentence that is not an adverb or auxiliary. */
function subjectPos(table: TokenTable, at: number): number {
  const sentence = table.sentence[at];
  for (let back = at - 1; back >= 0 && back >= at - 4 && table.sentence[back] === sentence; back--) {
    const pos = table.pos[back]!;
    if (pos !== 3 /* ADV */ && pos !== 4 /* AUX */ && pos !== 10 /* PART */) return pos;
  }
  return 31;
}

function positionBucket(table: TokenTable, at: number): number {
  let distance = 0;
  const sentence = table.sentence[at];
  for (let back = at - 1; back >= 0 && table.sentence[back] === sentence && distance < 12; back--) distance++;
  return distance <= 2 ? distance : distance <= 5 ? 3 : distance <= 11 ? 4 : 5;
}

/**
 * Chain terms of the cue templates: TEMPLATE_CHAIN[d * MAXIMUM_CUE_FEATURES + id] is
 * chainStart(template(id), d + 1), the first term of a feature combining the template with d + 1
 * values (`token-table.ts` explains the sums below).
 */
const TEMPLATE_CHAIN: Int32Array = (() => {
  const table = new Int32Array(3 * MAXIMUM_CUE_FEATURES);
  for (let depth = 0; depth < 3; depth++)
    for (let id = 0; id < MAXIMUM_CUE_FEATURES; id++)
      table[depth * MAXIMUM_CUE_FEATURES + id] = chainStart(TEMPLATES[id]!, depth + 1);
  return table;
})();
const ONE = 0;
const TWO = MAXIMUM_CUE_FEATURES;
const THREE = 2 * MAXIMUM_CUE_FEATURES;

/**
 * Writes the features of token `at` (given the tagger's history) into `out`; returns the count.
 * Each feature is a `combine` chain of a template and one to three values, written as a sum of
 * chain terms: the comment on each line gives the chain, and `x1`, `x2`, `x3` are value x times
 * CHAIN_VALUE_1, _2, _3 (x last, second last or third last in its chain). The sums equal the
 * `combine` chains exactly (spans.test.ts checks them against the chains).
 */
export function cueFeatures(table: TokenTable, at: number, history: CueHistory, out: Uint32Array): number {
  const previousLabel = history.previousLabel;
  const earlier = history.lastCue >= 0 ? 1 : 0;
  const since = earlier ? distanceBucket(at - history.lastCue) : 7;
  const word = table.word[at]!;
  const before = wordNear(table, at, at - 1);
  const after = wordNear(table, at, at + 1);
  const before2 = wordNear(table, at, at - 2);
  const after2 = wordNear(table, at, at + 2);
  const pos = table.pos[at]!;
  const posBefore = posNear(table, at, at - 1);
  const posAfter = posNear(table, at, at + 1);
  const quote = table.quote[at]!;
  const inside = quote & QUOTE_INSIDE ? 1 : 0;
  const closedBefore = closingQuoteBefore(table, at);
  const opensAfter = openingQuoteAfter(table, at);
  const sentenceStart = before === BOUNDARY_BEFORE ? 1 : 0;
  const sentenceEnd =
    after === BOUNDARY_AFTER || (posAfter === POS_PUNCT && after2 === BOUNDARY_AFTER) ? 1 : 0;
  const suffix = table.suffix[at]!;
  const prefix = table.prefix[at]!;
  const ahead = clauseAhead(table, at);
  const subject = subjectPos(table, at);
  const position = positionBucket(table, at);
  // The parse: the token's relation, its lemma, its argument frame, and its head's lemma.
  const frame = table.frame[at]!;
  const dep = table.dep[at]!;
  const lemma = table.lemma[at]!;
  const headIndex = table.tree.tokens[at]!.head;
  const headLemma = headIndex >= 0 ? table.lemma[headIndex]! : BOUNDARY_AFTER;
  const V1 = CHAIN_VALUE_1;
  const V2 = CHAIN_VALUE_2;
  const V3 = CHAIN_VALUE_3;
  const word1 = Math.imul(word, V1);
  const word2 = Math.imul(word, V2);
  const word3 = Math.imul(word, V3);
  const before1 = Math.imul(before, V1);
  const before2Term = Math.imul(before, V2);
  const after1 = Math.imul(after, V1);
  const after2Term = Math.imul(after, V2);
  const pos1 = Math.imul(pos, V1);
  const pos2 = Math.imul(pos, V2);
  const pos3 = Math.imul(pos, V3);
  const posBefore2 = Math.imul(posBefore, V2);
  const posAfter1 = Math.imul(posAfter, V1);
  const previous1 = Math.imul(previousLabel, V1);
  const previous2 = Math.imul(previousLabel, V2);
  const prefix1 = Math.imul(prefix, V1);
  const prefix2 = Math.imul(prefix, V2);
  const sentenceEnd1 = Math.imul(sentenceEnd, V1);
  const subject2 = Math.imul(subject, V2);
  const ahead2 = Math.imul(ahead, V2);
  const dep2 = Math.imul(dep, V2);
  const frame2 = Math.imul(frame, V2);
  const lemma1 = Math.imul(lemma, V1);
  const since2 = Math.imul(since, V2);
  const T = TEMPLATE_CHAIN;
  let count = 0;
  out[count++] = template(0);
  out[count++] = (T[ONE + 1]! + word1) >>> 0; // 1 word
  out[count++] = (T[ONE + 2]! + before1) >>> 0; // 2 before
  out[count++] = (T[ONE + 3]! + after1) >>> 0; // 3 after
  out[count++] = (T[ONE + 4]! + Math.imul(before2, V1)) >>> 0; // 4 before2
  out[count++] = (T[ONE + 5]! + Math.imul(after2, V1)) >>> 0; // 5 after2
  out[count++] = (T[ONE + 6]! + Math.imul(suffix, V1)) >>> 0; // 6 suffix
  out[count++] = (T[ONE + 7]! + pos1) >>> 0; // 7 pos
  out[count++] = (T[TWO + 8]! + posBefore2 + pos1) >>> 0; // 8 posBefore, pos
  out[count++] = (T[TWO + 9]! + pos2 + posAfter1) >>> 0; // 9 pos, posAfter
  out[count++] = (T[TWO + 10]! + before2Term + word1) >>> 0; // 10 before, word
  out[count++] = (T[TWO + 11]! + word2 + after1) >>> 0; // 11 word, after
  out[count++] = (T[ONE + 12]! + Math.imul(table.shape[at]!, V1)) >>> 0; // 12 shape
  out[count++] = (T[ONE + 13]! + Math.imul(quote, V1)) >>> 0; // 13 quote
  out[count++] = (T[TWO + 14]! + word2 + Math.imul(inside, V1)) >>> 0; // 14 word, inside
  out[count++] = (T[ONE + 15]! + previous1) >>> 0; // 15 previousLabel
  out[count++] = (T[TWO + 16]! + previous2 + word1) >>> 0; // 16 previousLabel, word
  out[count++] = (T[TWO + 17]! + previous2 + pos1) >>> 0; // 17 previousLabel, pos
  out[count++] = (T[TWO + 18]! + word2 + posAfter1) >>> 0; // 18 word, posAfter
  out[count++] = (T[THREE + 19]! + Math.imul(closedBefore, V3) + Math.imul(opensAfter, V2) + pos1) >>> 0; // 19 closedBefore, opensAfter, pos
  out[count++] = (T[TWO + 20]! + word2 + Math.imul(closedBefore, V1)) >>> 0; // 20 word, closedBefore
  out[count++] = (T[TWO + 21]! + Math.imul(sentenceStart, V2) + sentenceEnd1) >>> 0; // 21 sentenceStart, sentenceEnd
  out[count++] = (T[TWO + 22]! + before2Term + pos1) >>> 0; // 22 before, pos
  out[count++] = (T[THREE + 23]! + Math.imul(before2, V3) + before2Term + word1) >>> 0; // 23 before2, before, word
  out[count++] = (T[THREE + 24]! + word3 + after2Term + Math.imul(after2, V1)) >>> 0; // 24 word, after, after2
  out[count++] = (T[TWO + 25]! + previous2 + before1) >>> 0; // 25 previousLabel, before
  out[count++] = (T[THREE + 26]! + Math.imul(posBefore, V3) + pos2 + posAfter1) >>> 0; // 26 posBefore, pos, posAfter
  out[count++] = (T[TWO + 27]! + Math.imul(suffix, V2) + posAfter1) >>> 0; // 27 suffix, posAfter
  out[count++] = (T[TWO + 28]! + word2 + Math.imul(opensAfter, V1)) >>> 0; // 28 word, opensAfter
  out[count++] = (T[THREE + 29]! + word3 + Math.imul(sentenceStart, V2) + sentenceEnd1) >>> 0; // 29 word, sentenceStart, sentenceEnd
  out[count++] = (T[TWO + 30]! + word2 + Math.imul(inside ^ (closedBefore << 1), V1)) >>> 0; // 30 word, inside ^ (closedBefore << 1)
  out[count++] = (T[TWO + 31]! + word2 + Math.imul(earlier, V1)) >>> 0; // 31 word, earlier
  out[count++] = (T[ONE + 35]! + prefix1) >>> 0; // 35 prefix
  out[count++] = (T[TWO + 36]! + prefix2 + after1) >>> 0; // 36 prefix, after
  out[count++] = (T[TWO + 37]! + prefix2 + previous1) >>> 0; // 37 prefix, previousLabel
  out[count++] = (T[TWO + 38]! + before2Term + prefix1) >>> 0; // 38 before, prefix
  out[count++] = (T[TWO + 39]! + ahead2 + pos1) >>> 0; // 39 ahead, pos
  out[count++] = (T[TWO + 40]! + ahead2 + prefix1) >>> 0; // 40 ahead, prefix
  out[count++] = (T[TWO + 41]! + subject2 + pos1) >>> 0; // 41 subject, pos
  out[count++] = (T[THREE + 42]! + Math.imul(subject, V3) + ahead2 + pos1) >>> 0; // 42 subject, ahead, pos
  out[count++] = (T[TWO + 43]! + Math.imul(position, V2) + pos1) >>> 0; // 43 position, pos
  out[count++] = (T[TWO + 44]! + subject2 + prefix1) >>> 0; // 44 subject, prefix
  out[count++] = (T[TWO + 45]! + dep2 + pos1) >>> 0; // 45 dep, pos
  out[count++] = (T[TWO + 46]! + dep2 + lemma1) >>> 0; // 46 dep, lemma
  out[count++] = (T[TWO + 47]! + frame2 + lemma1) >>> 0; // 47 frame, lemma
  out[count++] = (T[TWO + 48]! + frame2 + pos1) >>> 0; // 48 frame, pos
  out[count++] = (T[ONE + 49]! + lemma1) >>> 0; // 49 lemma
  out[count++] = (T[THREE + 50]! + Math.imul(frame, V3) + Math.imul(dep, V2) + previous1) >>> 0; // 50 frame, dep, previousLabel
  out[count++] = (T[TWO + 51]! + Math.imul(headLemma, V2) + Math.imul(dep, V1)) >>> 0; // 51 headLemma, dep
  out[count++] = (T[THREE + 32]! + pos3 + since2 + previous1) >>> 0; // 32 pos, since, previousLabel
  out[count++] = (T[TWO + 33]! + Math.imul(history.lastCueWord, V2) + word1) >>> 0; // 33 lastCueWord, word
  out[count++] = (T[THREE + 34]! + Math.imul(since, V3) + word2 + previous1) >>> 0; // 34 since, word, previousLabel
  return count;
}
