import type { EntityType, Segments, Token } from '../../model/index.js';
import { isFirstName } from '../coref/first-name-gender.js';
import { lemmaOf, lexicographerFileOf, NOUN_ARTIFACT, NOUN_GROUP, synsetsOf } from '../events/wordnet.js';
import { honorific, lookupPlace, organisation } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';
import { isOrganisationHead } from './organisation-heads.js';
import { nameHead, sentenceHolding } from './token-index.js';

/**
 * Verbs whose clausal complement ("X said he …") speaks for the subject: speech and thought. The
 * complement's pronoun subject is then, in news prose, the subject itself.
 */
const REPORTING_LEMMAS: ReadonlySet<string> = new Set(['say', 'tell', 'add', 'insist', 'admit', 'explain']);

const PERSONAL = /^(?:he|she)$/iu;

/** Clausal complements of the verb at `verb` ("said" → "was delighted", "rose"). */
function complementsOf(tokens: readonly Token[], verb: number, from: number, to: number): number[] {
  const found: number[] = [];
  for (let position = from; position < to; position += 1) {
    const token = tokens[position] as Token;
    if (token.head === verb && token.dep === 'ccomp') found.push(position);
  }
  return found;
}

/** The sentence's token range around `position`. */
function sentenceRange(segments: Segments, position: number): [number, number] {
  const token = segments.tokens[position] as Token;
  const sentence = sentenceHolding(segments.sentences, token.start, token.end);
  return sentence === undefined ? [0, segments.tokens.length] : [sentence.firstToken, sentence.endToken];
}

/**
 * What the subject's own pronoun says of the subject at `subject`, a token that is the nominal
 * subject of a reporting verb (`REPORTING_LEMMAS`): 'PERSON' when the subject of the verb's
 * clausal complement is "he" or "she" ("Tollan said he was delighted"), 'ORG' when the
 * complement's subject is owned by "its" ("Hadley Foods said its profits rose"); undefined otherwise.
 */
function pronounEvidence(text: string, segments: Segments, subject: number): EntityType | undefined {
  const { tokens } = segments;
  const token = tokens[subject] as Token;
  if (token.dep !== 'nsubj') return undefined;
  const verb = tokens[token.head];
  if (verb === undefined || !REPORTING_LEMMAS.has(verb.lemma)) return undefined;
  const [from, to] = sentenceRange(segments, subject);
  for (const complement of complementsOf(tokens, token.head, from, to)) {
    for (let position = from; position < to; position += 1) {
      const candidate = tokens[position] as Token;
      if (candidate.head !== complement || !candidate.dep.startsWith('nsubj')) continue;
      const word = text.slice(candidate.start, candidate.end);
      if (PERSONAL.test(word)) return 'PERSON';
      // "its profits": the owner of the complement's subject
      for (let inner = from; inner < to; inner += 1) {
        const owner = tokens[inner] as Token;
        if (
          owner.head === position &&
          owner.dep === 'nmod:poss' &&
          /^its$/iu.test(text.slice(owner.start, owner.end))
        )
          return 'ORG';
      }
    }
  }
  return undefined;
}

/** A name the lexicon files as a place or organisation, or whose last word heads organisations. */
function lexiconKnows(surface: string): boolean {
  const last = surface.slice(surface.lastIndexOf(' ') + 1);
  return (
    organisation(surface) !== undefined || lookupPlace(surface) !== undefined || isOrganisationHead(last)
  );
}

/**
 * A person-like name may be a company's: no title or initial first, and no given name first unless a
 * common plural ends it ("Stuart Rose … its prices" stays a person; "Hadley Foods" may be a company).
 */
function mayBeCompany(surface: string): boolean {
  const first = surface.split(' ')[0] as string;
  if (honorific(first) !== undefined || /^\p{Lu}\.?$/u.test(first)) return false;
  if (!isFirstName(first)) return true;
  // a given name first ("Hadley") and a common plural last ("Foods"): still a company's
  const last = surface.slice(surface.lastIndexOf(' ') + 1).toLowerCase();
  const lemma = lemmaOf(last, 'noun');
  return surface.includes(' ') && last.endsWith('s') && lemma !== null && lemma !== last;
}

/** A word English uses in lower case (WordNet knows it or its lemma): "Officials", "Victims", "Board". */
function isCommonWord(word: string, lemma: string): boolean {
  const lower = word.toLowerCase();
  return [lower, lemma.toLowerCase()].some(
    (form) =>
      synsetsOf(form, 'noun').length > 0 ||
      synsetsOf(form, 'verb').length > 0 ||
      synsetsOf(form, 'adj').length > 0,
  );
}

/** "joined Kelvex", "played for Kelvex", "at Kelvex", "against Kelvex": a body or a place somewhere in the text. */
const BODY_OR_PLACE_BEFORE = /\b(?:join(?:s|ed|ing)?|for|at|in|against)\s+$/iu;

function actsAsPlaceOrBody(text: string, surface: string): boolean {
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length))
    if (BODY_OR_PLACE_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return true;
  return false;
}

/**
 * An ORG, LOC or plain MISC name that may be a person's: the lexicon does not know it, nothing in the
 * text says "the X" ("the International Rugby Board said he …" reports on someone else), and its last word's
 * first WordNet sense is no group or made thing ("Board", "Club", "Council").
 */
function mayBePerson(text: string, name: NameMention, surface: string): boolean {
  if (name.type === 'PERSON' || (name.type === 'MISC' && name.subtype !== undefined) || lexiconKnows(surface))
    return false;
  if (text.includes(`the ${surface}`) || text.includes(`The ${surface}`) || actsAsPlaceOrBody(text, surface))
    return false;
  const last = surface.slice(surface.lastIndexOf(' ') + 1).toLowerCase();
  const first = synsetsOf(last, 'noun')[0];
  if (first === undefined) return true;
  const file = lexicographerFileOf(first, 'noun');
  return file !== NOUN_GROUP && file !== NOUN_ARTIFACT;
}

/**
 * Types by the subject's own pronoun in what it reports, read on the parse. A name that is the
 * subject of a verb of speech or thought whose complement has "he" or "she" as its subject is a
 * person ("Tollan said he was delighted", "Ostrava said she would publish"): an ORG, LOC or MISC
 * name the lexicon does not know becomes PERSON, and a capitalised word the recogniser missed there
 * (a proper noun on the parse that WordNet does not know as a common word) is added as one. A PERSON
 * name whose complement's subject is owned by "its" is an organisation ("Hadley Foods said its
 * profits rose", "Marrow Lines said its ferry …"), unless it opens with a title. Every other mention
 * of the same surface takes the new type (one name, one reading in a text).
 */
export function typeNamesByPronouns(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const { tokens } = segments;
  if (tokens.length === 0) return names.slice();
  const retyped = new Map<string, EntityType>();
  for (const name of names) {
    const head = nameHead(tokens, name);
    if (head < 0) continue;
    const evidence = pronounEvidence(text, segments, head);
    if (evidence === undefined) continue;
    const surface = text.slice(name.start, name.end);
    // a person's mention says so for the same name typed otherwise elsewhere ("Darnell and Okafor" as towns)
    if (evidence === 'PERSON' && (name.type === 'PERSON' || mayBePerson(text, name, surface)))
      retyped.set(surface, 'PERSON');
    if (evidence === 'ORG' && name.type === 'PERSON' && mayBeCompany(surface)) retyped.set(surface, 'ORG');
  }
  // proper nouns the recogniser missed, subjects of "… said he"
  const added: NameMention[] = [];
  let next = 0;
  for (let position = 0; position < tokens.length; position += 1) {
    const token = tokens[position] as Token;
    while (next < names.length && (names[next] as NameMention).end <= token.start) next += 1;
    const covering = names[next];
    if (covering !== undefined && covering.start <= token.start) continue;
    if (token.pos !== 'PROPN') continue;
    const word = text.slice(token.start, token.end);
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word) || lexiconKnows(word) || honorific(word) !== undefined) continue;
    if (isCommonWord(word, token.lemma) || actsAsPlaceOrBody(text, word)) continue;
    // one word alone: nothing capitalised next to it
    const left = tokens[position - 1];
    const right = tokens[position + 1];
    if (
      left !== undefined &&
      left.end === token.start - 1 &&
      /^\p{Lu}/u.test(text.slice(left.start, left.end))
    )
      if (left.pos === 'PROPN') continue;
    if (right !== undefined && right.start === token.end + 1 && right.pos === 'PROPN') continue;
    if (pronounEvidence(text, segments, position) !== 'PERSON') continue;
    added.push({ start: token.start, end: token.end, type: 'PERSON' });
    retyped.set(word, 'PERSON');
  }
  // and the same word elsewhere, alone ("Quenby scored twice. Quenby said he …")
  const addedWords = new Set(added.map((name) => text.slice(name.start, name.end)));
  if (addedWords.size > 0) {
    const taken = [...names, ...added];
    for (const token of tokens) {
      const word = text.slice(token.start, token.end);
      if (!addedWords.has(word) || token.pos !== 'PROPN') continue;
      if (taken.some((name) => name.start < token.end && token.start < name.end)) continue;
      added.push({ start: token.start, end: token.end, type: 'PERSON' });
    }
  }
  if (retyped.size === 0) return names.slice();
  const output = names.map((name) => {
    const surface = text.slice(name.start, name.end);
    const type = retyped.get(surface);
    if (type === undefined || type === name.type) return name;
    if (type === 'PERSON' && !mayBePerson(text, name, surface)) return name;
    return { start: name.start, end: name.end, type };
  });
  return [...output, ...added].sort((a, b) => a.start - b.start);
}
