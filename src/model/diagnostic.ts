import type { Span } from './span.js';

/**
 * A finding about the input, recorded on the document instead of being logged: the input was
 * truncated, the character set was guessed, a quotation mark was never closed, …
 */
export interface Diagnostic {
  readonly severity: 'info' | 'warning' | 'error';
  /** Stable machine-readable code, e.g. `input-truncated`, `charset-guessed`. */
  readonly code: string;
  readonly message: string;
  readonly span?: Span;
  /** The rule or stage that raised it. */
  readonly origin: string;
}
