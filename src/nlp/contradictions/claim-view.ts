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
