import type { Quantity, Token } from '../../model/index.js';
import type { DependencyTree } from '../grammar/index.js';
import { lexicographerFileOf, NOUN_TIME, synsetsOf } from '../events/wordnet.js';
import type { Proposition } from './proposition.js';

/**
 * A percentage a clause gives its subject: "turnout reached 61 percent", "turnout stood at 48 per
 * cent", "turnout was no higher than 48 percent", "unemployment fell to about 7%". The subject's
 * head noun names the measure; the figure is the level the measure is at, so two sources who give
 * one measure different levels the same day disagree, as two tolls do. A change ("rose by 5
 * percent", "fell 5 percent") is no level and gives none.
 */
export interface Share {
  /** The lemma of the measure's head noun ("turnout"). */
  readonly measure: string;
  readonly quantity: Quantity;
  /** The token of the figure's number. */
  readonly number: number;
  /** The period the level is given for, in its words ("in the fourth quarter", "in 2004"), or null. */
  readonly period: string | null;
}

// the closed class of English comparatives of amount and the prepositions of bound
const ABOVE = new Set(['more', 'higher', 'greater', 'larger', 'above', 'over', 'exceeding']);
const BELOW = new Set(['less', 'fewer', 'lower', 'smaller', 'below', 'under']);
// the qualifiers that put a figure near, under or over its number
const NEAR = new Set(['about', 'around', 'roughly', 'approximately', 'some']);
const UNDER = new Set(['nearly', 'almost']);
const NUMBER = /^(\d+(?:\.\d+)?)$/;
// the adverbs of a change: "were up 5%", "is down 3 percent"
const CHANGE = new Set(['up', 'down']);

let reachSenses: ReadonlySet<number> | null = null;

/** Whether a verb takes a level as its bare object: a sense of "reach" (attain, hit, top). */
function isReachVerb(lemma: string): boolean {
  reachSenses ??= new Set(synsetsOf('reach', 'verb').slice(0, 3));
  return synsetsOf(lemma.toLowerCase(), 'verb').some((offset) => (reachSenses as Set<number>).has(offset));
}

/** The number a percent token counts: its NUM modifier ("61 percent", "48.5 per cent"). */
function numberOf(tree: DependencyTree, percent: number): number {
  return (
    tree.dependents(percent, ['nummod']).find((child) => (tree.tokens[child] as Token).pos === 'NUM') ?? -1
  );
}

function surface(text: string, token: Token): string {
  return text.slice(token.start, token.end).toLowerCase();
}

// auxiliaries of a forecast or a possibility: a level that will or may be is no level given
const UNREALISED = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'shall', 'can']);

/** Whether a noun phrase names a time (one of its three most frequent senses): "the fourth quarter", "2004", "last year". */
function isTime(tree: DependencyTree, text: string, head: number): boolean {
  const token = tree.tokens[head] as Token;
  if (token.pos === 'NUM') {
    const year = Number(text.slice(token.start, token.end));
    return year >= 1800 && year <= 2100;
  }
  if (token.pos !== 'NOUN' && token.pos !== 'PROPN') return false;
  // ("quarter" is first a fourth part, then a fourth of a year)
  return synsetsOf(token.lemma.toLowerCase(), 'noun')
    .slice(0, 3)
    .some((sense) => lexicographerFileOf(sense, 'noun') === NOUN_TIME);
}

/**
 * A common noun, or the capitalised first word of its sentence that the tagger made a proper noun
 * but WordNet knows as a common one ("Turnout was 48 per cent").
 */
function isCommonNoun(tree: DependencyTree, text: string, at: number): boolean {
  const token = tree.tokens[at] as Token;
  if (token.pos === 'NOUN') return true;
  if (token.pos !== 'PROPN' || tree.dependents(at, ['compound', 'flat']).length > 0) return false;
  // the first word of its sentence: after a sentence's end, a line break or nothing (quotation
  // marks and brackets between)
  let before = at - 1;
  while (before >= 0 && /^[\p{Pi}\p{Pf}\p{Ps}"']+$/u.test(surface(text, tree.tokens[before] as Token)))
    before -= 1;
  const previous = tree.tokens[before];
  const first =
    previous === undefined ||
    /^[.!?:]$/.test(surface(text, previous)) ||
    text.slice(previous.end, token.start).includes('\n');
  return first && synsetsOf(token.lemma.toLowerCase(), 'noun').length > 0;
}

export function shareOf(tree: DependencyTree, text: string, proposition: Proposition): Share | null {
  const { tokens } = tree;
  const predicate = proposition.predicate;
  if (
    proposition.modality !== undefined ||
    tree
      .dependents(predicate, ['aux'])
      .some((child) => UNREALISED.has((tokens[child] as Token).lemma.toLowerCase()))
  )
    return null;
  // the clause's own subject (a "turnout" the parse made a passive subject with no passive
  // auxiliary is still the subject: "turnout reached 61 percent")
  if (tree.dependent(predicate, 'aux:pass') >= 0) return null;
  const own = tree.dependent(predicate, 'nsubj');
  const subjectAt = own >= 0 ? own : proposition.subject;
  if (subjectAt < 0) return null;
  const subject = tokens[subjectAt] as Token;
  // a measure is a common noun, not a counted one ("40 percent of voters" is no measure)
  if (!isCommonNoun(tree, text, subjectAt) || tree.dependent(subjectAt, 'nummod') >= 0) return null;
  // the figure: the predicate's object or oblique (or the copula's own noun: "turnout was 61 percent")
  const candidates = [predicate, ...tree.dependents(predicate, ['obj', 'obl'])];
  const percent = candidates.find((at) => {
    const token = tokens[at] as Token;
    const word = token.lemma.toLowerCase();
    if (word === 'cent')
      return tree
        .dependents(at, ['compound', 'case'])
        .some((child) => surface(text, tokens[child] as Token) === 'per');
    return word === 'percent' || word === '%';
  });
  if (percent === undefined) return null;
  const number = numberOf(tree, percent);
  if (number < 0) return null;
  const numeral = NUMBER.exec(surface(text, tokens[number] as Token).replace(/,/g, ''));
  if (numeral === null) return null;
  const value = Number(numeral[1]);
  if (value > 100) return null;
  const marker = tree.dependent(percent, 'case');
  const markerWord = marker < 0 ? null : surface(text, tokens[marker] as Token);
  let bound: 'min' | 'max' | 'exact' = 'exact';
  if (percent === predicate) {
    if (tree.dependent(predicate, 'cop') < 0) return null;
    // "prices were [up] 1.6%": a change, no level
    if (
      tree
        .dependents(predicate, ['advmod'])
        .some((child) => CHANGE.has(surface(text, tokens[child] as Token)))
    )
      return null;
  } else if (markerWord === null) {
    // a bare object is a level only after a verb of reaching ("rose 5 percent" is a change)
    if (!isReachVerb(proposition.lemma)) return null;
  } else if (markerWord === 'than') {
    // "no higher than 48 percent": the comparative is the predicate or hangs on it
    const comparative = [predicate, ...tree.dependents(predicate, ['advmod', 'amod'])]
      .map((at) => surface(text, tokens[at] as Token))
      .find((word) => ABOVE.has(word) || BELOW.has(word));
    if (comparative === undefined) return null;
    bound = ABOVE.has(comparative) ? 'min' : 'max';
    // "no higher than": at most; "not more than": at most
    if (proposition.negated) bound = bound === 'min' ? 'max' : 'min';
  } else if (markerWord !== 'to' && markerWord !== 'at' && !ABOVE.has(markerWord) && !BELOW.has(markerWord))
    return null;
  else if (ABOVE.has(markerWord)) bound = 'min';
  else if (BELOW.has(markerWord)) bound = 'max';
  // a negated level ("did not reach 50 percent") says only where it is not
  if (proposition.negated && markerWord !== 'than') return null;
  // qualifiers on the number: "about 48" (a tenth either side), "more than 60"
  let near = false;
  for (const child of tree
    .dependents(number, ['advmod', 'amod', 'case', 'fixed'])
    .concat(tree.dependents(percent, ['advmod']))) {
    if (child > number) continue;
    const word = surface(text, tokens[child] as Token);
    if (NEAR.has(word)) near = true;
    if (ABOVE.has(word) && bound === 'exact') bound = 'min';
    else if ((BELOW.has(word) || UNDER.has(word)) && bound === 'exact') bound = 'max';
  }
  // "at least 48 per cent", "48 per cent at most" (before the number or after the measure)
  if (bound === 'exact')
    for (const child of tree
      .dependents(number, ['advmod', 'nmod', 'obl'])
      .concat(tree.dependents(percent, ['advmod', 'nmod', 'obl']))) {
      const word = surface(text, tokens[child] as Token).toLowerCase();
      if (word !== 'least' && word !== 'most') continue;
      const at = tree.dependent(child, 'case');
      if (at < 0 || surface(text, tokens[at] as Token).toLowerCase() !== 'at') continue;
      bound = word === 'least' ? 'min' : 'max';
    }
  const spread = near ? value / 10 : 0;
  const quantity: Quantity =
    bound === 'exact'
      ? spread === 0
        ? { exact: value }
        : { min: value - spread, max: value + spread }
      : bound === 'min'
        ? { min: value - spread }
        : { max: value + spread };
  // the period: a time the predicate or the measure is placed in ("in the fourth quarter")
  const period = [
    ...tree.dependents(predicate, ['obl', 'nmod:tmod', 'obl:tmod']),
    ...tree.dependents(subjectAt, ['nmod']),
  ]
    .filter((child) => child !== percent && isTime(tree, text, child))
    .map((child) =>
      text
        .slice(
          (tokens[tree.subtreeStart(child)] as Token).start,
          (tokens[tree.subtreeEnd(child)] as Token).end,
        )
        .toLowerCase(),
    );
  return { measure: subject.lemma.toLowerCase(), quantity, number, period: period[0] ?? null };
}
