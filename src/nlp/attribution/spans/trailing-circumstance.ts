import type { Segments, Span, Token } from '../../../model/index.js';
import type { AttributionCandidate } from '../candidate.js';
import { tokenRange } from './predicate-filter.js';
import { reportingVerb } from './reporting-predicate.js';

/**
 * The writer's circumstance after a report whose words come first:
 *
 *   The bridge will reopen in May, the mayor said on Friday, as she toured the site.
 *
 * The reported clause is the fronted one; "on Friday, as she toured the site" tells when and how the
 * mayor spoke. A piece of content after the cue of a report that already has a piece before it is
 * dropped when, on the parse, it is made only of adjuncts of the cue's verb (`obl`, `advmod`,
 * `advcl`: a time, a place, an "as"/"while"/"after" clause) and holds no quotation mark, no
 * "that" and no verb of speech of its own ("…, adding that costs rose" is kept: a second report),
 * and does not open with a participle ("…, the paper said, including speeches and meetings" goes
 * on with the report). The piece before the cue must hold a verb: "By contrast, says Mr Cox, …"
 * fronts no clause.
 */

const ADJUNCT = /^(?:obl|advmod|advcl|nmod:tmod|punct)(?::|$)/u;
const QUOTE_MARK = /["“”‘’«»]/u;

/** The cue's verb: its one token whose head lies outside the cue, when that token is a verb. */
function cueVerb(segments: Segments, cue: Span): number {
  const [first, end] = tokenRange(segments, cue);
  for (let position = first; position < end; position += 1) {
    const token = segments.tokens[position] as Token;
    if (token.head < first || token.head >= end) return token.pos === 'VERB' ? position : -1;
  }
  return -1;
}

/** Whether the piece after the cue is only circumstance of the cue's verb (see above). */
export function circumstanceOfCue(text: string, segments: Segments, piece: Span, verb: number): boolean {
  if (QUOTE_MARK.test(text.slice(piece.start, piece.end))) return false;
  const [first, end] = tokenRange(segments, piece);
  if (first >= end) return false;
  // "…, the paper said, including speeches and meetings": a participle goes on with the report
  const opening = segments.tokens[first] as Token;
  if (/ing$/iu.test(text.slice(opening.start, opening.end))) return false;
  let attached = 0;
  for (let position = first; position < end; position += 1) {
    const token = segments.tokens[position] as Token;
    const word = text.slice(token.start, token.end).toLowerCase();
    if (word === 'that') return false;
    if (token.pos === 'VERB' && reportingVerb(token.lemma || word).communication) return false;
    if (token.head >= first && token.head < end) continue;
    if (token.head !== verb || !ADJUNCT.test(token.dep)) return false;
    if (token.dep !== 'punct') attached += 1;
  }
  return attached > 0;
}

function holdsVerb(segments: Segments, piece: Span): boolean {
  const [first, end] = tokenRange(segments, piece);
  for (let position = first; position < end; position += 1) {
    const pos = (segments.tokens[position] as Token).pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

export function dropTrailingCircumstance(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  return candidates.map((candidate) => {
    const cue = candidate.cue;
    if (cue === null || candidate.kind !== 'indirect' || candidate.content.length < 2) return candidate;
    // the fronted piece must be a clause ("The road will reopen, …"), not a phrase ("By contrast, …")
    if (!candidate.content.some((piece) => piece.end <= cue.start && holdsVerb(segments, piece)))
      return candidate;
    const verb = cueVerb(segments, cue);
    if (verb < 0) return candidate;
    const kept = candidate.content.filter(
      (piece) => piece.start < cue.end || !circumstanceOfCue(text, segments, piece, verb),
    );
    return kept.length === candidate.content.length ? candidate : { ...candidate, content: kept };
  });
}
