import type { Token } from '../../model/index.js';
import { relationIs, type DependencyTree } from './dependency-tree.js';

/**
 * Who did what to whom, read from the parse: the questions the attribution, attribute and event
 * stages ask of a predicate. Grammar lives here; the stages do not re-derive it from token windows.
 */

/** Relations by which a clause hangs under the verb that governs it and shares its subject. */
const SUBJECT_SHARING = ['xcomp', 'conj'];

/**
 * The token a reporting predicate's source is read from, or -1.
 * - "Mr Lind was accused of fraud by two former partners": the passive's `obl:agent` ("partners"),
 *   never its subject (the accused);
 * - "The minister said …": the subject ("minister");
 * - "… declined to comment", "rejected the claim and said …": a verb with no subject of its own
 *   takes its governor's ("declined", "rejected");
 * - "according to the ministry": the noun that "according" marks.
 * A passive with no `by` phrase has no source in the text (-1): "it was reported that …".
 */
export function speechSource(tree: DependencyTree, predicate: number): number {
  const tokens = tree.tokens;
  let at = predicate;
  for (let steps = 0; steps < 4 && at >= 0; steps += 1) {
    const token = tokens[at] as Token;
    // "according to X": "according" is a case marker (fixed "according to") under X.
    if (token.dep === 'case' && token.head >= 0) return token.head;
    const agent = tree.dependent(at, 'obl:agent');
    if (agent >= 0) return agent;
    const subject = tree.dependent(at, 'nsubj');
    if (subject >= 0) return relationIs((tokens[subject] as Token).dep, 'nsubj:pass') ? -1 : subject;
    const clausalSubject = tree.dependent(at, 'csubj');
    if (clausalSubject >= 0) return -1;
    if (!SUBJECT_SHARING.some((relation) => relationIs(token.dep, relation))) return -1;
    at = token.head;
  }
  return -1;
}

/**
 * The head of what a reporting predicate reports, or -1: its clausal complement ("said [that the
 * talks had failed]"), or, when the predicate hangs off the quotation as a parenthetical
 * ("“We will win,” she said": "said" is `parataxis` under "win"), the quotation's head.
 */
export function speechContent(tree: DependencyTree, predicate: number): number {
  const complement = tree.dependent(predicate, 'ccomp');
  if (complement >= 0) return complement;
  const token = tree.tokens[predicate] as Token;
  if (relationIs(token.dep, 'parataxis') && token.head >= 0) return token.head;
  const quoted = tree.dependent(predicate, 'parataxis');
  if (quoted >= 0) return quoted;
  return -1;
}

/**
 * The proper name behind a description, or -1: "the former envoy, Mark Ruiz," (`appos` under the
 * description) and "James Hale Jr., the district attorney," (the description is `appos` under the
 * name).
 */
export function appositionName(tree: DependencyTree, noun: number): number {
  const tokens = tree.tokens;
  const token = tokens[noun] as Token;
  if (token.pos === 'PROPN') return noun;
  const end = tree.childCount(noun);
  for (let nth = 0; nth < end; nth += 1) {
    const child = tree.child(noun, nth);
    const dependent = tokens[child] as Token;
    if (dependent.dep === 'appos' && dependent.pos === 'PROPN') return child;
  }
  if (token.dep === 'appos' && token.head >= 0 && (tokens[token.head] as Token).pos === 'PROPN')
    return token.head;
  return -1;
}

/** Whether the predicate is passive: it has a passive subject or a passive auxiliary. */
export function isPassive(tree: DependencyTree, predicate: number): boolean {
  if (tree.dependent(predicate, 'aux:pass') >= 0) return true;
  // "“That,” he added, “…”" with "That" read as a passive subject: a verb with a subject of its own
  // in the active and no passive auxiliary is active
  return tree.dependent(predicate, 'nsubj:pass') >= 0 && tree.dependent(predicate, 'nsubj') < 0;
}
