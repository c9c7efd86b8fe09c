import type { Segments, Token } from '../../../model/index.js';
import { DependencyTree } from '../../grammar/index.js';
import { baseFormOf } from '../../events/wordnet.js';
import type { AttributionCandidate } from '../candidate.js';
import { CUE, QUOTED, SOURCE, type Proposal, type ReportPass } from './add-reports.js';
import { reportingVerb } from './reporting-predicate.js';
import { spanOf, wordOf } from './agent-reports.js';

/**
 * Reports whose past-tense verb the tagger read as an adjective: "The opposition leader [alleged]
 * that the vote had been rigged" (tagged like "the alleged fraud"). Read from the parse: a word
 * tagged ADJ that ends in "-ed", is the past of a verb that reports with a clause by WordNet
 * (`reportingVerb`: a communication or cognition sense with the that-clause frame), heads a
 * subject of its own (not a passive one) and a clausal complement, and has no copula or auxiliary
 * ("is alleged that", "was convinced that" are other readings). Cue = the word, source = the
 * subject's phrase, content = the complement without "that".
 */

/** The report at `at` when its verb was tagged an adjective (see above), or null. */
export function adjectiveReport(text: string, tree: DependencyTree, at: number): AttributionCandidate | null {
  const tokens = tree.tokens;
  const token = tokens[at] as Token;
  if (token.pos !== 'ADJ') return null;
  const word = wordOf(text, token);
  if (!/^[a-z]+ed$/u.test(word)) return null;
  const lemma = baseFormOf(word, 'verb');
  if (lemma === null || lemma === word) return null;
  const found = reportingVerb(lemma);
  // (a verb of telling somebody with no that-clause frame in WordNet, "inform", reports when it
  // addresses somebody before the clause: "Police [informed] the family that …")
  const addressed = tree.dependent(at, 'iobj') > at || tree.dependent(at, 'obj') > at;
  if (!(found.clause && (found.communication || found.cognition)) && !(found.communication && addressed))
    return null;
  if (tree.dependent(at, 'cop') >= 0) return null;
  // an auxiliary only of the perfect ("had informed"), not a passive or a copula ("is alleged that")
  const auxiliary = tree.dependent(at, 'aux');
  if (auxiliary >= 0 && !/^(?:have|has|had|having)$/iu.test(wordOf(text, tokens[auxiliary] as Token)))
    return null;
  if (tree.dependent(at, 'aux:pass') >= 0) return null;
  const subject = tree.dependent(at, 'nsubj');
  if (subject < 0 || subject > at || (tokens[subject] as Token).dep !== 'nsubj') return null;
  const clause = tree.dependent(at, 'ccomp');
  if (clause < at) return null;
  let first = tree.subtreeStart(clause);
  if (first <= at) return null;
  if (wordOf(text, tokens[first] as Token) === 'that') first += 1;
  const last = tree.subtreeEnd(clause);
  if (first > last) return null;
  return {
    kind: 'indirect',
    cue: spanOf(tokens, at, at),
    source: spanOf(tokens, tree.subtreeStart(subject), tree.subtreeEnd(subject)),
    content: [spanOf(tokens, first, last)],
  };
}

function* adjectiveReportProposals(text: string, segments: Segments): Generator<Proposal> {
  const tokens = segments.tokens;
  let tree: DependencyTree | null = null;
  for (let at = 0; at < tokens.length; at += 1) {
    if ((tokens[at] as Token).pos !== 'ADJ') continue;
    tree ??= new DependencyTree(tokens);
    const found = adjectiveReport(text, tree, at);
    if (found !== null) yield { candidate: found };
  }
}

/** Nothing is added on the cues and sources found, nor on quoted words. */
export const ADJECTIVE_REPORTS: ReportPass = {
  propose: adjectiveReportProposals,
  guards: [{ held: CUE | SOURCE | QUOTED, checked: CUE | SOURCE, grows: CUE | SOURCE }],
};
