import type { Segments, Span, Token } from '../../../model/index.js';
import { DependencyTree, isPassive } from '../../grammar/index.js';
import { tokenAt } from '../../names/token-index.js';
import type { AttributionCandidate } from '../candidate.js';
import { passiveSubject } from './accusations.js';
import { reportingVerb } from './reporting-predicate.js';

/**
 * "“The bridge must be rebuilt,” Mark Olsen was quoted as saying by the agency": the cue is the
 * whole "was quoted as saying" (a passive verb of speech followed by "as" and a participle that
 * reports), and the one quoted is the passive subject, not the agency that quoted him. A candidate
 * whose cue stops at the passive verb gets the cue up to the participle and, when it has no source,
 * the passive subject's phrase.
 */
export function repairQuotedAsSaying(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  const tokens = segments.tokens;
  if (tokens.length === 0) return [...candidates];
  let tree: DependencyTree | null = null;
  const word = (at: number): string => {
    const token = tokens[at] as Token;
    return text.slice(token.start, token.end);
  };
  return candidates.map((candidate) => {
    const cue = candidate.cue;
    if (cue === null) return candidate;
    let verb = -1;
    for (let at = tokenAt(tokens, cue.start); at >= 0 && at < tokens.length; at += 1) {
      const token = tokens[at] as Token;
      if (token.start >= cue.end) break;
      if (token.pos === 'VERB') verb = at;
    }
    if (verb < 0 || verb + 2 >= tokens.length) return candidate;
    const participle = verb + 2;
    if (
      word(verb + 1).toLowerCase() !== 'as' ||
      !/^\p{Ll}+ing$/u.test(word(participle)) ||
      !reportingVerb((tokens[participle] as Token).lemma || word(participle)).communication ||
      !reportingVerb((tokens[verb] as Token).lemma || word(verb)).communication
    )
      return candidate;
    tree ??= new DependencyTree(tokens);
    if (!isPassive(tree, verb)) return candidate;
    const subject = passiveSubject(tree, verb);
    const extended: Span = { start: cue.start, end: Math.max(cue.end, (tokens[participle] as Token).end) };
    if (candidate.source !== null || subject < 0 || subject > verb) return { ...candidate, cue: extended };
    const source: Span = {
      start: (tokens[tree.subtreeStart(subject)] as Token).start,
      end: (tokens[Math.min(tree.subtreeEnd(subject), verb - 1)] as Token).end,
    };
    if (candidate.content.some((piece) => piece.start < source.end && source.start < piece.end))
      return { ...candidate, cue: extended };
    return { ...candidate, cue: extended, source };
  });
}
