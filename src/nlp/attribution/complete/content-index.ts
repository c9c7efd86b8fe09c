import type { Span } from '../../../model/index.js';
import type { AttributionCandidate } from '../candidate.js';

/** One content span and the position of the attribution it belongs to. */
export interface OwnedSpan extends Span {
  readonly owner: number;
}

/**
 * Every content span of a document's attributions, sorted by start, for the questions the steps
 * ask many times: which contents hold this cue, which overlap this sentence. A span holding an
 * offset starts at most `longest` characters before it, so each query looks at the few spans in
 * that window (binary search, then a short scan) instead of at every attribution.
 */
export class ContentIndex {
  readonly spans: readonly OwnedSpan[];
  private readonly longest: number;

  constructor(candidates: readonly AttributionCandidate[]) {
    const spans: OwnedSpan[] = [];
    let longest = 0;
    candidates.forEach((candidate, owner) => {
      for (const span of candidate.content) {
        spans.push({ start: span.start, end: span.end, owner });
        if (span.end - span.start > longest) longest = span.end - span.start;
      }
    });
    spans.sort((left, right) => left.start - right.start);
    this.spans = spans;
    this.longest = longest;
  }

  /** Index of the first span starting at or after `offset`. */
  private firstFrom(offset: number): number {
    let low = 0;
    let high = this.spans.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.spans[middle] as OwnedSpan).start < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Spans overlapping [start, end), in text order. */
  overlapping(start: number, end: number): OwnedSpan[] {
    const found: OwnedSpan[] = [];
    for (let index = this.firstFrom(start - this.longest); index < this.spans.length; index += 1) {
      const span = this.spans[index] as OwnedSpan;
      if (span.start >= end) break;
      if (span.end > start) found.push(span);
    }
    return found;
  }

  /** Spans holding the whole of [start, end). */
  holding(start: number, end: number): OwnedSpan[] {
    return this.overlapping(start, end).filter((span) => span.start <= start && end <= span.end);
  }
}
