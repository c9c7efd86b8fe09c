import type { Segments, Token } from '../../../model/index.js';
import { DependencyTree } from '../../grammar/index.js';
import {
  baseFormOf,
  lexicographerFileOf,
  NOUN_ATTRIBUTE,
  NOUN_COGNITION,
  NOUN_COMMUNICATION,
  NOUN_FEELING,
  NOUN_GROUP,
  NOUN_PERSON,
  synset,
  synsetsOf,
} from '../../events/wordnet.js';
import { ALL_PARTS, CUE, type Proposal, type ReportPass } from './add-reports.js';
import { wordOf } from './agent-reports.js';

/**
 * Reports made with a light verb and the word that carries the message, which the learned tagger
 * often misses and WordNet has as no verb: "The mayor is making clear that …", "made it plain to
 * the board that …", "The firm gave an assurance that …", "Police issued a warning that …",
 * "Residents voiced concern that …". Read from the parse and WordNet:
 *
 * - a light verb (make, give, issue, voice, express, raise, offer, sound, send; any tense, the
 *   progressive and the perfect), not negated, with a subject that can speak (a name, a personal
 *   pronoun, a noun whose first WordNet sense is a person or a group);
 * - "make" with an adjective of clarity after it, "it" allowed between ("made it clear"): the
 *   attribute the adjective's cluster names (WordNet `=`) is a kind of comprehensibility or of
 *   perceptibility ("clear" → clarity, "plain"/"obvious" → obviousness, "explicit" → explicitness;
 *   not "sure", "certain", "possible", "likely": "made sure that" is a deed);
 * - or a message noun as the verb's object: one of its two most frequent senses is a message, a
 *   thought or a feeling (noun.communication, noun.cognition, noun.feeling: "assurance", "warning",
 *   "concern", "hope"), with "that" right after it;
 * - a clause with a subject of its own after the word (after "to" and the addressee, "made it clear
 *   to staff that …"); not "made clear what is going on".
 *
 * Cue = the verb to the message word, source = the subject's phrase, content = the clause without
 * "that". The predicate filter then judges them with the others.
 */

const LIGHT_VERBS = new Set(['make', 'give', 'issue', 'voice', 'express', 'raise', 'offer', 'sound', 'send']);

/** Attribute nouns (their synsets' first words) whose kinds make an adjective one of clarity. */
const CLARITY_KINDS = new Set(['comprehensibility', 'perceptibility']);

/** How far up the hypernyms of an attribute noun the kinds are looked for. */
const ATTRIBUTE_DEPTH = 6;

const clarityCache = new Map<string, boolean>();

/** The attribute nouns (WordNet `=`) of the cluster of an adjective's first sense. */
function clusterAttributes(word: string): number[] {
  const first = synsetsOf(word.toLowerCase(), 'adj')[0];
  if (first === undefined) return [];
  let head = synset(first, 'adj');
  // a satellite's cluster is its head's ("plain" → "obvious")
  if (!head.pointers.some((pointer) => pointer.symbol === '!')) {
    const similar = head.pointers.find((pointer) => pointer.symbol === '&');
    if (similar !== undefined) head = synset(similar.offset, 'adj');
  }
  return head.pointers
    .filter((pointer) => pointer.symbol === '=' && pointer.pos === 'noun')
    .map((pointer) => pointer.offset);
}

/**
 * Whether an adjective says that its subject has no doubt: its cluster's attribute is a state of
 * mind (noun.cognition: "sure", "certain" → certainty). "made sure that …" brings a state about.
 */
export function certaintyAdjective(word: string): boolean {
  return clusterAttributes(word).some((offset) => lexicographerFileOf(offset, 'noun') === NOUN_COGNITION);
}

/**
 * Whether the cue phrase at the verb `at` is "make" (or "make it") and an adjective of certainty:
 * "made sure that the doors were locked", a deed, no report.
 */
export function makingSure(text: string, tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at];
  if (verb === undefined || verb.pos !== 'VERB' || verb.lemma.toLowerCase() !== 'make') return false;
  let next = at + 1;
  if (tokens[next] !== undefined && /^it$/iu.test(wordOf(text, tokens[next] as Token))) next += 1;
  const adjective = tokens[next];
  return adjective !== undefined && adjective.pos === 'ADJ' && certaintyAdjective(wordOf(text, adjective));
}

/** Whether an adjective says a thing is clear to the mind (see above). */
export function clarityAdjective(word: string): boolean {
  const key = word.toLowerCase();
  const cached = clarityCache.get(key);
  if (cached !== undefined) return cached;
  let found = false;
  for (const attribute of clusterAttributes(key)) {
    if (lexicographerFileOf(attribute, 'noun') !== NOUN_ATTRIBUTE) continue;
    let offset: number | undefined = attribute;
    for (let depth = 0; depth < ATTRIBUTE_DEPTH && offset !== undefined && !found; depth += 1) {
      const noun = synset(offset, 'noun');
      found = CLARITY_KINDS.has(noun.words[0] ?? '');
      offset = noun.hypernyms[0];
    }
    if (found) break;
  }
  clarityCache.set(key, found);
  return found;
}

const SPEAKER_FILES = new Set([NOUN_PERSON, NOUN_GROUP]);

const MESSAGE_FILES = new Set([NOUN_COMMUNICATION, NOUN_COGNITION, NOUN_FEELING]);

/** Whether one of a noun's two most frequent senses is a message, a thought or a feeling. */
function messageNoun(lemma: string): boolean {
  return synsetsOf(lemma.toLowerCase(), 'noun')
    .slice(0, 2)
    .some((offset) => MESSAGE_FILES.has(lexicographerFileOf(offset, 'noun')));
}

/** Whether the subject at `at` can speak (see above). */
function speakingSubject(text: string, token: Token): boolean {
  if (token.pos === 'PROPN') return true;
  const word = wordOf(text, token);
  if (token.pos === 'PRON') return /^(?:i|we|you|he|she|they|who)$/iu.test(word);
  if (token.pos !== 'NOUN') return false;
  // a person or a group ("the mayor", "the council"), not an act or a thing ("her appointment sent
  // a signal that …", "the storm raised fears that …")
  const lemma = baseFormOf(word.toLowerCase(), 'noun') ?? token.lemma.toLowerCase();
  const first = synsetsOf(lemma, 'noun')[0];
  return first !== undefined && SPEAKER_FILES.has(lexicographerFileOf(first, 'noun'));
}

/**
 * The clause that starts at `at` (its head has its subtree start there or at the token after a
 * "that" there) and has a subject of its own; -1 if none.
 */
function clauseAt(text: string, tree: DependencyTree, at: number, sentenceEnd: number): number {
  const tokens = tree.tokens;
  const opening = tokens[at];
  if (opening === undefined) return -1;
  const that = /^that$/iu.test(wordOf(text, opening));
  for (let head = at + (that ? 1 : 0); head <= sentenceEnd; head += 1) {
    const token = tokens[head] as Token;
    if (token.pos !== 'VERB' && token.pos !== 'AUX' && token.pos !== 'ADJ' && token.pos !== 'NOUN') continue;
    const start = tree.subtreeStart(head);
    if (start !== at && start !== at + 1) continue;
    if (start === at + 1 && !that) continue;
    const subject = tree.dependents(head, ['nsubj', 'nsubj:pass', 'expl']).find((s) => s > at);
    if (subject === undefined) continue;
    // "made clear what is going on": a question, no proposition
    if (/^(?:what|who|whom|which|how|why|where|when|whether)$/iu.test(wordOf(text, tokens[subject] as Token)))
      return -1;
    return head;
  }
  return -1;
}

function sentenceEndOf(tokens: readonly Token[], tree: DependencyTree, at: number): number {
  let root = at;
  for (let guard = 0; guard < 200; guard += 1) {
    const head = (tokens[root] as Token).head;
    if (head < 0) break;
    root = head;
  }
  return tree.subtreeEnd(root);
}

/** The report at the light verb `at` (see above), or null. */
export function lightVerbReport(text: string, tree: DependencyTree, at: number): Proposal | null {
  const tokens = tree.tokens;
  const verb = tokens[at] as Token;
  if (verb.pos !== 'VERB' || !LIGHT_VERBS.has(verb.lemma.toLowerCase())) return null;
  const subject = tree.dependent(at, 'nsubj');
  if (subject < 0 || subject > at) return null;
  if (!speakingSubject(text, tokens[subject] as Token)) return null;
  // "did not make clear that …", "never gave an assurance that …": nothing said
  for (let between = subject + 1; between < at; between += 1)
    if (/^(?:not|n['’]t|never)$/iu.test(wordOf(text, tokens[between] as Token))) return null;
  const end = sentenceEndOf(tokens, tree, at);
  let next = at + 1;
  let message: number;
  if (verb.lemma.toLowerCase() === 'make') {
    if (/^it$/iu.test(wordOf(text, tokens[next] as Token))) next += 1;
    while (next <= end && (tokens[next] as Token).pos === 'ADV') next += 1;
    const adjective = tokens[next];
    if (adjective === undefined || !clarityAdjective(wordOf(text, adjective))) return null;
    message = next;
    next += 1;
    // "made it clear to the board that …": the addressee before the clause
    if (/^to$/iu.test(wordOf(text, tokens[next] ?? verb)) && next < end) {
      let after = next + 1;
      while (after <= end && !/^that$/iu.test(wordOf(text, tokens[after] as Token)) && after - next < 6)
        after += 1;
      if (!/^that$/iu.test(wordOf(text, tokens[after] ?? verb))) return null;
      next = after;
    }
  } else {
    // "gave an assurance that", "voiced concerns that", "issued a stark warning that"
    let noun = next;
    while (noun <= end && noun - next < 4 && (tokens[noun] as Token).pos !== 'NOUN') {
      if (!/^(?:DET|ADJ|ADV|NUM|PRON)$/u.test((tokens[noun] as Token).pos)) return null;
      // "offered no proof that …": nothing given
      if (/^(?:no|not|never)$/iu.test(wordOf(text, tokens[noun] as Token))) return null;
      noun += 1;
    }
    const token = tokens[noun];
    if (token === undefined || token.pos !== 'NOUN' || !messageNoun(token.lemma || wordOf(text, token)))
      return null;
    if (!/^that$/iu.test(wordOf(text, tokens[noun + 1] ?? verb))) return null;
    message = noun;
    next = noun + 1;
  }
  const clause = clauseAt(text, tree, next, end);
  if (clause < 0) return null;
  let first = next;
  if (/^that$/iu.test(wordOf(text, tokens[first] as Token))) first += 1;
  let last = tree.subtreeEnd(clause);
  while (last > first && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
  if (last <= first) return null;
  // (not the punctuation the subject's phrase opens with: "[,] the mayor of Frankfurt has …")
  let sourceFirst = tree.subtreeStart(subject);
  while (sourceFirst < subject && (tokens[sourceFirst] as Token).pos === 'PUNCT') sourceFirst += 1;
  return {
    candidate: {
      kind: 'indirect',
      cue: { start: verb.start, end: (tokens[message] as Token).end },
      source: {
        start: (tokens[sourceFirst] as Token).start,
        end: (tokens[tree.subtreeEnd(subject)] as Token).end,
      },
      content: [{ start: (tokens[first] as Token).start, end: (tokens[last] as Token).end }],
    },
  };
}

function* lightVerbProposals(text: string, segments: Segments): Generator<Proposal> {
  const tokens = segments.tokens;
  if (tokens.length === 0) return;
  const tree = new DependencyTree(tokens);
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at] as Token;
    if (token.pos !== 'VERB' || !LIGHT_VERBS.has(token.lemma.toLowerCase())) continue;
    const found = lightVerbReport(text, tree, at);
    if (found !== null) yield found;
  }
}

/**
 * A light verb inside a span some candidate holds adds nothing; a reported-speech candidate whose
 * cue is only a part of the phrase ("[concerns] that …", "[made] it very clear to staff that …")
 * takes the phrase as its cue, with the subject and clause the parse gives.
 */
export const LIGHT_VERB_REPORTS: ReportPass = {
  propose: lightVerbProposals,
  guards: [{ held: ALL_PARTS, checked: CUE, grows: ALL_PARTS }],
  merge: (existing, proposal) => {
    const cue = proposal.candidate.cue;
    const before = existing.cue;
    if (existing.kind !== 'indirect' || cue === null || before === null) return null;
    if (before.start < cue.start || before.end > cue.end) return null;
    if (before.start === cue.start && before.end === cue.end) return null;
    return { ...existing, cue, source: proposal.candidate.source, content: proposal.candidate.content };
  },
};
