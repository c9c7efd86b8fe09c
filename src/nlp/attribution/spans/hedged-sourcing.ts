import type { Segments, Span, Token } from '../../../model/index.js';
import { spansOverlap } from '../../../model/span.js';
import { DependencyTree, isPassive, relationIs } from '../../grammar/index.js';
import {
  adverbSenses,
  glossOf,
  lemmaOf,
  lexicographerFileOf,
  NOUN_COGNITION,
  NOUN_COMMUNICATION,
  synsetsOf,
  VERB_COMMUNICATION,
} from '../../events/wordnet.js';
import type { AttributionCandidate } from '../candidate.js';
import { addReports, CUE, type Proposal, type ReportPass } from './add-reports.js';
import { keepsReporting } from './predicate-filter.js';
import { believingSense, knowledgeVerb, reportingVerb } from './reporting-predicate.js';

/**
 * Hedged sourcing: words the news uses to pass on what somebody said without naming them.
 *
 * - A sourcing adverb: "The convoy was reportedly carrying fuel". By WordNet: an adverb built on a
 *   participle whose sense is glossed "according to" reports or beliefs ("reportedly": "according to
 *   reports or other information"; "reputedly"). "Technically", "traditionally" (glossed "according
 *   to" too) are not participles; "repeatedly", "admittedly" are glossed otherwise, and "allegedly"
 *   ("according to what has been alleged") is the writer's legal caution more than a source. The
 *   clause must have a subject of its own that is no relative pronoun: "who reportedly fired",
 *   "for reportedly grabbing" say too little to stand as a report.
 * - A raising passive: "The gunmen are said to have fled", "Two drivers are understood to have been
 *   taken to hospital": a passive verb of speech with no `by` agent whose subject is the subject of
 *   a perfect or copular to-infinitive (`xcomp`: "to have fled", "to be in hiding"), speech being
 *   the verb's most frequent WordNet sense ("was ordered to leave", "was supposed to keep" oblige),
 *   or a verb of thought taking a that-clause by WordNet with a perfect infinitive ("is believed to
 *   have ordered"). Knowing presents a fact ("is known to have"; but a sense of "understand" is a kind of
 *   believing), and a verb of thought with a plain infinitive predicts or judges ("is expected to
 *   win", "is thought to be the oldest"): neither is kept.
 *
 * Each gives a candidate with no source: the cue is the adverb or the passive verb with its
 * auxiliaries, the content the clause around it (the subject and the infinitive), in pieces around
 * the cue, as PolNeAR marks "reportedly". `hedges` (complete/hedges.ts) then records the hedge.
 */

const adverbCache = new Map<string, boolean>();

/**
 * Whether a gloss says "according to" something said or believed: the head noun after it is, in
 * one of its two most frequent senses, a communication or a belief ("according to reports", "according to
 * general belief"); "according to what has been alleged" names no such thing.
 */
function citesReports(gloss: string): boolean {
  const after = /(?:^|; )according to ([^;"(]*)/u.exec(gloss)?.[1];
  if (after === undefined) return false;
  // the head of the phrase: its last word before "or"/"and" ("reports or other information",
  // "general belief")
  const phrase = (after.split(/\s+(?:or|and)\s+/u)[0] ?? '').trim().split(/\s+/u);
  const lemma = lemmaOf(phrase[phrase.length - 1] ?? '', 'noun');
  if (lemma === null) return false;
  return synsetsOf(lemma, 'noun')
    .slice(0, 2)
    .some((offset) => {
      const file = lexicographerFileOf(offset, 'noun');
      return file === NOUN_COGNITION || file === NOUN_COMMUNICATION;
    });
}

/** Whether `word` is a sourcing adverb ("reportedly", "allegedly"), by WordNet: see the module comment. */
export function sourcingAdverb(word: string): boolean {
  const key = word.toLowerCase();
  const known = adverbCache.get(key);
  if (known !== undefined) return known;
  let found = false;
  if (key.endsWith('edly') && lemmaOf(key.slice(0, -2), 'verb') !== null)
    found = adverbSenses(key).some((offset) => citesReports(glossOf(offset, 'adv')));
  if (adverbCache.size > 4096) adverbCache.clear();
  adverbCache.set(key, found);
  return found;
}

function word(text: string, tree: DependencyTree, at: number): string {
  const token = tree.tokens[at] as Token;
  return text.slice(token.start, token.end).toLowerCase();
}

/** Whether the to-infinitive headed by `verb` is perfect ("to have fled", "to have been taken"). */
function perfectInfinitive(text: string, tree: DependencyTree, verb: number): boolean {
  if (tree.dependents(verb, ['aux']).some((aux) => word(text, tree, aux) === 'have')) return true;
  // the parser may make "have" the infinitive's head and the participle its xcomp ("to have [fled]")
  return word(text, tree, verb) === 'have' && tree.dependent(verb, 'xcomp') >= 0;
}

/**
 * The to-infinitive after `verb`: its `xcomp`, or a copular phrase the parser hung on it as an
 * oblique ("said [to be in hiding]"), or -1.
 */
function toInfinitive(text: string, tree: DependencyTree, verb: number): number {
  for (const dependent of tree.dependents(verb, ['xcomp', 'obl'])) {
    if (dependent < verb) continue;
    const marker = tree.dependent(dependent, 'mark');
    if (marker < 0 || word(text, tree, marker) !== 'to') continue;
    if (relationIs((tree.tokens[dependent] as Token).dep, 'xcomp') || tree.dependent(dependent, 'cop') >= 0)
      return dependent;
  }
  return -1;
}

/**
 * The to-infinitive of a raising passive report ("are said [to have fled]"), or -1: see the module
 * comment.
 */
export function raisedReportInfinitive(text: string, tree: DependencyTree, verb: number): number {
  const token = tree.tokens[verb] as Token;
  // "is alleged to" with the participle tagged as an adjective
  if ((token.pos !== 'VERB' && token.pos !== 'ADJ') || !isPassive(tree, verb)) return -1;
  if (tree.dependent(verb, 'obl:agent') >= 0) return -1;
  if (tree.dependents(verb, ['nsubj:pass', 'nsubj']).length === 0) return -1;
  const infinitive = toInfinitive(text, tree, verb);
  if (infinitive < 0) return -1;
  const found = token.lemma || word(text, tree, verb);
  const lemma = synsetsOf(found, 'verb').length > 0 ? found : (lemmaOf(found, 'verb') ?? found);
  // "was supposed to keep": WordNet's first reading of the adjective "supposed" is "required or
  // under orders", a modal, though the verb's first sense is speech
  if (lemma === 'suppose') return -1;
  const senses = synsetsOf(lemma, 'verb');
  if (senses.length === 0) return -1;
  const perfect = perfectInfinitive(text, tree, infinitive);
  // "are said to have fled", "is said to be in hiding": speech in the verb's most frequent sense
  // ("is expected to": its second sense is a demand, its first a prediction), told of a past deed or
  // a state; "was supposed to keep", "was ordered to leave" oblige or direct
  if (lexicographerFileOf(senses[0] as number, 'verb') === VERB_COMMUNICATION)
    return perfect || tree.dependent(infinitive, 'cop') >= 0 ? infinitive : -1;
  const report = reportingVerb(lemma);
  if (!report.cognition || !report.clause) return -1;
  // "is believed to be keen", "is understood to be in talks": a state held true, by a verb whose
  // sense is believing itself or a kind of it (not "is thought to be the oldest", "is expected to be
  // in court", judging and predicting)
  if (!perfect)
    return tree.dependent(infinitive, 'cop') >= 0 && senses.some(believingSense) ? infinitive : -1;
  // "is known to have" presents a fact; "is understood to have" passes on a belief (a sense of
  // "understand" is a kind of believing)
  return !knowledgeVerb(lemma) || senses.some(believingSense) ? infinitive : -1;
}

/** Whether the clause of `verb` has a subject that is no relative pronoun ("who", "that"). */
function subjectOfItsOwn(text: string, tree: DependencyTree, verb: number): boolean {
  const subject = tree.dependents(verb, ['nsubj', 'nsubj:pass'])[0];
  if (subject === undefined) return false;
  return !/^(?:who|which|that|whom)$/u.test(word(text, tree, subject));
}

function tokenSpan(tree: DependencyTree, first: number, last: number): Span {
  const tokens = tree.tokens;
  while (first < last && (tokens[first] as Token).pos === 'PUNCT') first += 1;
  while (last > first && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}

/** The pieces of the subtree of `head` around the tokens first..last (the cue), punctuation trimmed. */
function around(tree: DependencyTree, head: number, first: number, last: number): Span[] {
  const start = tree.subtreeStart(head);
  const end = tree.subtreeEnd(head);
  const pieces: Span[] = [];
  if (first > start) pieces.push(tokenSpan(tree, start, first - 1));
  if (end > last) {
    let from = last + 1;
    while (from < end && (tree.tokens[from] as Token).pos === 'PUNCT') from += 1;
    pieces.push(tokenSpan(tree, from, end));
  }
  return pieces;
}

/**
 * "the man, who is understood to have helped them": in a relative clause whose subject is the
 * relative pronoun, what is passed on is said of the noun the clause hangs on: content = that noun's
 * phrase before the pronoun, and the infinitive after the cue. The parse may hang the clause on its
 * noun (`acl:relcl`) or, misreading it, give the verb the noun as a second subject. Null elsewhere.
 */
function relativeAntecedent(text: string, tree: DependencyTree, verb: number): Span[] | null {
  const tokens = tree.tokens;
  const token = tokens[verb] as Token;
  const subjects = tree.dependents(verb, ['nsubj', 'nsubj:pass']).filter((at) => at < verb);
  const pronoun = subjects.find((at) => /^(?:who|which|that)$/u.test(word(text, tree, at)));
  if (pronoun === undefined) return null;
  const noun = relationIs(token.dep, 'acl:relcl') ? token.head : subjects.find((at) => at < pronoun);
  if (noun === undefined || noun < 0 || noun >= pronoun) return null;
  const infinitive = raisedReportInfinitive(text, tree, verb);
  if (infinitive < 0) return null;
  return [
    tokenSpan(tree, tree.subtreeStart(noun), pronoun - 1),
    tokenSpan(tree, tree.subtreeStart(infinitive), tree.subtreeEnd(infinitive)),
  ];
}

/** The cue of a passive verb: the verb with the auxiliaries right before it ("are said"). */
function passiveCue(tree: DependencyTree, verb: number): number {
  let first = verb;
  while (first > 0) {
    const before = tree.tokens[first - 1] as Token;
    if (before.head !== verb || !relationIs(before.dep, 'aux')) break;
    first -= 1;
  }
  return first;
}

function* hedgedSourcingProposals(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): Generator<Proposal> {
  const tokens = segments.tokens;
  let tree: DependencyTree | null = null;
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at] as Token;
    let cueFirst: number;
    let clause: number;
    if (token.pos === 'ADV') {
      const next = tokens[at + 1];
      // "Admittedly, …" with a comma is the writer's aside, whatever the word
      if (next !== undefined && text.slice(next.start, next.end) === ',') continue;
      if (!sourcingAdverb(text.slice(token.start, token.end))) continue;
      tree ??= new DependencyTree(tokens);
      const head = token.head;
      // a verb, or a predicate with its copula ("was reportedly keen to marry him")
      const headPos = head < 0 ? '' : (tokens[head] as Token).pos;
      if (headPos !== 'VERB' && headPos !== 'AUX' && tree.dependent(head, 'cop') < 0) continue;
      if (!subjectOfItsOwn(text, tree, head)) continue;
      cueFirst = at;
      clause = head;
    } else if (token.pos === 'VERB' || token.pos === 'ADJ') {
      tree ??= new DependencyTree(tokens);
      if (raisedReportInfinitive(text, tree, at) < 0) continue;
      cueFirst = passiveCue(tree, at);
      clause = at;
    } else continue;
    const cue: Span = { start: (tokens[cueFirst] as Token).start, end: token.end };
    // inside what somebody is reported to say the words are theirs, hedge included ("An official
    // said the attackers were believed to have fled": the official's words, with "believed" among
    // their hedges), and inside a quotation they are told as the speaker told them
    // (only a report holds them: "The striker, who is understood to have …, is expected to sign" is
    // nobody's report of the relative clause)
    const reportTree = tree;
    if (
      candidates.some(
        (candidate) =>
          (candidate.cue === null || !spansOverlap(candidate.cue, cue)) &&
          candidate.content.some((piece) => spansOverlap(piece, cue)) &&
          (candidate.cue === null || keepsReporting(text, segments, reportTree, candidate)),
      )
    )
      continue;
    const content =
      (clause === at ? relativeAntecedent(text, tree, at) : null) ?? around(tree, clause, cueFirst, at);
    if (content.length === 0) continue;
    yield { candidate: { kind: 'indirect', cue, source: null, content } };
  }
}

/**
 * The hedged-sourcing candidates of the text (see the module comment) that no candidate's cue
 * already covers. The span finder's reading of the same cue takes the subject for a source or for
 * the whole content ("The gunmen are said"): it has no source, and says the clause; a quotation's
 * own reading stands. Of two found on overlapping cues the first is kept.
 */
export const HEDGED_SOURCING: ReportPass = {
  propose: hedgedSourcingProposals,
  guards: [{ held: 0, checked: CUE, grows: CUE }],
  merge: (found, { candidate: { content } }) =>
    found.kind === 'indirect' ? { ...found, source: null, content } : null,
};

/** Adds the hedged-sourcing candidates of the text (`HEDGED_SOURCING`). */
export function addHedgedSourcing(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  return addReports(text, segments, candidates, HEDGED_SOURCING);
}
