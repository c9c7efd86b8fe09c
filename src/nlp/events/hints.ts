import type { Segments } from '../../model/index.js';

/** The event tagger's per-token hint (see src/nlp/tagging/linear-tagger.ts). */
export function eventHints(_text: string, segments: Segments): Int32Array {
  return new Int32Array(segments.tokens.length);
}
