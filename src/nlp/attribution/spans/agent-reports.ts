import type { Segments, Span, Token } from '../../../model/index.js';
import { DependencyTree, isPassive, relationIs } from '../../grammar/index.js';
import { baseFormOf, synsetsOf } from '../../events/wordnet.js';
import { hasHypernymWord } from '../../lexicon/hypernyms.js';
import type { AttributionCandidate } from '../candidate.js';
import { passiveSubject, verbGroupStart } from './accusations.js';
import { addReports, ALL_PARTS, CUE, QUOTED, SOURCE, type Proposal, type ReportPass } from './add-reports.js';
import { judgementSense, reportingVerb } from './reporting-predicate.js';

/**
 * Passive reports with a `by` agent, read from the parse: the agent speaks, never the subject.
 *
 * - a communication verb (WordNet, reporting-predicate.ts) with a clausal complement that has its
 *   own subject: "Anna Berg was told by the mayor that the bridge would close", "He was warned by
 *   police that his life was in danger" → cue "was told", source "the mayor", content the clause;
 * - a judgement verb (`judgementSense`): "The plan was criticised by unions as a betrayal" → cue
 *   "was criticised", source "unions", content the subject and the "as …" or "for …" phrase (a verb
 *   whose judging sense is only its second needs that phrase);
 * - a communication verb whose subject names a message (`messageNoun`): "The claims were denied by
 *   his lawyer" → cue "were denied", source "his lawyer", content "The claims".
 *
 * A candidate the span finder made on the same verb takes this reading (the finder reads the
 * subject as the content, or the "as …" phrase into the source); inside a quotation nothing is
 * added. Accusations are accusations.ts's.
 */

/** Names of days and months, and the days named from today. */
const DAY_OR_MONTH =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|tonight)$/u;

export function wordOf(text: string, token: Token): string {
  return text.slice(token.start, token.end).toLowerCase();
}

/** The span of tokens [first, last] without punctuation at either edge. */
export function spanOf(tokens: readonly Token[], first: number, last: number): Span {
  let from = first;
  let to = last;
  while (from < to && (tokens[from] as Token).pos === 'PUNCT') from += 1;
  while (to > from && (tokens[to] as Token).pos === 'PUNCT') to -= 1;
  return { start: (tokens[from] as Token).start, end: (tokens[to] as Token).end };
}

/** The first word of a dependent's phrase ("as" of "as a betrayal"). */
function firstWord(text: string, tree: DependencyTree, dependent: number): string {
  return wordOf(text, tree.tokens[tree.subtreeStart(dependent)] as Token);
}

/** The clausal complement after the agent with a subject of its own, or -1. */
function reportedClause(tree: DependencyTree, verb: number): number {
  const complement = tree.dependent(verb, 'ccomp');
  if (complement < 0) return -1;
  if (tree.dependent(complement, 'nsubj') >= 0 || tree.dependent(complement, 'nsubj:pass') >= 0)
    return complement;
  return tree.dependent(complement, 'expl') >= 0 ? complement : -1;
}

/**
 * The "as …" or "for …" phrase of a judgement, hanging from the verb or (as the parser often puts
 * it) from the agent ("criticised by [unions as a betrayal]"): its head, or -1.
 */
function judgedPhrase(text: string, tree: DependencyTree, verb: number, agent: number): number {
  for (const anchor of [verb, agent]) {
    for (const dependent of tree.dependents(anchor, ['obl', 'nmod', 'xcomp', 'advcl'])) {
      if (dependent < agent) continue;
      const word = firstWord(text, tree, dependent);
      if (word !== 'as' && word !== 'for') continue;
      // "was praised by fans as he left": a clause of time, not what he was called
      if (tree.dependent(dependent, 'nsubj') >= 0 || tree.dependent(dependent, 'mark') >= 0) continue;
      return dependent;
    }
  }
  return -1;
}

const MESSAGE_WORDS: ReadonlySet<string> = new Set(['statement', 'message']);

/**
 * Whether a common noun names a message (its first or second WordNet sense is a kind of statement
 * or message within four steps): "claims", "charge", "argument", not "award", "plan" or "minister".
 */
function messageNoun(text: string, token: Token): boolean {
  if (token.pos !== 'NOUN') return false;
  const lemma = baseFormOf(wordOf(text, token), 'noun');
  if (lemma === null) return false;
  return synsetsOf(lemma, 'noun')
    .slice(0, 2)
    .some((offset) => hasHypernymWord(offset, 'noun', { levels: 5 }, MESSAGE_WORDS));
}

/** A passive report with its agent at `verb`, or null: see the module comment. */
export function agentReport(
  text: string,
  tree: DependencyTree,
  verb: number,
): { cue: Span; source: Span; content: Span[] } | null {
  const tokens = tree.tokens;
  const token = tokens[verb] as Token;
  if (token.pos !== 'VERB' || relationIs(token.dep, 'amod') || !isPassive(tree, verb)) return null;
  const agent = tree.dependent(verb, 'obl:agent');
  if (agent < verb) return null;
  const lemma = token.lemma || wordOf(text, token);
  let content: Span[];
  let contentFirst = -1;
  const clause = reportedClause(tree, verb);
  if (clause > agent && reportingVerb(wordOf(text, token)).communication) {
    contentFirst = tree.subtreeStart(clause);
    content = [spanOf(tokens, contentFirst, tree.subtreeEnd(clause))];
  } else {
    const sense = judgementSense(lemma);
    const subject = passiveSubject(tree, verb);
    if (subject < 0 || subject > verb) return null;
    // "The claims were denied by his lawyer": a verb of saying whose subject is a message
    if (
      sense < 0 &&
      !(reportingVerb(wordOf(text, token)).communication && messageNoun(text, tokens[subject] as Token))
    )
      return null;
    const phrase = judgedPhrase(text, tree, verb, agent);
    if (sense > 0 && phrase < 0) return null;
    content = [spanOf(tokens, tree.subtreeStart(subject), tree.subtreeEnd(subject))];
    if (phrase >= 0) {
      contentFirst = tree.subtreeStart(phrase);
      content.push(spanOf(tokens, contentFirst, tree.subtreeEnd(phrase)));
    }
  }
  // the agent's phrase from its first word after "by" up to what it says
  let first = tree.subtreeStart(agent);
  while (first < agent && (tokens[first] as Token).dep === 'case') first += 1;
  let last = tree.subtreeEnd(agent);
  if (contentFirst > first && contentFirst <= last) last = contentFirst - 1;
  // "by his lawyer [on Monday]": a day the parse hung on the agent is the report's time
  for (const dependent of tree.dependents(agent, ['nmod', 'obl']))
    if (dependent > agent && dependent <= last && DAY_OR_MONTH.test(wordOf(text, tokens[dependent] as Token)))
      last = Math.min(last, tree.subtreeStart(dependent) - 1);
  while (last > agent && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
  if (last < agent) return null;
  return {
    cue: spanOf(tokens, verbGroupStart(tree, verb), verb),
    source: spanOf(tokens, first, last),
    content,
  };
}

function* agentReportProposals(text: string, segments: Segments): Generator<Proposal> {
  const tokens = segments.tokens;
  let tree: DependencyTree | null = null;
  for (let verb = 0; verb < tokens.length; verb += 1) {
    const token = tokens[verb] as Token;
    if (token.pos !== 'VERB') continue;
    tree ??= new DependencyTree(tokens);
    const found = agentReport(text, tree, verb);
    if (found === null) continue;
    yield { candidate: { kind: 'indirect', cue: found.cue, source: found.source, content: found.content } };
  }
}

/**
 * A candidate the span finder made on the same cue takes this reading (a quotation's own reading
 * stands); inside a quotation the words are the quoted speaker's account, and a span another
 * report's source holds adds nothing.
 */
export const AGENT_REPORTS: ReportPass = {
  propose: agentReportProposals,
  guards: [
    { held: QUOTED, checked: CUE },
    { held: SOURCE, checked: ALL_PARTS },
  ],
  merge: (candidate, { candidate: found }) =>
    candidate.kind !== 'indirect'
      ? null
      : { ...candidate, cue: found.cue, source: found.source, content: found.content },
};

export function addAgentReports(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  return addReports(text, segments, candidates, AGENT_REPORTS);
}
