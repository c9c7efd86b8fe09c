import { isVerb } from './clauses.js';
import type { DocumentView } from './document-view.js';
import { THIRD_PERSON_PRONOUNS } from './lexicon.js';
import type { NameItem } from './prepare-names.js';

export type Determiner = 'definite' | 'indefinite' | 'possessive' | 'quantifier' | 'none';

/**
 * A base noun phrase: determiner, modifiers and head, with proper names kept whole. A possessor
 * ("Russia’s" in "Russia’s internal security agency") is a phrase of its own, recorded on the
 * phrase it modifies.
 */
export interface NounPhrase {
  readonly first: number;
  readonly end: number;
  /** Head token: the last token, or the last token of the name that ends the phrase. */
  readonly head: number;
  readonly determiner: Determiner;
  /** Name items inside the phrase, in order (a possessor's names are not included). */
  readonly names: readonly number[];
  /** The phrase is a single third-person pronoun. */
  readonly pronoun: boolean;
  /** Index of the possessor phrase, or -1. */
  readonly possessor: number;
  /** The determiner word in lower case ("the", "a", "all", "his", …), or "". */
  readonly determinerWord: string;
}

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
const INDEFINITE = new Set(['a', 'an', 'another']);
const QUANTIFIERS = new Set(['all', 'both', 'some', 'several', 'many', 'each', 'every', 'one']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'my', 'our', 'your']);

/** Can the token be inside a noun phrase, before or as its head? */
function isPhraseWord(view: DocumentView, index: number, itemAt: Int32Array): boolean {
  if ((itemAt[index] as number) >= 0) return true;
  const pos = view.pos(index);
  // ("Microsoft claims that it …": a speech verb the tagger took for a noun is no part of the phrase)
  if (pos === 'NOUN' && isVerb(view, index)) return false;
  if (pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN' || pos === 'NUM') return true;
  // Hyphenated words split by the tokenizer: "32-year-old", "Wagner-affiliated".
  if (pos === 'PUNCT' && view.lower(index) === '-')
    return view.joinedToNext(index) && view.joinedToNext(index - 1);
  if (pos === 'VERB') {
    // Participles used as modifiers: "the suspected attackers", "a pre-arranged plan".
    const word = view.lower(index);
    const next = view.pos(index + 1);
    if (view.joinedToNext(index - 1) && view.lower(index - 1) === '-') return true;
    // After a noun a participle is the verb: "the group claimed responsibility".
    const previous = view.pos(index - 1);
    if (previous !== 'DET' && previous !== 'ADJ' && previous !== 'NUM' && previous !== 'PRON') return false;
    // "the four suspected attackers", but "All four showed signs".
    if (previous === 'NUM' && view.lower(index - 2) !== 'the') return false;
    return (word.endsWith('ed') || word.endsWith('ing')) && (next === 'NOUN' || next === 'ADJ');
  }
  return false;
}

const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', "'", '\u2018', '\u2019']);

/**
 * A modifier in quotation marks inside a phrase (the "failing" agency): when the token at `index`
 * opens a quotation of one to three content words that closes right before a phrase word,
 * the index of that word; else -1.
 */
function afterQuotedModifier(view: DocumentView, index: number, itemAt: Int32Array): number {
  if (view.pos(index) !== 'PUNCT' || !QUOTE_MARKS.has(view.word(index)) || view.isPossessiveMarker(index))
    return -1;
  const sentence = view.sentenceOf[index];
  for (let close = index + 2; close <= index + 4 && close + 1 < view.length; close += 1) {
    const word = close - 1;
    const pos = view.pos(word);
    if (pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'VERB' && pos !== 'ADV') return -1;
    if (view.pos(close) !== 'PUNCT') continue;
    if (!QUOTE_MARKS.has(view.word(close)) || view.sentenceOf[close + 1] !== sentence) return -1;
    const next = close + 1;
    return view.pos(next) !== 'PUNCT' && isPhraseWord(view, next, itemAt) ? next : -1;
  }
  return -1;
}

/**
 * Chunks the whole text into base noun phrases and third-person pronouns, in text order. Linear in
 * the number of tokens.
 */
export function chunkNounPhrases(view: DocumentView, items: readonly NameItem[]): NounPhrase[] {
  const count = view.length;
  const itemAt = new Int32Array(count).fill(-1);
  items.forEach((item, index) => itemAt.fill(index, item.firstToken, Math.min(count, item.endToken)));
  const phrases: NounPhrase[] = [];
  let index = 0;
  while (index < count) {
    const pos = view.pos(index);
    // Only determiners, pronouns and phrase words can start a phrase: no lower-casing for the rest.
    if (
      pos === 'VERB' ||
      pos === 'AUX' ||
      pos === 'ADP' ||
      pos === 'PUNCT' ||
      pos === 'CCONJ' ||
      pos === 'SCONJ' ||
      pos === 'PART' ||
      pos === 'ADV'
    ) {
      if ((itemAt[index] as number) < 0) {
        index += 1;
        continue;
      }
    }
    const word = view.lower(index);
    if ((itemAt[index] as number) < 0 && pos === 'PRON' && THIRD_PERSON_PRONOUNS.has(word)) {
      phrases.push({
        first: index,
        end: index + 1,
        head: index,
        determiner: 'none',
        names: [],
        pronoun: true,
        possessor: -1,
        determinerWord: '',
      });
      index += 1;
      if (!POSSESSIVE_PRONOUNS.has(word) || !isPhraseWord(view, index, itemAt)) continue;
      index = chunkFrom(view, index, index, 'possessive', word, -1, itemAt, phrases);
      continue;
    }
    let determiner: Determiner | undefined;
    if ((itemAt[index] as number) < 0) {
      if (DEFINITE.has(word) && (pos === 'DET' || pos === 'PRON')) determiner = 'definite';
      else if (INDEFINITE.has(word) && pos === 'DET') determiner = 'indefinite';
      else if (QUANTIFIERS.has(word) && (pos === 'DET' || pos === 'NUM' || pos === 'PRON' || pos === 'ADJ'))
        determiner = 'quantifier';
      else if (POSSESSIVE_PRONOUNS.has(word)) determiner = 'possessive';
    }
    if (determiner !== undefined) {
      if (
        isPhraseWord(view, index + 1, itemAt) ||
        (determiner === 'quantifier' && pos === 'NUM') ||
        afterQuotedModifier(view, index + 1, itemAt) >= 0
      ) {
        index = chunkFrom(view, index, index + 1, determiner, word, -1, itemAt, phrases);
        continue;
      }
      index += 1;
      continue;
    }
    if (isPhraseWord(view, index, itemAt) && pos !== 'PUNCT') {
      index = chunkFrom(view, index, index, 'none', '', -1, itemAt, phrases);
      continue;
    }
    index += 1;
  }
  return phrases;
}

/** Chunks one phrase starting at `first` (its words from `from`); returns the next token to look at. */
function chunkFrom(
  view: DocumentView,
  first: number,
  from: number,
  determiner: Determiner,
  determinerWord: string,
  possessor: number,
  itemAt: Int32Array,
  phrases: NounPhrase[],
): number {
  const sentence = view.sentenceOf[first];
  let end = from;
  const names: number[] = [];
  while (end < view.length && view.sentenceOf[end] === sentence) {
    if (!isPhraseWord(view, end, itemAt)) {
      const next = afterQuotedModifier(view, end, itemAt);
      if (next < 0) break;
      end = next;
      continue;
    }
    const item = itemAt[end] as number;
    if (item >= 0) {
      if (names[names.length - 1] !== item) names.push(item);
      // A name that starts with "the" begins a phrase of its own.
      if (end > from && view.lower(end) === 'the') break;
    }
    end += 1;
  }
  if (end === from) {
    // A bare number after a quantifier: "all four".
    if (determiner === 'quantifier') end = from;
    if (end <= first) return first + 1;
  }
  // Trailing hyphen or modifier-only phrase: trim punctuation at the end.
  while (end > from && view.pos(end - 1) === 'PUNCT') end -= 1;
  if (end <= first) return first + 1;
  const phraseIndex = phrases.length;
  phrases.push({
    first,
    end,
    head: end - 1,
    determiner,
    names,
    pronoun: false,
    possessor,
    determinerWord,
  });
  // Possessive: "Russia’s internal security agency" — the possessor is a phrase, and so is the whole.
  if (end < view.length && view.isPossessiveMarker(end) && isPhraseWord(view, end + 1, itemAt)) {
    return chunkFrom(view, first, end + 1, 'possessive', '', phraseIndex, itemAt, phrases);
  }
  return end;
}
