import type { Segments, Span, Token } from '../../../model/index.js';
import type { AttributionCandidate } from '../candidate.js';
import { DENY_CUE, isDecline, QUESTION_CUE } from '../complete/words.js';
import { keepCandidates } from './keep-candidates.js';
import { tokenRange } from './predicate-filter.js';

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

const CLAUSE_DEPENDENT = /^(?:nsubj|csubj|expl|cop|aux|mark)(?::|$)/u;
const QUOTE_MARK = /["“”‘’]|(?:^|\s)'|'(?:\s|$)/u;

/**
 * Whether a content is a plain noun phrase: one piece, no quotation mark, one root that is a noun or
 * a pronoun, and no clause in it: no subject, "there", copula, auxiliary or subordinator ("the
 * importance of keeping rates low"; not "concern that the plant would close", "that there may be cuts").
 */
function plainNounPhrase(text: string, segments: Segments, content: readonly Span[]): boolean {
  if (content.length !== 1) return false;
  const piece = content[0] as Span;
  if (QUOTE_MARK.test(text.slice(piece.start, piece.end))) return false;
  const [first, end] = tokenRange(segments, piece);
  if (end <= first) return false;
  const tokens = segments.tokens;
  const roots: Token[] = [];
  for (let at = first; at < end; at += 1) {
    const token = tokens[at] as Token;
    if (token.pos === 'PUNCT') continue;
    if (token.head < first || token.head >= end) roots.push(token);
    // a clause's marks: a subject, "there", a copula, an auxiliary, "that" ("that there may be cuts")
    if (CLAUSE_DEPENDENT.test(token.dep) && token.head >= first && token.head < end) return false;
  }
  return roots.length === 1 && ['NOUN', 'PROPN', 'PRON'].includes((roots[0] as Token).pos);
}

/** The index of the sentence that holds a position, or -1. */
function sentenceAt(segments: Segments, position: number): number {
  return segments.sentences.findIndex((sentence) => sentence.start <= position && position < sentence.end);
}

/**
 * A framing verb's noun phrase beside a report of the same source in the same sentence is the frame
 * of that report, no second one: in "The bank stressed the importance of low inflation and said
 * rates would stay on hold" and "The minister underlined her commitment to the project, saying the
 * money would be found" the words reported are the clause's; "stressed the importance of …" and
 * "underlined her commitment to …" give no words. A denial ("denied the charges and said …"), a
 * question and a decline keep their noun phrase: their stance is the report.
 */
export function dropFramedDuplicates(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  if (segments.tokens.length === 0 || candidates.length < 2) return [...candidates];
  const plain = candidates.map(
    (candidate) =>
      candidate.kind === 'indirect' &&
      candidate.cue !== null &&
      candidate.source !== null &&
      plainNounPhrase(text, segments, candidate.content),
  );
  if (!plain.includes(true)) return [...candidates];
  const kept = candidates.map((candidate, own) => {
    if (!plain[own]) return true;
    const cue = candidate.cue as Span;
    const cueText = text.slice(cue.start, cue.end);
    const first = candidate.content[0] as Span;
    if (
      DENY_CUE.test(cueText) ||
      QUESTION_CUE.test(cueText) ||
      isDecline(cueText, text.slice(first.start, first.end))
    )
      return true;
    const sentence = sentenceAt(segments, cue.start);
    if (sentence < 0) return true;
    return !candidates.some(
      (other, index) =>
        index !== own &&
        !plain[index] &&
        other.cue !== null &&
        other.content.length > 0 &&
        !sameSpan(other.cue, cue) &&
        sameSpan(other.source, candidate.source) &&
        sentenceAt(segments, other.cue.start) === sentence,
    );
  });
  return keepCandidates(candidates, kept);
}
