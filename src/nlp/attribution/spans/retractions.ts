import type { Segments, Span, Token } from '../../../model/index.js';
import { DependencyTree, relationIs } from '../../grammar/index.js';
import {
  lexicographerFileOf,
  NOUN_COMMUNICATION,
  synset,
  synsetsOf,
  VERB_COMMUNICATION,
} from '../../events/wordnet.js';
import type { AttributionCandidate } from '../candidate.js';
import { verbGroupStart } from './accusations.js';
import { addReports, ALL_PARTS, CUE, QUOTED, type Proposal, type ReportPass } from './add-reports.js';

/**
 * Retractions, read from the parse: a speaker takes back what a speech noun of theirs said.
 * - "The fire service withdrew its claim that the fire began in the basement": a verb with a sense
 *   that is, in WordNet, a kind of "repudiate" (withdraw in its take-back sense, retract, recant)
 *   whose object is a speech noun (noun.communication: claim, report, statement) with a clause;
 * - "The Herald announced the retraction of its report that …": a retraction noun (a
 *   noun.communication kind of "disavowal": retraction, withdrawal) of such a speech noun, the object
 *   of any verb.
 * Source: the verb's subject; cue: the verb up to the speech noun; content: the noun's clause. The
 * claims read the content negated, as a denial's (find-claims.ts `isDenial` by `isRetractionCue`).
 * A candidate already on the verb keeps its source and takes this cue and content.
 */

// how many of a verb's senses are looked at: "withdraw" takes back words in its fifth
const VERB_SENSES = 6;

let repudiate: number | null | undefined;
let disavowal: number | null | undefined;

function repudiateSense(): number | null {
  if (repudiate === undefined) repudiate = synsetsOf('repudiate', 'verb')[0] ?? null;
  return repudiate;
}

function disavowalSense(): number | null {
  if (disavowal === undefined) disavowal = synsetsOf('disavowal', 'noun')[0] ?? null;
  return disavowal;
}

function hypernymsWithin(offset: number, pos: 'verb' | 'noun', depth: number): number[] {
  const found: number[] = [];
  let frontier = [offset];
  for (let level = 0; level < depth; level += 1) {
    frontier = frontier.flatMap((at) =>
      synset(at, pos)
        .pointers.filter((pointer) => pointer.symbol === '@' && pointer.pos === pos)
        .map((pointer) => pointer.offset),
    );
    found.push(...frontier);
  }
  return found;
}

/**
 * Answers remembered per lemma: pure functions of the lemma and WordNet, asked for every noun and
 * its verb (a walk up the hypernyms each time otherwise). Bounded for long-running servers.
 */
const MEMO_LIMIT = 20_000;
const retractingVerbs = new Map<string, boolean>();
const retractionNouns = new Map<string, boolean>();

function remembered(memo: Map<string, boolean>, lemma: string, answer: (lemma: string) => boolean): boolean {
  const known = memo.get(lemma);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const found = answer(lemma);
  memo.set(lemma, found);
  return found;
}

/** Whether a verb has a communication sense that is a kind of "repudiate" (withdraw, retract, recant, take back). */
export function isRetractingVerb(lemma: string): boolean {
  return remembered(retractingVerbs, lemma, retractingVerb);
}

function retractingVerb(lemma: string): boolean {
  const root = repudiateSense();
  if (root === null) return false;
  return synsetsOf(lemma.toLowerCase().replace(/ /g, '_'), 'verb')
    .slice(0, VERB_SENSES)
    .some(
      (offset) =>
        lexicographerFileOf(offset, 'verb') === VERB_COMMUNICATION &&
        hypernymsWithin(offset, 'verb', 2).includes(root),
    );
}

/** Whether a noun's most frequent communication sense is a retraction (a kind of "disavowal"). */
export function isRetractionNoun(lemma: string): boolean {
  return remembered(retractionNouns, lemma, retractionNoun);
}

function retractionNoun(lemma: string): boolean {
  const root = disavowalSense();
  if (root === null) return false;
  return synsetsOf(lemma.toLowerCase(), 'noun')
    .slice(0, 2)
    .some(
      (offset) =>
        lexicographerFileOf(offset, 'noun') === NOUN_COMMUNICATION &&
        (offset === root || hypernymsWithin(offset, 'noun', 2).includes(root)),
    );
}

/** Whether a noun's most frequent sense is a speech act or its record (claim, report, statement). */
export function isSpeechNoun(lemma: string): boolean {
  const first = synsetsOf(lemma.toLowerCase(), 'noun')[0];
  return first !== undefined && lexicographerFileOf(first, 'noun') === NOUN_COMMUNICATION;
}

/** Whether a cue takes back what it names: a retracting verb with a speech noun, or a retraction noun. */
export function isRetractionCue(tokens: readonly Token[], first: number, end: number): boolean {
  let retractingVerb = false;
  let speechNoun = false;
  for (let at = first; at < end; at += 1) {
    const token = tokens[at] as Token;
    if (token.pos === 'NOUN' && isRetractionNoun(token.lemma)) return true;
    if (token.pos === 'VERB' && isRetractingVerb(token.lemma)) retractingVerb = true;
    if (token.pos === 'NOUN' && isSpeechNoun(token.lemma)) speechNoun = true;
  }
  return retractingVerb && speechNoun;
}

/**
 * The clause a speech noun holds ("its claim [that the fire began …]"), or -1: a clause that opens
 * with "that" right after the noun's phrase, on the noun or, as the parse often hangs it, on the verb
 * or the retraction noun; with a subject of its own ("the report that was published" is a relative
 * clause), and a "that" the parse took for an object only when the clause has an object besides
 * ("its report that Brandt started the fire", not "the report that he wrote").
 */
function clauseOf(tree: DependencyTree, noun: number, anchors: readonly number[]): number {
  const tokens = tree.tokens;
  const after = tree.subtreeEnd(noun) + 1;
  for (const anchor of anchors)
    for (const child of tree.dependents(anchor, ['acl', 'ccomp', 'acl:relcl'])) {
      if (tree.subtreeStart(child) !== after) continue;
      const that = tokens[after] as Token;
      if (that.lemma.toLowerCase() !== 'that') continue;
      const subjects = tree
        .dependents(child, ['nsubj', 'nsubj:pass'])
        .filter((at) => at !== after && at > after);
      if (subjects.length === 0) continue;
      if (relationIs(that.dep, 'mark')) return child;
      if (relationIs(that.dep, 'obj') && tree.dependents(child, ['obj']).some((at) => at !== after))
        return child;
    }
  return -1;
}

function spanOf(tokens: readonly Token[], first: number, last: number): Span {
  let from = first;
  let to = last;
  while (from < to && (tokens[from] as Token).pos === 'PUNCT') from += 1;
  while (to > from && (tokens[to] as Token).pos === 'PUNCT') to -= 1;
  return { start: (tokens[from] as Token).start, end: (tokens[to] as Token).end };
}

/** A retraction whose speech noun is at `noun`, or null: see the module comment. */
export function retractionAt(
  tree: DependencyTree,
  noun: number,
): { cue: Span; source: Span; content: Span[]; verb: number } | null {
  const tokens = tree.tokens;
  const token = tokens[noun] as Token;
  // (the cheap checks on the parse first: a speech noun is an object or an "of" phrase)
  if (token.pos !== 'NOUN' || token.head < 0) return null;
  if (!relationIs(token.dep, 'obj') && !relationIs(token.dep, 'nmod')) return null;
  if (!isSpeechNoun(token.lemma)) return null;
  let verb = -1;
  let retractionNoun = -1;
  if (relationIs(token.dep, 'obj') && token.head >= 0) {
    const head = tokens[token.head] as Token;
    if (head.pos === 'VERB' && isRetractingVerb(head.lemma)) verb = token.head;
  } else if (relationIs(token.dep, 'nmod') && token.head >= 0) {
    // "the retraction [of] its report that …", the retraction the object of a verb
    const marker = tree.dependent(noun, 'case');
    const retraction = tokens[token.head] as Token;
    if (
      marker >= 0 &&
      (tokens[marker] as Token).lemma.toLowerCase() === 'of' &&
      retraction.pos === 'NOUN' &&
      isRetractionNoun(retraction.lemma) &&
      relationIs(retraction.dep, 'obj') &&
      retraction.head >= 0 &&
      (tokens[retraction.head] as Token).pos === 'VERB'
    ) {
      verb = retraction.head;
      retractionNoun = token.head;
    }
  }
  if (verb < 0) return null;
  const clause = clauseOf(tree, noun, retractionNoun >= 0 ? [noun, retractionNoun] : [noun, verb]);
  if (clause < 0) return null;
  const subject = tree.dependent(verb, 'nsubj');
  if (subject < 0 || subject > verb) return null;
  const clauseFirst = tree.subtreeStart(clause);
  return {
    verb,
    cue: spanOf(tokens, verbGroupStart(tree, verb), clauseFirst - 1),
    source: spanOf(tokens, tree.subtreeStart(subject), tree.subtreeEnd(subject)),
    content: [spanOf(tokens, clauseFirst, tree.subtreeEnd(clause))],
  };
}

function* retractionProposals(_text: string, segments: Segments): Generator<Proposal> {
  const tokens = segments.tokens;
  let tree: DependencyTree | null = null;
  for (let noun = 0; noun < tokens.length; noun += 1) {
    const token = tokens[noun] as Token;
    if (token.pos !== 'NOUN') continue;
    tree ??= new DependencyTree(tokens);
    const found = retractionAt(tree, noun);
    if (found === null) continue;
    const verbSpan = { start: (tokens[found.verb] as Token).start, end: (tokens[found.verb] as Token).end };
    yield {
      candidate: { kind: 'indirect', cue: found.cue, source: found.source, content: found.content },
      same: verbSpan,
    };
  }
}

/**
 * A candidate the span finder made on the verb takes this cue and content (a quotation's own
 * reading stands); inside a quotation, or on a span another report holds, nothing is added.
 */
export const RETRACTIONS: ReportPass = {
  propose: retractionProposals,
  guards: [
    { held: QUOTED, checked: CUE },
    { held: ALL_PARTS, checked: ALL_PARTS },
  ],
  merge: (candidate, { candidate: found }) =>
    candidate.kind !== 'indirect'
      ? null
      : { ...candidate, cue: found.cue, source: candidate.source ?? found.source, content: found.content },
};

export function addRetractions(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  return addReports(text, segments, candidates, RETRACTIONS);
}
