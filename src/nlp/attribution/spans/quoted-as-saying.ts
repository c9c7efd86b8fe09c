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

/**
 * "Mr Lind was quoted as saying the plant would close": a report the span finder misses when the
 * content is reported speech, not a quotation. A passive verb of speech ("quoted", "reported"),
 * "as", a participle of speech with a clausal complement after it, and a passive subject before the
 * verb: cue = "was quoted as saying", source = the subject's phrase, content = the complement
 * ("that" left out). Nothing is added where a candidate's cue or content already holds the verb.
 */
export function addQuotedAsSaying(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  const tokens = segments.tokens;
  if (tokens.length === 0) return [...candidates];
  const tree = new DependencyTree(tokens);
  const word = (at: number): string => {
    const token = tokens[at] as Token;
    return text.slice(token.start, token.end);
  };
  const added: AttributionCandidate[] = [];
  for (let verb = 1; verb + 3 < tokens.length; verb += 1) {
    const participle = verb + 2;
    const token = tokens[verb] as Token;
    if (
      token.pos !== 'VERB' ||
      word(verb + 1).toLowerCase() !== 'as' ||
      !/^\p{Ll}+ing$/u.test(word(participle)) ||
      !isPassive(tree, verb) ||
      !reportingVerb((tokens[participle] as Token).lemma || word(participle)).communication ||
      !reportingVerb(token.lemma || word(verb)).communication
    )
      continue;
    const complement = tree.dependent(participle, 'ccomp');
    const subject = passiveSubject(tree, verb);
    if (complement < participle || subject < 0 || subject > verb) continue;
    let first = tree.subtreeStart(complement);
    if (first <= participle) continue;
    if (word(first).toLowerCase() === 'that') first += 1;
    let last = tree.subtreeEnd(complement);
    while (last > first && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
    if (last <= first || /^["“”‘’']/u.test(word(first))) continue;
    let cueFirst = verb;
    while (cueFirst > subject + 1 && (tokens[cueFirst - 1] as Token).head === verb) cueFirst -= 1;
    const cue: Span = { start: (tokens[cueFirst] as Token).start, end: (tokens[participle] as Token).end };
    const holds = (span: Span): boolean => span.start < cue.end && cue.start < span.end;
    if (
      candidates.some(
        (candidate) => (candidate.cue !== null && holds(candidate.cue)) || candidate.content.some(holds),
      )
    )
      continue;
    const source: Span = {
      start: (tokens[tree.subtreeStart(subject)] as Token).start,
      end: (tokens[Math.min(tree.subtreeEnd(subject), cueFirst - 1)] as Token).end,
    };
    added.push({
      kind: 'indirect',
      cue,
      source,
      content: [{ start: (tokens[first] as Token).start, end: (tokens[last] as Token).end }],
    });
  }
  return added.length === 0 ? [...candidates] : [...candidates, ...added];
}
