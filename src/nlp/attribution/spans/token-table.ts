import type { PartOfSpeech, Segments } from '../../../model/index.js';
import { DependencyTree } from '../../grammar/index.js';

/**
 * The per-token facts every attribution model reads, computed once per document into typed arrays
 * so that feature extraction never builds strings: integer hashes of the lower-cased word and of
 * its last three letters, a small shape code, the part of speech, quotation-mark state, the
 * sentence and paragraph each token lies in, and the parse (hashes of the lemma and of the relation
 * to the head, and the dependency tree itself).
 */

/** Integer mixing (the MurmurHash3 finaliser): spreads bits so hashed features rarely collide. */
export function finalise(value: number): number {
  let hash = value >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

const COMBINE_HASH = 0x01000193;
const COMBINE_VALUE = 0x9e3779b1;

/**
 * Combines a running hash with one more value. Cheap on purpose (two multiplications): features are
 * built from a handful of these per token, and the table lookup mixes the result again
 * (`linear.ts`). The multipliers differ, so combine(combine(t, a), b) is not symmetric in a and b.
 */
export function combine(hash: number, value: number): number {
  return (Math.imul(hash, COMBINE_HASH) + Math.imul(value, COMBINE_VALUE)) >>> 0;
}

/**
 * `combine` is linear modulo 2^32: combine(h, v) = h·A + v·B, so a chain of them is a sum of
 * products, combine(combine(combine(t, x), y), z) = t·A³ + x·B·A² + y·B·A + z·B. The hot feature
 * functions (cue and pointer features, about 150 `combine`s per token, of which V8 inlined fewer
 * than 20) write their chains as such sums: CHAIN_VALUE_d is the factor of a value d - 1 steps from
 * the end of its chain (B, B·A, B·A²), `chainStart(t, d)` the term of a chain's first hash t followed by
 * d values (t·A^d). Every sum is cut to 32 bits with `>>> 0`, as `combine` cuts each step.
 */
export const CHAIN_VALUE_1 = COMBINE_VALUE | 0;
export const CHAIN_VALUE_2 = Math.imul(COMBINE_VALUE, COMBINE_HASH);
export const CHAIN_VALUE_3 = Math.imul(CHAIN_VALUE_2, COMBINE_HASH);

/** t·A^depth as an int32: the term of a chain's first hash `t` followed by `depth` values. */
export function chainStart(hash: number, depth: number): number {
  let term = hash | 0;
  for (let step = 0; step < depth; step++) term = Math.imul(term, COMBINE_HASH);
  return term;
}

export const POS_IDS: Readonly<Record<PartOfSpeech, number>> = {
  ADJ: 1,
  ADP: 2,
  ADV: 3,
  AUX: 4,
  CCONJ: 5,
  DET: 6,
  INTJ: 7,
  NOUN: 8,
  NUM: 9,
  PART: 10,
  PRON: 11,
  PROPN: 12,
  PUNCT: 13,
  SCONJ: 14,
  SYM: 15,
  VERB: 16,
  X: 17,
  SPACE: 18,
};
export const POS_PUNCT = POS_IDS.PUNCT;
export const POS_VERB = POS_IDS.VERB;
export const POS_AUX = POS_IDS.AUX;

/** Bits of `TokenTable.quote`. */
export const QUOTE_OPENS = 1;
export const QUOTE_CLOSES = 2;
/** The token lies strictly inside a double-quotation pair (the marks themselves excluded). */
export const QUOTE_INSIDE = 4;
/** A single ‘ or ’ standing alone as a token. */
export const QUOTE_SINGLE = 8;

/** Shape codes. */
const SHAPE_LOWER = 1;
const SHAPE_CAPITALISED = 2;
const SHAPE_UPPER = 3;
const SHAPE_DIGIT = 4;
const SHAPE_PUNCTUATION = 5;
const SHAPE_OTHER = 6;

export interface TokenTable {
  readonly length: number;
  /** Hash of the lower-cased token, digits folded to 0. */
  readonly word: Uint32Array;
  /** Hash of the last three lower-cased characters. */
  readonly suffix: Uint32Array;
  /** Hash of the first five lower-cased characters: a cheap stem ("claim" for claims, claimed). */
  readonly prefix: Uint32Array;
  readonly shape: Uint8Array;
  readonly pos: Uint8Array;
  readonly quote: Uint8Array;
  readonly sentence: Int32Array;
  readonly paragraph: Int32Array;
  /** Number of commas, semicolons and dashes among tokens before index i (length + 1 entries). */
  readonly commaPrefix: Int32Array;
  /** Number of double quotation marks among tokens before index i (length + 1 entries). */
  readonly quotePrefix: Int32Array;
  /** Number of verbs and auxiliaries among tokens before index i (length + 1 entries). */
  readonly verbPrefix: Int32Array;
  /** Hash of the lemma. */
  readonly lemma: Uint32Array;
  /** Hash of the dependency relation to the head (`nsubj`, `ccomp`, …). */
  readonly dep: Uint32Array;
  /** The token's argument frame in the parse (`FRAME_*` bits), built in one pass over the heads. */
  readonly frame: Uint8Array;
  readonly tree: DependencyTree;
}

/**
 * Bits of `TokenTable.frame`: the token has a clausal complement ("said [that …]"), a subject, a
 * parenthetical link to a quotation ("“…,” she said": `parataxis`, either way), an object, an open
 * complement ("declined [to comment]"), a passive subject or auxiliary ("was accused").
 */
export const FRAME_CLAUSE = 1;
export const FRAME_SUBJECT = 2;
export const FRAME_PARENTHETICAL = 4;
export const FRAME_OBJECT = 8;
export const FRAME_OPEN_CLAUSE = 16;
export const FRAME_PASSIVE = 32;

/** The frame bit a dependent's relation sets on its head. */
function frameBit(dep: string): number {
  switch (dep) {
    case 'ccomp':
      return FRAME_CLAUSE;
    case 'nsubj':
      return FRAME_SUBJECT;
    case 'nsubj:pass':
    case 'aux:pass':
      return FRAME_PASSIVE | (dep === 'nsubj:pass' ? FRAME_SUBJECT : 0);
    case 'parataxis':
      return FRAME_PARENTHETICAL;
    case 'obj':
      return FRAME_OBJECT;
    case 'xcomp':
      return FRAME_OPEN_CLAUSE;
    default:
      return 0;
  }
}

/** Hash of a string as `TokenTable.word` hashes a token's characters (lower-cased, digits folded). */
function stringHash(value: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    hash ^= lower(value.charCodeAt(index));
    hash = Math.imul(hash, 0x01000193);
  }
  return finalise(hash);
}

/** Relation hashes, computed once per relation name (a few dozen names in all). */
const RELATION_HASHES = new Map<string, number>();
export function relationHash(relation: string): number {
  let hash = RELATION_HASHES.get(relation);
  if (hash === undefined) {
    hash = finalise(stringHash(relation) ^ 0x1b873593);
    RELATION_HASHES.set(relation, hash);
  }
  return hash;
}

function lower(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code >= 48 && code <= 57) return 48;
  if (code === 0x2019) return 39; // ’ → '
  return code < 128 ? code : String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

/** Hash of a lower-case ASCII word written the way `TokenTable.word` hashes tokens. */
export function wordHash(word: string): number {
  return stringHash(word);
}

function shapeOf(text: string, start: number, end: number): number {
  const first = text.charCodeAt(start);
  if (first >= 48 && first <= 57) return SHAPE_DIGIT;
  if (first >= 97 && first <= 122) return SHAPE_LOWER;
  if (first >= 65 && first <= 90) {
    const second = end - start > 1 ? text.charCodeAt(start + 1) : 0;
    return second >= 65 && second <= 90 ? SHAPE_UPPER : SHAPE_CAPITALISED;
  }
  if (first < 128 || (first >= 0x2000 && first <= 0x206f)) return SHAPE_PUNCTUATION;
  return SHAPE_OTHER;
}

export function buildTokenTable(text: string, segments: Segments): TokenTable {
  const tokens = segments.tokens;
  const length = tokens.length;
  const word = new Uint32Array(length);
  const suffix = new Uint32Array(length);
  const prefix = new Uint32Array(length);
  const shape = new Uint8Array(length);
  const pos = new Uint8Array(length);
  const quote = new Uint8Array(length);
  const sentence = new Int32Array(length).fill(-1);
  const paragraph = new Int32Array(length).fill(-1);
  const commaPrefix = new Int32Array(length + 1);
  const quotePrefix = new Int32Array(length + 1);
  const verbPrefix = new Int32Array(length + 1);
  const lemma = new Uint32Array(length);
  const dep = new Uint32Array(length);
  const frame = new Uint8Array(length);
  for (let index = 0; index < length; index++) {
    const token = tokens[index]!;
    lemma[index] = stringHash(token.lemma);
    dep[index] = relationHash(token.dep);
    const bit = frameBit(token.dep);
    if (bit !== 0 && token.head >= 0) frame[token.head]! |= bit;
    if (bit === FRAME_PARENTHETICAL) frame[index]! |= FRAME_PARENTHETICAL;
    const start = token.start;
    const end = token.end;
    let hash = 0x811c9dc5;
    for (let at = start; at < end; at++) {
      hash ^= lower(text.charCodeAt(at));
      hash = Math.imul(hash, 0x01000193);
    }
    word[index] = finalise(hash);
    let head = 0x811c9dc5;
    for (let at = start; at < end && at < start + 5; at++) {
      head ^= lower(text.charCodeAt(at));
      head = Math.imul(head, 0x01000193);
    }
    prefix[index] = finalise(head ^ 0x68e31da4);
    let tail = 0x811c9dc5;
    for (let at = Math.max(start, end - 3); at < end; at++) {
      tail ^= lower(text.charCodeAt(at));
      tail = Math.imul(tail, 0x01000193);
    }
    suffix[index] = finalise(tail ^ 0x5bd1e995);
    shape[index] = shapeOf(text, start, end);
    pos[index] = POS_IDS[token.pos] ?? 0;
    const code = end - start === 1 ? text.charCodeAt(start) : 0;
    const isComma = code === 0x2c || code === 0x3b || code === 0x2014 || code === 0x2013 || code === 0x3a;
    commaPrefix[index + 1] = commaPrefix[index]! + (isComma ? 1 : 0);
    const isVerb = token.pos === 'VERB' || token.pos === 'AUX';
    verbPrefix[index + 1] = verbPrefix[index]! + (isVerb ? 1 : 0);
  }
  segments.sentences.forEach((value, index) => {
    for (let at = value.firstToken; at < value.endToken && at < length; at++) {
      sentence[at] = index;
      paragraph[at] = value.paragraph;
    }
  });
  // Quotation state: “ opens, ” closes, a straight " toggles; the state is reset at each paragraph.
  let open = false;
  let currentParagraph = -1;
  for (let index = 0; index < length; index++) {
    if (paragraph[index] !== currentParagraph) {
      currentParagraph = paragraph[index]!;
      open = false;
    }
    const token = tokens[index]!;
    let flags = 0;
    if (token.end - token.start === 1) {
      const code = text.charCodeAt(token.start);
      if (code === 0x201c || code === 0xab || code === 0x201e) {
        flags = QUOTE_OPENS;
        open = true;
      } else if (code === 0x201d || code === 0xbb) {
        flags = QUOTE_CLOSES;
        open = false;
      } else if (code === 0x22) {
        flags = open ? QUOTE_CLOSES : QUOTE_OPENS;
        open = !open;
      } else if (code === 0x2018 || code === 0x2019 || code === 0x27) flags = QUOTE_SINGLE;
    }
    if (flags === 0 && open) flags = QUOTE_INSIDE;
    quote[index] = flags;
    quotePrefix[index + 1] = quotePrefix[index]! + (flags & (QUOTE_OPENS | QUOTE_CLOSES) ? 1 : 0);
  }
  return {
    length,
    word,
    suffix,
    prefix,
    shape,
    pos,
    quote,
    sentence,
    paragraph,
    commaPrefix,
    quotePrefix,
    verbPrefix,
    lemma,
    dep,
    frame,
    tree: new DependencyTree(tokens),
  };
}
