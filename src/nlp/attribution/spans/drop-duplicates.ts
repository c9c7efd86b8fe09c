import type { Span } from '../../../model/index.js';
import type { AttributionCandidate } from '../candidate.js';
import { keepCandidates } from './keep-candidates.js';

/**
 * One stretch of quoted text, one record. A cue-less quotation whose words already lie inside another
 * candidate's content is a second copy of them:
 *
 *   Mr Hale told MPs: “These are twelve pages of law. “That is why we need to scrutinise them.”
 *
 * the quotation rules give the whole, the paragraph rule gives “That is why …” again; the copy goes,
 * and what continued it continues the candidate that holds it. A cue-less paragraph that holds
 * another candidate's cue and all its quoted words is the paragraph rule's copy of it and goes too
 * ("“I said it,” continued Hale. “Thanks.”" as one cue-less quotation and as the quotations of
 * "continued"). A candidate with the same cue and the same content as an earlier one goes too, and so
 * does one whose source and content another candidate has with its cue between them ("signed a
 * letter [saying] …": the nearer cue's).
 */

function inside(piece: Span, holder: Span): boolean {
  return holder.start <= piece.start && piece.end <= holder.end;
}

function sameSpan(left: Span | null, right: Span | null): boolean {
  if (left === null || right === null) return left === right;
  return left.start === right.start && left.end === right.end;
}

/** The index of the candidate whose content holds all of `candidate`'s, or -1. */
function holderOf(candidates: readonly AttributionCandidate[], own: number): number {
  const candidate = candidates[own] as AttributionCandidate;
  for (let other = 0; other < candidates.length; other += 1) {
    if (other === own) continue;
    const holder = candidates[other] as AttributionCandidate;
    if (candidate.cue !== null) {
      // an exact repeat of an earlier candidate
      if (
        other < own &&
        sameSpan(holder.cue, candidate.cue) &&
        holder.content.length === candidate.content.length &&
        holder.content.every((span, nth) => sameSpan(span, candidate.content[nth] ?? null))
      )
        return other;
      // "have signed a letter saying [the plan is unsafe]": the same source and the same words
      // given to a verb and to the report that stands between it and those words; the nearer
      // report says them, the verb before it is what was done with the message
      const cue = candidate.cue;
      const first = candidate.content[0];
      if (
        holder.cue !== null &&
        first !== undefined &&
        cue.end <= holder.cue.start &&
        holder.cue.end <= first.start &&
        sameSpan(holder.source, candidate.source) &&
        holder.content.length === candidate.content.length &&
        holder.content.every((span, nth) => sameSpan(span, candidate.content[nth] ?? null))
      )
        return other;
      continue;
    }
    if (holder.content.length === 0) continue;
    // a cue-less paragraph that holds another's cue with its quotation ("“I said it,” continued
    // Hale, grinning. “Thanks.”"): the paragraph rule's rough copy of that attribution
    const cue = holder.cue;
    if (
      cue !== null &&
      candidate.content.some((piece) => inside(cue, piece)) &&
      holder.content.every((span) => candidate.content.some((piece) => inside(span, piece)))
    )
      return other;
    // a cue-less paragraph that opens with a quotation another candidate already holds, run on into
    // the writer's words after it (“We are ready.” The coach left the pitch.): the paragraph rule's copy
    if (
      candidate.content.length === 1 &&
      holder.content.some(
        (span) =>
          span.start === (candidate.content[0] as Span).start &&
          span.end < (candidate.content[0] as Span).end,
      )
    )
      return other;
    const holds = candidate.content.every((piece) => holder.content.some((span) => inside(piece, span)));
    // two cue-less copies of one text: the earlier stays
    if (holds && (holder.cue !== null || other < own)) return other;
  }
  return -1;
}

/**
 * A quotation between two cues that both hold it is the earlier speaker's: in “…,” Gado said. “More.”
 * Said Porter: “…” the middle quotation goes on from Gado's, and Porter's cue opens the quotation after
 * it. The later candidate loses the piece that lies before its cue when the earlier one, whose cue
 * comes before that piece, holds the same piece and the later one keeps another.
 */
function withoutEarlierSpeakersPieces(candidates: readonly AttributionCandidate[]): AttributionCandidate[] {
  return candidates.map((candidate, own) => {
    const cue = candidate.cue;
    if (cue === null || candidate.content.length < 2) return candidate;
    const kept = candidate.content.filter(
      (piece) =>
        piece.end > cue.start ||
        !candidates.some(
          (other, index) =>
            index !== own &&
            other.cue !== null &&
            other.cue.end <= piece.start &&
            other.content.some((span) => sameSpan(span, piece)),
        ),
    );
    return kept.length === candidate.content.length || kept.length === 0
      ? candidate
      : { ...candidate, content: kept };
  });
}

export function dropDuplicates(found: readonly AttributionCandidate[]): AttributionCandidate[] {
  const candidates = withoutEarlierSpeakersPieces(found);
  const holders = candidates.map((_, own) => holderOf(candidates, own));
  const rooted = (index: number): number => {
    let at = index;
    for (let steps = 0; steps < candidates.length && (holders[at] as number) >= 0; steps += 1)
      at = holders[at] as number;
    return at;
  };
  const retargeted = candidates.map((candidate) =>
    candidate.continues === undefined ? candidate : { ...candidate, continues: rooted(candidate.continues) },
  );
  return keepCandidates(
    retargeted,
    holders.map((holder) => holder < 0),
  );
}
