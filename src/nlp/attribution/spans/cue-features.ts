import {
  combine,
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

/** Writes the features of token `at` (given the tagger's history) into `out`; returns the count. */
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
  let count = 0;
  out[count++] = template(0);
  out[count++] = combine(template(1), word);
  out[count++] = combine(template(2), before);
  out[count++] = combine(template(3), after);
  out[count++] = combine(template(4), before2);
  out[count++] = combine(template(5), after2);
  out[count++] = combine(template(6), table.suffix[at]!);
  out[count++] = combine(template(7), pos);
  out[count++] = combine(combine(template(8), posBefore), pos);
  out[count++] = combine(combine(template(9), pos), posAfter);
  out[count++] = combine(combine(template(10), before), word);
  out[count++] = combine(combine(template(11), word), after);
  out[count++] = combine(template(12), table.shape[at]!);
  out[count++] = combine(template(13), quote);
  out[count++] = combine(combine(template(14), word), inside);
  out[count++] = combine(template(15), previousLabel);
  out[count++] = combine(combine(template(16), previousLabel), word);
  out[count++] = combine(combine(template(17), previousLabel), pos);
  out[count++] = combine(combine(template(18), word), posAfter);
  out[count++] = combine(combine(combine(template(19), closedBefore), opensAfter), pos);
  out[count++] = combine(combine(template(20), word), closedBefore);
  out[count++] = combine(combine(template(21), sentenceStart), sentenceEnd);
  out[count++] = combine(combine(template(22), before), pos);
  out[count++] = combine(combine(combine(template(23), before2), before), word);
  out[count++] = combine(combine(combine(template(24), word), after), after2);
  out[count++] = combine(combine(template(25), previousLabel), before);
  out[count++] = combine(combine(combine(template(26), posBefore), pos), posAfter);
  out[count++] = combine(combine(template(27), table.suffix[at]!), posAfter);
  out[count++] = combine(combine(template(28), word), opensAfter);
  out[count++] = combine(combine(combine(template(29), word), sentenceStart), sentenceEnd);
  out[count++] = combine(combine(template(30), word), inside ^ (closedBefore << 1));
  out[count++] = combine(combine(template(31), word), earlier);
  out[count++] = combine(template(35), table.prefix[at]!);
  out[count++] = combine(combine(template(36), table.prefix[at]!), after);
  out[count++] = combine(combine(template(37), table.prefix[at]!), previousLabel);
  out[count++] = combine(combine(template(38), before), table.prefix[at]!);
  const ahead = clauseAhead(table, at);
  const subject = subjectPos(table, at);
  const position = positionBucket(table, at);
  out[count++] = combine(combine(template(39), ahead), pos);
  out[count++] = combine(combine(template(40), ahead), table.prefix[at]!);
  out[count++] = combine(combine(template(41), subject), pos);
  out[count++] = combine(combine(combine(template(42), subject), ahead), pos);
  out[count++] = combine(combine(template(43), position), pos);
  out[count++] = combine(combine(template(44), subject), table.prefix[at]!);
  // The parse: the token's relation, its lemma, its argument frame, and its head's lemma.
  const frame = table.frame[at]!;
  const dep = table.dep[at]!;
  const lemma = table.lemma[at]!;
  const headIndex = table.tree.tokens[at]!.head;
  const headLemma = headIndex >= 0 ? table.lemma[headIndex]! : BOUNDARY_AFTER;
  out[count++] = combine(combine(template(45), dep), pos);
  out[count++] = combine(combine(template(46), dep), lemma);
  out[count++] = combine(combine(template(47), frame), lemma);
  out[count++] = combine(combine(template(48), frame), pos);
  out[count++] = combine(template(49), lemma);
  out[count++] = combine(combine(combine(template(50), frame), dep), previousLabel);
  out[count++] = combine(combine(template(51), headLemma), dep);
  out[count++] = combine(combine(combine(template(32), pos), since), previousLabel);
  out[count++] = combine(combine(template(33), history.lastCueWord), word);
  out[count++] = combine(combine(combine(template(34), since), word), previousLabel);
  return count;
}
