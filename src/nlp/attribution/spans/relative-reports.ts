import type { Segments, Span, Token } from '../../../model/index.js';
import { DependencyTree } from '../../grammar/index.js';
import { lexicographerFileOf, NOUN_COGNITION, NOUN_COMMUNICATION, synsetsOf } from '../../events/wordnet.js';
import type { AttributionCandidate } from '../candidate.js';
import { CUE, SOURCE, type Proposal, type ReportPass } from './add-reports.js';
import { reportingVerb } from './reporting-predicate.js';

/**
 * A report made inside a relative clause on the message that carries it:
 *
 *   The agency released a report that warns the river will flood.
 *   The union put out a statement which says the strike is over.
 *
 * Read from the parse: a verb in a relative clause (`acl:relcl`) on a noun whose most frequent
 * WordNet senses name a message or a thought (noun.communication or noun.cognition: report,
 * statement, letter, study), with the relative pronoun ("that", "which") as its subject, a verb that
 * reports with a that-clause by WordNet (`reportingVerb`), and a clause complement after it (or a
 * small clause: "a statement that declares the strike over") that opens with no question word ("a
 * film that shows how the mine was built" names a topic). Cue: the verb; source: the noun phrase up
 * to the relative pronoun, without a preposition before it ("backed by [recent research] which
 * suggests …"); content: the clause. The learned finder reads such a sentence as "released a report
 * that warns | The agency | …" or leaves the clause to the noun; the proposal takes the place of a
 * candidate whose cue it overlaps (one that quotes stands).
 */

const NOUN_SENSES = 2;
const RELATIVE = /^(?:that|which)$/iu;
const QUESTION = /^(?:how|what|why|where|when|who|whom|whose|which|whether|if)$/iu;

function messageNoun(token: Token): boolean {
  if (token.pos !== 'NOUN') return false;
  return synsetsOf(token.lemma.toLowerCase(), 'noun')
    .slice(0, NOUN_SENSES)
    .some((offset) => {
      const file = lexicographerFileOf(offset, 'noun');
      return file === NOUN_COMMUNICATION || file === NOUN_COGNITION;
    });
}

function spanOf(tokens: readonly Token[], first: number, last: number): Span {
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}

/**
 * The first and last token of the verb's clause complement: a clause ("warns [the river will
 * flood]"), a small clause with its own subject ("declares [the strike illegal]"), or an object and
 * the adjective or particle said of it ("declares [the strike over]"); null when there is none
 * (an infinitive is none).
 */
function complementOf(tree: DependencyTree, verb: number): [number, number] | null {
  const tokens = tree.tokens;
  const clause = tree.dependent(verb, 'ccomp');
  if (clause > verb) return [tree.subtreeStart(clause), tree.subtreeEnd(clause)];
  const small = tree.dependent(verb, 'xcomp');
  if (small > verb && tree.dependent(small, 'nsubj') >= 0 && tree.dependent(small, 'mark') < 0)
    return [tree.subtreeStart(small), tree.subtreeEnd(small)];
  const object = tree.dependent(verb, 'obj');
  if (object < verb) return null;
  const after = tree.subtreeEnd(object) + 1;
  const predicate = tokens[after];
  if (
    predicate !== undefined &&
    predicate.head === verb &&
    /^(?:advmod|xcomp)$/u.test(predicate.dep) &&
    (predicate.pos === 'ADJ' || predicate.pos === 'ADP')
  )
    return [tree.subtreeStart(object), tree.subtreeEnd(after)];
  return null;
}

/** The relative-clause report at `verb` (see above), with the span from its noun to the verb, or null. */
export function relativeReport(
  text: string,
  tree: DependencyTree,
  verb: number,
): { candidate: AttributionCandidate; same: Span } | null {
  const tokens = tree.tokens;
  const token = tokens[verb] as Token;
  if (token.pos !== 'VERB' || token.dep !== 'acl:relcl') return null;
  const noun = token.head;
  const nounToken = tokens[noun];
  if (nounToken === undefined || noun >= verb || !messageNoun(nounToken)) return null;
  const pronoun = tree.dependent(verb, 'nsubj');
  const pronounToken = tokens[pronoun];
  if (
    pronounToken === undefined ||
    pronoun <= noun ||
    pronoun >= verb ||
    pronounToken.pos !== 'PRON' ||
    !RELATIVE.test(text.slice(pronounToken.start, pronounToken.end))
  )
    return null;
  const found = reportingVerb(text.slice(token.start, token.end));
  if (!found.clause || !(found.communication || found.cognition)) return null;
  const span = complementOf(tree, verb);
  if (span === null) return null;
  const [first, end] = span;
  let last = end;
  while (last > first && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
  if (first <= verb) return null;
  // "a documentary which shows [how the mine was built]": a topic shown, no proposition
  const opener = tokens[first] as Token;
  if (QUESTION.test(text.slice(opener.start, opener.end))) return null;
  let sourceEnd = pronoun - 1;
  while (sourceEnd > noun && (tokens[sourceEnd] as Token).pos === 'PUNCT') sourceEnd -= 1;
  // "backed by [recent research] which suggests …": not the preposition the noun phrase hangs from
  let sourceStart = tree.subtreeStart(noun);
  while (sourceStart < noun && /^(?:case|cc|punct|mark)$/u.test((tokens[sourceStart] as Token).dep))
    sourceStart += 1;
  return {
    candidate: {
      kind: 'indirect',
      cue: spanOf(tokens, verb, verb),
      source: spanOf(tokens, sourceStart, sourceEnd),
      content: [spanOf(tokens, first, last)],
    },
    same: spanOf(tokens, noun, verb),
  };
}

function* relativeReportProposals(text: string, segments: Segments): Generator<Proposal> {
  const tokens = segments.tokens;
  if (tokens.length === 0) return;
  const tree = new DependencyTree(tokens);
  for (let verb = 0; verb < tokens.length; verb += 1) {
    if ((tokens[verb] as Token).dep !== 'acl:relcl') continue;
    const found = relativeReport(text, tree, verb);
    if (found !== null) yield found;
  }
}

/**
 * A candidate whose cue overlaps the noun-to-verb stretch becomes the proposal unless it quotes; a
 * new one is blocked by a cue or a source that overlaps its cue.
 */
export const RELATIVE_REPORTS: ReportPass = {
  propose: relativeReportProposals,
  guards: [{ held: CUE | SOURCE, checked: CUE, grows: CUE }],
  merge: (existing, proposal) => (existing.kind === 'indirect' ? proposal.candidate : null),
};
