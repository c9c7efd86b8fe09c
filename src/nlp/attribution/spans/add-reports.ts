import type { Segments, Span } from '../../../model/index.js';
import type { AttributionCandidate } from '../candidate.js';

/**
 * The one loop of the "add reports" passes (agent reports, agentless reports, retractions,
 * attitudes, mistagged verbs, "the view of", accusations, …). A pass is a finder, a pure function
 * that proposes candidates in text order, and the rules for what blocks a proposal; `addReports`
 * checks each proposal against the spans the candidates hold (a sorted index, `SpanIndex`), merges
 * it into the candidate it is the same report as, or adds it after all the candidates (cue-less
 * continuations name candidates by index, so new ones go after them all).
 */

/** Parts of a candidate, as bits. */
export const CUE = 1;
export const SOURCE = 2;
export const CONTENT = 4;
/** The content of a quotation's candidate (kind direct or mixed): the quoted speaker's words. */
export const QUOTED = 8;
export const ALL_PARTS = CUE | SOURCE | CONTENT;

/** Calls `visit` on each part of `candidate` that `parts` names. */
export function forEachPart(
  candidate: AttributionCandidate,
  parts: number,
  visit: (span: Span) => void,
): void {
  if (parts & CUE && candidate.cue !== null) visit(candidate.cue);
  if (parts & SOURCE && candidate.source !== null) visit(candidate.source);
  if (parts & CONTENT || (parts & QUOTED && candidate.kind !== 'indirect'))
    for (const piece of candidate.content) visit(piece);
}

/**
 * Spans with an owner (a candidate's index), sorted by start with the running maximum of their
 * ends: whether any overlaps a span is one binary search.
 */
export class SpanIndex {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly owners: number[] = [];
  /** maxEnd[i]: the largest end among entries 0..i. */
  private readonly maxEnd: number[] = [];

  /** The index of the spans `collect` gives (built at once: one sort). */
  static of(collect: (add: (span: Span, owner: number) => void) => void): SpanIndex {
    const spans: Span[] = [];
    const owners: number[] = [];
    collect((span, owner) => {
      spans.push(span);
      owners.push(owner);
    });
    const order = spans.map((_, at) => at).sort((a, b) => spans[a]!.start - spans[b]!.start || a - b);
    const index = new SpanIndex();
    let max = -Infinity;
    for (const at of order) {
      const span = spans[at]!;
      index.starts.push(span.start);
      index.ends.push(span.end);
      index.owners.push(owners[at]!);
      max = Math.max(max, span.end);
      index.maxEnd.push(max);
    }
    return index;
  }

  get size(): number {
    return this.starts.length;
  }

  /** How many entries start before `limit` (or at it, with `orAt`). */
  private countBefore(limit: number, orAt: boolean): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = this.starts[middle]!;
      if (start < limit || (orAt && start === limit)) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private refresh(from: number): void {
    let max = from > 0 ? this.maxEnd[from - 1]! : -Infinity;
    for (let at = from; at < this.starts.length; at += 1) {
      max = Math.max(max, this.ends[at]!);
      this.maxEnd[at] = max;
    }
    this.maxEnd.length = this.starts.length;
  }

  add(span: Span, owner: number): void {
    const at = this.countBefore(span.start, true);
    this.starts.splice(at, 0, span.start);
    this.ends.splice(at, 0, span.end);
    this.owners.splice(at, 0, owner);
    this.maxEnd.splice(at, 0, 0);
    this.refresh(at);
  }

  /** Removes the entry of `owner` with exactly `span`'s bounds (one, if several). */
  remove(span: Span, owner: number): void {
    const from = this.countBefore(span.start, false);
    for (let at = from; at < this.starts.length && this.starts[at] === span.start; at += 1) {
      if (this.ends[at] !== span.end || this.owners[at] !== owner) continue;
      this.starts.splice(at, 1);
      this.ends.splice(at, 1);
      this.owners.splice(at, 1);
      this.maxEnd.splice(at, 1);
      this.refresh(at);
      return;
    }
  }

  /** Whether some entry overlaps `span` (shares a character: `spansOverlap`). */
  overlaps(span: Span): boolean {
    const count = this.countBefore(span.end, false);
    return count > 0 && this.maxEnd[count - 1]! > span.start;
  }

  /** The lowest owner of an entry that overlaps `span`, or -1. */
  firstOverlapping(span: Span): number {
    let first = -1;
    for (let at = this.countBefore(span.end, false) - 1; at >= 0 && this.maxEnd[at]! > span.start; at -= 1) {
      const owner = this.owners[at]!;
      if (this.ends[at]! > span.start && (first < 0 || owner < first)) first = owner;
    }
    return first;
  }
}

/**
 * What blocks a proposal: a span of its `checked` parts that overlaps a span of the `held` parts of
 * a candidate; `grows`: the parts of each proposal added that block the later ones too.
 */
export interface Guard {
  readonly held: number;
  readonly checked: number;
  readonly grows?: number;
}

export interface Proposal {
  readonly candidate: AttributionCandidate;
  /** The spans every guard checks, where not the candidate's parts. */
  readonly checked?: readonly Span[];
  /** The span that makes it the same report as a candidate whose cue overlaps it (default: its cue). */
  readonly same?: Span;
}

export interface ReportPass<P extends Proposal = Proposal> {
  /** Proposals in text order; pure (the candidates are only read). */
  readonly propose: (
    text: string,
    segments: Segments,
    candidates: readonly AttributionCandidate[],
  ) => Iterable<P>;
  readonly guards: readonly Guard[];
  /**
   * For a proposal found on a candidate's cue (the first such candidate): what that candidate
   * becomes, or null for it to stand; nothing is added either way. Without `merge` proposals are
   * only checked by the guards.
   */
  readonly merge?: (existing: AttributionCandidate, proposal: P) => AttributionCandidate | null;
}

/** The candidates, with the pass's proposals merged or added (see the module comment). */
export function addReports<P extends Proposal>(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
  pass: ReportPass<P>,
): AttributionCandidate[] {
  const result = [...candidates];
  const { guards, merge } = pass;
  // built at the first proposal: most passes propose nothing in most texts
  let held: SpanIndex[] | null = null;
  let cues: SpanIndex | null = null;
  const added: AttributionCandidate[] = [];
  for (const proposal of pass.propose(text, segments, candidates)) {
    const indexes = (held ??= guards.map((guard) =>
      SpanIndex.of((add) =>
        result.forEach((candidate, owner) => forEachPart(candidate, guard.held, (span) => add(span, owner))),
      ),
    ));
    if (merge !== undefined)
      cues ??= SpanIndex.of((add) =>
        result.forEach((candidate, owner) => {
          if (candidate.cue !== null) add(candidate.cue, owner);
        }),
      );
    const found = proposal.candidate;
    const sameSpan = proposal.same ?? found.cue;
    if (cues !== null && merge !== undefined && sameSpan !== null) {
      const same = cues.firstOverlapping(sameSpan);
      if (same >= 0) {
        const before = result[same]!;
        const after = merge(before, proposal);
        if (after !== null) {
          result[same] = after;
          guards.forEach((guard, at) => {
            const index = indexes[at]!;
            forEachPart(before, guard.held, (span) => index.remove(span, same));
            forEachPart(after, guard.held, (span) => index.add(span, same));
          });
          if (before.cue !== null) cues.remove(before.cue, same);
          if (after.cue !== null) cues.add(after.cue, same);
        }
        continue;
      }
    }
    let blocked = false;
    for (let at = 0; at < guards.length && !blocked; at += 1) {
      const index = indexes[at]!;
      if (index.size === 0) continue;
      if (proposal.checked !== undefined) blocked = proposal.checked.some((span) => index.overlaps(span));
      else
        forEachPart(found, guards[at]!.checked, (span) => {
          blocked ||= index.overlaps(span);
        });
    }
    if (blocked) continue;
    const owner = result.length + added.length;
    added.push(found);
    guards.forEach((guard, at) => {
      const index = indexes[at]!;
      if (guard.grows !== undefined) forEachPart(found, guard.grows, (span) => index.add(span, owner));
    });
  }
  return added.length === 0 ? result : [...result, ...added];
}

/** The candidates after each pass in turn. */
export function addReportsInTurn(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
  passes: readonly ReportPass[],
): AttributionCandidate[] {
  let result = [...candidates];
  for (const pass of passes) result = addReports(text, segments, result, pass);
  return result;
}
