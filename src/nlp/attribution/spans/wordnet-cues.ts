import type { Segments, Span, Token } from '../../../model/index.js';
import { spansOverlap } from '../../../model/span.js';
import { DependencyTree, isPassive, speechContent, speechSource } from '../../grammar/index.js';
import type { AttributionCandidate } from '../candidate.js';
import { personNoun, roleNoun } from '../../lexicon/index.js';
import { reportingVerb } from './reporting-predicate.js';

/**
 * Cues the learned tagger missed, found from WordNet and the parse: a verb whose frequent senses
 * include verb.communication and that takes a that-clause (frame 26, "Somebody ----s that
 * CLAUSE"), not an infinitive under another verb ("declined to reveal …") nor negated, with a subject (or a `by` agent) and a clausal complement of its own. "The senator
 * conceded the bill had stalled", "Aides cautioned that talks were fragile": cue = the verb, source
 * = the subject's phrase, content = the complement clause. PolNeAR's annotators marked such
 * phrasings in dev that never occur in train ("has championed an agenda of" does not qualify: no
 * clause). A verb already inside a found cue, source or content adds nothing.
 */

function span(tokens: readonly Token[], first: number, last: number): Span {
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}

/** A subject that is a person: a name, a personal pronoun, a noun for a person ("the senator"). */
function isPerson(text: string, token: Token): boolean {
  const word = text.slice(token.start, token.end).toLowerCase();
  if (token.pos === 'PROPN') return true;
  if (token.pos === 'PRON') return /^(?:he|she|they|i|we|you|who)$/u.test(word);
  return personNoun(word) !== undefined || roleNoun(word) !== undefined;
}

/**
 * The first token of the cue: auxiliaries and adverbs right before the verb belong to it, as
 * PolNeAR's annotators mark them ("has also contended", "apparently believed").
 */
function cueStart(tree: DependencyTree, verb: number): number {
  const tokens = tree.tokens;
  let first = verb;
  while (first > 0) {
    const before = tokens[first - 1] as Token;
    if (before.head !== verb || (before.dep !== 'aux' && before.dep !== 'advmod')) break;
    first -= 1;
  }
  return first;
}

export function addWordNetCues(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  const tokens = segments.tokens;
  if (tokens.length === 0) return [...candidates];
  const tree = new DependencyTree(tokens);
  const taken: Span[] = [];
  for (const candidate of candidates) {
    if (candidate.cue !== null) taken.push(candidate.cue);
    if (candidate.source !== null) taken.push(candidate.source);
  }
  const result = [...candidates];
  for (let verb = 0; verb < tokens.length; verb += 1) {
    const token = tokens[verb] as Token;
    if (token.pos !== 'VERB') continue;
    const word = reportingVerb(token.lemma || text.slice(token.start, token.end));
    // speech, not thought or perception ("ensure", "hear"): a frequent communication sense; or a
    // rarer sense that reports ("maintained the film would win") with a person as the subject
    const reports = word.clause && word.communication;
    if (!reports && word.rareClause !== true && !(word.clause && word.cognition)) continue;
    // "declined to reveal who …", "no one could predict what …": not a report
    if (isPassive(tree, verb) || token.dep.startsWith('xcomp') || tree.dependent(verb, 'neg') >= 0) continue;
    const complement = tree.dependent(verb, 'ccomp');
    if (complement < 0 || complement < verb) continue;
    if (speechContent(tree, verb) !== complement) continue;
    const subject = speechSource(tree, verb);
    if (subject < 0 || /^(?:one|nobody|noone|none)$/iu.test((tokens[subject] as Token).lemma)) continue;
    if (!reports && !isPerson(text, tokens[subject] as Token)) continue;
    const cue = span(tokens, cueStart(tree, verb), verb);
    if (taken.some((other) => spansOverlap(other, cue))) continue;
    if (result.some((candidate) => candidate.content.some((piece) => spansOverlap(piece, cue)))) continue;
    const source = span(tokens, tree.subtreeStart(subject), tree.subtreeEnd(subject));
    if (source.end > cue.start) continue;
    let first = tree.subtreeStart(complement);
    // "that" opens the clause but is not what was said
    if ((tokens[first] as Token).dep === 'mark' && first < complement) first += 1;
    let last = tree.subtreeEnd(complement);
    while (last > first && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
    if (last <= first) continue;
    result.push({ kind: 'indirect', cue, source, content: [span(tokens, first, last)] });
    taken.push(cue, source);
  }
  return result;
}
