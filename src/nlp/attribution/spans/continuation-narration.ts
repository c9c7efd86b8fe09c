import type { Segments, Span } from '../../../model/index.js';
import type { AttributionCandidate } from '../candidate.js';
import { findQuotations } from '../quotes/index.js';

/**
 * A cue-less quotation paragraph (`continuationCandidates`: it opens with a quotation and goes on
 * from the speaker of the paragraph before) ends where the writer's narration takes over:
 *
 *   “The figures are inflated. We will not see thousands more students.” Mr Hale agreed and said
 *   the numbers had to be seen in context. He explained that only 200 more places were taken.
 *
 * The paragraph rule took the whole paragraph; its content now runs through the last sentence
 * that a quotation touches before the first sentence that none touches. The narration after it is
 * then open to the other finders ("said …", "explained that …" are reports of their own, not
 * words of the speaker before). A paragraph whose every sentence a quotation touches is kept
 * whole. Candidates keep their places (`continues` is an index into the list).
 */
export function endContinuationsAtNarration(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  if (!candidates.some((candidate) => candidate.cue === null && candidate.continues !== undefined))
    return [...candidates];
  const quotations = findQuotations(text, segments).filter((quotation) => quotation.level === 0);
  const quoted = (span: Span) =>
    quotations.some((quotation) => quotation.outer.start < span.end && span.start < quotation.outer.end);
  return candidates.map((candidate) => {
    if (candidate.cue !== null || candidate.continues === undefined || candidate.content.length !== 1)
      return candidate;
    const content = candidate.content[0] as Span;
    const sentences = segments.sentences.filter(
      (sentence) => sentence.start >= content.start && sentence.end <= content.end,
    );
    const narration = sentences.findIndex((sentence) => !quoted(sentence));
    if (narration <= 0) return candidate;
    const end = (sentences[narration - 1] as Span).end;
    return { ...candidate, content: [{ start: content.start, end }] };
  });
}
