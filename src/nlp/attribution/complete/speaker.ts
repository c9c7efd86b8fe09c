import type { Entity, Span, TimeExpression, Token } from '../../../model/index.js';
import { appositionName } from '../../grammar/index.js';
import { hasLemma } from '../../events/wordnet.js';
import { honorificOf } from '../../coref/lexicon.js';
import {
  describedOrganisation,
  nearbyOrganisation,
  describedPerson,
  isPersonNoun,
  relatedRoleHolder,
  roleHolder,
} from './role-description.js';
import { personNoun, roleNoun } from '../../lexicon/index.js';
import type { DocumentIndex, IndexedMention } from './document-index.js';
import { entityGender } from './recent-speaker.js';
import { documentNoun } from './document-sources.js';
import { relativeSourcePhrase } from '../spans/relative-sources.js';
import { SPEECH_VERBS } from '../quotes/speech-verbs.js';
import {
  ANONYMOUS_HEADS,
  INDEFINITE_DETERMINERS,
  ORGANISATION_CLASSIFIERS,
  ROLE_HEADS,
  STATEMENT_HEADS,
} from './words.js';

/** Who a source span stands for. */
export interface SourceResolution {
  /** One entity id, several for a coordination ("The United States and France"), or null. */
  readonly speaker: string | readonly string[] | null;
  /** True for an unnamed source ("One person", "officials", "a Turkish official"). */
  readonly anonymous: boolean;
}

const UNRESOLVED: SourceResolution = { speaker: null, anonymous: false };

/** Entities that can speak: people, organisations and places standing for governments ("Ukraine said"). */
function canSpeak(entity: Entity): boolean {
  return entity.type !== 'MISC';
}

/**
 * A people named in the plural ("the Palestinians", "Venezuelans", who say …): a group that speaks as
 * one, though the name finder types it a nationality (MISC, NORP). "Palestinian" alone is an adjective.
 */
function isGroupName(index: DocumentIndex, mention: IndexedMention): boolean {
  return (
    mention.kind === 'name' &&
    mention.entity.type === 'MISC' &&
    mention.entity.subtype === 'NORP' &&
    /\p{Ll}s$/u.test(index.text.slice(mention.start, mention.end))
  );
}

/** Whether the entity a mention names can be a speaker. */
function speaksThrough(index: DocumentIndex, mention: IndexedMention): boolean {
  return canSpeak(mention.entity) || isGroupName(index, mention);
}

interface PhraseResolution {
  readonly entity: Entity | null;
  readonly anonymous: boolean;
}

/** A name mention starting exactly at `token`, so that "Bank of England" is read as one unit. */
function nameMentionAt(index: DocumentIndex, token: Token): IndexedMention | null {
  const mention = index.mentionCovering(token.start, token.end);
  return mention !== null && mention.kind === 'name' && mention.start === token.start ? mention : null;
}

/** First token index at or after `from` whose start is at or after `offset`. */
function tokenFrom(index: DocumentIndex, from: number, offset: number): number {
  let position = from;
  while (position < index.tokens.length && (index.tokens[position] as Token).start < offset) position += 1;
  return position;
}

/**
 * The pre-head part of a noun phrase: tokens up to its first post-modifier. "four sources close to
 * the Kremlin" → "four sources"; "Alexander Bortnikov, the head of the FSB" → "Alexander Bortnikov";
 * "people familiar with the matter" → "people". A name mention is one unit ("Bank of England").
 */
function headRegionEnd(index: DocumentIndex, first: number, end: number): number {
  let sawNoun = false;
  let position = first;
  while (position < end) {
    const token = index.tokens[position] as Token;
    // "the Sydney-born actress", "a New York-based analyst": a compound modifier, not the head
    const modifierEnd = hyphenModifierEnd(index, position, end);
    if (modifierEnd > position) {
      position = modifierEnd;
      continue;
    }
    const mention = nameMentionAt(index, token);
    if (mention !== null && mention.end > token.end) {
      position = tokenFrom(index, position, mention.end);
      sawNoun = true;
      continue;
    }
    const word = index.tokenText(position);
    // "The Green Union Party's parliamentary leader", "Scotland's first minister": the possessor is the
    // phrase's determiner, and the head comes after its adjectives
    if (/^['’]s?$/u.test(word) && position > first && token.pos !== 'PUNCT') {
      sawNoun = false;
      position += 1;
      continue;
    }
    switch (token.pos) {
      case 'PUNCT':
        // "Russia’s" is tokenised with the apostrophe inside or as its own particle; hyphens join words.
        if (word !== '-' && word !== '’' && word !== "'") return position;
        // a dash with spaces opens an apposition, as a comma does: "Fund manager Ann Lee - Acme's
        // largest investor - said"
        if (word === '-' && position > first && !glued(index, position - 1, position)) return position;
        break;
      case 'ADP':
      case 'SCONJ':
      case 'VERB':
      case 'AUX':
        return position;
      case 'PRON':
        // "He" (the whole source) and "His aide" (a possessive) start a phrase; "who" ends one.
        if (position !== first) return position;
        break;
      case 'ADJ':
      case 'ADV':
        // "The U.S. military said" with "military" tagged an adjective: the subject's head, a noun
        if (adjectiveSubject(index, position)) {
          sawNoun = true;
          break;
        }
        // "A top US public health expert": after a place's name, an adjective that modifies a person
        // noun later in the phrase still leads to the head ("people familiar with …" hangs on the
        // noun before it; "A CBI quarterly survey" stays the organisation's)
        if (
          token.dep === 'amod' &&
          token.head > position &&
          token.head < end &&
          placeBefore(index, position) &&
          isCommonPersonWord(index.tokenText(compoundHead(index, token.head, end)))
        )
          break;
        // "UN chief Bai Ko-lam": a role word tagged as an adjective still leads to the head
        if (sawNoun && !(token.pos === 'ADJ' && ROLE_HEADS.has(word.toLowerCase()))) return position;
        break;
      case 'NOUN':
      case 'PROPN':
      case 'NUM':
        sawNoun = true;
        break;
      default:
        break;
    }
    position += 1;
  }
  return end;
}

/** The noun a compound modifier leads to inside the phrase: "health" → "expert" in "health expert". */
function compoundHead(index: DocumentIndex, position: number, end: number): number {
  let at = position;
  for (let step = 0; step < 8; step += 1) {
    const token = index.tokens[at] as Token;
    if (token.dep !== 'compound' || token.head <= at || token.head >= end) return at;
    at = token.head;
  }
  return at;
}

/** Whether the token before `position` ends a place's name ("US" in "a US public health expert"). */
function placeBefore(index: DocumentIndex, position: number): boolean {
  const previous = index.tokens[position - 1];
  if (previous === undefined) return false;
  const mention = index.mentionCovering(previous.start, previous.end);
  return mention !== null && mention.kind === 'name' && mention.entity.type === 'LOC';
}

/**
 * An adjective the parse makes a subject ("The U.S. military did not respond"): a noun in function; so
 * is an adverb that WordNet has as a noun ("The Leeds-based firm said" with "firm" tagged an adverb).
 */
function adjectiveSubject(index: DocumentIndex, position: number): boolean {
  const token = index.tokens[position] as Token;
  if (token.dep !== 'nsubj' && token.dep !== 'nsubj:pass') return false;
  if (token.pos === 'ADJ') return true;
  return token.pos === 'ADV' && hasLemma(index.tokenText(position).toLowerCase(), 'noun');
}

/**
 * The end of a hyphenated compound that opens at `position` and modifies a word after it: "Sydney-born"
 * and "New York-based" before "actress" or "analyst" (the words and hyphens written without spaces,
 * a name mention read as one word), so that the place is no head; `position` when there is none, or
 * when the compound ends the phrase's pre-head part ("Coca-Cola said": the compound is the head).
 */
function hyphenModifierEnd(index: DocumentIndex, position: number, end: number): number {
  let last = position;
  const mention = nameMentionAt(index, index.tokens[position] as Token);
  if (mention !== null) last = tokenFrom(index, position, mention.end) - 1;
  let joined = false;
  while (
    last + 2 < end &&
    index.tokenText(last + 1) === '-' &&
    glued(index, last, last + 1) &&
    glued(index, last + 1, last + 2)
  ) {
    last += 2;
    joined = true;
  }
  if (!joined || last + 1 >= end) return position;
  const next = (index.tokens[last + 1] as Token).pos;
  // (a noun tagged an adverb counts: "the London-based firm said")
  return next === 'NOUN' || next === 'PROPN' || next === 'ADJ' || adjectiveSubject(index, last + 1)
    ? last + 1
    : position;
}

/** Whether token `b` follows token `a` with no space between them. */
function glued(index: DocumentIndex, a: number, b: number): boolean {
  return (index.tokens[a] as Token).end === (index.tokens[b] as Token).start;
}

function isPossessive(word: string): boolean {
  return /^(?:his|her|its|their|our|my|your)$/i.test(word) || /['’]s$/i.test(word);
}

/**
 * Anonymous: an unresolved common-noun head that leaves the person unnamed. Source nouns ("source",
 * "people", "official") are anonymous with any determiner; role nouns ("minister", "spokesman")
 * only when indefinite, counted or a bare plural: "the head of the FSB" is identified by the role.
 */
function isAnonymousHead(index: DocumentIndex, first: number, head: number): boolean {
  const headWord = index.tokenText(head).toLowerCase();
  const person = personNoun(headWord);
  if (ANONYMOUS_HEADS.has(headWord) || person?.anonymousSource === true) return true;
  // "a man", "two witnesses", "a spokesman": people unnamed; "the head of …": identified by the role;
  // so any word WordNet has first for a person ("A lifeguard said", "two paramedics said")
  if (
    !ROLE_HEADS.has(headWord) &&
    person === undefined &&
    roleNoun(headWord) === undefined &&
    !isPersonNoun(headWord)
  )
    return false;
  const firstWord = index.tokenText(first).toLowerCase();
  const firstToken = index.tokens[first] as Token;
  if (INDEFINITE_DETERMINERS.has(firstWord) || firstToken.pos === 'NUM') return true;
  let definite = firstToken.pos === 'DET' || isPossessive(firstWord);
  for (let position = first + 1; position < head && !definite; position += 1)
    definite = isPossessive(index.tokenText(position));
  // "Ministers said": a bare plural.
  return !definite && headWord.endsWith('s');
}

const PERSON_PRONOUNS = /^(?:he|she|him|her)$/i;
const THING_PRONOUNS = /^(?:it)$/i;

/** How many sentences back a pronoun's antecedent is looked for, then how far when none was found. */
const PRONOUN_REACH = 2;
const PRONOUN_LONG_REACH = 6;

const PRONOUN_GENDER: Readonly<Record<string, 'm' | 'f'>> = { he: 'm', him: 'm', she: 'f', her: 'f' };

/**
 * A pronoun the coreference step left without an entity: the nearest preceding entity of the
 * right kind in this or the two sentences before ("Smith … He said" → Smith); a person for he/she
 * who agrees in gender, an organisation for "it"; when none is that near, the nearest person who
 * agrees up to six sentences back ("Dana Reyes … [a paragraph about her] … She explained: …").
 * `exclude` is the speaker of the quotation the pronoun sits in: inside Smith's quotation, "he" is
 * someone else.
 */
function resolvePronounFallback(
  index: DocumentIndex,
  token: Token,
  word: string,
  exclude: ReadonlySet<string>,
): Entity | null {
  if (/^they$/iu.test(word)) return theyFallback(index, token, exclude);
  const wanted = PERSON_PRONOUNS.test(word) ? 'PERSON' : THING_PRONOUNS.test(word) ? 'ORG' : null;
  if (wanted === null) return null;
  const gender = PRONOUN_GENDER[word.toLowerCase()];
  const sentence = index.sentenceIndexAt(token.start);
  const quoted = wanted === 'PERSON' ? namedInQuotationBefore(index, token) : new Set<string>();
  const accept = (candidate: IndexedMention): boolean => {
    if (candidate.entity.type !== wanted || exclude.has(candidate.entity.id)) return false;
    if (quoted.has(candidate.entity.id)) return false;
    if (gender === undefined) return true;
    const known = entityGender(index.text, candidate.entity);
    return known === undefined || known === gender;
  };
  for (const reach of wanted === 'PERSON' ? [PRONOUN_REACH, PRONOUN_LONG_REACH] : [PRONOUN_REACH]) {
    const limitSentence = index.sentences[Math.max(0, sentence - reach)];
    const limit = limitSentence === undefined ? 0 : limitSentence.start;
    const mention = index.mentionBefore(token.start, limit, accept);
    if (mention === null) continue;
    // a subject pronoun carries on the subject of the sentence before, not the last name in it: "The
    // council examined contracts with Acme and Borg. However, it concluded …" → the council
    if (reach === PRONOUN_REACH && token.dep.startsWith('nsubj')) {
      const topic = previousSubject(index, sentence, token.start, accept);
      if (topic !== null && topic.start < mention.start) return topic.entity;
    }
    // far back, not past a person described in between ("A spokesperson for the council …")
    if (reach > PRONOUN_REACH && personDescribedBetween(index, mention.end, token.start)) return null;
    return mention.entity;
  }
  return null;
}

/**
 * "They" as a subject the coreference step left without an entity: the body or people that was the
 * main clause's subject of the sentence just before ("Police say … They say …" → the police), when
 * nothing that could be it is named in between.
 */
function theyFallback(index: DocumentIndex, token: Token, exclude: ReadonlySet<string>): Entity | null {
  if (!token.dep.startsWith('nsubj')) return null;
  const accept = (candidate: IndexedMention): boolean =>
    (candidate.entity.type === 'ORG' || isGroupName(index, candidate)) && !exclude.has(candidate.entity.id);
  const sentence = index.sentenceIndexAt(token.start);
  const topic = previousSubject(index, sentence, token.start, accept);
  return topic !== null && reportedBefore(index, sentence) ? topic.entity : null;
}

/** Whether the sentence before `sentence` is a report: its main verb is a verb of speech ("Police say …"). */
export function reportedBefore(
  index: { tokens: readonly Token[]; sentences: readonly Span[] },
  sentence: number,
): boolean {
  const previous = index.sentences[sentence - 1];
  if (previous === undefined) return false;
  return index.tokens.some(
    (token) =>
      token.start >= previous.start &&
      token.end <= previous.end &&
      token.dep === 'root' &&
      SPEECH_VERBS.has(token.lemma),
  );
}

/**
 * "“I never met Dan Crewe,” he said", "“…,” said she": the entities named inside the quotation that the
 * pronoun reports (its closing mark right before the pronoun, or before its reporting verb). A speaker
 * seldom names himself so: whoever the quotation names is someone else.
 */
function namedInQuotationBefore(index: DocumentIndex, token: Token): Set<string> {
  const named = new Set<string>();
  if (!token.dep.startsWith('nsubj')) return named;
  const text = index.text;
  const before = /[”"][\s,]*(?:[\p{L}]+\s+)?$/u.exec(text.slice(Math.max(0, token.start - 30), token.start));
  if (before === null) return named;
  const close = token.start - before[0].length;
  let open = close - 1;
  while (open >= 0 && text[open] !== '“' && text[open] !== '"' && text[open] !== '\n') open -= 1;
  if (open < 0 || text[open] === '\n') return named;
  for (const mention of index.mentionsInside({ start: open, end: close }))
    if (mention.kind === 'name') named.add(mention.entity.id);
  return named;
}

/**
 * The mention that is the main clause's subject of the sentence before `sentence`, when no mention
 * `accept` takes stands between the start of this sentence and `before`; else null.
 */
function previousSubject(
  index: DocumentIndex,
  sentence: number,
  before: number,
  accept: (mention: IndexedMention) => boolean,
): IndexedMention | null {
  const current = index.sentences[sentence];
  const previous = index.sentences[sentence - 1];
  if (current === undefined || previous === undefined) return null;
  if (index.mentionBefore(before, current.start, accept) !== null) return null;
  for (const mention of index.mentionsInside(previous)) {
    if (!accept(mention)) continue;
    const [first, end] = index.tokenRange(mention);
    for (let position = first; position < end; position += 1) {
      const token = index.tokens[position] as Token;
      if (token.head >= first && token.head < end) continue;
      const governor = index.tokens[token.head];
      if (token.dep === 'nsubj' && governor !== undefined && governor.dep === 'root') return mention;
    }
  }
  return null;
}

/** Whether a singular common noun for a person ("spokesperson", not "officials") lies in [from, to). */
function personDescribedBetween(index: DocumentIndex, from: number, to: number): boolean {
  const [first, end] = index.tokenRange({ start: from, end: to });
  for (let position = first; position < end; position += 1) {
    const candidate = index.tokens[position] as Token;
    const text = index.tokenText(position);
    if (
      candidate.pos === 'NOUN' &&
      candidate.lemma.toLowerCase() === text.toLowerCase() &&
      isCommonPersonWord(text)
    )
      return true;
  }
  return false;
}

/** A common noun for a person: "spokesman", "official", "minister", "source". */
export function isCommonPersonWord(word: string): boolean {
  const lower = word.toLowerCase();
  return ANONYMOUS_HEADS.has(lower) || ROLE_HEADS.has(lower) || personNoun(lower) !== undefined;
}

/**
 * The ORG named right before a classifier head, with only nouns or adjectives between them. A
 * document speaks for the organisation that issued it: "an FA statement said", "a Tallis Bureau
 * affidavit states" (a document: a statement word, or a noun whose first senses are communication
 * or cognition in WordNet), and for its possessor, an organisation or a person, named or described:
 * "The Audit Office's annual report showed", "Ms Varga's letter said", "the ministry's report found".
 */
function classifiedOrganisation(index: DocumentIndex, first: number, head: number): Entity | null {
  const headWord = index.tokenText(head).toLowerCase();
  // "one GOP source": a word for a person is no document, whatever its other senses
  const document =
    STATEMENT_HEADS.has(headWord) ||
    (!isCommonPersonWord(headWord) && !isPersonNoun(headWord) && documentNoun(headWord));
  if (!ORGANISATION_CLASSIFIERS.has(headWord) && !document) return null;
  for (let position = head - 1; position >= first; position -= 1) {
    const token = index.tokens[position] as Token;
    if (document && token.pos === 'PART' && /^['’]s?$/u.test(index.tokenText(position))) {
      const owner = index.tokens[position - 1];
      const mention = owner === undefined ? null : index.mentionCovering(owner.start, owner.end);
      const type = mention?.entity.type;
      // a named possessor, or a description of an organisation or a person ("the ministry's report")
      return mention !== null &&
        (mention.kind === 'name' || mention.kind === 'nominal') &&
        (type === 'ORG' || type === 'PERSON')
        ? mention.entity
        : null;
    }
    const mention = index.mentionCovering(token.start, token.end);
    if (mention !== null && mention.entity.type === 'ORG') return mention.entity;
    if (token.pos !== 'NOUN' && token.pos !== 'ADJ' && token.pos !== 'PROPN') return null;
  }
  return null;
}

/**
 * Who issued a statement or study the source is: "the report from the Air Safety Board", "a letter by Anna
 * Berg", "the findings of the Lake Institute" — the organisation or person named in a from/by/of
 * phrase right after a statement word, when that name ends the source (in "a letter from the lawyer
 * of Anna Berg" the name is the lawyer's client, not the letter's author).
 */
const OWNER_BEFORE_NAME = /^(?:(?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}[\p{L}.-]*['’]s\s+)?$/u;

function issuerAfter(index: DocumentIndex, head: number, regionEnd: number, end: number): Entity | null {
  if (regionEnd !== head + 1) return null;
  const preposition = index.tokenText(regionEnd).toLowerCase();
  if (!issuedWith(index, head, preposition)) return null;
  let position = regionEnd + 1;
  while (position < end && /^(?:the|a|an)$/iu.test(index.tokenText(position))) position += 1;
  if (position >= end) return null;
  let last = end;
  while (last > position && /^[,)]$/u.test(index.tokenText(last - 1))) last -= 1;
  if (last <= position) return null;
  const lastToken = index.tokens[last - 1] as Token;
  // the name's mention ends the source and starts right after the preposition and its article
  // (a name mention may hold its article: "the Ledger")
  const from = (index.tokens[position] as Token).start;
  const afterPreposition = (index.tokens[regionEnd + 1] as Token).start;
  for (const mention of index.mentionsInside({ start: afterPreposition, end: lastToken.end }))
    if (
      mention.kind === 'name' &&
      // right after the preposition, or after a named possessor ("from Norway's Safety Board")
      (mention.start < from || OWNER_BEFORE_NAME.test(index.text.slice(from, mention.start))) &&
      mention.end === lastToken.end &&
      (mention.entity.type === 'ORG' || mention.entity.type === 'PERSON')
    )
      return mention.entity;
  return null;
}

/** Places on the web where a document is published under its owner's name. */
const WEB_OUTLETS: ReadonlySet<string> = new Set([
  'website',
  'site',
  'webpage',
  'homepage',
  'page',
  'blog',
  'account',
  'feed',
  'channel',
]);

/**
 * Who published a document the source is on a web outlet of theirs: "a report on the Ledger's website",
 * "a statement on its Facebook page", "an article in Acme's blog" — the possessor of the outlet that
 * ends the source, an organisation or a person (named, described or a resolved pronoun).
 */
function publisherOf(index: DocumentIndex, head: number, regionEnd: number, end: number): Entity | null {
  if (regionEnd !== head + 1 || regionEnd >= end) return null;
  const preposition = index.tokenText(regionEnd).toLowerCase();
  if (preposition !== 'on' && preposition !== 'in') return null;
  const word = index.tokenText(head).toLowerCase();
  const document =
    STATEMENT_HEADS.has((index.tokens[head] as Token).lemma.toLowerCase()) ||
    (!isCommonPersonWord(word) && !isPersonNoun(word) && documentNoun(word));
  if (!document) return null;
  let last = end;
  while (last > regionEnd + 1 && /^[,)]$/u.test(index.tokenText(last - 1))) last -= 1;
  if (last <= regionEnd + 1) return null;
  if (!WEB_OUTLETS.has(index.tokenText(last - 1).toLowerCase()))
    return preposition === 'in' ? outletNamed(index, regionEnd, last) : null;
  for (let position = last - 2; position > regionEnd; position -= 1) {
    const token = index.tokens[position] as Token;
    const text = index.tokenText(position);
    const marker = token.pos === 'PART' && /^['’]s?$/u.test(text);
    const pronoun = token.pos === 'PRON' && token.dep === 'nmod:poss';
    if (!marker && !pronoun) continue;
    const owner = marker ? index.tokens[position - 1] : token;
    const mention = owner === undefined ? null : index.mentionCovering(owner.start, owner.end);
    const type = mention?.entity.type;
    return mention !== null && (type === 'ORG' || type === 'PERSON') ? mention.entity : null;
  }
  return null;
}

/**
 * The outlet a document appeared in, named by the phrase after "in" that ends the source: "a report in
 * the Valdor Times", "a weekend article in the Harbour-based Daily Courier". The phrase is one
 * organisation's name, past its article and hyphenated modifiers ("China-published"), that ends the
 * source (in "a report in the Valdor Times archive" the name is no outlet of its own). `last` is the
 * end of the source, its trailing comma left out.
 */
function outletNamed(index: DocumentIndex, preposition: number, last: number): Entity | null {
  let position = preposition + 1;
  while (position < last && /^(?:the|a|an)$/iu.test(index.tokenText(position))) position += 1;
  position = hyphenModifierEnd(index, position, last);
  if (position >= last) return null;
  const lastToken = index.tokens[last - 1] as Token;
  const from = (index.tokens[position] as Token).start;
  const opening = (index.tokens[preposition + 1] as Token).start;
  for (const mention of index.mentionsInside({ start: opening, end: lastToken.end })) {
    if (mention.kind !== 'name' || mention.entity.type !== 'ORG' || mention.end !== lastToken.end) continue;
    // the mention may hold its article ("the Ledger"), never a word before the phrase's modifiers
    if (mention.start > from) continue;
    return mention.entity;
  }
  return null;
}

/**
 * Whether the head and the preposition after it name who issued it: a statement word with from, by or
 * of ("the report of the Lake Institute"); any other document, study or count, a noun whose first
 * WordNet senses are communication or cognition, only with by or from ("a survey by the Ledger",
 * "research from the Rowan Institute"): "a review of Acme", "a poll of Acme staff" name what was studied.
 */
function issuedWith(index: DocumentIndex, head: number, preposition: string): boolean {
  if (preposition !== 'from' && preposition !== 'by' && preposition !== 'of') return false;
  if (STATEMENT_HEADS.has((index.tokens[head] as Token).lemma.toLowerCase())) return true;
  if (preposition === 'of') return false;
  const word = index.tokenText(head).toLowerCase();
  return !isCommonPersonWord(word) && !isPersonNoun(word) && documentNoun(word);
}

function resolvePhrase(
  index: DocumentIndex,
  first: number,
  end: number,
  exclude: ReadonlySet<string>,
): PhraseResolution {
  const regionEnd = headRegionEnd(index, first, end);
  let head = -1;
  for (let position = regionEnd - 1; position >= first; position -= 1) {
    const pos = (index.tokens[position] as Token).pos;
    if (
      pos === 'NOUN' ||
      pos === 'PROPN' ||
      pos === 'PRON' ||
      pos === 'NUM' ||
      adjectiveSubject(index, position)
    ) {
      head = position;
      break;
    }
  }
  if (head < 0) return { entity: null, anonymous: false };
  const headToken = index.tokens[head] as Token;
  // the head's mention lies inside the phrase: a mention running out of it belongs to a wider text
  const mention = index.mentionCovering(headToken.start, headToken.end, {
    start: (index.tokens[first] as Token).start,
    end: (index.tokens[end - 1] as Token).end,
  });
  const word = index.tokenText(head);
  // a description of a person ("the spokesman") tied to an organisation or place is a coreference slip
  // as is "he" or "she" held by one
  const personDescription =
    mention !== null &&
    mention.entity.type !== 'PERSON' &&
    ((mention.kind === 'nominal' && isCommonPersonWord(word)) ||
      (mention.kind === 'pronoun' && PERSON_PRONOUNS.test(word)));
  if (mention !== null && speaksThrough(index, mention) && !personDescription)
    return { entity: mention.entity, anonymous: false };
  if (headToken.pos === 'PRON') {
    if (mention !== null && !personDescription) return { entity: null, anonymous: false };
    return { entity: resolvePronounFallback(index, headToken, word, exclude), anonymous: false };
  }
  // "Officials said" at the start of a sentence is tagged as a proper noun
  const commonNoun = headToken.pos === 'NOUN' || isCommonPersonWord(word);
  if (headToken.pos === 'PROPN' && !commonNoun) {
    // "Reuters News Agency reported" with only "Reuters" found as a name: the organisation that
    // opens the longer name, not another one whose name ends in "Agency"
    const opening = openingOrganisation(index, first, head);
    if (opening !== null) return { entity: opening, anonymous: false };
    // "Mr Varga said" when the name finder tagged only "Helena Varga" earlier.
    const byName = index.entityByLastWord(word) ?? organisationByInitialWord(index, word);
    if (byName !== null) return { entity: byName, anonymous: false };
    // A name the entity step did not resolve is still a name: not anonymous.
    return { entity: null, anonymous: false };
  }
  // "The Coastal Ledger newspaper", "the Islamic State terrorist group": a name and its classifier.
  const classified = classifiedOrganisation(index, first, head);
  if (classified !== null) return { entity: classified, anonymous: false };
  // "the report from the Air Safety Board", "a statement by Anna Berg", "a survey by the Ledger": whoever issued it
  const issuer = issuerAfter(index, head, regionEnd, end) ?? publisherOf(index, head, regionEnd, end);
  if (issuer !== null) return { entity: issuer, anonymous: false };
  // A common-noun head. Names before it do not name the source ("a Turkish official", "Clinton
  // aides", "four Kremlin sources"); a possessive makes a role definite ("Smith's lawyer").
  return { entity: null, anonymous: isAnonymousHead(index, first, head) };
}

/**
 * The organisation named at the start of a longer proper name whose head the name finder left out:
 * "Reuters News Agency" after "Reuters" was found, every word up to the head a proper noun.
 */
function openingOrganisation(index: DocumentIndex, first: number, head: number): Entity | null {
  let start = first;
  while (start < head && (index.tokens[start] as Token).pos === 'DET') start += 1;
  if (start >= head) return null;
  for (let position = start; position < head; position += 1)
    if ((index.tokens[position] as Token).pos !== 'PROPN') return null;
  const token = index.tokens[start] as Token;
  const mention = index.mentionCovering(token.start, token.end);
  if (mention === null || mention.kind !== 'name' || mention.entity.type !== 'ORG') return null;
  // the mention must stop before the head, and no other name follows it
  const headToken = index.tokens[head] as Token;
  if (mention.end > headToken.start) return null;
  // and the words after it are common nouns that classify it ("News Agency", "Press Service"), not
  // the rest of a person's name ("Rep. Jim" read as an organisation before "McDermott")
  for (let position = start + 1; position <= head; position += 1) {
    const next = index.tokens[position] as Token;
    if (next.start < mention.end) continue;
    if (index.mentionCovering(next.start, next.end) !== null) return null;
    if (!hasLemma(index.tokenText(position).toLowerCase(), 'noun')) return null;
  }
  return mention.entity;
}

/**
 * The one organisation whose name opens with a word in capitals that stands alone as the source: "AZ
 * claim …" after "AZ Alkmaar" was named.
 */
function organisationByInitialWord(index: DocumentIndex, word: string): Entity | null {
  if (!/^\p{Lu}{2,}$/u.test(word)) return null;
  let found: Entity | null = null;
  for (const entity of index.entities) {
    if (entity.type !== 'ORG' || entity.name.split(/\s+/u)[0] !== word || entity.name === word) continue;
    if (found !== null) return null;
    found = entity;
  }
  return found;
}

/**
 * A person's name that ends the source right after a title, a role or an appositive comma; not
 * after a preposition ("people close to Anna Berg") or a determiner.
 */
function trailingPerson(
  index: DocumentIndex,
  first: number,
  end: number,
  type: 'PERSON' | 'ORG' = 'PERSON',
): PhraseResolution | null {
  let last = end;
  // the comma or parenthesis that closes an apposition: "One of the bidders, Dutch group Arvo,"
  while (last > first && /^[,)]$/.test(index.tokenText(last - 1))) last -= 1;
  if (last <= first) return null;
  // "A voter, Dana Mirel, 54,": the age the name finder gave the person closes the apposition (the
  // parse often makes the number a conjunct of the head noun and the name its modifier)
  if (type === 'PERSON') last = beforeAge(index, first, last);
  const lastToken = index.tokens[last - 1] as Token;
  const mention = index.mentionCovering(lastToken.start, lastToken.end);
  if (mention === null || mention.kind !== 'name' || mention.entity.type !== type) return null;
  if (mention.end !== lastToken.end) return null;
  const before = tokenFrom(index, first, mention.start) - 1;
  if (before < first) return null;
  if (insidePostModifier(index, first, before + 1, type)) return null;
  const previous = index.tokens[before] as Token;
  const word = index.tokenText(before);
  const joins =
    previous.pos === 'NOUN' ||
    previous.pos === 'PROPN' ||
    previous.pos === 'ADJ' ||
    word === ',' ||
    word === '—' ||
    // "Senator the Hon. Aubyn Hale": a British-style style before the name
    (word.toLowerCase() === 'the' &&
      /^(?:Rt\.?\s+)?Hon\b/u.test(index.text.slice(mention.start, mention.end))) ||
    // "The Regional Airlines Association (RAA)": the short name in brackets
    (type === 'ORG' && word === '(');
  return joins ? { entity: mention.entity, anonymous: false } : null;
}

/**
 * The end of a source before the age that follows a person's name in it: "A voter, Dana Mirel, 54"
 * ends before ", 54" when the entity stage read 54 as Dana Mirel's age; `last` otherwise.
 */
function beforeAge(index: DocumentIndex, first: number, last: number): number {
  const comma = last - 2;
  if (comma <= first || index.tokenText(comma) !== ',') return last;
  const age = index.tokens[last - 1] as Token;
  if (age.pos !== 'NUM') return last;
  const nameToken = index.tokens[comma - 1] as Token;
  const mention = index.mentionCovering(nameToken.start, nameToken.end);
  if (mention === null || mention.kind !== 'name' || mention.end !== nameToken.end) return last;
  const known = mention.entity.attributes?.age;
  return known !== undefined && String(known) === index.tokenText(last - 1) ? comma : last;
}

/**
 * Whether a name that ends the source sits inside a prepositional post-modifier of its head:
 * "Judges in the trial of former minister Karl Dorn", "the lawyer for the family of Ann Lee". A
 * preposition with a determiner ("in the", "of a") opens such a phrase unless a comma closes it
 * before the name ("One of the bidders, Dutch group Arvola,"); a title's "for" does not
 * ("spokeswoman for women Sandra Gidley"). Read on the tokens: the parse often makes the name a
 * second subject.
 */
function insidePostModifier(
  index: DocumentIndex,
  first: number,
  nameFirst: number,
  type: 'PERSON' | 'ORG' = 'ORG',
): boolean {
  let open = false;
  // the word the post-modifier hangs on: "party" in "The party of the mayor's rival"
  let owner = -1;
  let lastNoun = -1;
  for (let position = first; position < nameFirst; position += 1) {
    const token = index.tokens[position] as Token;
    const next = index.tokens[position + 1] as Token;
    if (
      token.pos === 'ADP' &&
      (next.pos === 'DET' ||
        (next.pos === 'PRON' && next.dep === 'nmod:poss') ||
        possessiveNameAt(index, position + 1))
    ) {
      // "After the announcement finance spokesman Bob Lee": a preposition with no noun before it opens
      // an adverbial the source was cut with, no post-modifier
      if (lastNoun < 0) continue;
      if (!open) owner = lastNoun;
      open = true;
    } else if (index.tokenText(position) === ',' || index.tokenText(position) === '—') {
      // the comma closes the post-modifier when the name can rename the word it hangs on: "One of the
      // bidders, Arvo," and "The spokesman for the port, Ann Lee," but not "The party of the mayor's
      // rival, Tom Berg," (a person is no party: the apposition names the rival)
      // (nor "Lawyers for Alberta's premier, Ed Varn,": one person's name does not rename a plural)
      if (type !== 'PERSON' || owner < 0 || (canNamePerson(index, owner) && !pluralNoun(index, owner)))
        open = false;
    } else if (token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'PRON' || token.pos === 'NUM')
      lastNoun = position;
  }
  return open;
}

/**
 * Whether a name possessor opens a noun phrase at `position`: "Alberta's" in "for Alberta's premier",
 * a determiner as "the" is.
 */
function possessiveNameAt(index: DocumentIndex, position: number): boolean {
  const token = index.tokens[position];
  if (token === undefined) return false;
  const mention = nameMentionAt(index, token);
  if (mention === null) return false;
  const after = tokenFrom(index, position, mention.end);
  return after < index.tokens.length && /^['’]s?$/u.test(index.tokenText(after));
}

/**
 * Whether a common noun is plural: its word differs from its lemma ("lawyers" → "lawyer"), a noun
 * inflecting for number alone.
 */
function pluralNoun(index: DocumentIndex, position: number): boolean {
  const token = index.tokens[position] as Token;
  if (token.pos === 'PRON' || token.pos === 'NUM') return false;
  const word = index.tokenText(position).toLowerCase();
  if (index.mentionCovering(token.start, token.end) !== null && token.pos === 'PROPN') return false;
  return word !== token.lemma.toLowerCase() && /s$/u.test(word);
}

/** Whether a person's name can stand in apposition to the word: a person noun, "one", a numeral, a name. */
function canNamePerson(index: DocumentIndex, position: number): boolean {
  const token = index.tokens[position] as Token;
  if (token.pos === 'PRON' || token.pos === 'NUM') return true;
  const word = index.tokenText(position);
  if (isCommonPersonWord(word) || isPersonNoun(word) || isPersonNoun(token.lemma)) return true;
  const mention = index.mentionCovering(token.start, token.end);
  return mention !== null && mention.entity.type === 'PERSON';
}

/**
 * The person an apposition names, read from the parse: "Another official, the former envoy Mark
 * Ruiz," and "the district attorney, James Hale," stand for the named person. The source's head is
 * its token whose syntactic head lies outside it.
 */
function appositivePerson(index: DocumentIndex, first: number, end: number): PhraseResolution | null {
  const tree = index.tree;
  for (let position = first; position < end; position += 1) {
    const head = (index.tokens[position] as Token).head;
    if (head >= first && head < end) continue;
    const name = appositionName(tree, position);
    if (name < 0 || name === position) return null;
    // a person's name renames a person word, not "the party" of "The party of the mayor's rival, Tom Berg,"
    if (!canNamePerson(index, position)) return null;
    const token = index.tokens[name] as Token;
    const mention = index.mentionCovering(token.start, token.end);
    if (mention === null || mention.kind !== 'name' || mention.entity.type !== 'PERSON') return null;
    if (
      mention.start < (index.tokens[first] as Token).start ||
      mention.end > (index.tokens[end - 1] as Token).end
    )
      return null;
    return { entity: mention.entity, anonymous: false };
  }
  return null;
}

/**
 * The person an apposition right after the source names, when the source span stopped before it:
 * "The Union Party's candidate, Sofia Brandt, thanked voters and said …" with the cue "said" (the
 * second of two conjoined verbs) gives the source "The Union Party's candidate" alone. The name must
 * follow the source's comma at once, hang on the source's head word as its apposition in the parse,
 * and that word be one a person's name can rename ("candidate", not "party").
 */
function followingApposition(index: DocumentIndex, first: number, end: number): PhraseResolution | null {
  if (end + 1 >= index.tokens.length || index.tokenText(end) !== ',') return null;
  const token = index.tokens[end + 1] as Token;
  const mention = index.mentionCovering(token.start, token.end);
  if (mention === null || mention.kind !== 'name' || mention.entity.type !== 'PERSON') return null;
  if (mention.start !== token.start) return null;
  const head = index.phraseHead(first, end);
  if (head < 0 || !canNamePerson(index, head)) return null;
  const last = tokenFrom(index, end + 1, mention.end) - 1;
  for (let position = end + 1; position <= last; position += 1) {
    const word = index.tokens[position] as Token;
    if (word.dep === 'appos' && word.head === head) return { entity: mention.entity, anonymous: false };
  }
  return null;
}

/**
 * The named entity at the syntactic head of the source, read from the parse: in "Sandvine's chief
 * technology officer Marc Morin" the head is "Marc" (the subject of "said"), so the speaker is Marc
 * Morin whatever type the name finder gave "Sandvine"; in "James Hale Jr., the district attorney,"
 * it is "James". Null when the head is not part of a name mention that ends the source or is
 * followed by its apposition ("people close to Anna Berg": the head is "people").
 */
/** What may follow a name before its apposition: a suffix, then the appositive comma. */
const APPOSITION_AFTER = /^(?:,?\s+(?:Jr|Sr|II|III|IV)\.?)?\s*,/u;

function parseHeadName(index: DocumentIndex, first: number, end: number): PhraseResolution | null {
  const head = index.phraseHead(first, end);
  if (head < 0) return null;
  const token = index.tokens[head] as Token;
  const mention = index.mentionCovering(token.start, token.end);
  if (mention === null || mention.kind !== 'name' || !canSpeak(mention.entity)) return null;
  // the name ends the source: in "William Hill spokesman Rupert Adams" a parse that heads the phrase
  // with "Hill" is not trusted
  const sourceEnd = (index.tokens[end - 1] as Token).end;
  if (mention.start < (index.tokens[first] as Token).start || mention.end > sourceEnd) return null;
  // a name inside a prepositional post-modifier of a common noun is not the source: "The organisers of
  // Friday's protest outside the city court", however the parse headed it
  const kind = mention.entity.type === 'PERSON' ? 'PERSON' : 'ORG';
  if (insidePostModifier(index, first, tokenFrom(index, first, mention.start), kind)) return null;
  // or a person's apposition follows it: "James Hale Jr., the district attorney,"
  // ("The Minister of Ports, Petra Lind": a title in apposition to the person, who speaks)
  if (
    mention.end !== sourceEnd &&
    (mention.entity.type !== 'PERSON' || !APPOSITION_AFTER.test(index.text.slice(mention.end, sourceEnd)))
  )
    return null;
  return { entity: mention.entity, anonymous: false };
}

/**
 * Top-level conjuncts of a source: "The United States and France" → two; "the Kremlin and top
 * Russian security officials" → two. An "and" after a preposition belongs to its object
 * ("officials from Britain and France" is one source), and an "and" inside a name is part of it.
 */
function conjuncts(index: DocumentIndex, first: number, end: number): [number, number][] {
  const splits: number[] = [];
  const commas: number[] = [];
  let position = first;
  while (position < end) {
    const token = index.tokens[position] as Token;
    const mention = nameMentionAt(index, token);
    if (mention !== null && mention.end > token.end) {
      position = tokenFrom(index, position, mention.end);
      continue;
    }
    const word = index.tokenText(position);
    if (token.pos === 'ADP' || token.pos === 'SCONJ' || token.pos === 'VERB' || token.pos === 'AUX') break;
    if (token.pos === 'PRON' && position !== first) break;
    if (word === ',') commas.push(position);
    else if (token.pos === 'CCONJ' && (word === 'and' || word === '&')) splits.push(position);
    position += 1;
  }
  if (splits.length === 0) return [[first, end]];
  // "Britain, France and Germany": the commas of a list split too; an appositive comma does not
  // come with an "and", so a source without one stays whole.
  const cuts = [...new Set([...commas.filter((comma) => comma < (splits[0] as number)), ...splits])].sort(
    (left, right) => left - right,
  );
  const parts: [number, number][] = [];
  let start = first;
  for (const cut of cuts) {
    if (cut > start) parts.push([start, cut]);
    start = cut + 1;
    // ", and" after a list comma
    while (start < end && /^(?:and|&|,)$/.test(index.tokenText(start))) start += 1;
  }
  // the last conjunct ends where the pre-modifier region ended, at its post-modifier at the latest
  if (start < end) parts.push([start, end]);
  return parts;
}

/**
 * A source span that holds a clause stands for the subject of its last clause: "Bloomberg
 * reported on Tuesday that four sources" → "four sources"; "One person told the agency that Mr
 * Putin was at a meeting where officials" → "officials" (the clauses are attributions of their own).
 * A participle alone does not open a clause: "Footage released on Telegram" stays whole.
 */
function afterReportedThat(index: DocumentIndex, source: Span, atConjunction = true): Span {
  const [first, end] = index.tokenRange(source);
  let sawVerb = false;
  let sawClause = false;
  let relative = false;
  let cut = -1;
  for (let position = first; position < end; position += 1) {
    const token = index.tokens[position] as Token;
    // "who represents Abbasi and Mubanga": a relative clause however the parse labelled it
    if (token.pos === 'PRON' && RELATIVE_PRONOUN.test(index.tokenText(position))) relative = true;
    // a verb of a relative clause opens no clause of the source's own: "Ann Lee, chief of Acme,
    // which makes parts that firms sell" is Ann Lee
    if (token.pos === 'VERB' || token.pos === 'AUX') {
      sawVerb ||= !relativeClauseWord(index, position);
      sawClause ||= atConjunction && !relative && finiteClauseWord(index, position);
    } else if (sawClause && clauseConjunction(index, position, end)) cut = position + 1;
    // "that" opens a clause as a complementiser, not as the determiner of "that morning"
    else if (sawVerb && !/^(?:NOUN|PROPN|DET)$/u.test(token.pos) && token.end - token.start <= 7)
      if (CLAUSE_OPENER.test(index.tokenText(position))) cut = position + 1;
  }
  if (cut < 0 || cut >= end) return source;
  return { start: (index.tokens[cut] as Token).start, end: source.end };
}

/**
 * Whether a verb or auxiliary is that of a finite clause of the source's own: "is" in "Varn is on
 * holiday", not a participle modifying a noun ("Footage released on Telegram") nor a relative clause.
 */
function finiteClauseWord(index: DocumentIndex, position: number): boolean {
  if (relativeClauseWord(index, position)) return false;
  const token = index.tokens[position] as Token;
  if (token.pos === 'AUX') return true;
  return /^(?:root|conj|parataxis|ccomp)$/u.test(token.dep);
}

/**
 * "and" or "but" after a clause, joining a new subject's clause: "Varn is on holiday and officials in
 * the premier's office declined" → "officials in the premier's office". Not inside a name ("Marks and
 * Spencer"), and a noun phrase must follow.
 */
function clauseConjunction(index: DocumentIndex, position: number, end: number): boolean {
  const token = index.tokens[position] as Token;
  if (token.pos !== 'CCONJ' || !/^(?:and|but)$/iu.test(index.tokenText(position))) return false;
  if (position + 1 >= end || index.mentionCovering(token.start, token.end) !== null) return false;
  const next = index.tokens[position + 1] as Token;
  // "his transport and environment spokesman": modifiers of a noun after them, no new subject
  const previous = index.tokens[position - 1] as Token;
  if (previous.dep === 'compound' || previous.dep === 'amod') return false;
  return (
    /^(?:DET|NOUN|PROPN|ADJ|NUM)$/u.test(next.pos) ||
    (next.pos === 'PRON' && !relativeClauseWord(index, position + 1))
  );
}

/** Whether a verb (or its auxiliary) belongs to a relative clause ("which makes", "who has said"). */
function relativeClauseWord(index: DocumentIndex, position: number): boolean {
  const token = index.tokens[position] as Token;
  const verb = token.pos === 'AUX' && token.head >= 0 ? (index.tokens[token.head] ?? token) : token;
  return verb.dep === 'acl:relcl';
}

const RELATIVE_PRONOUN = /^(?:who|whom|whose|which|that)$/iu;

/** Words that open a clause after a verb: "… reported that …", "… a meeting where …". */
const CLAUSE_OPENER = /^(?:that|where|when|whether|because|while|as)$/i;

/**
 * Names coordinated just before the source belong to it: a source "France" in "The United States
 * and France have said" is the pair, "Britain, France and Germany" the three. A bare comma joins a
 * name only inside such a list, after an "and" was crossed: in "At a hearing on the Hill, Smith
 * said" or "Without naming Acme, he said" the comma closes an adverbial, and the name before it
 * does not speak.
 */
function withCoordinatedNames(index: DocumentIndex, source: Span): Span {
  let start = source.start;
  let crossedAnd = false;
  const sentenceStart = index.sentenceAt(source.start).start;
  for (let step = 0; step < 6; step += 1) {
    const before = index.text.slice(Math.max(sentenceStart, start - 8), start);
    const joint = /(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+)$/.exec(before);
    if (joint === null) break;
    const hasAnd = /(?:and|&)\s+$/.test(joint[0]);
    if (!hasAnd && !crossedAnd) break;
    crossedAnd ||= hasAnd;
    const jointStart = start - joint[0].length;
    const mention = index.mentionBefore(
      jointStart,
      jointStart - 80,
      (candidate) => candidate.end === jointStart,
    );
    if (mention === null || mention.kind !== 'name' || !canSpeak(mention.entity)) break;
    // a name a word before it governs is that word's object, not a subject coordinated with the
    // source: "Rice met Prime Minister Ann Lee, and officials said" (the parse may join them)
    if (governedFromBefore(index, mention, sentenceStart)) break;
    // "Ann Lee, a fellow at the Rowan Institute and a former envoy to Chile, said": a name after a
    // preposition is its object inside the description before, not a subject coordinated with a
    // source that describes a person ("a former envoy")
    if (afterPreposition(index, mention) && /^an?\s/iu.test(index.text.slice(source.start, source.end)))
      break;
    // "Sotherton finished behind the Swede in Athens, and Kluft said", "linked with the job at Oldham
    // and Keegan has stated": a name after a preposition in a clause with a verb of its own is that
    // clause's, not a subject coordinated with the source ("Delegations of Acme and Borg said", "…, the
    // report from the Farm Office and the Food Fund said" have none)
    if (afterPreposition(index, mention) && verbBeforePreposition(index, mention, sentenceStart)) break;
    start = mention.start;
    const article = /\b(?:the|The)\s+$/.exec(index.text.slice(Math.max(sentenceStart, start - 4), start));
    if (article !== null) start -= article[0].length;
  }
  return start === source.start ? source : { start, end: source.end };
}

/**
 * Whether a verb comes before the preposition of the name ("at" in "at the Oldham club"), after the
 * last comma before it in the sentence.
 */
function verbBeforePreposition(
  index: DocumentIndex,
  mention: IndexedMention,
  sentenceStart: number,
): boolean {
  let position = index.tokenAtOrAfter(mention.start) - 1;
  if (position >= 0 && /^the$/iu.test(index.tokenText(position))) position -= 1;
  for (position -= 1; position >= 0; position -= 1) {
    const token = index.tokens[position] as Token;
    if (token.start < sentenceStart || index.tokenText(position) === ',') return false;
    if (token.pos === 'VERB' || token.pos === 'AUX') return true;
  }
  return false;
}

/** Whether a preposition (and an article) comes right before the name: "at the Rowan Institute". */
function afterPreposition(index: DocumentIndex, mention: IndexedMention): boolean {
  let position = index.tokenAtOrAfter(mention.start) - 1;
  if (position >= 0 && /^the$/iu.test(index.tokenText(position))) position -= 1;
  return position >= 0 && (index.tokens[position] as Token).pos === 'ADP';
}

/**
 * Whether the syntactic head of a name mention depends on a verb of its sentence before the name
 * (whose object it is, with or without a preposition), not on a word after it.
 */
function governedFromBefore(index: DocumentIndex, mention: IndexedMention, sentenceStart: number): boolean {
  const [first, end] = index.tokenRange(mention);
  for (let position = first; position < end; position += 1) {
    const token = index.tokens[position] as Token;
    if (token.head >= first && token.head < end) continue;
    if (token.head < 0 || token.head >= first) return false;
    const governor = index.tokens[token.head] as Token;
    // a verb's object; in "delegations of Acme and Borg said" both names hang on the source's noun,
    // and in "Britain, France and Germany" France hangs on Britain
    return governor.start >= sentenceStart && (governor.pos === 'VERB' || governor.pos === 'AUX');
  }
  return false;
}

/**
 * The antecedent of a relative pronoun source: "the Growers' Forum (GF), who say …" → the forum. The
 * named entity that ends right before the pronoun, past a closing bracket and the comma, or past a
 * comma-set word the parse hangs on the name ("Ana Roe, 49, who said …").
 */
function relativeAntecedent(index: DocumentIndex, source: Span): Entity | null {
  const pronoun = index.text.slice(source.start, source.end).toLowerCase();
  if (!/^(?:who|which|that)$/.test(pronoun)) return null;
  const sentenceStart = index.sentenceAt(source.start).start;
  const mention = index.mentionBefore(source.start, Math.max(sentenceStart, source.start - 120), () => true);
  if (mention === null || mention.kind !== 'name' || !speaksThrough(index, mention)) return null;
  // "who" is never a place ("immigrants with family in Pakistan who said …": the immigrants, not
  // Pakistan), "which" never a person
  const type = mention.entity.type;
  if (pronoun === 'who' && type === 'LOC') return null;
  if (pronoun === 'which' && type === 'PERSON') return null;
  if (/^[\s,)]*$/u.test(index.text.slice(mention.end, source.start))) return mention.entity;
  // "Ana Roe, 49, who said …": past words that hang on the name itself on the parse (an age), each
  // set off by commas
  const [first, end] = index.tokenRange(mention);
  const pronounAt = index.tokenAtOrAfter(source.start);
  if (index.tokenText(end) !== ',' || index.tokenText(pronounAt - 1) !== ',') return null;
  for (let position = end + 1; position < pronounAt - 1; position += 1) {
    const token = index.tokens[position] as Token;
    if (token.pos === 'PUNCT' || token.head < first || token.head >= end) return null;
  }
  return end + 1 < pronounAt - 1 ? mention.entity : null;
}

/**
 * "Pay says …", "Bell said", "Rose told reporters" with the surname, also a common word, tagged a verb
 * or a noun: the one person whose full name, given earlier, ends with that word written the same way.
 */
function bareSurname(index: DocumentIndex, first: number, end: number): Entity | null {
  if (end - first !== 1) return null;
  const word = index.tokenText(first);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return null;
  const entity = index.entityByLastWord(word);
  if (entity === null || entity.type !== 'PERSON') return null;
  const words = entity.name.split(/\s+/u);
  if (words.length < 2 || words[words.length - 1] !== word) return null;
  const start = (index.tokens[first] as Token).start;
  return entity.mentions.some(
    (mention) => mention.end <= start && index.text.slice(mention.start, mention.end).includes(' '),
  )
    ? entity
    : null;
}

/**
 * The one person whose name ends with the surname of a source "Mr Read", "Dr Anna Lind": an
 * honorific (coreference's lexicon) and capitalised words only, whatever the tagger made of them.
 */
function honorificSurname(index: DocumentIndex, first: number, end: number): Entity | null {
  if (end - first < 2 || end - first > 4) return null;
  if (honorificOf(index.tokenText(first).toLowerCase().replace(/\.$/u, '')) === undefined) return null;
  // "Mr. Ban", the full stop cut off as a token of its own
  const from = index.tokenText(first + 1) === '.' ? first + 2 : first + 1;
  if (from >= end) return null;
  for (let position = from; position < end; position += 1)
    if (!/^\p{Lu}[\p{L}'’-]+$/u.test(index.tokenText(position))) return null;
  const surname = index.tokenText(end - 1);
  const entity = index.entityByLastWord(surname);
  if (entity !== null) return entity.type === 'PERSON' ? entity : null;
  // a name written family name first ("Ban Ki-moon", then "Mr. Ban"): the one person it opens
  let found: Entity | null = null;
  for (const candidate of index.entities) {
    if (candidate.type !== 'PERSON') continue;
    const words = candidate.name.split(/\s+/u);
    if (words.length < 2 || words[0] !== surname) continue;
    if (found !== null) return null;
    found = candidate;
  }
  return found;
}

/**
 * A source without the titles before a person's name that the name finder left out of the name: "the
 * Rev. Jane Roe, senior minister at …" → "Jane Roe, senior minister at …", "Maj. Gen. Robert Kline" →
 * "Gen. Robert Kline" (the mention). The tokeniser cuts "Rev." into "Rev" and ".", and the parser then
 * heads the phrase with the title and makes the name its conjunct; without the titles the name heads
 * it. Only when a person's name follows the titles.
 */
function withoutTitlePrefix(index: DocumentIndex, source: Span): Span {
  const [first, end] = index.tokenRange(source);
  let position = first;
  if (position < end && /^(?:the|The)$/u.test(index.tokenText(position))) position += 1;
  let titles = 0;
  while (position < end) {
    const token = index.tokens[position] as Token;
    const mention = index.mentionCovering(token.start, token.end);
    if (mention !== null && mention.start === token.start) break;
    if (honorificOf(index.tokenText(position).toLowerCase().replace(/\.$/u, '')) === undefined) return source;
    position += 1;
    if (position < end && index.tokenText(position) === '.') position += 1;
    titles += 1;
  }
  if (titles === 0 || position >= end) return source;
  const token = index.tokens[position] as Token;
  const mention = index.mentionCovering(token.start, token.end);
  if (mention === null || mention.kind !== 'name' || mention.entity.type !== 'PERSON') return source;
  return { start: token.start, end: source.end };
}

/**
 * The entity (or entities) a source span stands for, and whether it is anonymous.
 * `exclude`: entities a third-person pronoun cannot refer to (the speaker of the enclosing quotation).
 */
/**
 * A dateline: "OSLO (Wire) - ", "LYON, France - ", "OSLO, May 4 (Wire) - ", "LYON, France, May 4 (Wire) - ",
 * "May 4 (Wire) - " (the place cut off); any dash, the horizontal bar "―" too.
 */
const DATELINE =
  /^(?:\p{Lu}[\p{Lu}\s.'-]*\p{Lu}\.?(?:\s*,\s*[\p{L}\p{N}.]+(?:\s+[\p{L}\p{N}.]+){0,2}){0,2}\s*(?:\([^)]{1,40}\)\s*)?|(?:\p{Lu}[\p{L}.]*\s+\d{1,2}\s*)?\([^)]{1,40}\)\s*)[-\u2012-\u2015]+\s+/u;

/**
 * A source without the dateline it starts with ("OSLO (Wire) - Officials" → "Officials"), or null when
 * the source is the dateline's place alone: a story's dateline says where it was written, not who spoke.
 */
function withoutDateline(index: DocumentIndex, source: Span): Span | null {
  const sentence = index.sentenceAt(source.start);
  // the dateline opens its sentence (its paragraph's first)
  let from = source.start;
  if (!/^[\s"“‘']*$/u.test(index.text.slice(sentence.start, source.start))) {
    // or the source starts inside it: "RAMALLAH, West Bank, May 4 (Wire) — Ann Lee" read from "West Bank"
    const opening = /^[\s"“‘']*/u.exec(index.text.slice(sentence.start, source.start))?.[0].length ?? 0;
    from = sentence.start + opening;
  }
  const match = DATELINE.exec(index.text.slice(from, Math.min(index.text.length, source.end + 60)));
  if (match === null) return source;
  const after = from + match[0].length;
  // a dateline that ends before the source is none of its business
  if (after <= source.start) return source;
  return after >= source.end ? null : { start: after, end: source.end };
}

/**
 * The source without a time phrase that opens it, when the span finder took the sentence's opening
 * adverbial in: "On Friday the inspector general", "Last month Acme's board", "In December Acme" (a
 * time expression of the time stage, at most a preposition before it, a noun phrase after it). A time
 * that a possessive ties to what follows ("Monday's report") or a name holds stays.
 */
export function withoutLeadingTime(
  index: DocumentIndex,
  source: Span,
  times: readonly TimeExpression[],
): Span {
  const [first, end] = index.tokenRange(source);
  for (const time of times) {
    if (time.start < source.start || time.end >= source.end) continue;
    const [timeFirst, timeEnd] = index.tokenRange(time);
    // nothing before the time but one preposition
    if (timeFirst - first > 1) continue;
    if (timeFirst > first && (index.tokens[first] as Token).pos !== 'ADP') continue;
    const opening = index.tokens[timeFirst] as Token;
    const named = index.mentionCovering(opening.start, opening.end);
    if (named !== null && named.kind === 'name') continue;
    let rest = timeEnd;
    if (index.tokenText(rest) === ',') rest += 1;
    if (rest >= end || /^['’]s?$/u.test(index.tokenText(rest))) continue;
    let noun = false;
    for (let position = rest; position < end && !noun; position += 1) {
      const pos = (index.tokens[position] as Token).pos;
      noun = pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON';
    }
    if (noun) return { start: (index.tokens[rest] as Token).start, end: source.end };
  }
  return source;
}

/** A day named after the source's noun phrase: "The Ledger Monday said", "Analysts yesterday said". */
const DAY_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)$/iu;

/** The source without the day that ends it, when a word is left before it. */
function withoutTrailingDay(index: DocumentIndex, source: Span): Span {
  const [first, end] = index.tokenRange(source);
  if (end - first < 2 || !DAY_WORD.test(index.tokenText(end - 1))) return source;
  const mention = index.mentionCovering(
    (index.tokens[end - 1] as Token).start,
    (index.tokens[end - 1] as Token).end,
  );
  if (mention !== null && mention.kind === 'name') return source;
  return { start: source.start, end: (index.tokens[end - 2] as Token).end };
}

/**
 * Whether the source is a place named in a noun's prepositional modifier, read from the parse: in
 * "The rebels fighting an insurgency in Northland said", the span finder may take "Northland" for the
 * source; a place after "in" is where, not who speaks.
 */
function placeModifier(index: DocumentIndex, source: Span): boolean {
  const mentions = index.mentionsInside(source);
  const mention = mentions[0];
  if (mentions.length !== 1 || mention === undefined || mention.kind !== 'name') return false;
  if (mention.entity.type !== 'LOC' || mention.start !== source.start || mention.end !== source.end)
    return false;
  const [first, end] = index.tokenRange(mention);
  for (let position = first; position < end; position += 1) {
    const token = index.tokens[position] as Token;
    if (token.head >= first && token.head < end) continue;
    const preposition = index.tree.dependent(position, 'case');
    // not "according to Statsca" nor "by Norway": a source's own prepositions
    return (
      token.dep === 'nmod' &&
      preposition >= 0 &&
      !/^(?:to|by|according)$/iu.test(index.tokenText(preposition))
    );
  }
  return false;
}

export function resolveSource(
  index: DocumentIndex,
  dated: Span,
  exclude: ReadonlySet<string>,
): SourceResolution {
  const resolution = resolveSourceSpan(index, dated, exclude, true);
  // a cut at "and" that finds no one ("… sold between July and September 2004") is not trusted
  if (resolution.speaker !== null || resolution.anonymous) return resolution;
  return resolveSourceSpan(index, dated, exclude, false);
}

function resolveSourceSpan(
  index: DocumentIndex,
  dated: Span,
  exclude: ReadonlySet<string>,
  atConjunction: boolean,
): SourceResolution {
  const given = withoutDateline(index, dated);
  if (given === null || placeModifier(index, given)) return UNRESOLVED;
  const relative = relativeAntecedent(index, given);
  if (relative !== null) return { speaker: relative.id, anonymous: false };
  // "The former butler, who claims …", "a spokesman for the council, who said …": the phrase the
  // relative clause modifies, on the parse (spans/relative-sources.ts)
  const phrase = relativeSourcePhrase(index.text, index.tokens, index.sentences, given);
  if (phrase !== null) {
    // "who" is never a place ("relatives living in Peru who said …"), "which" never a person
    const resolved = resolveSource(index, phrase, exclude);
    const pronoun = index.text.slice(given.start, given.end).toLowerCase();
    const ids =
      resolved.speaker === null
        ? []
        : typeof resolved.speaker === 'string'
          ? [resolved.speaker]
          : resolved.speaker;
    const types = ids.map((id) => index.entities.find((entity) => entity.id === id)?.type);
    if (pronoun === 'who' && types.includes('LOC')) return UNRESOLVED;
    if (pronoun === 'which' && types.includes('PERSON')) return UNRESOLVED;
    return resolved;
  }
  const source = withoutPostNominals(
    index,
    withoutTitlePrefix(
      index,
      withCoordinatedNames(index, afterReportedThat(index, withoutTrailingDay(index, given), atConjunction)),
    ),
  );
  const [first, end] = index.tokenRange(source);
  for (const mention of index.mentionsInside(source)) {
    if (mention.start !== source.start || mention.end !== source.end || !speaksThrough(index, mention))
      continue;
    // "the authority spokesman" as a mention of the authority: a person described, read below
    const slip =
      mention.kind === 'nominal' &&
      mention.entity.type !== 'PERSON' &&
      end > first &&
      isCommonPersonWord(index.tokenText(end - 1));
    // "he" or "she" held by a place or an organisation is a coreference slip: read below
    const personPronoun =
      mention.kind === 'pronoun' &&
      mention.entity.type !== 'PERSON' &&
      PERSON_PRONOUNS.test(index.text.slice(mention.start, mention.end));
    if (!slip && !personPronoun) return { speaker: mention.entity.id, anonymous: false };
  }
  if (first >= end) return UNRESOLVED;
  const parts = conjuncts(index, first, end);
  if (parts.length === 1) {
    const named = parseHeadName(index, first, end);
    if (named !== null && named.entity !== null) return { speaker: named.entity.id, anonymous: false };
    const resolved = resolvePhrase(index, first, end, exclude);
    // "spokeswoman for women Sandra Gidley", "The Shadow Secretary of State, Theresa May": a title
    // or role before the person's name, which ends the source
    const phrase =
      resolved.entity?.type === 'PERSON'
        ? resolved
        : (trailingPerson(index, first, end) ??
          followingApposition(index, first, end) ??
          appositivePerson(index, first, end) ??
          // "One of the bidders, Dutch group Arvo,", "Environmental group Green Ways": an organisation
          // named at the end of a source that names nobody else
          (resolved.entity === null ? trailingPerson(index, first, end, 'ORG') : null) ??
          resolved);
    if (phrase.entity === null && !phrase.anonymous) {
      // "Mr Read replied" with "Read" tagged as a verb: the surname after an honorific
      const titled = honorificSurname(index, first, end) ?? bareSurname(index, first, end);
      if (titled !== null) return { speaker: titled.id, anonymous: false };
      // "the quarterback told reporters": a description joins a person on the text's evidence
      // ("“…,” said the club's boss" after "Manager Tom Reyes": the role in other words, or the body's)
      const described =
        describedPerson(index, first, end) ??
        roleHolder(index, first, end) ??
        relatedRoleHolder(index, first, end);
      if (described !== null) return { speaker: described.id, anonymous: false };
      // "the university said": the one organisation named so or introduced by that word before
      // "the London-based firm said": the same past a modifier of where the body is
      const modifierEnd = first + 1 < end ? hyphenModifierEnd(index, first + 1, end) : first + 1;
      const organisation =
        describedOrganisation(index, first, end, STATEMENT_HEADS, modifierEnd) ??
        nearbyOrganisation(index, first, end, modifierEnd);
      if (organisation !== null) return { speaker: organisation.id, anonymous: false };
    }
    return { speaker: phrase.entity === null ? null : phrase.entity.id, anonymous: phrase.anonymous };
  }
  // "Former Northport Herons and Bayside Gulls coach Ray Ambler": the names coordinated are the
  // modifiers of a title, and the person it introduces is the one source
  const titled = titledAfterNames(index, parts, end);
  if (titled !== null) return { speaker: titled.id, anonymous: false };
  // "the former Northport Herons and Bayside Gulls winger": the names are the clubs a person played
  // for, and the title alone ends the source; a description of one person, never the clubs
  if (titleAfterNames(index, parts, end)) {
    const described = describedPerson(index, first, end);
    return { speaker: described === null ? null : described.id, anonymous: false };
  }
  const ids: string[] = [];
  let anonymousParts = 0;
  for (const [partFirst, partEnd] of parts) {
    const phrase = resolvePhrase(index, partFirst, partEnd, exclude);
    if (phrase.entity !== null && !ids.includes(phrase.entity.id)) ids.push(phrase.entity.id);
    if (phrase.anonymous) anonymousParts += 1;
  }
  if (ids.length === 0) return { speaker: null, anonymous: anonymousParts === parts.length };
  return { speaker: ids.length === 1 ? (ids[0] as string) : ids, anonymous: false };
}

/**
 * The end of the run of proper-noun words that opens [first, end) past "the" or "former" ("Dallas
 * Herons" however the name finder cut it), when none of them names a person; else -1.
 */
function properRunEnd(index: DocumentIndex, first: number, end: number): number {
  let position = first;
  while (position < end && /^(?:the|former|then)$/iu.test(index.tokenText(position))) position += 1;
  const opening = position;
  while (position < end) {
    const token = index.tokens[position] as Token;
    const mention = index.mentionCovering(token.start, token.end);
    if (mention !== null && mention.entity.type === 'PERSON') return -1;
    if (token.pos !== 'PROPN' && mention === null) break;
    position += 1;
  }
  return position > opening ? position : -1;
}

/**
 * Whether conjuncts that are names of organisations or places end with a title word that ends the
 * source: "the former Northport Herons and Bayside Gulls winger", one person described.
 */
function titleAfterNames(index: DocumentIndex, parts: readonly [number, number][], end: number): boolean {
  const last = parts[parts.length - 1];
  if (last === undefined || last[1] !== end) return false;
  for (const [partFirst, partEnd] of parts.slice(0, -1))
    if (properRunEnd(index, partFirst, partEnd) !== partEnd) return false;
  const next = properRunEnd(index, last[0], last[1]);
  if (next < 0 || next !== end - 1) return false;
  const word = index.tokenText(next);
  return (index.tokens[next] as Token).pos === 'NOUN' && (isCommonPersonWord(word) || isPersonNoun(word));
}

/** Letters after a name that are no part of it: "Hugo Pemberton QC", "Ann Lee, MP". */
const POST_NOMINAL = /^\p{Lu}{2,4}$/u;

/**
 * A source without the post-nominal letters that follow the person's name that ends it ("barrister
 * Hugo Pemberton QC" → "barrister Hugo Pemberton"), which the name finder left out of the name.
 */
function withoutPostNominals(index: DocumentIndex, source: Span): Span {
  const [first, end] = index.tokenRange(source);
  if (end - first < 2) return source;
  const last = index.tokens[end - 1] as Token;
  if (!POST_NOMINAL.test(index.tokenText(end - 1))) return source;
  if (index.mentionCovering(last.start, last.end) !== null) return source;
  let before = end - 2;
  if (before > first && index.tokenText(before) === ',') before -= 1;
  const token = index.tokens[before] as Token;
  const mention = index.mentionCovering(token.start, token.end);
  if (mention === null || mention.kind !== 'name' || mention.entity.type !== 'PERSON') return source;
  if (mention.end !== token.end || mention.start < source.start) return source;
  return { start: source.start, end: mention.end };
}

/**
 * The person named at the end of conjuncts that are names of organisations or places, the last one
 * followed by a title: "Northport Herons and Bayside Gulls coach Ray Ambler" → Ray Ambler. Not when
 * the last conjunct opens with the title ("The Herons and coach Ray Ambler": two sources).
 */
function titledAfterNames(
  index: DocumentIndex,
  parts: readonly [number, number][],
  end: number,
): Entity | null {
  const last = parts[parts.length - 1];
  if (last === undefined) return null;
  for (const [partFirst, partEnd] of parts.slice(0, -1))
    if (properRunEnd(index, partFirst, partEnd) !== partEnd) return null;
  const next = properRunEnd(index, last[0], last[1]);
  // a title word right after the names, then the person's name that ends the source
  if (
    next < 0 ||
    next >= end ||
    (!isCommonPersonWord(index.tokenText(next)) && !isPersonNoun(index.tokenText(next)))
  )
    return null;
  const person = trailingPerson(index, next, end);
  return person?.entity ?? null;
}
