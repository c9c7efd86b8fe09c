import type { Span } from './span.js';

/**
 * Universal part-of-speech tags (https://universaldependencies.org/u/pos/), as wink-nlp's
 * English model produces them.
 */
export const PARTS_OF_SPEECH = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
  'SPACE',
] as const;

export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

/** A word as the tokenizer gives it: its characters and a part of speech, before the parse. */
export interface TaggedWord extends Span {
  readonly pos: PartOfSpeech;
}

/**
 * One token of the one token table every stage reads: its characters, its Universal part of
 * speech, its dictionary form and its place in the sentence's dependency tree (src/nlp/syntax).
 * Grammar is read here ("the subject of the reporting verb", "the agent of a passive") rather than
 * guessed again from token windows.
 */
export interface Token extends TaggedWord {
  /** Dictionary form: "said" → "say", "arrests" → "arrest", "were" → "be". */
  readonly lemma: string;
  /** Index in `Segments.tokens` of the syntactic head (always in the same sentence), -1 for a root. */
  readonly head: number;
  /**
   * Universal Dependencies relation to the head, with its subtype: `nsubj`, `nsubj:pass`,
   * `obl:agent`, `ccomp`, `parataxis`, `appos`, …; `root` for a sentence's root.
   */
  readonly dep: string;
}

export interface Sentence extends Span {
  /** Index of the first token of the sentence in `Segments.tokens`. */
  readonly firstToken: number;
  /** Index one past the last token of the sentence. */
  readonly endToken: number;
  /** Index of the paragraph the sentence is in. */
  readonly paragraph: number;
}

export interface Segments {
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
}

export const EMPTY_SEGMENTS: Segments = Object.freeze({ paragraphs: [], sentences: [], tokens: [] });
