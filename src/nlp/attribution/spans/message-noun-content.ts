import type { Segments, Span, Token } from '../../../model/index.js';
import { DependencyTree, relationIs } from '../../grammar/index.js';
import type { AttributionCandidate } from '../candidate.js';
import { tokenAt } from '../../names/token-index.js';
import {
  baseFormOf,
  lexicographerFileOf,
  NOUN_COGNITION,
  NOUN_COMMUNICATION,
  NOUN_FEELING,
  synsetsOf,
} from '../../events/wordnet.js';

/**
 * "The firm reiterated its insistence that the plant would stay open": what was said is the clause
 * the message noun carries, not the noun (issue 10). When a verb cue's object is a noun whose first
 * WordNet sense is a message, an idea or a feeling ("insistence", "claim", "view", "belief",
 * "fear"), opening with a possessive and with only adjectives after it, and a that-clause follows
 * it at once (hung by the parse on the noun or on the verb), the noun phrase joins the cue ("reiterated
 * its insistence", as "expressed concern" is one cue) and the content starts at "that".
 */

const MESSAGE_FILES: ReadonlySet<number> = new Set([NOUN_COMMUNICATION, NOUN_COGNITION, NOUN_FEELING]);
const MODIFIERS = /^(?:det|nmod:poss|amod)$/u;

function messageNoun(word: string): boolean {
  const lemma = baseFormOf(word.toLowerCase(), 'noun');
  const first = lemma === null ? undefined : synsetsOf(lemma, 'noun')[0];
  return first !== undefined && MESSAGE_FILES.has(lexicographerFileOf(first, 'noun'));
}

/** The cue and content of a candidate whose content opens with a message noun before its that-clause, or null. */
function moved(
  text: string,
  tokens: readonly Token[],
  tree: DependencyTree,
  candidate: AttributionCandidate,
): AttributionCandidate | null {
  const cue = candidate.cue;
  const piece = candidate.content[0];
  if (candidate.kind !== 'indirect' || cue === null || piece === undefined || candidate.content.length !== 1)
    return null;
  if (piece.start < cue.end) return null;
  const verb = tokenAt(tokens, cue.end - 1);
  const verbToken = tokens[verb];
  if (verbToken === undefined || verbToken.pos !== 'VERB' || verbToken.end !== cue.end) return null;
  const first = tokenAt(tokens, piece.start);
  if (first !== verb + 1) return null;
  const noun = tree.dependent(verb, 'obj');
  const nounToken = tokens[noun];
  if (nounToken === undefined || nounToken.pos !== 'NOUN' || noun < first) return null;
  // only a possessive and adjectives before the noun, the possessive first: the speaker's own
  // message restated ("reiterated [its insistence]"); another's message denied keeps its noun in the
  // content ("rejected [allegations that …]", "denied [the claim that …]")
  if (!relationIs((tokens[first] as Token).dep, 'nmod:poss') || (tokens[first] as Token).head !== noun)
    return null;
  for (let at = first; at < noun; at += 1) {
    const token = tokens[at] as Token;
    if (token.head !== noun || !MODIFIERS.test(token.dep)) return null;
  }
  if (!messageNoun(nounToken.lemma || text.slice(nounToken.start, nounToken.end))) return null;
  const mark = tokens[noun + 1];
  if (mark === undefined || !/^that$/iu.test(text.slice(mark.start, mark.end)) || mark.end > piece.end)
    return null;
  const clause = mark.head;
  const clauseToken = tokens[clause];
  if (
    clauseToken === undefined ||
    !relationIs(mark.dep, 'mark') ||
    !(
      (clauseToken.head === verb && relationIs(clauseToken.dep, 'ccomp')) ||
      (clauseToken.head === noun && /^(?:acl|ccomp)/u.test(clauseToken.dep))
    )
  )
    return null;
  const newCue: Span = { start: cue.start, end: nounToken.end };
  const content: Span = { start: mark.start, end: piece.end };
  return { ...candidate, cue: newCue, content: [content] };
}

/** The candidates with a message noun's that-clause as their content (see above). */
export function contentAfterMessageNoun(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  let tree: DependencyTree | null = null;
  return candidates.map((candidate) => {
    if (candidate.kind !== 'indirect' || candidate.cue === null) return candidate;
    tree ??= new DependencyTree(segments.tokens);
    return moved(text, segments.tokens, tree, candidate) ?? candidate;
  });
}
