import type { Diagnostic } from './diagnostic.js';
import type { Caption, DocumentMetadata, InputFormat, RemovedBlock } from './ingest.js';
import type { Attribution, Claim, Contradiction, Entity, Event, TimeExpression } from './items.js';
import type { Segments } from './segments.js';

/**
 * The one document model. `text` is immutable and the only string that spans point into.
 * Stages return a new document; none mutates its input.
 */
export interface Doc {
  /** The input as named by the caller (a file path, a URL, `-`). */
  readonly source: string;
  readonly format: InputFormat;
  readonly text: string;
  readonly metadata: DocumentMetadata;
  /** The character set the input bytes were decoded with. */
  readonly charset: string | null;
  readonly removed: readonly RemovedBlock[];
  readonly captions: readonly Caption[];
  readonly segments: Segments;
  readonly entities: readonly Entity[];
  readonly attributions: readonly Attribution[];
  readonly times: readonly TimeExpression[];
  readonly events: readonly Event[];
  readonly claims: readonly Claim[];
  readonly contradictions: readonly Contradiction[];
  readonly diagnostics: readonly Diagnostic[];
}
