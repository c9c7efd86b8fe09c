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

export interface Token extends Span {
  readonly pos: PartOfSpeech;
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
