import type { Segments, Span, Token } from '../../../model/index.js';
import { spansOverlap } from '../../../model/span.js';
import { DependencyTree, isPassive, relationIs } from '../../grammar/index.js';
import type { AttributionCandidate } from '../candidate.js';
import { addReports, CONTENT, CUE, QUOTED, type Proposal, type ReportPass } from './add-reports.js';
import { holdingTrueSense, reportingVerb } from './reporting-predicate.js';
import { lemmaOf, synsetsOf } from '../../events/wordnet.js';

/**
 * Reports whose speaker the text does not give, read from the parse:
 *
 * - a passive reporting verb with no `by` agent and a clausal complement with its own subject: "It
 *   was claimed that the harbour master took bribes", "The jury was told that the boat had been sold
 *   twice" (the subject of "was told" hears the words; it does not say them);
 * - "hear" with such a complement, finite: "The court heard that Varley hid the money" (a witness
 *   spoke, the court listened); not "was there to hear the fans applaud" (perceived, not reported).
 *
 * The candidate has the verb (with its auxiliaries) as cue, no source and the complement clause as
 * content. A candidate the span finder already made on the same verb keeps its cue and takes that
 * source and content (the finder reads the hearer as the source, or the subject as the content).
 * The verb must report by WordNet (reporting-predicate.ts): "is expected to", "was seen" are no
 * report, and neither is a complement without a subject ("was told to leave").
 */

function subtreeSpan(tree: DependencyTree, head: number): Span {
  const tokens = tree.tokens;
  const first = tree.subtreeStart(head);
  let last = tree.subtreeEnd(head);
  while (last > first && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}

/** The clausal complement of `verb` when it has a subject of its own, or -1. */
function clauseWithSubject(tree: DependencyTree, verb: number): number {
  const complement = tree.dependent(verb, 'ccomp');
  if (complement < 0) return -1;
  const subject = tree.dependent(complement, 'nsubj');
  if (subject >= 0) return complement;
  return tree.dependent(complement, 'expl') >= 0 ? complement : -1;
}

/**
 * Whether a complement clause is finite: opened by "that", with an auxiliary or copula, or with its
 * verb inflected ("hid"). "heard [the fans applaud]", "heard [him say]": a bare infinitive after a
 * verb of perception is what was perceived, not words reported.
 */
function isFinite(text: string, tree: DependencyTree, verb: number): boolean {
  const token = tree.tokens[verb] as Token;
  if (tree.dependents(verb, ['mark', 'aux', 'cop', 'aux:pass']).length > 0) return true;
  return text.slice(token.start, token.end).toLowerCase() !== token.lemma.toLowerCase();
}

/** The cue: the verb with the auxiliaries right before it ("was claimed", "has been reported"). */
function cueSpan(tree: DependencyTree, verb: number): Span {
  const tokens = tree.tokens;
  let first = verb;
  while (first > 0) {
    const before = tokens[first - 1] as Token;
    if (before.head !== verb || !relationIs(before.dep, 'aux')) break;
    first -= 1;
  }
  return { start: (tokens[first] as Token).start, end: (tokens[verb] as Token).end };
}

/** Whether `verb` reads as a report with no speaker: see the module comment. */
export function agentlessReportClause(text: string, tree: DependencyTree, verb: number): number {
  const token = tree.tokens[verb] as Token;
  // "It is alleged that …" with the participle tagged as an adjective
  if (token.pos !== 'VERB' && !(token.pos === 'ADJ' && isPassive(tree, verb))) return -1;
  const complement = clauseWithSubject(tree, verb);
  if (complement < 0) return -1;
  if (token.lemma.toLowerCase() === 'hear')
    return isPassive(tree, verb) || !isFinite(text, tree, complement) ? -1 : complement;
  if (!isPassive(tree, verb) || tree.dependent(verb, 'obl:agent') >= 0) return -1;
  return reportingVerb(text.slice(token.start, token.end)).communication ? complement : -1;
}

/**
 * "It is understood (that) the club are trying to …", "It is believed the fire started …", "It is
 * thought the band could follow": an expletive "it" as the passive subject of a verb whose sense is
 * believing (a kind of it, or a sense with "believe" among its words: `holdingTrueSense`), no `by`
 * agent: a belief passed on from unnamed sources, like "is understood to have" (hedged-sourcing.ts).
 * The content is everything the verb governs after it ("that" left out), as the parse gives it
 * (with no "that" it often reads the clause's subject as an object). Null elsewhere.
 */
export function expletiveBeliefContent(text: string, tree: DependencyTree, verb: number): Span | null {
  const tokens = tree.tokens;
  const token = tokens[verb] as Token;
  if (token.pos !== 'VERB' || !isPassive(tree, verb) || tree.dependent(verb, 'obl:agent') >= 0) return null;
  const subject = tree.dependents(verb, ['nsubj:pass', 'expl'])[0];
  if (subject === undefined || subject > verb) return null;
  const subjectToken = tokens[subject] as Token;
  if (text.slice(subjectToken.start, subjectToken.end).toLowerCase() !== 'it') return null;
  const found = token.lemma || text.slice(token.start, token.end);
  const lemma = synsetsOf(found, 'verb').length > 0 ? found : (lemmaOf(found, 'verb') ?? found);
  if (!synsetsOf(lemma, 'verb').some(holdingTrueSense)) return null;
  let first = verb + 1;
  let last = tree.subtreeEnd(verb);
  if (
    first < tokens.length &&
    /^that$/iu.test(text.slice((tokens[first] as Token).start, (tokens[first] as Token).end))
  )
    first += 1;
  while (last > first && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
  let clause = false;
  for (let at = first; at <= last && !clause; at += 1) {
    const pos = (tokens[at] as Token).pos;
    clause = pos === 'VERB' || pos === 'AUX';
  }
  // a finite clause of its own, with no infinitive right after the verb ("it is thought to be")
  // ("it was understood by all that": an agent the parse did not mark)
  const opening = (tokens[first] as Token).pos;
  if (!clause || last - first < 2 || opening === 'PART' || opening === 'ADP') return null;
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}

function* agentlessReportProposals(text: string, segments: Segments): Generator<Proposal> {
  const tokens = segments.tokens;
  let tree: DependencyTree | null = null;
  for (let verb = 0; verb < tokens.length; verb += 1) {
    const token = tokens[verb] as Token;
    // cheap checks first: most tokens are no verb with a clausal complement
    if (token.pos !== 'VERB' && token.pos !== 'ADJ') continue;
    tree ??= new DependencyTree(tokens);
    const complement = agentlessReportClause(text, tree, verb);
    const belief = complement < 0 ? expletiveBeliefContent(text, tree, verb) : null;
    if (complement < 0 && belief === null) continue;
    const cue = cueSpan(tree, verb);
    const content = belief ?? subtreeSpan(tree, complement);
    yield { candidate: { kind: 'indirect', cue, source: null, content: [content] } };
  }
}

/**
 * A candidate the span finder made on the same cue says the clause and has no source (a
 * quotation's own reading stands, and so does a content that already holds the clause); inside a
 * quotation ("“… it was determined that she was unlicensed,” the report said") or inside another
 * report's content ("He denied that it was suggested that …") the words are that speaker's
 * account, not a report of the article's.
 */
export const AGENTLESS_REPORTS: ReportPass = {
  propose: agentlessReportProposals,
  guards: [{ held: QUOTED | CONTENT, checked: CUE }],
  merge: (found, { candidate: { content } }) =>
    found.kind !== 'indirect' ||
    found.content.some((piece) => content.some((own) => spansOverlap(piece, own)))
      ? null
      : { ...found, source: null, content },
};

export function addAgentlessReports(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  return addReports(text, segments, candidates, AGENTLESS_REPORTS);
}
