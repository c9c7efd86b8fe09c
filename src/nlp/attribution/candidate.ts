import type { AttributionKind, Span } from '../../model/index.js';

/**
 * An attribution as the span finder (src/nlp/attribution/spans) produces it: where the cue, the local
 * source and the content are. The completion step (src/nlp/attribution/complete) turns candidates into
 * contract attributions (speaker, parent, channel, addressee, time, anonymous, stance, hedges, verification).
 */
export interface AttributionCandidate {
  readonly kind: AttributionKind;
  /** The cue ("said", "told", "according to", "claims"), or null for a quotation paragraph with no cue. */
  readonly cue: Span | null;
  /** The local source mention ("He", "A Turkish official"), or null when the text gives none. */
  readonly source: Span | null;
  /** What was said; several spans when a quotation is interrupted by its attribution. */
  readonly content: readonly Span[];
  /** Index (in the same candidate list) of the attribution this cue-less quotation continues. */
  readonly continues?: number;
}

/** Every span the candidates hold (cues, sources, contents): what a rule adding candidates must leave alone. */
export function spansHeld(candidates: readonly AttributionCandidate[]): Span[] {
  const held: Span[] = [];
  for (const candidate of candidates) {
    if (candidate.cue !== null) held.push(candidate.cue);
    if (candidate.source !== null) held.push(candidate.source);
    held.push(...candidate.content);
  }
  return held;
}
