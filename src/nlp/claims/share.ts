import type { Quantity, Token } from '../../model/index.js';
import type { DependencyTree } from '../grammar/index.js';
import { lexicographerFileOf, NOUN_TIME, synsetsOf } from '../events/wordnet.js';
import { hasHypernym } from '../lexicon/hypernyms.js';
import type { Proposition } from './proposition.js';

/**
 * A percentage a clause gives its subject: "turnout reached 61 percent", "turnout stood at 48 per
 * cent", "turnout was no higher than 48 percent", "unemployment fell to about 7%". The subject's
 * head noun names the measure; the figure is the level the measure is at, so two sources who give
 * one measure different levels the same day disagree, as two tolls do. A change ("rose by 5
 * percent", "fell 5 percent") is no level and gives none (it is a `Change`, `changeOf`).
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
  const quantity = qualifiedQuantity(tree, text, number, percent, value, bound);
  const period = periodOf(tree, text, predicate, subjectAt, percent);
  return { measure: subject.lemma.toLowerCase(), quantity, number, period };
}

/** The figure with its qualifiers: "about 48" (a tenth either side), "more than 60", "at least 48", "48 at most". */
function qualifiedQuantity(
  tree: DependencyTree,
  text: string,
  number: number,
  percent: number,
  value: number,
  given: 'min' | 'max' | 'exact',
): Quantity {
  const { tokens } = tree;
  let bound = given;
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
  if (bound === 'min') return { min: value - spread };
  if (bound === 'max') return { max: value + spread };
  return spread === 0 ? { exact: value } : { min: value - spread, max: value + spread };
}

/** The period a figure is given for: a time the predicate or the measure is placed in ("in the fourth quarter"). */
function periodOf(
  tree: DependencyTree,
  text: string,
  predicate: number,
  subjectAt: number,
  percent: number,
): string | null {
  const { tokens } = tree;
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
  return period[0] ?? null;
}

/**
 * A percentage change a clause gives its subject: "the average fare would rise by 4 per cent",
 * "turnout fell 5 percent in 2004". The question differs from a level's: how much the measure rose
 * (or fell) in the period. Only a verb whose senses reach WordNet's "increase" (become bigger) or
 * "decrease" (become smaller), never both, says which way; a forecast (will, would) is given as a
 * change, a possibility (may, could) is not.
 */
export interface Change {
  /**
   * The measure: its head noun's lemma with the nouns that say what it is of ("fare", "energy
   * price", "price of ticket"), so food prices and energy prices are not one measure.
   */
  readonly measure: string;
  readonly direction: 'rise' | 'fall';
  readonly quantity: Quantity;
  readonly period: string | null;
}

// (only a forecast's auxiliaries: "would rise by 4 per cent" is the source's figure)
const POSSIBLE = new Set(['could', 'may', 'might', 'should', 'can', 'must']);
// how many hypernym levels above a verb's sense "increase" or "decrease" is looked for
const DIRECTION_LEVELS = 4;
let directions: { readonly rise: number; readonly fall: number } | null = null;

/** Which way a verb moves its subject's amount: its senses reach "increase" or "decrease" (not both). */
export function directionOf(lemma: string): 'rise' | 'fall' | null {
  directions ??= {
    rise: synsetsOf('increase', 'verb')[0] ?? -1,
    fall: synsetsOf('decrease', 'verb')[0] ?? -1,
  };
  const { rise, fall } = directions;
  const senses = synsetsOf(lemma.toLowerCase(), 'verb');
  const reaches = (target: number): boolean =>
    senses.some((sense) =>
      hasHypernym(sense, 'verb', { levels: DIRECTION_LEVELS }, (entry) => entry.offset === target),
    );
  const up = reaches(rise);
  const down = reaches(fall);
  return up === down ? null : up ? 'rise' : 'fall';
}

export function changeOf(tree: DependencyTree, text: string, proposition: Proposition): Change | null {
  const { tokens } = tree;
  const predicate = proposition.predicate;
  if (proposition.modality !== undefined || proposition.negated || proposition.pos !== 'verb') return null;
  if (
    tree
      .dependents(predicate, ['aux'])
      .some((child) => POSSIBLE.has((tokens[child] as Token).lemma.toLowerCase()))
  )
    return null;
  // the measure is the active subject: "fares rose", not "fares were raised by the company"
  if (tree.dependent(predicate, 'aux:pass') >= 0 || tree.dependent(predicate, 'nsubj:pass') >= 0) return null;
  const subjectAt = tree.dependent(predicate, 'nsubj');
  if (subjectAt < 0) return null;
  if (!isCommonNoun(tree, text, subjectAt) || tree.dependent(subjectAt, 'nummod') >= 0) return null;
  const direction = directionOf(proposition.lemma);
  if (direction === null) return null;
  // the figure: "by 4 per cent" or a bare "5 percent" ("rose 5 percent")
  const percent = tree.dependents(predicate, ['obj', 'obl', 'obl:npmod']).find((at) => {
    const token = tokens[at] as Token;
    const word = token.lemma.toLowerCase();
    const isPercent =
      word === 'percent' ||
      word === '%' ||
      (word === 'cent' &&
        tree
          .dependents(at, ['compound', 'case'])
          .some((child) => surface(text, tokens[child] as Token) === 'per'));
    if (!isPercent) return false;
    const marker = tree.dependent(at, 'case');
    return marker < 0 ? !isReachVerb(proposition.lemma) : surface(text, tokens[marker] as Token) === 'by';
  });
  if (percent === undefined) return null;
  // (another object is what the verb moves: "the company raised fares 4 percent")
  if (tree.dependents(predicate, ['obj']).some((at) => at !== percent)) return null;
  const number = numberOf(tree, percent);
  if (number < 0) return null;
  const numeral = NUMBER.exec(surface(text, tokens[number] as Token).replace(/,/g, ''));
  if (numeral === null) return null;
  const value = Number(numeral[1]);
  return {
    measure: measureWords(tree, subjectAt),
    direction,
    quantity: qualifiedQuantity(tree, text, number, percent, value, 'exact'),
    period: periodOf(tree, text, predicate, subjectAt, percent),
  };
}

/** The head noun's lemma after its noun compounds, and the head of its of-phrase: "energy price", "price of ticket". */
function measureWords(tree: DependencyTree, head: number): string {
  const { tokens } = tree;
  const lemma = (at: number): string => (tokens[at] as Token).lemma.toLowerCase();
  const compounds = tree
    .dependents(head, ['compound'])
    .filter((at) => at < head && (tokens[at] as Token).pos === 'NOUN')
    .map(lemma);
  const of = tree.dependents(head, ['nmod']).find((at) => {
    const marker = tree.dependent(at, 'case');
    return marker >= 0 && lemma(marker) === 'of' && (tokens[at] as Token).pos === 'NOUN';
  });
  return [...compounds, lemma(head)].join(' ') + (of === undefined ? '' : ` of ${lemma(of)}`);
}
