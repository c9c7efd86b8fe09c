import type { Segments, Span, Token } from '../../../model/index.js';
import { DependencyTree } from '../../grammar/index.js';
import type { AttributionCandidate } from '../candidate.js';
import { REFLEXIVES, tokenRange } from './predicate-filter.js';
import { reportingVerb } from './reporting-predicate.js';

/**
 * A source that names itself:
 *
 *   A group calling itself Grey Wolf said on its website that it had planted the device.
 *
 * The parser often makes the participle the root and the rest its object, so the span finder takes
 * "calling itself" as the cue and the report as its content. The report is the verb of speech
 * after the name: cue = that verb, source = the words from the source's start to the end of the
 * verb's subject ("A group calling itself Grey Wolf"), content = the verb's clausal complement.
 * A candidate with no such verb in its content is left as it is (the predicate filter drops a
 * reflexive naming).
 */
export function repairSelfNamedSources(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  const tokens = segments.tokens;
  let tree: DependencyTree | null = null;
  return candidates.map((candidate) => {
    if (candidate.cue === null || candidate.content.length !== 1) return candidate;
    // (the cue's words first: most cues are no participle with a reflexive)
    if (!PARTICIPLE_AND_REFLEXIVE.test(text.slice(candidate.cue.start, candidate.cue.start + 40)))
      return candidate;
    const participle = tokenRange(segments, candidate.cue)[0];
    const reflexive = tokens[participle + 1];
    if (
      tokens[participle] === undefined ||
      reflexive === undefined ||
      !/ing$/iu.test(text.slice(tokens[participle]!.start, tokens[participle]!.end)) ||
      !REFLEXIVES.test(text.slice(reflexive.start, reflexive.end))
    )
      return candidate;
    tree ??= new DependencyTree(tokens);
    const report = reportAfterName(text, segments, tree, candidate.content[0]!, participle + 2);
    if (report === null) return candidate;
    const sourceStart = candidate.source?.start ?? tokens[participle]!.start;
    return {
      kind: 'indirect',
      cue: { start: tokens[report.verb]!.start, end: tokens[report.verb]!.end },
      source: {
        start: Math.min(sourceStart, tokens[participle]!.start),
        end: tokens[report.subjectEnd]!.end,
      },
      content: [{ start: tokens[report.first]!.start, end: tokens[report.last]!.end }],
    };
  });
}

const PARTICIPLE_AND_REFLEXIVE = /^\p{L}+ing\s+(?:it|him|her|them|one|my|our|your)sel(?:f|ves)\b/iu;

/**
 * The first verb of speech in the span with a clause after it and its subject before it: the
 * parse's, or, where the parser hung the name elsewhere, the capitalised words from `name` (after
 * the reflexive) up to the verb.
 */
function reportAfterName(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  span: Span,
  name: number,
): { verb: number; subjectEnd: number; first: number; last: number } | null {
  const tokens = tree.tokens;
  const [start, end] = tokenRange(segments, span);
  for (let verb = start; verb < end; verb += 1) {
    const token = tokens[verb]!;
    if (token.start < span.start) continue;
    if (token.end > span.end) break;
    if (token.pos !== 'VERB') continue;
    const word = reportingVerb(token.lemma || text.slice(token.start, token.end));
    if (!word.communication || !word.clause) continue;
    const complement = tree.dependent(verb, 'ccomp');
    if (complement < verb) continue;
    let subject = tree.dependent(verb, 'nsubj');
    if (subject < 0 && verb > name && capitalisedWords(text, tokens, name, verb)) subject = verb - 1;
    if (subject < 0 || subject > verb || tokens[subject]!.start < span.start) continue;
    let first = tree.subtreeStart(complement);
    while (first < complement && (tokens[first]!.dep === 'mark' || tokens[first]!.pos === 'PUNCT'))
      first += 1;
    let last = tree.subtreeEnd(complement);
    while (last > first && tokens[last]!.pos === 'PUNCT') last -= 1;
    if (tokens[last]!.end > span.end) continue;
    return { verb, subjectEnd: Math.min(tree.subtreeEnd(subject), verb - 1), first, last };
  }
  return null;
}

function capitalisedWords(text: string, tokens: readonly Token[], first: number, end: number): boolean {
  for (let at = first; at < end; at += 1)
    if (!/^\p{Lu}/u.test(text.slice(tokens[at]!.start, tokens[at]!.end))) return false;
  return true;
}
