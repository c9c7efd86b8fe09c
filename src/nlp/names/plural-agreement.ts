import type { Segments, Token } from '../../model/index.js';
import { lemmaOf, lexicographerFileOf, NOUN_GROUP, NOUN_PERSON, synsetsOf } from '../events/wordnet.js';
import { DependencyTree } from '../grammar/index.js';
import { honorific, lookupPlace } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';
import { nameHead, sentenceHolding, tokenAt } from './token-index.js';

/** Finite forms that agree with a plural subject only: "are", "were", "have", "do" (and their contractions). */
const PLURAL_FINITE = /^(?:are|were|have|do|'re|’re|'ve|’ve)$/iu;

/** Dependents of a predicate that carry its finite form ("have been nominated", "are examples"). */
const FINITE_DEPENDENTS = new Set(['aux', 'aux:pass', 'cop']);

/**
 * The finite word of the clause whose subject is the token at `subject`: the leftmost auxiliary or
 * copula of its predicate ("Kessel Row |have| been nominated", "Kessel Row |are| the best"), else the
 * predicate itself ("Kessel Row |have| a new album").
 */
function finiteWord(tokens: readonly Token[], subject: number): Token | undefined {
  const predicate = (tokens[subject] as Token).head;
  const governor = tokens[predicate];
  if (governor === undefined) return undefined;
  for (let position = Math.min(subject, predicate); position < predicate; position += 1) {
    const token = tokens[position] as Token;
    if (token.head === predicate && FINITE_DEPENDENTS.has(token.dep)) return token;
  }
  return governor;
}

/** The head has a conjunct or is one: "Kessel Row and Ann Hale are …" is a plural of two. */
function isCoordinated(tokens: readonly Token[], head: number): boolean {
  if ((tokens[head] as Token).dep === 'conj') return true;
  // the head's dependents from the document's tree (built once), not a scan of every token per name
  const tree = new DependencyTree(tokens);
  for (let nth = tree.childCount(head) - 1; nth >= 0; nth -= 1)
    if ((tokens[tree.child(head, nth)] as Token).dep === 'conj') return true;
  return false;
}

/**
 * Bands and other named groups typed PERSON ("Kessel Row have been nominated"): a person's name
 * is singular, so a name that is, alone, the subject of "are", "were", "have" or "do" (British
 * English puts a band, a team or a firm in the plural) names a group, an organisation. Read on the
 * parse: the name's head is the nominal subject of a predicate whose finite word is one of those,
 * and neither the head nor its subject is coordinated ("Ann Hale and Tom Lind are …"). A LOC name
 * the lexicon does not know as a place is judged the same way ("Glass Harbour were formed in
 * 1999"); a known place ("England are …", a team) keeps its type. A name that opens with a title,
 * an initial or "the" and ends in -s ("the Hales", a family) stays. Every mention of the same words
 * takes the type.
 */
export function typeGroupsByPluralAgreement(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const { tokens } = segments;
  if (tokens.length === 0) return names.slice();
  const groups = new Set<string>();
  for (const name of names) {
    if (!mayBeGroup(text, name)) continue;
    const head = nameHead(tokens, name);
    if (head < 0) continue;
    // (places take "which" too: only a PERSON is retyped by it)
    if (name.type === 'PERSON' && takesWhich(text, tokens, name, head)) {
      groups.add(text.slice(name.start, name.end));
      continue;
    }
    const token = tokens[head] as Token;
    if (token.dep !== 'nsubj' && token.dep !== 'nsubj:pass') continue;
    if (isCoordinated(tokens, head)) continue;
    const finite = finiteWord(tokens, head);
    if (finite === undefined) continue;
    if (PLURAL_FINITE.test(text.slice(finite.start, finite.end))) {
      if (standsAsSubject(text, tokens, name, finite) && !hasPluralOrRoleBefore(text, segments, name))
        groups.add(text.slice(name.start, name.end));
    } else if (ownsTheirInItsClause(text, segments, name, head)) groups.add(text.slice(name.start, name.end));
  }
  // "Mr Hale" anywhere in the text: a person after all
  for (const surface of groups)
    if (
      new RegExp(
        `\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.? ${escape(surface.slice(surface.lastIndexOf(' ') + 1))}\\b`,
        'u',
      ).test(text)
    )
      groups.delete(surface);
  if (groups.size === 0) return names.slice();
  return names.map((name) =>
    groups.has(text.slice(name.start, name.end)) && mayBeGroup(text, name)
      ? { start: name.start, end: name.end, type: 'ORG' }
      : name,
  );
}

/** WordNet's lexicographer file of the top nouns ("group", "entity"): noun.Tops. */
const NOUN_TOPS = 3;

/** Parts of speech before a name that make it an object, not a subject, whatever the parse says. */
const GOVERNING_BEFORE = new Set(['ADP', 'VERB', 'AUX', 'PRON', 'SCONJ']);

/**
 * The name reads as the subject of the finite word in the words themselves, not only in the parse:
 * the finite word comes right after it ("Kessel Row have") or right after an insertion between
 * commas ("Kessel Row, who formed in 1999, are …"), and the word before the name governs no object
 * ("a museum dedicated to Ann Hale are …", "people who like Ann Hale are …" are misparsed).
 */
function standsAsSubject(text: string, tokens: readonly Token[], name: NameMention, finite: Token): boolean {
  if (finite.start < name.end) return false;
  const before = tokens[tokenAt(tokens, name.start) - 1];
  // (one token table for the whole text: a word of the sentence before does not count)
  if (
    before !== undefined &&
    GOVERNING_BEFORE.has(before.pos) &&
    !/[.!?:;]/u.test(text.slice(before.end, name.start))
  )
    return false;
  const between = text.slice(name.end, finite.start);
  if (/^\s*$/u.test(between)) return true;
  return /^,[^.;:!?]*,\s*$/u.test(between);
}

/**
 * "Kessel Row earned a place for their home-town gig": "their" later in the clause of which the
 * name is the subject, with nothing in between that "their" could stand for instead: no pronoun,
 * no other name, no plural noun and no noun that is first a group or a person (`mayNamePeople`)
 * ("Ann Hale urged the team to keep their shape", "Ann Hale said the group were proud of their
 * sound"), and no clause with its own subject on the way up from "their" to the name's predicate.
 */
function ownsTheirInItsClause(text: string, segments: Segments, name: NameMention, head: number): boolean {
  const { tokens } = segments;
  const predicate = (tokens[head] as Token).head;
  const sentence = sentenceHolding(segments.sentences, name.start, name.end);
  if (sentence === undefined || predicate < head) return false;
  if (hasPluralOrRoleBefore(text, segments, name)) return false;
  // a main clause's subject: in "the one singer Ann Hale inspired their art" it is someone else's "their"
  if (!MAIN_CLAUSE.has((tokens[predicate] as Token).dep)) return false;
  for (let position = tokenAt(tokens, name.end); position < sentence.endToken; position += 1) {
    const token = tokens[position] as Token;
    const word = text.slice(token.start, token.end);
    if (/^their$/iu.test(word)) return dominatedBy(tokens, position, predicate, head);
    if (token.pos === 'PRON' || token.pos === 'PROPN') return false;
    if (token.pos === 'NOUN') {
      const lower = word.toLowerCase();
      if (lemmaOf(lower, 'noun') !== lower && /s$/u.test(lower)) return false;
      if (mayNamePeople(lemmaOf(lower, 'noun') ?? lower)) return false;
    }
  }
  return false;
}

/**
 * A noun whose first WordNet sense is a group or a person ("team", "band", "actor"), or one of the
 * top nouns ("group"; noun.Tops).
 */
function mayNamePeople(lemma: string): boolean {
  const first = synsetsOf(lemma, 'noun')[0];
  if (first === undefined) return false;
  const file = lexicographerFileOf(first, 'noun');
  return file === NOUN_GROUP || file === NOUN_PERSON || file === NOUN_TOPS;
}

/**
 * Words before the name in its sentence that may make it one of several or a role's holder: a
 * conjunction ("Kessel Row and actor Ann Hale have both left", misparsed), or a noun for a person
 * right before it, with or without a comma ("actor Ann Hale have", "rapper and songwriter, Ann Hale have").
 */
function hasPluralOrRoleBefore(text: string, segments: Segments, name: NameMention): boolean {
  const { tokens } = segments;
  const first = tokenAt(tokens, name.start);
  const sentence = sentenceHolding(segments.sentences, name.start, name.end);
  const from = sentence === undefined ? Math.max(0, first - 12) : sentence.firstToken;
  for (let position = from; position < first; position += 1)
    if ((tokens[position] as Token).pos === 'CCONJ') return true;
  let before = first - 1;
  if (before >= from && (tokens[before] as Token).pos === 'PUNCT') before -= 1;
  const token = tokens[before];
  if (before < from || token === undefined || token.pos !== 'NOUN') return false;
  const lower = text.slice(token.start, token.end).toLowerCase();
  const first0 = synsetsOf(lemmaOf(lower, 'noun') ?? lower, 'noun')[0];
  return first0 !== undefined && lexicographerFileOf(first0, 'noun') === NOUN_PERSON;
}

/**
 * "Hale Foods, which is due to report in May, …": a relative clause on the name, right after its
 * comma, opened by "which" (people take "who"). Read on the parse: "which" belongs to a relative
 * clause (or what the parse takes for an apposition) whose head is the name's head.
 */
function takesWhich(text: string, tokens: readonly Token[], name: NameMention, head: number): boolean {
  if (!/^,? which\b/u.test(text.slice(name.end, name.end + 8))) return false;
  const which = tokens[tokenAt(tokens, text.indexOf('which', name.end))];
  if (which === undefined) return false;
  const clause = tokens[which.head];
  return clause !== undefined && ['acl:relcl', 'acl', 'appos'].includes(clause.dep) && clause.head === head;
}

/** Relations of a predicate that heads a main clause (or a reported one). */
const MAIN_CLAUSE = new Set(['root', 'ccomp', 'parataxis', 'conj']);

/**
 * The token at `position` lies under `ancestor` in the parse, and no clause on the way has a subject
 * of its own ("Ann Hale said the band were proud of their sound": the band's "their").
 */
function dominatedBy(tokens: readonly Token[], position: number, ancestor: number, subject: number): boolean {
  for (let at = position, steps = 0; at >= 0 && steps < 40; steps += 1) {
    if (at === ancestor) return true;
    if (
      tokens.some((token, index) => index !== subject && token.head === at && token.dep.startsWith('nsubj'))
    )
      return false;
    at = (tokens[at] as Token).head;
  }
  return false;
}

function mayBeGroup(text: string, name: NameMention): boolean {
  const surface = text.slice(name.start, name.end);
  if (name.type === 'LOC') {
    if (lookupPlace(surface) !== undefined) return false;
  } else if (name.type !== 'PERSON') return false;
  const first = surface.split(' ')[0] as string;
  if (honorific(first) !== undefined || /^\p{Lu}\.?$/u.test(first)) return false;
  // "the Hales are": a family
  if (/s$/u.test(surface) && /\bthe $/iu.test(text.slice(Math.max(0, name.start - 4), name.start)))
    return false;
  return true;
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
