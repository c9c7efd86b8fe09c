import type { Token } from '../../model/index.js';
import { lexicographerFileOf, NOUN_PERSON, synsetsOf } from '../events/wordnet.js';
import { SPEECH_VERBS } from './lexicon.js';

/** Is the noun's first WordNet sense a person (or has WordNet no sense of it)? */
export function personFirst(lemma: string): boolean {
  const first = synsetsOf(lemma, 'noun')[0];
  return first === undefined || lexicographerFileOf(first, 'noun') === NOUN_PERSON;
}

/**
 * Does the description whose head is at `head` show a person in its sentence: the subject of a speech
 * verb, a title use ("the chair of the board"), an apposition, or "he"/"she" in the sentence? A role
 * noun whose commonest sense is a thing ("the chair dropped eight metres") joins a person only so.
 */
export function personEvidence(
  text: string,
  tokens: readonly Token[],
  sentenceOf: ArrayLike<number>,
  head: number,
): boolean {
  const token = tokens[head];
  if (token === undefined) return false;
  const word = (at: number) => text.slice(tokens[at]!.start, tokens[at]!.end).toLowerCase();
  const governor = tokens[token.head];
  if (token.dep === 'nsubj' && governor !== undefined && SPEECH_VERBS.has(governor.lemma.toLowerCase()))
    return true;
  if (token.dep === 'appos') return true;
  if (tokens[head + 1] !== undefined && word(head + 1) === 'of') return true;
  const sentence = sentenceOf[head];
  return tokens.some(
    (other, at) =>
      sentenceOf[at] === sentence &&
      ((other.head === head && other.dep === 'appos') || /^(?:he|she|him|her|his)$/u.test(word(at))),
  );
}
