import type { ClaimFrame, Quantity } from '../../model/index.js';

/**
 * A claim as the comparison sees it, in one document or across several: the parties and places
 * are keys that are equal when they name the same entity (entity ids inside one document, corpus
 * cluster ids across documents).
 */
export interface ClaimView {
  /** Unique among the views compared ("c3", or "2:c3" across documents). */
  readonly key: string;
  /** The attribution the claim belongs to, as the contradiction's sides list it. */
  readonly attribution: string;
  /** Who said it: equal for two claims of one speaker (anonymous sources are their own speaker). */
  readonly speaker: string;
  readonly topic: string;
  readonly frame: ClaimFrame;
  readonly polarity: 'pos' | 'neg';
  /** The parties (responsibility, participation), the place (destination) or the predicate's arguments. */
  readonly values: readonly string[];
  readonly exclusive: boolean;
  readonly quantity?: Quantity;
  /** When the claim was made (the attribution's time, else the article's date), for figures. */
  readonly time: string | null;
  /** The content of a denial ("rejected allegations that …"). */
  readonly denial: boolean;
  /** Position for ordering sides (text order, documents in input order). */
  readonly order: number;
}

/**
 * The key of a source no entity stands for: its words, when it is a named body rather than an
 * anonymous one ("Police" in two sentences are one speaker; "a witness" and "a witness" are not).
 */
export function unnamedSpeakerKey(sourceText: string | null, anonymous: boolean, fallback: string): string {
  if (sourceText === null || anonymous) return `anonymous:${fallback}`;
  const words = sourceText
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .trim();
  return /^(?:a|an|one|some|two|three|several)\b/.test(sourceText.toLowerCase())
    ? `anonymous:${fallback}`
    : `source:${words}`;
}
