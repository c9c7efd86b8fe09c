import type { Segments, Span } from '../../../model/index.js';
import type { AttributionCandidate } from '../candidate.js';
import { findQuotations } from '../quotes/index.js';
import { keepCandidates } from './keep-candidates.js';

/**
 * The writer's own voice is no attribution of a source: a report in the article's narration whose
 * source is the first or second person ("I think the sequel drags", "You see, the director …",
 * "Can you honestly say …", "We can only guess that …") gives the writer's opinion or addresses the
 * reader; the contract's sources are the people and bodies the text reports. Only indirect reports
 * (a quotation the writer gives as theirs still records words spoken) outside every quotation and
 * outside the content of another report: inside a quotation "I" is the quoted speaker
 * ("“I warned them the roof would fail,” she said"). The gloss "which is to say, …" is the writer's
 * too, wherever it stands.
 */

const WRITER = /^(?:i|we|you)$/u;
/** "Which is to say, …", "That is to say …": the writer's gloss on their own words, the idiom's "say". */
const GLOSS = /^(?:which|that|this)\s+(?:is|was)\s+to\s+$/iu;

function writerGloss(text: string, candidate: AttributionCandidate): boolean {
  const { cue, source } = candidate;
  return (
    cue !== null &&
    source !== null &&
    source.start < cue.start &&
    /^say$/iu.test(text.slice(cue.start, cue.end)) &&
    GLOSS.test(text.slice(source.start, cue.start))
  );
}

function inside(span: Span, outer: Span): boolean {
  return span.start >= outer.start && span.end <= outer.end;
}

export function dropWriterVoice(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  const voiced = candidates.map((candidate) => {
    const { cue, source } = candidate;
    if (writerGloss(text, candidate)) return true;
    return (
      candidate.kind === 'indirect' &&
      cue !== null &&
      source !== null &&
      WRITER.test(text.slice(source.start, source.end).toLowerCase())
    );
  });
  if (!voiced.includes(true)) return [...candidates];
  const quotations = findQuotations(text, segments);
  const kept = candidates.map((candidate, index) => {
    if (!voiced[index]) return true;
    const cue = candidate.cue as Span;
    if (quotations.some((quotation) => inside(cue, quotation.outer))) return true;
    return candidates.some((other, at) => at !== index && other.content.some((piece) => inside(cue, piece)));
  });
  return keepCandidates(candidates, kept);
}
