import type { Segments, Span, Token } from '../../../model/index.js';
import { DependencyTree } from '../../grammar/index.js';
import {
  baseFormOf,
  lexicographerFileOf,
  NOUN_FEELING,
  synset,
  synsetsOf,
  VERB_EMOTION,
} from '../../events/wordnet.js';
import type { AttributionCandidate } from '../candidate.js';
import { addReports, ALL_PARTS, CUE, type Proposal, type ReportPass } from './add-reports.js';
import { emotionClauseVerb, sourceNounKind } from './reporting-predicate.js';

/**
 * Attitudes of a source to a proposition, which PolNeAR's annotators mark as attributions and a
 * reader expects as such: "Residents fear that the river will flood again", "The family hopes the
 * search will go on", "Ms Lee is worried that the council may close", "Unions are confident that
 * the deal will hold". The verbs are no communication or cognition in WordNet (they are in
 * verb.emotion), so the predicate filter's general test drops them; they are kept here when the
 * parse shows all three parts of a report:
 *
 * - the predicate: a verb with a sense in verb.emotion that takes a that-clause (`emotionClauseVerb`),
 *   or a predicative adjective of feeling (`feelingAdjective`);
 * - a clause with its own subject as its complement, inside the content ("fears [that rates may
 *   rise]"; not "hopes [to take control]", a plan, nor "fears [the winter]");
 * - a subject that can hold an attitude: a pronoun, a name, or a noun whose frequent WordNet sense is
 *   a person, a group, a document or an act (`sourceNounKind`); not "the move raised fears that …".
 */

/** Senses of an adjective, most frequent first, that may link it to a feeling. */
const ADJECTIVE_SENSES = 2;

const adjectiveCache = new Map<string, boolean>();

/**
 * Whether an adjective names a feeling: one of its two most frequent WordNet senses points (as an
 * attribute or a derived form) to a noun in noun.feeling or a verb in verb.emotion ("worried" →
 * "apprehension", "hopeful" → "hopefulness", "confident" → "confidence", "afraid" → "fear"), or it
 * is the participle of a verb whose first sense is in verb.emotion ("disappointed", "pleased") or
 * whose noun of the same form is a feeling ("concerned");
 * not "clear", "likely", "right", "aware" (a quality or knowledge, no attitude of the subject).
 */
export function feelingAdjective(word: string): boolean {
  const key = word.toLowerCase();
  const cached = adjectiveCache.get(key);
  if (cached !== undefined) return cached;
  let found = synsetsOf(key, 'adj')
    .slice(0, ADJECTIVE_SENSES)
    .some((offset) =>
      synset(offset, 'adj').pointers.some(
        (pointer) =>
          (pointer.symbol === '=' || pointer.symbol === '+') &&
          ((pointer.pos === 'noun' && lexicographerFileOf(pointer.offset, 'noun') === NOUN_FEELING) ||
            (pointer.pos === 'verb' && lexicographerFileOf(pointer.offset, 'verb') === VERB_EMOTION)),
      ),
    );
  if (!found && /ed$/u.test(key)) {
    const verb = baseFormOf(key, 'verb');
    const first = verb === null ? undefined : synsetsOf(verb, 'verb')[0];
    found =
      (first !== undefined && lexicographerFileOf(first, 'verb') === VERB_EMOTION) ||
      // "concerned": "concern" is a state as a verb, a feeling as a noun
      (verb !== null &&
        synsetsOf(verb, 'noun')
          .slice(0, ADJECTIVE_SENSES)
          .some((offset) => lexicographerFileOf(offset, 'noun') === NOUN_FEELING));
  }
  adjectiveCache.set(key, found);
  return found;
}

function inside(tokens: readonly Token[], position: number, span: Span): boolean {
  const token = tokens[position];
  return token !== undefined && token.start >= span.start && token.end <= span.end;
}

const SUBJECT = new Set(['nsubj', 'nsubj:pass', 'expl', 'csubj']);

/**
 * The subject of an attitude predicate: its nominal subject, or, for a word tagged as a noun at the
 * root with no subject, the name compounded right before it ("The ADB [fears] that …" read as one
 * noun phrase); -1 if none.
 */
function attitudeSubject(tree: DependencyTree, head: number): number {
  const subject = tree.dependent(head, 'nsubj');
  if (subject >= 0) return subject;
  const token = tree.tokens[head] as Token;
  const before = tree.tokens[head - 1];
  if (token.pos !== 'NOUN' || token.dep !== 'root' || before === undefined) return -1;
  if (before.head !== head || before.dep !== 'compound' || before.pos !== 'PROPN') return -1;
  // a common noun capitalised only because it opens the sentence is no name: "Investor fears that
  // rates would rise hit shares" is a noun phrase, the subject of a later verb
  const opensSentence = head - 2 < 0 || (tree.tokens[head - 2] as Token).pos === 'PUNCT';
  return opensSentence && synsetsOf(before.lemma.toLowerCase(), 'noun').length > 0 ? -1 : head - 1;
}

/**
 * The clauses an attitude predicate governs: its clausal complements, and for a root tagged as a
 * noun a clause on it that opens with "that" right after it ("fears [that 1 million … could join]"
 * read as a relative clause).
 */
function attitudeClauses(text: string, tree: DependencyTree, head: number): number[] {
  const clauses = tree.dependents(head, ['ccomp']);
  const token = tree.tokens[head] as Token;
  const next = tree.tokens[head + 1];
  if (token.pos !== 'NOUN' || token.dep !== 'root' || next === undefined) return clauses;
  if (!/^that$/iu.test(text.slice(next.start, next.end))) return clauses;
  for (const clause of tree.dependents(head, ['acl']))
    if (clause > head && tree.subtreeStart(clause) === head + 1) clauses.push(clause);
  return clauses;
}

/** Whether the subject of `head` can hold an attitude (and lies in the candidate's source). */
function attitudeHolder(text: string, tree: DependencyTree, head: number, source: Span): boolean {
  const tokens = tree.tokens;
  const subject = attitudeSubject(tree, head);
  const token = tokens[subject];
  if (token === undefined || !inside(tokens, subject, source)) return false;
  if (token.pos === 'PROPN') return true;
  const word = text.slice(token.start, token.end);
  if (token.pos === 'PRON')
    return !/^(?:it|this|that|these|those|which|what|me|him|her|us|them)$/iu.test(word);
  return token.pos === 'NOUN' && sourceNounKind(token.lemma || word) === 'speaker';
}

/** Whether `head` has a clausal complement with a subject of its own inside the content. */
function clauseInContent(
  text: string,
  tree: DependencyTree,
  head: number,
  content: readonly Span[],
): boolean {
  const tokens = tree.tokens;
  return attitudeClauses(text, tree, head).some((clause) => {
    if (clause < head || !content.some((span) => inside(tokens, clause, span))) return false;
    const count = tree.childCount(clause);
    for (let nth = 0; nth < count; nth += 1)
      if (SUBJECT.has((tokens[tree.child(clause, nth)] as Token).dep)) return true;
    return false;
  });
}

/**
 * Whether the candidate, with its cue's head at `head`, reports an attitude of its source to a
 * proposition (see above). The caller has checked that the speech is not hypothetical.
 */
export function attitudeReport(
  text: string,
  tree: DependencyTree,
  candidate: AttributionCandidate,
  head: number,
): boolean {
  const source = candidate.source;
  const token = tree.tokens[head];
  if (source === null || token === undefined || candidate.kind !== 'indirect') return false;
  const predicate = attitudePredicate(text, tree, head);
  if (!predicate) return false;
  // "does not fear that …" reports no attitude held
  const negated = tree.dependents(head, ['advmod', 'neg']).some((at) => {
    const adverb = tree.tokens[at] as Token;
    return /^(?:not|n['’]t|never)$/iu.test(text.slice(adverb.start, adverb.end));
  });
  if (negated) return false;
  // "The families had hoped the apology would come on Wednesday": a past perfect hope or fear is
  // one the story has already overtaken, no attitude the source still holds
  if (pastPerfect(text, tree, head)) return false;
  return clauseInContent(text, tree, head, candidate.content) && attitudeHolder(text, tree, head, source);
}

/**
 * Whether the predicate is in the simple past perfect: "had hoped", "had been worried" (not the
 * progressive "had been hoping", often the background of a hope still held).
 */
function pastPerfect(text: string, tree: DependencyTree, head: number): boolean {
  const token = tree.tokens[head] as Token;
  if (/ing$/iu.test(text.slice(token.start, token.end))) return false;
  return tree.dependents(head, ['aux', 'aux:pass', 'cop']).some((at) => {
    const auxiliary = tree.tokens[at] as Token;
    return /^(?:had|['’]d)$/iu.test(text.slice(auxiliary.start, auxiliary.end));
  });
}

/** Whether the token at `head` is an attitude predicate with a copula when an adjective. */
function attitudePredicate(text: string, tree: DependencyTree, head: number): boolean {
  const token = tree.tokens[head] as Token;
  const word = text.slice(token.start, token.end);
  // (a progressive read as a passive: "had been [hoping] that …")
  if (token.pos === 'VERB' && (tree.dependents(head, ['aux:pass']).length === 0 || /ing$/u.test(word)))
    return emotionClauseVerb(token.lemma || word);
  // "The villagers [fear] that …", "The ADB [fears] that …" tagged as a noun, but with a subject
  // and a clause of its own
  if (token.pos === 'NOUN')
    return (
      attitudeSubject(tree, head) >= 0 &&
      attitudeClauses(text, tree, head).some((clause) => clause > head) &&
      /^[a-z]+$/u.test(word) &&
      emotionClauseVerb(token.lemma || word)
    );
  if (token.pos !== 'ADJ' && token.pos !== 'VERB') return false;
  // "is worried that …", "are confident that …": a copula (or the passive auxiliary of a
  // participle) and no "so" or "too" ("so angry that he left" is a result, not an attitude)
  if (tree.dependents(head, ['cop', 'aux:pass']).length === 0) return false;
  const degree = tree.dependents(head, ['advmod']).some((at) => {
    const adverb = tree.tokens[at] as Token;
    return /^(?:so|too)$/iu.test(text.slice(adverb.start, adverb.end));
  });
  return !degree && feelingAdjective(word);
}

/**
 * Candidates for the attitudes the learned tagger missed ("Ms Lee is concerned that the council may
 * close"): an attitude predicate (`attitudePredicate`) with a subject before it and a clausal
 * complement after it. Cue = the predicate with its auxiliaries, copula and adverbs before it,
 * source = the subject's phrase, content = the clause without its "that". A predicate inside a span
 * some candidate holds adds nothing; the predicate filter then judges them all (`attitudeReport`).
 */
function* attitudeReportProposals(text: string, segments: Segments): Generator<Proposal> {
  const tokens = segments.tokens;
  if (tokens.length === 0) return;
  const tree = new DependencyTree(tokens);
  for (let head = 0; head < tokens.length; head += 1) {
    if (!attitudePredicate(text, tree, head)) continue;
    const subject = attitudeSubject(tree, head);
    const complement = attitudeClauses(text, tree, head).find((clause) => clause > head) ?? -1;
    if (subject < 0 || subject > head || complement < head) continue;
    let first = head;
    while (first > 0) {
      const before = tokens[first - 1] as Token;
      if (before.head !== head || !/^(?:aux|cop|advmod)/u.test(before.dep)) break;
      first -= 1;
    }
    const cue = { start: (tokens[first] as Token).start, end: (tokens[head] as Token).end };
    const source = {
      start: (tokens[tree.subtreeStart(subject)] as Token).start,
      end: (tokens[tree.subtreeEnd(subject)] as Token).end,
    };
    if (source.end > cue.start) continue;
    let start = tree.subtreeStart(complement);
    if ((tokens[start] as Token).dep === 'mark' && start < complement) start += 1;
    let last = tree.subtreeEnd(complement);
    while (last > start && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
    if (last <= start) continue;
    const content = { start: (tokens[start] as Token).start, end: (tokens[last] as Token).end };
    yield { candidate: { kind: 'indirect', cue, source, content: [content] } };
  }
}

/** A predicate inside a span some candidate (or an attitude found before) holds adds nothing. */
export const ATTITUDE_REPORTS: ReportPass = {
  propose: attitudeReportProposals,
  guards: [{ held: ALL_PARTS, checked: CUE, grows: ALL_PARTS }],
};

export function addAttitudeReports(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  return addReports(text, segments, candidates, ATTITUDE_REPORTS);
}
