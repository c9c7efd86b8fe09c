import type { Segments, Span, Token } from '../../../model/index.js';
import { DependencyTree } from '../../grammar/index.js';
import {
  lexicographerFileOf,
  NOUN_COGNITION,
  NOUN_COMMUNICATION,
  NOUN_GROUP,
  NOUN_PERSON,
  synsetsOf,
} from '../../events/wordnet.js';
import { personNoun, roleNoun } from '../../lexicon/index.js';
import type { AttributionCandidate } from '../candidate.js';
import { addReports, CONTENT, CUE, type Proposal, type ReportPass } from './add-reports.js';

/**
 * A sentence that names whose view the sentence before it is:
 *
 *   The scheme is too costly for small towns. That is the view of Dr Lena Holt, who studied it.
 *   The builder acted within the rules. Such is the verdict of the panel.
 *   Fares will rise by 4% in May. That's according to the rail operators' body.
 *
 * Read from the parse: the root is a noun whose most frequent WordNet sense is an opinion or a
 * message (noun.cognition or noun.communication: view, verdict, conclusion, message), with a copula
 * and "that", "this" or "such" as its subject, and an "of" phrase naming a person or a group (a
 * name, a noun for a person, a noun.person or noun.group noun). Cue: the copula to the noun ("is the
 * view"); source: the "of" phrase up to a comma or relative clause; content: the sentence before in
 * the paragraph, when it is a clause that no candidate holds. Not negated ("That is not the view
 * of …"), and not "the view of the valley" (no speaker). "That is according to X" (`accordingToBack`)
 * gives the same report with "according to" as its cue.
 */

/** Senses looked at for the noun: "view" is first an opinion, "verdict" a judgement spoken. */
const NOUN_SENSES = 2;

const DEMONSTRATIVE = /^(?:that|this|such)$/iu;

export function opinionNoun(lemma: string): boolean {
  return synsetsOf(lemma.toLowerCase(), 'noun')
    .slice(0, NOUN_SENSES)
    .some((offset) => {
      const file = lexicographerFileOf(offset, 'noun');
      return file === NOUN_COGNITION || file === NOUN_COMMUNICATION;
    });
}

function speakerNoun(text: string, token: Token): boolean {
  if (token.pos === 'PROPN') return true;
  if (token.pos !== 'NOUN') return false;
  const word = text.slice(token.start, token.end).toLowerCase();
  if (personNoun(word) !== undefined || roleNoun(word) !== undefined) return true;
  // "the panel": a group in one of its two most frequent senses
  return synsetsOf(token.lemma.toLowerCase(), 'noun')
    .slice(0, NOUN_SENSES)
    .some((offset) => {
      const file = lexicographerFileOf(offset, 'noun');
      return file === NOUN_PERSON || file === NOUN_GROUP;
    });
}

function* viewOfProposals(text: string, segments: Segments): Generator<Proposal> {
  const tokens = segments.tokens;
  if (tokens.length === 0) return;
  const tree = new DependencyTree(tokens);
  const sentences = segments.sentences;
  for (let index = 1; index < sentences.length; index += 1) {
    const sentence = sentences[index]!;
    const previous = sentences[index - 1]!;
    if (previous.paragraph !== sentence.paragraph) continue;
    const found =
      viewOf(text, tree, sentence.firstToken, sentence.endToken) ??
      accordingToBack(text, tokens, sentence.firstToken, sentence.endToken);
    if (found === null) continue;
    // the sentence before, without its stop, holding a verb
    let last = previous.endToken - 1;
    while (last > previous.firstToken && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
    let verb = false;
    for (let at = previous.firstToken; at <= last; at += 1) {
      const pos = (tokens[at] as Token).pos;
      if (pos === 'VERB' || pos === 'AUX') verb = true;
      if (/^["“”«»]$/u.test(text.slice((tokens[at] as Token).start, (tokens[at] as Token).end))) verb = false;
    }
    if (!verb) continue;
    const content: Span = {
      start: (tokens[previous.firstToken] as Token).start,
      end: (tokens[last] as Token).end,
    };
    const sentenceSpan: Span = {
      start: (tokens[previous.firstToken] as Token).start,
      end: (tokens[sentence.endToken - 1] as Token).end,
    };
    yield {
      candidate: { kind: 'indirect', cue: found.cue, source: found.source, content: [content] },
      checked: [sentenceSpan],
    };
  }
}

/** A report is there already when a cue or content lies in the two sentences: "“…,” she said. That is the view of …". */
export const VIEW_OF_REPORTS: ReportPass = {
  propose: viewOfProposals,
  guards: [{ held: CUE | CONTENT, checked: 0, grows: CUE | CONTENT }],
};

export function addViewOfReports(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  return addReports(text, segments, candidates, VIEW_OF_REPORTS);
}

/** "That is the view of Dr Holt": cue and source, or null. */
function viewOf(
  text: string,
  tree: DependencyTree,
  first: number,
  end: number,
): { cue: Span; source: Span } | null {
  const tokens = tree.tokens;
  let root = -1;
  for (let at = first; at < end; at += 1) if ((tokens[at] as Token).dep === 'root') root = at;
  const noun = tokens[root];
  if (noun === undefined || noun.pos !== 'NOUN') return null;
  const copula = tree.dependent(root, 'cop');
  if (copula < 0 || copula > root) return null;
  // "That is", "This was", "Such is" (checked before WordNet is asked about the noun)
  const opener = tokens[first] as Token;
  if (!DEMONSTRATIVE.test(text.slice(opener.start, opener.end)) || opener.head !== root) return null;
  if (copula !== first + 1 || !opinionNoun(noun.lemma)) return null;
  for (let at = first; at < end; at += 1) {
    const token = tokens[at] as Token;
    if (token.head === root && (token.dep === 'neg' || /^(?:not|n't|never)$/iu.test(token.lemma)))
      return null;
  }
  // the "of" phrase right after the noun
  const speaker = tree.dependent(root, 'nmod');
  if (speaker < 0 || speaker <= root) return null;
  const start = root + 2;
  if (tree.subtreeStart(speaker) !== root + 1 || (tokens[root + 1] as Token).lemma.toLowerCase() !== 'of')
    return null;
  if (!speakerNoun(text, tokens[speaker] as Token)) return null;
  let stop = start;
  while (stop + 1 <= tree.subtreeEnd(speaker)) {
    const next = tokens[stop + 1] as Token;
    if (next.pos === 'PUNCT' || /relcl|^acl/u.test(next.dep)) break;
    stop += 1;
  }
  return {
    cue: { start: (tokens[copula] as Token).start, end: noun.end },
    source: { start: (tokens[start] as Token).start, end: (tokens[stop] as Token).end },
  };
}

const COPULA = /^(?:is|was|'s|’s)$/iu;

/**
 * "That's according to the rail operators' body, which …", "This is according to figures from X.":
 * "that" or "this", a form of "be" and "according to" opening the sentence, read from the words (the
 * parse makes "according" the root, a case marker or a passive). Cue: "according to"; source: the
 * phrase after it up to a comma, a stop or a relative pronoun; null when nothing follows.
 */
function accordingToBack(
  text: string,
  tokens: readonly Token[],
  first: number,
  end: number,
): { cue: Span; source: Span } | null {
  const word = (at: number): string => {
    const token = tokens[at] as Token;
    return text.slice(token.start, token.end);
  };
  if (end - first < 5 || !/^(?:that|this)$/iu.test(word(first)) || !COPULA.test(word(first + 1))) return null;
  if (word(first + 2).toLowerCase() !== 'according' || word(first + 3).toLowerCase() !== 'to') return null;
  const start = first + 4;
  let stop = start;
  while (stop < end && (tokens[stop] as Token).pos !== 'PUNCT' && !/^(?:who|which|that)$/iu.test(word(stop)))
    stop += 1;
  if (stop === start) return null;
  return {
    cue: { start: (tokens[first + 2] as Token).start, end: (tokens[first + 3] as Token).end },
    source: { start: (tokens[start] as Token).start, end: (tokens[stop - 1] as Token).end },
  };
}
