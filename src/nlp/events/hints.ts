import type { Segments } from '../../model/index.js';
import { hashString, mix } from '../ner/hash.js';
import type { TokenFeatures } from '../ner/token-features.js';
import { lemmaOf, lexicographerFileOf, synsetsOf, type WordNetPos } from './wordnet.js';

/**
 * The event tagger's per-token hint (src/nlp/tagging/linear-tagger.ts): the WordNet lexicographer
 * file of the word's most frequent sense for its part of speech (verb.communication for "said",
 * verb.cognition for "believed", noun.act for "arrest", noun.event for "explosion"), which is most of
 * what TimeML's event classes follow. 0 when the word is not in WordNet.
 */

/** Lemma look-ups are remembered by word hash and part of speech (words repeat; the table is cleared when large). */
const memo = new Map<number, { readonly hint: number; readonly lemma: number }>();
const MEMO_LIMIT = 200_000;

function wordNetPos(pos: string): WordNetPos | null {
  if (pos === 'VERB' || pos === 'AUX') return 'verb';
  if (pos === 'NOUN' || pos === 'PROPN') return 'noun';
  if (pos === 'ADJ') return 'adj';
  return null;
}

export function eventHints(
  text: string,
  segments: Segments,
  tokens: TokenFeatures,
  out: Int32Array,
  lemmas: Int32Array,
): void {
  segments.tokens.forEach((token, index) => {
    const pos = wordNetPos(token.pos);
    if (pos === null || token.end - token.start > 30) return;
    const key = mix(tokens.lower[index]!, pos === 'verb' ? 1 : pos === 'noun' ? 2 : 3);
    let found = memo.get(key);
    if (found === undefined) {
      const lemma = lemmaOf(text.slice(token.start, token.end), pos);
      const senses = lemma === null ? [] : synsetsOf(lemma, pos);
      found = {
        hint: senses.length === 0 ? 0 : lexicographerFileOf(senses[0]!, pos) + 1,
        lemma: lemma === null ? 0 : hashString(lemma),
      };
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(key, found);
    }
    out[index] = found.hint;
    lemmas[index] = found.lemma;
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
