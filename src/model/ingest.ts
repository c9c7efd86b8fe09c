import type { Diagnostic } from './diagnostic.js';

/** What kind of boilerplate a removed block was. Open for new kinds; these are the common ones. */
export type RemovedKind =
  | 'widget'
  | 'promo'
  | 'caption'
  | 'navigation'
  | 'advertisement'
  | 'share'
  | 'related'
  | 'cookie'
  | 'comment'
  | 'legal'
  | 'title'
  | 'byline'
  | 'dateline'
  | 'publisher'
  | 'other';

/** A block of the input that is not part of the article body. */
export interface RemovedBlock {
  readonly kind: RemovedKind;
  readonly text: string;
  /** The rule that removed it, so a wrong removal can be traced in one step. */
  readonly origin: string;
}

/** A picture caption, kept apart from the body. */
export interface Caption {
  readonly text: string;
  /** The photographer or agency credit ("Pavel Bednyakov", "Reuters"), when the caption names one. */
  readonly credit: string | null;
}

export interface DocumentMetadata {
  readonly title: string | null;
  readonly publisher: string | null;
  readonly byline: string | null;
  /** ISO date or datetime of publication. */
  readonly published: string | null;
  /** BCP 47 language tag (`en`, `de`, `pt-BR`), when the input declares or reveals it. */
  readonly language: string | null;
  readonly canonicalUrl: string | null;
}

export const EMPTY_METADATA: DocumentMetadata = Object.freeze({
  title: null,
  publisher: null,
  byline: null,
  published: null,
  language: null,
  canonicalUrl: null,
});

/**
 * What ingestion makes of one input: the clean body text (paragraphs separated by a blank line)
 * and everything that was taken out of it.
 */
export interface IngestResult {
  readonly text: string;
  readonly metadata: DocumentMetadata;
  readonly removed: readonly RemovedBlock[];
  readonly captions: readonly Caption[];
  readonly diagnostics: readonly Diagnostic[];
  /** The character set the bytes were decoded with (`utf-8`, `windows-1252`, …). */
  readonly charset?: string;
}

export type InputFormat = 'text' | 'html';
