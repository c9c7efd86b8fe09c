import type { Segments } from '../../model/index.js';
import { hashString, mix, mix3 } from '../ner/hash.js';
import type { TokenFeatures } from '../ner/token-features.js';
import { EXTRA_SLOTS } from '../tagging/linear-tagger.js';
import { lemmaOf, lexicographerFileOf, synsetsOf, type WordNetPos } from './wordnet.js';

/**
 * The event tagger's per-token hint (src/nlp/tagging/linear-tagger.ts): the WordNet lexicographer
 * file of the word's most frequent sense for its part of speech (verb.communication for "said",
 * verb.cognition for "believed", noun.act for "arrest", noun.event for "explosion"), which is most of
 * what TimeML's event classes follow. 0 when the word is not in WordNet.
 */

/** Lemma look-ups are remembered by word hash and part of speech (words repeat; the table is cleared when large). */
const memo = new Map<number, { readonly hint: number; readonly lemma: number; readonly other: number }>();
const MEMO_LIMIT = 200_000;

function wordNetPos(pos: string): WordNetPos | null {
  if (pos === 'VERB' || pos === 'AUX') return 'verb';
  if (pos === 'NOUN' || pos === 'PROPN') return 'noun';
  if (pos === 'ADJ') return 'adj';
  return null;
}

/** Child relations that tell event classes apart, as bits (a ccomp child: "said that …", "believes …"). */
const CHILD_BITS: Readonly<Record<string, number>> = {
  ccomp: 1,
  xcomp: 2,
  obj: 4,
  nsubj: 8,
  'nsubj:pass': 16,
  mark: 32,
  aux: 64,
  cop: 128,
  obl: 256,
  case: 512,
  det: 1024,
  'nmod:poss': 2048,
  nmod: 4096,
  advcl: 8192,
};
/** The dependents that say what kind of argument a predicate takes. */
const ARGUMENT_BITS =
  CHILD_BITS.ccomp! | CHILD_BITS.xcomp! | CHILD_BITS.obj! | CHILD_BITS['nsubj:pass']! | CHILD_BITS.cop!;

const relationHashes = new Map<string, number>();
function relationHash(dep: string): number {
  let found = relationHashes.get(dep);
  if (found === undefined) {
    found = hashString(dep);
    relationHashes.set(dep, found);
  }
  return found;
}

/**
 * Per token: the lexicographer-file hint and lemma (above), and `EXTRA_SLOTS` hashes of its place
 * in the parse, since a class often shows in the grammar more than in the word: the relation to its
 * head with the head's lemma ("expected" → xcomp of "is" vs "began" → xcomp head of "to rise"), the
 * relation with the head's lexicographer file, which complements and other dependents the token
 * has (a REPORTING or I_STATE verb takes a ccomp), its lemma with its complement kind, the
 * preposition or conjunction that introduces it ("the arrest *of*", "*after* the attack"), and the
 * lexicographer file of its second sense.
 */
/** Per-token scratch tables, kept between documents (grown when a longer one comes). */
function scratchOf(size: number): {
  second: Int32Array;
  children: Int32Array;
  introducer: Int32Array;
  argument: Int32Array;
} {
  return {
    second: new Int32Array(size),
    children: new Int32Array(size),
    introducer: new Int32Array(size),
    argument: new Int32Array(size),
  };
}
let scratch = scratchOf(1024);

export function eventHints(
  text: string,
  segments: Segments,
  tokens: TokenFeatures,
  out: Int32Array,
  lemmas: Int32Array,
  extras: Int32Array,
): void {
  const count = segments.tokens.length;
  if (scratch.second.length < count) scratch = scratchOf(count * 2);
  const { second, children, introducer, argument } = scratch;
  second.fill(0, 0, count);
  children.fill(0, 0, count);
  introducer.fill(0, 0, count);
  argument.fill(-1, 0, count);
  segments.tokens.forEach((token, index) => {
    const pos = wordNetPos(token.pos);
    if (pos === null || token.end - token.start > 30) return;
    const key = mix(tokens.lower[index]!, pos === 'verb' ? 1 : pos === 'noun' ? 2 : 3);
    let found = memo.get(key);
    if (found === undefined) {
      const lemma = lemmaOf(text.slice(token.start, token.end), pos);
      const senses = lemma === null ? [] : synsetsOf(lemma, pos);
      const first = senses.length === 0 ? 0 : lexicographerFileOf(senses[0]!, pos) + 1;
      let other = 0;
      for (let sense = 1; sense < Math.min(senses.length, 4) && other === 0; sense += 1) {
        const file = lexicographerFileOf(senses[sense]!, pos) + 1;
        if (file !== first) other = file;
      }
      found = { hint: first, lemma: lemma === null ? 0 : hashString(lemma), other };
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(key, found);
    }
    out[index] = found.hint;
    lemmas[index] = found.lemma;
    second[index] = found.other;
  });
  /** The first complement or object of each token: "urged … to *leave*", "led the *attack*". */
  segments.tokens.forEach((token, index) => {
    if (token.head < 0) return;
    children[token.head]! |= CHILD_BITS[token.dep] ?? 0;
    if (
      (token.dep === 'obj' || token.dep === 'xcomp' || token.dep === 'ccomp') &&
      argument[token.head] === -1
    )
      argument[token.head] = index;
    if (token.dep === 'case' || token.dep === 'mark') introducer[token.head] = tokens.lower[index]!;
  });
  segments.tokens.forEach((token, index) => {
    // a closed-class word is never scored after an outside label (eventClosed below)
    if (NEVER_EVENTS.has(token.pos)) return;
    if (out[index] === 0 && lemmas[index] === 0 && token.pos !== 'VERB' && token.pos !== 'NOUN') return;
    const base = index * EXTRA_SLOTS;
    const dep = relationHash(token.dep);
    const head = token.head;
    extras[base] = mix3(1, dep, head >= 0 ? lemmas[head] || tokens.lower[head]! : 0);
    extras[base + 1] = mix3(2, dep, head >= 0 ? out[head]! : -1);
    extras[base + 2] = mix(3, children[index]! + 1);
    const word = lemmas[index] || tokens.lower[index]!;
    extras[base + 3] = mix3(4, word, children[index]! & ARGUMENT_BITS);
    if (introducer[index] !== 0) extras[base + 4] = mix(5, introducer[index]!);
    if (second[index] !== 0) extras[base + 5] = mix3(6, second[index]!, out[index]!);
    const object = argument[index]!;
    if (object >= 0) {
      const kind = relationHash(segments.tokens[object]!.dep);
      extras[base + 6] = mix3(7, kind, out[object]!);
      extras[base + 7] = mix3(8, word, mix(kind, out[object]!));
    } else extras[base + 7] = mix3(9, word, dep);
  });
}

/** Parts of speech that TimeML never marks as events (a comma, "the", "of", "and", "it"). */
const NEVER_EVENTS = new Set([
  'PUNCT',
  'DET',
  'ADP',
  'CCONJ',
  'SCONJ',
  'PART',
  'PRON',
  'SYM',
  'SPACE',
  'NUM',
  'INTJ',
]);

export function eventClosed(
  _text: string,
  segments: Segments,
  _tokens: TokenFeatures,
  _hints: Int32Array,
  out: Uint8Array,
): void {
  segments.tokens.forEach((token, index) => {
    if (NEVER_EVENTS.has(token.pos)) out[index] = 1;
  });
}
