import { glossOf, lemmaOf, lexicographerFileOf, synset, synsetsOf, type WordNetPos } from './wordnet.js';

/**
 * Which sense of a trigger the sentence supports, by the overlap of its words with each sense's
 * gloss, synonyms and hypernyms (simplified Lesk). Used when a noun's domain sense is not its most
 * frequent one and the most frequent one is a happening too: "strike" is first a work stoppage and
 * only second an attack, "attempt" first an effort and second an attack ("an attempt on his life").
 */

/** Lexicographer files of nouns that name happenings: noun.act, noun.event, noun.process, noun.state. */
const HAPPENING_FILES = new Set([4, 11, 22, 26]);

const STOP = new Set(
  'a an the of to in on at by for with from and or but as is are was were be been being it its this that these those which who whom what when where than then there their his her he she they them we you i not no do does did has have had into out up down over under about after before such other some any one two'.split(
    ' ',
  ),
);

/** A word's comparable form: its noun lemma, else its verb lemma, else itself (lower case). */
export function baseForm(word: string): string {
  let found = baseForms.get(word);
  if (found === undefined) {
    const lower = word.toLowerCase();
    found = lemmaOf(lower, 'noun') ?? lemmaOf(lower, 'verb') ?? lower;
    if (baseForms.size >= 100_000) baseForms.clear();
    baseForms.set(word, found);
  }
  return found;
}

/** `baseForm` by word as written (words repeat; one look-up instead of two and a lower-casing). */
const baseForms = new Map<string, string>();

const signatures = new Map<string, ReadonlySet<string>>();

/** The words that describe a sense: its gloss, its synonyms and its hypernyms' synonyms. */
function signature(offset: number, pos: WordNetPos): ReadonlySet<string> {
  const key = `${pos}:${offset}`;
  const known = signatures.get(key);
  if (known !== undefined) return known;
  const words = new Set<string>();
  const addText = (text: string): void => {
    for (const word of text.split(/[^A-Za-z]+/))
      if (word.length > 2 && !STOP.has(word.toLowerCase())) words.add(baseForm(word));
  };
  const found = synset(offset, pos);
  addText(glossOf(offset, pos));
  for (const word of found.words) for (const part of word.split('_')) addText(part);
  for (const pointer of found.pointers)
    if ((pointer.symbol === '@' || pointer.symbol === '@i') && pointer.pos === pos)
      for (const word of synset(pointer.offset, pos).words) for (const part of word.split('_')) addText(part);
  if (signatures.size > 10_000) signatures.clear();
  signatures.set(key, words);
  return words;
}

function overlap(offset: number, pos: WordNetPos, context: ReadonlySet<string>, lemma: string): number {
  let count = 0;
  for (const word of signature(offset, pos)) if (word !== lemma && context.has(word)) count += 1;
  return count;
}

/**
 * Whether the domain sense `offset` of `lemma` stands in `context` (the base forms of the words
 * around the trigger): always when it is the lemma's most frequent sense or the most frequent sense
 * names no happening (for nouns); otherwise only when the context shares more words with the domain
 * sense than with the most frequent one.
 */
export function senseStands(
  lemma: string,
  pos: WordNetPos,
  offset: number,
  context: ReadonlySet<string> | (() => ReadonlySet<string>),
): boolean {
  const senses = synsetsOf(lemma, pos);
  const first = senses[0];
  if (first === undefined || first === offset || senses.indexOf(offset) < 0) return true;
  if (pos === 'noun' && !HAPPENING_FILES.has(lexicographerFileOf(first, pos))) return true;
  if (pos !== 'noun') return true;
  // the sentence's words are gathered only here, where the senses are weighed (most triggers stop above)
  const words = typeof context === 'function' ? context() : context;
  return overlap(offset, pos, words, lemma) > overlap(first, pos, words, lemma);
}
