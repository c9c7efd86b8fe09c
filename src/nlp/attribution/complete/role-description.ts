import type { Token } from '../../../model/index.js';
import {
  lexicographerFileOf,
  NOUN_GROUP,
  NOUN_PERSON,
  synset,
  synsetsOf,
  VERB_MOTION,
} from '../../events/wordnet.js';
import { hasHypernym } from '../../lexicon/hypernyms.js';
import { isDemonymOf, personNoun } from '../../lexicon/index.js';
import type { DocumentIndex } from './document-index.js';
import type { Entity } from '../../../model/index.js';
import { speakerPronounGender } from '../../coref/cluster-names.js';
import { honorificOf } from '../../coref/lexicon.js';
import { roleImplies } from '../../coref/kind-words.js';
import { MONTHS, WEEKDAYS } from '../../times/calendar.js';

/**
 * A definite description that the entity step left unlinked ("the quarterback told reporters")
 * joins a named person only on evidence the text gives:
 *
 * 1. the word used as that person's title or apposition earlier ("quarterback Tom Varley",
 *    "Tom Varley, the team's quarterback,"), and no one else's;
 * 2. or the person is the topic the sentence before opened with as its (active) subject, the only
 *    person it names, taken up by this sentence, when the word is no word news uses for anyone in
 *    a story ("the neighbour", "the witness") ("Tom Varley walked to the rostrum. “…,” the quarterback told
 *    reporters").
 *
 * The word must denote a person by WordNet 3.1 (its first noun sense in noun.person, file 18), so
 * "the statement" or "the club" never link.
 */

const MAXIMUM_CACHED = 5_000;
const personCache = new Map<string, boolean>();

export function isPersonNoun(word: string): boolean {
  const key = word.toLowerCase();
  let value = personCache.get(key);
  if (value === undefined) {
    const senses = synsetsOf(key, 'noun');
    value = senses.length > 0 && lexicographerFileOf(senses[0] as number, 'noun') === NOUN_PERSON;
    if (personCache.size >= MAXIMUM_CACHED) personCache.clear();
    personCache.set(key, value);
  }
  return value;
}

function isPerson(entity: Entity): boolean {
  return entity.type === 'PERSON';
}

/** The token after an age written "23-year-old" starting at `position` (before `limit`), else `position`. */
function ageEnd(index: DocumentIndex, position: number, limit: number): number {
  const token = index.tokens[position] as Token;
  if (token.pos !== 'NUM') return position;
  for (let last = position; last < limit && last < position + 6; last += 1) {
    const text = index.text.slice(token.start, (index.tokens[last] as Token).end);
    if (/^\d+-(?:year|month)-old$/u.test(text)) return last + 1;
  }
  return position;
}

/** Whether the token at `position` is written with no space on either side ("born" in "Dunmore-born"). */
function glued(index: DocumentIndex, position: number): boolean {
  const before = index.tokens[position - 1];
  const token = index.tokens[position] as Token;
  const after = index.tokens[position + 1];
  return (
    before !== undefined && after !== undefined && before.end === token.start && token.end === after.start
  );
}

/** The head word of a source "the [ADJ|NOUN]* X", or -1 when the source is no such description. */
function descriptionHead(index: DocumentIndex, first: number, end: number): number {
  if (end - first < 2) return -1;
  if (index.tokenText(first).toLowerCase() !== 'the') return -1;
  let words = 1;
  for (let position = first + 1; position < end - 1; position += 1) {
    // "the Dunmore-born actor", "the London-based analyst": a word written with a hyphen is one
    // modifier, its part after the hyphen no word of its own
    if (index.tokenText(position) === '-' && position + 1 < end - 1 && glued(index, position)) {
      position += 1;
      continue;
    }
    // "the former Herons and Gulls winger": each name one modifier, the "and" between names none
    const mention = index.mentionCovering(
      (index.tokens[position] as Token).start,
      (index.tokens[position] as Token).end,
    );
    if (mention !== null && mention.kind === 'name' && mention.entity.type !== 'PERSON') {
      const after = index.tokenAtOrAfter(mention.end);
      if (after > position && after < end) {
        words += 1;
        position = after - 1;
        if (index.tokenText(after) === 'and' && after + 1 < end - 1) position = after;
        continue;
      }
    }
    words += 1;
    // "the 23-year-old striker": an age is one modifier, whatever the tokeniser made of it
    const age = ageEnd(index, position, end - 1);
    if (age > position) {
      position = age - 1;
      continue;
    }
    const pos = (index.tokens[position] as Token).pos;
    // "the Dutch coach", "the BMW driver": a nationality or a name before the head
    if (pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'PROPN') return -1;
  }
  if (words + 1 > 5) return -1;
  const head = end - 1;
  if (end - first === 2 && nationalityNoun(index, head)) return head;
  const token = index.tokens[head] as Token;
  if (token.pos !== 'NOUN' || /s$/u.test(index.tokenText(head)) || /^\p{Lu}/u.test(index.tokenText(head)))
    return -1;
  return isPersonNoun(index.tokenText(head)) && !groupCompound(index, head) ? head : -1;
}

/**
 * Whether the head word and the common noun right before it make one WordNet 3.1 noun whose first
 * sense is no person ("coast guard" → coastguard, noun.group; "national guard"): the description
 * names a body, whatever the head word alone denotes ("guard"), and takes no person's speech.
 */
export function groupCompound(index: DocumentIndex, head: number): boolean {
  if (head < 1) return false;
  const token = index.tokens[head - 1] as Token;
  if (token.pos !== 'NOUN' && token.pos !== 'ADJ') return false;
  const before = index.tokenText(head - 1).toLowerCase();
  const word = index.tokenText(head).toLowerCase();
  if (!/^\p{L}+$/u.test(before) || !/^\p{L}+$/u.test(word)) return false;
  for (const compound of [`${before}_${word}`, `${before}${word}`]) {
    const sense = synsetsOf(compound, 'noun')[0];
    if (sense !== undefined) return lexicographerFileOf(sense, 'noun') !== NOUN_PERSON;
  }
  return false;
}

/**
 * Whether the head word and the lower-case word right before it make one WordNet 3.1 noun whose first
 * sense is a person's ("prime minister", "home secretary"): an office of several words.
 */
function officeCompound(index: DocumentIndex, head: number): boolean {
  if (head < 1) return false;
  const token = index.tokens[head - 1] as Token;
  if (token.pos !== 'NOUN' && token.pos !== 'ADJ') return false;
  const before = index.tokenText(head - 1);
  const word = index.tokenText(head).toLowerCase();
  if (!/^\p{Ll}+$/u.test(before) || !/^\p{L}+$/u.test(word)) return false;
  const sense = synsetsOf(`${before}_${word}`, 'noun')[0];
  return sense !== undefined && lexicographerFileOf(sense, 'noun') === NOUN_PERSON;
}

/**
 * "the Brazilian", "the American": a nationality the name finder found (a MISC name) used alone
 * after "the" as a noun for one person, when WordNet's first sense of the word is a person's.
 */
function nationalityNoun(index: DocumentIndex, position: number): boolean {
  const token = index.tokens[position] as Token;
  const word = index.tokenText(position);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || /s$/u.test(word)) return false;
  const mention = index.mentionCovering(token.start, token.end);
  return (
    mention !== null &&
    mention.kind === 'name' &&
    mention.start === token.start &&
    mention.end === token.end &&
    mention.entity.type === 'MISC' &&
    isPersonNoun(word)
  );
}

/**
 * What names the body a title word belongs to, right before it: the organisations named ("Acme" in
 * "the Acme chairman", "Acme chairman Tom Varley"), and the words of names of organisations or
 * places themselves, as the name finder may take a club for a place ("the Lazio manager").
 */
function organisationsBefore(index: DocumentIndex, word: number): Set<string> {
  const found = new Set<string>();
  for (let position = word - 1; position >= 0 && position >= word - 3; position -= 1) {
    const token = index.tokens[position] as Token;
    if (token.pos !== 'PROPN' && token.pos !== 'NOUN' && token.pos !== 'ADJ') break;
    const mention = index.mentionCovering(token.start, token.end);
    if (mention !== null && mention.entity.type === 'ORG') found.add(`entity:${mention.entity.id}`);
    // a nationality ("the Dutch coach") names no body
    if (mention !== null && (mention.entity.type === 'ORG' || mention.entity.type === 'LOC'))
      found.add(`word:${index.tokenText(position).toLowerCase()}`);
  }
  return found;
}

/**
 * The words of nationalities, parties or other groups named right before a title word ("Democratic"
 * in "the Democratic presidential nominee", "Republican" in "Republican nominee Tom Varley").
 */
function groupsBefore(index: DocumentIndex, word: number): Set<string> {
  const found = new Set<string>();
  for (let position = word - 1; position >= 0 && position >= word - 3; position -= 1) {
    const token = index.tokens[position] as Token;
    if (token.pos !== 'PROPN' && token.pos !== 'NOUN' && token.pos !== 'ADJ') break;
    const mention = index.mentionCovering(token.start, token.end);
    if (mention !== null && mention.entity.type === 'MISC')
      found.add(index.tokenText(position).toLowerCase());
  }
  return found;
}

/** Words before a title that say when or how long, not which title: "the former minister". */
const TIME_MODIFIERS = new Set(['former', 'new', 'current', 'then', 'outgoing', 'incoming', 'ex', 'late']);

/**
 * The common word that makes a title right before its head word at `head` ("home" in "the home
 * secretary", "affairs" in "Rural Affairs Minister"), lower-cased; null when there is none, or when
 * it is a name ("the Dutch coach", "Acme chairman": organisationsBefore weighs those) or says when.
 */
function titleModifier(index: DocumentIndex, head: number): string | null {
  const position = head - 1;
  if (position < 0) return null;
  const token = index.tokens[position] as Token;
  if (token.pos !== 'ADJ' && token.pos !== 'NOUN' && token.pos !== 'PROPN') return null;
  if (index.mentionCovering(token.start, token.end) !== null) return null;
  // a capitalised word before a lower-case title is a name or a nationality ("Ferry coach", "the Dutch
  // coach"); in a title written in capitals ("Home Secretary") every word is
  const written = index.tokenText(position);
  if (/^\p{Lu}/u.test(written) && !/^\p{Lu}/u.test(index.tokenText(head))) return null;
  const word = written.toLowerCase();
  return TIME_MODIFIERS.has(word) || !/^\p{L}+$/u.test(word) ? null : word;
}

/**
 * Whether the title at `position` is another title than the description's at `head`: both have a
 * modifying word and they differ ("the foreign secretary", "Home Secretary Ann Lee").
 */
function otherTitle(index: DocumentIndex, head: number, position: number): boolean {
  const own = titleModifier(index, head);
  if (own === null) return false;
  const theirs = titleModifier(index, position);
  return theirs !== null && theirs !== own;
}

/**
 * People the word was used for before `before`: "quarterback Tom Varley", "Tom Varley, the …
 * quarterback". A title tied to another organisation is another role: "the Acme chairman" is not
 * "Borg chairman Tom Varley".
 */
function titledPeople(index: DocumentIndex, word: string, before: number, head = -1): Set<Entity> {
  const found = new Set<Entity>();
  const ownOrganisations = head < 0 ? new Set<string>() : organisationsBefore(index, head);
  const ownGroups = head < 0 ? new Set<string>() : groupsBefore(index, head);
  for (let position = 0; position < before; position += 1) {
    if (index.tokenText(position).toLowerCase() !== word) continue;
    const token = index.tokens[position] as Token;
    if (ownOrganisations.size > 0) {
      const theirs = organisationsBefore(index, position);
      if (theirs.size > 0 && ![...theirs].some((id) => ownOrganisations.has(id))) continue;
    }
    // "the home secretary" is not "Foreign Secretary Jack Straw": the words that make the title differ
    if (head >= 0 && otherTitle(index, head, position)) continue;
    // "the Democratic presidential nominee" is not "Republican presidential nominee Tom Varley"
    if (ownGroups.size > 0) {
      const theirs = groupsBefore(index, position);
      if (theirs.size > 0 && ![...theirs].some((group) => ownGroups.has(group))) continue;
    }
    // "quarterback Tom Varley"
    const next = index.tokens[position + 1];
    if (next !== undefined) {
      const mention = index.mentionCovering(next.start, next.end);
      if (
        mention !== null &&
        mention.kind === 'name' &&
        isPerson(mention.entity) &&
        mention.start === next.start
      )
        found.add(mention.entity);
      // "Mayor Olek Varsa" named with its title
      const named = index.mentionCovering(token.start, next.end);
      if (named !== null && named.kind === 'name' && isPerson(named.entity) && named.start === token.start)
        found.add(named.entity);
    }
    // "Tom Varley, the team's quarterback"; "Tom Varley, a veteran quarterback" (a word or two between
    // the article and the title, no "of": not "Tom Varley, a friend of the quarterback")
    const sentence = index.sentenceAt(token.start);
    const left = index.text.slice(Math.max(sentence.start, token.start - 60), token.start);
    let comma = left.lastIndexOf(', the ');
    const indefinite = /, an? (?:[\p{L}'’-]+ ){0,2}$/u.exec(left);
    if (
      indefinite !== null &&
      !/ (?:of|for|to|with|from|at|in) $/u.test(indefinite[0]) &&
      indefinite.index > comma
    )
      comma = indefinite.index;
    if (comma >= 0 && !/[,;.]/u.test(left.slice(comma + 2))) {
      const at = token.start - left.length + comma;
      const mention = index.mentionBefore(at, at - 60, (candidate) => candidate.end === at);
      if (mention !== null && mention.kind === 'name' && isPerson(mention.entity)) found.add(mention.entity);
    }
  }
  return found;
}

/** The token of a mention whose syntactic head lies outside it (its last token when none does). */
function mentionHead(index: DocumentIndex, mention: { start: number; end: number }): number {
  const [first, end] = index.tokenRange(mention);
  for (let position = first; position < end; position += 1) {
    const head = (index.tokens[position] as Token).head;
    if (head < first || head >= end) return position;
  }
  return Math.max(first, end - 1);
}

/** Whether `at` lies inside a quotation opened after `from` (straight or curly double marks). */
function quoted(text: string, from: number, at: number): boolean {
  let open = false;
  for (let position = from; position < at; position += 1) {
    const mark = text.charCodeAt(position);
    if (mark === 0x22) open = !open;
    else if (mark === 0x201c) open = true;
    else if (mark === 0x201d) open = false;
  }
  return open;
}

/** The person the sentence before opened with as subject, when it names no other person. */
function previousTopic(index: DocumentIndex, sourceStart: number): Entity | null {
  const sentence = index.sentenceIndexAt(sourceStart);
  if (sentence <= 0) return null;
  const previous = index.sentences[sentence - 1];
  const current = index.sentences[sentence];
  if (previous === undefined || current === undefined) return null;
  // no other person named in this sentence before the source, outside the quotation it may open with
  for (const mention of index.mentionsInside({ start: current.start, end: sourceStart }))
    if (isPerson(mention.entity) && !quoted(index.text, current.start, mention.start)) return null;
  let topic: Entity | null = null;
  for (const mention of index.mentionsInside(previous)) {
    if (!isPerson(mention.entity)) continue;
    // a person named inside quotation marks is someone's words, not the narration's topic
    if (quoted(index.text, previous.start, mention.start)) continue;
    if (topic === null) {
      // a name, or "she" or "he" standing for a person named before ("Ann Lee said …. She praised the
      // clubs. However, the minister said …")
      // (only in narration: "“…,” he said" is a speaker coreference may have slipped on)
      const pronoun =
        mention.kind === 'pronoun' &&
        !/["“”]/u.test(index.text.slice(previous.start, previous.end)) &&
        /^(?:he|she)$/iu.test(index.text.slice(mention.start, mention.end)) &&
        mention.entity.mentions.some((other) => other.kind === 'name' && other.end <= mention.start);
      if (mention.kind !== 'name' && !pronoun) return null;
      // the opening subject: nothing but an adverbial phrase and a comma before it; read on the name's
      // own head word: in "…, Alun Marsh has said" the parse may hang the first name on the surname
      // with any label, and the surname is the subject
      const token = index.tokens[mentionHead(index, mention)] as Token;
      if (token.dep !== 'nsubj' && (pronoun || (token.dep !== 'flat' && token.dep !== 'compound')))
        return null;
      topic = mention.entity;
    } else if (mention.entity !== topic) return null;
  }
  return topic;
}

/**
 * The story's main subject, for a description no sentence nearby names: the one person named far
 * more often than anyone else ("Tony Blair has said … Mr Blair … The prime minister said"), named
 * before the description, when no other person is named in the description's sentence before it.
 * Names only are counted: a pronoun's antecedent is itself a guess.
 */
function mainSubject(index: DocumentIndex, first: number): Entity | null {
  const start = (index.tokens[first] as Token).start;
  const sentenceIndex = index.sentenceIndexAt(start);
  const sentence = index.sentences[sentenceIndex];
  if (sentence === undefined) return null;
  for (const mention of index.mentionsInside({ start: sentence.start, end: start }))
    if (isPerson(mention.entity) && !quoted(index.text, sentence.start, mention.start)) return null;
  // the person the narration named last, in the sentence before, is the subject or nobody
  // ("Lee was left frustrated. “…,” said the American" is Lee's)
  const previous = index.sentences[sentenceIndex - 1];
  let last: Entity | null = null;
  if (previous !== undefined)
    for (const mention of index.mentionsInside(previous))
      if (isPerson(mention.entity) && !quoted(index.text, previous.start, mention.start))
        last = mention.entity;
  let best: Entity | null = null;
  let bestCount = 0;
  let secondCount = 0;
  for (const entity of index.entities) {
    if (!isPerson(entity)) continue;
    const count = entity.mentions.filter(
      (mention) => mention.kind === 'name' && clauseSubject(index, mention),
    ).length;
    if (count > bestCount) {
      secondCount = bestCount;
      bestCount = count;
      best = entity;
    } else if (count > secondCount) secondCount = count;
  }
  if (best === null || bestCount < MAIN_SUBJECT_MENTIONS || bestCount < 2 * secondCount) return null;
  if (last !== null && last !== best) return null;
  return best.mentions.some((mention) => mention.kind === 'name' && mention.end <= start) ? best : null;
}

/** Whether a name mention is the subject of its clause ("Mr Lee said", "said Mr Lee", "Lee was asked"). */
function clauseSubject(index: DocumentIndex, mention: { start: number; end: number }): boolean {
  const dep = (index.tokens[mentionHead(index, mention)] as Token).dep;
  return dep === 'nsubj' || dep === 'nsubj:pass';
}

/** How many times the main subject is named as a clause's subject at least. */
const MAIN_SUBJECT_MENTIONS = 3;

/** Whether the token opens the document's first paragraph, a headline's place: no line break before it. */
function inHeadline(index: DocumentIndex, position: number): boolean {
  const start = (index.tokens[position] as Token).start;
  return index.text.lastIndexOf('\n', start) < 0 && index.text.indexOf('\n', start) > 0;
}

/** A noun whose first WordNet sense is a person's ("mayor", "minister"). */
function personTitle(word: string): boolean {
  const sense = synsetsOf(word.toLowerCase(), 'noun')[0];
  return sense !== undefined && lexicographerFileOf(sense, 'noun') === NOUN_PERSON;
}

/** The person a description source stands for, or null. */
export function describedPerson(index: DocumentIndex, first: number, end: number): Entity | null {
  // a lone title in a headline ("Mayor confirms budget cut"), as a title after "the" below
  if (end - first === 1 && inHeadline(index, first) && personTitle(index.tokenText(first))) {
    const later = titledPeople(index, index.tokenText(first).toLowerCase(), index.tokens.length, first);
    return later.size === 1 ? ([...later][0] as Entity) : null;
  }
  const head = descriptionHead(index, first, end);
  if (head < 0) return null;
  const word = index.tokenText(head).toLowerCase();
  const titled = titledPeople(index, word, first, head);
  if (titled.size === 1) return [...titled][0] as Entity;
  if (titled.size > 1) return null;
  // a headline's title ("The mayor says ferry will run again"): the one person the story after it
  // gives the title ("Mayor Olek Varsa", "Olek Varsa, the mayor")
  if (inHeadline(index, first)) {
    const later = titledPeople(index, word, index.tokens.length, head);
    if (later.size === 1) return [...later][0] as Entity;
    if (later.size > 1) return null;
  }
  // the title belongs to someone at another organisation: this is another holder of the role
  if (titledPeople(index, word, first).size > 0) return null;
  // the words news uses for anyone in a story ("the neighbour", "the witness", "the mother") are
  // no role of the topic: "Tom Varley died on Friday. “…,” the neighbour said."
  // no role of the topic, unless an organisation names the body it belongs to: "the Liverpool player"
  if (personNoun(index.tokenText(head)) !== undefined && organisationsBefore(index, head).size === 0)
    return null;
  // a spokesman speaks for someone, and is never the story's subject
  const topic =
    previousTopic(index, (index.tokens[first] as Token).start) ??
    (/^spokes/u.test(word) ? null : mainSubject(index, first));
  // "Tory leader Michael Howard visited … The chancellor said": the text gave the topic another title
  if (topic !== null && otherTitleHeld(index, topic, word, first)) return null;
  // "Tom Morrow, 52, a farmer, met officials. The prime minister said …": an office of several words is
  // not the topic's when the text described him otherwise (an age, another role) and never gave it
  if (
    topic !== null &&
    officeCompound(index, head) &&
    (topic.attributes?.age !== undefined || stringsOf(topic.attributes?.role).length > 0)
  )
    return null;
  // "Ms James spoke on Monday. The judge said he would decide": the pronoun the description's own
  // speech verb takes up is not of the other gender than the text has shown for the topic
  const spoken = speakerPronounGender(index.text, (index.tokens[end - 1] as Token).end);
  if (topic !== null && spoken !== undefined) {
    const shown = shownGender(index.text, topic);
    if (shown !== undefined && shown !== spoken) return null;
  }
  return topic;
}

/**
 * Whether the text gave the person, before `before`, an office written in lower case right before a
 * name of the person ("leader" in "Tory leader Michael Howard", kept in no role) and none is the
 * description's word or a kind of it: "The chancellor said" is then someone else. Words news uses for
 * anyone (lexicon `personNoun`) and kin ("husband Ozzy") are no office; a capitalised word before the
 * name may be a style ("Lord Butler") or open the sentence ("Film-maker Spike Lee"), and is not read.
 */
function otherTitleHeld(index: DocumentIndex, person: Entity, word: string, before: number): boolean {
  const titles = new Set<string>();
  const limit = (index.tokens[before] as Token).start;
  for (const mention of person.mentions) {
    if (mention.kind !== 'name' || mention.end > limit) continue;
    const position = index.tokenAtOrAfter(mention.start) - 1;
    if (position < 0) continue;
    const token = index.tokens[position] as Token;
    if (token.pos !== 'NOUN' || index.mentionCovering(token.start, token.end) !== null) continue;
    const title = index.tokenText(position);
    // "Film-maker Spike Lee": the end of a hyphenated word is no title of its own
    if (/[-\p{L}]/u.test(index.text.charAt(token.start - 1))) continue;
    if (!/^\p{Ll}{3,}$/u.test(title) || !personTitle(title) || personNoun(title) !== undefined) continue;
    if (roleImplies(title, 'relative')) continue;
    titles.add(title);
  }
  if (titles.size === 0) return false;
  return ![...titles].some((title) => title === word || roleImplies(title, word));
}

/**
 * A person's gender as the text shows it: an honorific of a name ("Ms James"), else its pronouns when
 * they lean one way; never a first name's usual gender, which is only a guess.
 */
function shownGender(text: string, entity: Entity): 'm' | 'f' | undefined {
  let male = 0;
  let female = 0;
  for (const mention of entity.mentions) {
    const words = text.slice(mention.start, mention.end).toLowerCase().split(/\s+/u);
    if (mention.kind === 'name') {
      const gender = honorificOf((words[0] as string).replace(/\.$/u, ''))?.gender;
      if (gender === 'm' || gender === 'f') return gender;
    } else if (mention.kind === 'pronoun') {
      if (words[0] === 'he' || words[0] === 'him' || words[0] === 'his') male += 1;
      else if (words[0] === 'she' || words[0] === 'her' || words[0] === 'hers') female += 1;
    }
  }
  return male > female ? 'm' : female > male ? 'f' : undefined;
}

/** Words that join a title to the body it serves ("MP for Dunmore", "head of the agency"). */
const ROLE_LINKS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'to', 'on']);

/** Words of a role or a description that name no part of it. */
const ROLE_FILLERS = new Set(['the', 'a', 'an', 'and', "'s", '’s', "'", '’']);

/** The lower-cased words of a phrase, a possessive ending dropped ("Amnesty's" → "amnesty"). */
function roleWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((word) => word.replace(/['’]s?$/u, ''))
    .filter((word) => word !== '' && !ROLE_FILLERS.has(word));
}

/** The head word of a role: the last word before the first joining word ("MP" in "Labour MP for Dunmore"). */
function roleHeadWord(words: readonly string[]): string | undefined {
  const link = words.findIndex((word, at) => at > 0 && ROLE_LINKS.has(word));
  return words[(link < 0 ? words.length : link) - 1];
}

/**
 * Whether some WordNet 3.1 sense of the noun denotes a person ("head", "wing", "MP"): the role the
 * text gave the person is the evidence here, the word need only be able to name one.
 */
function mayDenotePerson(word: string): boolean {
  const key = word.replace(/-/gu, '_');
  return synsetsOf(key, 'noun').some((sense) => lexicographerFileOf(sense, 'noun') === NOUN_PERSON);
}

/** One role the text gave a person: its head word, and the words before it that make the title. */
interface Role {
  readonly head: string;
  /** "shadow" in "shadow chancellor", "prime" in "Prime Minister": not the body's name, nor "former". */
  readonly title: readonly string[];
}

/** What the text says a person is: the roles, and every word of the roles and affiliations. */
interface RoleProfile {
  readonly roles: readonly Role[];
  readonly words: ReadonlySet<string>;
  /** The words of the bodies the text tied the person to (`attributes.affiliation`). */
  readonly bodies: ReadonlySet<string>;
}

function stringsOf(value: unknown): readonly string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

const profileCache = new WeakMap<Entity, RoleProfile | null>();

function roleProfile(entity: Entity): RoleProfile | null {
  let profile = profileCache.get(entity);
  if (profile !== undefined) return profile;
  const words = new Set<string>();
  const bodies = new Set<string>();
  for (const affiliation of stringsOf(entity.attributes?.affiliation))
    for (const word of roleWords(affiliation)) {
      words.add(word);
      bodies.add(word);
    }
  const roles: Role[] = [];
  for (const role of stringsOf(entity.attributes?.role)) {
    const parts = roleWords(role);
    const head = roleHeadWord(parts);
    if (head === undefined) continue;
    const title = parts
      .slice(0, parts.indexOf(head))
      .filter((word) => !bodies.has(word) && !TIME_MODIFIERS.has(word));
    roles.push({ head, title });
    for (const word of parts) words.add(word);
  }
  profile = roles.length === 0 ? null : { roles, words, bodies };
  profileCache.set(entity, profile);
  return profile;
}

/**
 * The person a definite description stands for by the role the text gave that person before
 * (`attributes.role`, `attributes.affiliation`): "Tom Reyes, the Labour MP for Dunmore, … The Labour
 * MP for Dunmore said", "Amnesty's secretary-general, Lena Korr, … the Amnesty secretary-general
 * said". The description's head word must head one of the person's roles, the words that make that
 * title must all be in the description ("the chancellor" is not "shadow chancellor Ann Lee"), and
 * every other word of the description (the body, the place) must be among the words of the person's
 * roles and affiliations ("the Labour MP for Eastvale" is not the MP for Dunmore); words that say
 * when ("former", "new") count on neither side. Exactly one person of the story may hold a role of
 * that head word that the description's words fit, and be named before the source, else none is
 * taken; a plural ("the MPs") heads no role.
 */
export function roleHolder(index: DocumentIndex, first: number, end: number): Entity | null {
  if (end - first < 2 || end - first > 8) return null;
  if (index.tokenText(first).toLowerCase() !== 'the') return null;
  const sourceStart = (index.tokens[first] as Token).start;
  const sourceEnd = (index.tokens[end - 1] as Token).end;
  // a source that names a person is no description of one
  for (const mention of index.mentionsInside({ start: sourceStart, end: sourceEnd }))
    if (isPerson(mention.entity)) return null;
  for (let position = first + 1; position < end; position += 1) {
    const pos = (index.tokens[position] as Token).pos;
    // "secretary-general" and "Amnesty's" may come in pieces; any other mark or a clause is no title
    if (pos === 'PUNCT' && !/^(?:['’]s?|-)$/u.test(index.tokenText(position))) return null;
    if (pos === 'VERB' || pos === 'AUX' || pos === 'PRON' || pos === 'NUM') return null;
  }
  const words = roleWords(index.text.slice((index.tokens[first + 1] as Token).start, sourceEnd));
  const head = roleHeadWord(words);
  if (head === undefined || !mayDenotePerson(head)) return null;
  let found: Entity | null = null;
  let foundProfile: RoleProfile | null = null;
  for (const entity of index.entities) {
    if (!isPerson(entity)) continue;
    const profile = roleProfile(entity);
    if (profile === null || !profile.roles.some((role) => role.head === head)) continue;
    // "the Labour MP for Eastvale" is not "Tom Reyes, the Labour MP for Dunmore"
    if (!words.every((word) => profile.words.has(word) || TIME_MODIFIERS.has(word) || ROLE_LINKS.has(word)))
      continue;
    // "the MP" with "Labour MP Tom Reyes" and "Green MP Ann Lee": either may be meant
    if (found !== null && found !== entity) return null;
    found = entity;
    foundProfile = profile;
  }
  // the one holder of the role in the whole story, named before the description
  if (
    found === null ||
    !found.mentions.some((mention) => mention.kind === 'name' && mention.end <= sourceStart)
  )
    return null;
  // "the chancellor" is not "shadow chancellor Ann Lee": every word of the title is in the description
  if (
    foundProfile === null ||
    !foundProfile.roles.some((role) => role.head === head && role.title.every((word) => words.includes(word)))
  )
    return null;
  return found;
}

/** Whether `name` holds `word` (or its plural) as one of its words: "Lakeside University" holds "university". */
function nameHoldsWord(name: string, word: string): boolean {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .some((part) => part === word || part === `${word}s` || part === `${word}es`);
}

interface OrganisationPatterns {
  /** "bookmaker Brightbet": the noun right before the name. */
  readonly introduced: RegExp;
  /** "Brightbet, the bookmaker,": the noun in an apposition after it. */
  readonly apposed: RegExp;
}

function isAscii(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) if (value.charCodeAt(index) > 0x7f) return false;
  return true;
}

/**
 * Whether `text` may hold `word` as the case-insensitive Unicode patterns above read it: false only
 * when both are ASCII, the word of plain letters, digits, hyphens and apostrophes (`asciiWord`,
 * matched literally, with case folded as ASCII folds it), and the lower-cased text lacks the word;
 * outside ASCII ("ſ" matches "s") the pattern decides.
 */
function mayHold(text: string, word: string, asciiWord: boolean): boolean {
  return !asciiWord || !isAscii(text) || text.toLowerCase().includes(word);
}

/** Compiled once per head noun (and per thread), not once per name mention. */
const patternCache = new Map<string, OrganisationPatterns>();

function organisationPatterns(lower: string): OrganisationPatterns {
  const known = patternCache.get(lower);
  if (known !== undefined) return known;
  const patterns = {
    introduced: new RegExp(`(?:^|\\s)${lower}s?\\s+(?:the\\s+)?$`, 'iu'),
    apposed: new RegExp(`^,\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}${lower}\\b`, 'iu'),
  };
  if (patternCache.size >= 4096) patternCache.clear();
  patternCache.set(lower, patterns);
  return patterns;
}

/**
 * The organisation a definite description of one stands for ("the university said", "the studio
 * said", "the bookmaker said"), on the text's evidence only: the one organisation named before the
 * source whose name holds the word ("Lakeside University") or that the word introduced ("bookmaker
 * Brightbet", "Brightbet, the bookmaker,"). Two such organisations link neither; a word for a person
 * ("the manager") or for what was issued ("the report") is no organisation. Tokens from `first + 1` to
 * `modifierEnd` are a hyphenated modifier that names where the body is ("the Leeds-based studio").
 */
export function describedOrganisation(
  index: DocumentIndex,
  first: number,
  end: number,
  statementWords: ReadonlySet<string>,
  modifierEnd = first + 1,
): Entity | null {
  if (end - modifierEnd < 1 || end - modifierEnd > 3) return null;
  if (index.tokenText(first).toLowerCase() !== 'the') return null;
  for (let position = modifierEnd; position < end - 1; position += 1) {
    const pos = (index.tokens[position] as Token).pos;
    if (pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'PROPN') return null;
  }
  const head = end - 1;
  const token = index.tokens[head] as Token;
  const word = index.tokenText(head);
  if (/^\p{Lu}/u.test(word)) return null;
  const lower = word.toLowerCase();
  // "The daily said" with "daily" tagged an adjective or adverb: a word WordNet has as a noun still
  // heads the description when nothing follows it in the source (the evidence below needs an
  // organisation the text introduced with that very word: "the Bergen daily Vestavisa")
  if (
    token.pos !== 'NOUN' &&
    !((token.pos === 'ADJ' || token.pos === 'ADV') && synsetsOf(lower, 'noun').length > 0)
  )
    return null;
  if (statementWords.has(lower) || isPersonNoun(lower) || personNoun(lower) !== undefined) return null;
  const before = (index.tokens[first] as Token).start;
  const found = new Set<Entity>();
  let patterns: OrganisationPatterns | undefined;
  // a word the patterns read literally (no "." or other pattern character in it)
  const asciiWord = /^[a-z0-9'-]*$/u.test(lower);
  for (const mention of index.mentions) {
    if (mention.start >= before) break;
    if (mention.kind !== 'name' || mention.entity.type !== 'ORG') continue;
    const name = index.text.slice(mention.start, mention.end);
    // "Lakeside University", "Northgate Studios"
    if (nameHoldsWord(name, lower)) {
      found.add(mention.entity);
      continue;
    }
    // "bookmaker Brightbet", "the industry body Fairplay"; "Brightbet, the bookmaker,"
    const sentence = index.sentenceAt(mention.start);
    const left = index.text.slice(Math.max(sentence.start, mention.start - 40), mention.start);
    const right = index.text.slice(mention.end, Math.min(sentence.end, mention.end + 40));
    // both patterns need the word itself: most names have it on neither side, and then the
    // patterns are neither compiled nor run
    const nearLeft = mayHold(left, lower, asciiWord);
    const nearRight = mayHold(right, lower, asciiWord);
    if (!nearLeft && !nearRight) continue;
    const { introduced, apposed } = (patterns ??= organisationPatterns(lower));
    if ((nearLeft && introduced.test(left)) || (nearRight && apposed.test(right))) found.add(mention.entity);
  }
  return found.size === 1 ? ([...found][0] as Entity) : null;
}

const OUTLET_AFTER = /^\s+(?:has\s+)?(?:reported|reports|quoted|quotes)\b/u;
const OUTLET_BEFORE = /according\s+to\s+(?:the\s+)?$/iu;

/**
 * Whether one of the first two WordNet senses of a noun is a business or an institution ("company",
 * "firm", "bank", "carmaker", "insurer"); bodies that speak as themselves ("police", "the government",
 * "the team", "the party") are not.
 */
function businessNoun(word: string): boolean {
  return kindOfBody(word, ['enterprise', 'institution']);
}

const BUSINESSES = ['enterprise', 'financial_institution'];

/** Whether one of the first two WordNet senses of a noun lies under one of `kinds` (seven levels). */
function kindOfBody(word: string, kinds: readonly string[]): boolean {
  return synsetsOf(word, 'noun')
    .slice(0, 2)
    .some((sense) =>
      hasHypernym(sense, 'noun', { levels: 7 }, (entry) => entry.words.some((item) => kinds.includes(item))),
    );
}

/**
 * Whether the one organisation named nearby can be what the description names: for a business
 * ("the company", "the firm", "the carmaker", "the bank") any organisation whose name does not end in
 * a word for another kind of body ("the Red Hand movement", "the ministry"); for another institution
 * ("the hospital", "the museum", "the university") only one whose name or mentions use that very word ("the
 * hospital said" after "the Red Hand movement denied …" is no movement).
 */
function fitsDescription(index: DocumentIndex, entity: Entity, word: string): boolean {
  const texts = entity.mentions.map((mention) => index.text.slice(mention.start, mention.end).toLowerCase());
  if (texts.some((text) => new RegExp(`\\b${word}\\b`, 'u').test(text))) return true;
  // (a bank or an insurer is a business too: WordNet files it under financial institution)
  if (!kindOfBody(word, BUSINESSES)) return false;
  const last = /([a-z]+)$/u.exec(entity.name.toLowerCase())?.[1];
  return (
    last === undefined || !kindOfBody(last, ['social_group', 'organization']) || kindOfBody(last, BUSINESSES)
  );
}

/**
 * The organisation "the company", "the firm" or "the bank" stands for when the text gave no word for
 * it: the one organisation named in the same sentence before the source or in the sentence before
 * ("Renault boosted its profits, although the firm warned …"; "Halvorsen Oil offered to repay its
 * creditors. The firm said …"), also past a hyphenated modifier up to `modifierEnd` ("the London-based
 * firm": the place is where the firm is, never the firm). The head must be a business noun
 * (`businessNoun`); two organisations named there, or one that reported something (an outlet), link
 * neither.
 */
export function nearbyOrganisation(
  index: DocumentIndex,
  first: number,
  end: number,
  modifierEnd = first + 1,
): Entity | null {
  if (end - modifierEnd !== 1 || index.tokenText(first).toLowerCase() !== 'the') return null;
  const token = index.tokens[modifierEnd] as Token;
  const word = index.tokenText(modifierEnd);
  // ("firm" tagged an adverb or an adjective: a word WordNet has as a business noun still heads it)
  if (!['NOUN', 'ADJ', 'ADV'].includes(token.pos) || !/^\p{Ll}+$/u.test(word) || !businessNoun(word))
    return null;
  const start = (index.tokens[first] as Token).start;
  const sentence = index.sentenceIndexAt(start);
  const from = index.sentences[Math.max(0, sentence - 1)]?.start ?? 0;
  const found = new Set<Entity>();
  for (const mention of index.mentions) {
    if (mention.start >= start) break;
    if (mention.start < from) continue;
    if (mention.entity.type !== 'ORG') continue;
    found.add(mention.entity);
  }
  if (found.size !== 1) return null;
  // a name the name finder missed there may be the company: "Halvorsen Oil met the Treasury" (a day
  // or a month is none: "… on Tuesday. The firm said")
  for (let position = index.tokenAtOrAfter(from); position < first; position += 1) {
    const word = index.tokens[position] as Token;
    if (word.pos !== 'PROPN' || index.sentences.some((item) => item.start === word.start)) continue;
    if (calendarWord(index.tokenText(position))) continue;
    if (index.mentionCovering(word.start, word.end) === null) return null;
  }
  const entity = [...found][0] as Entity;
  if (!entity.mentions.some((mention) => mention.kind === 'name')) return null;
  if (!fitsDescription(index, entity, word.toLowerCase())) return null;
  // an outlet that reports ("…, Reuters reported", "according to Reuters") is no company the text follows
  const reports = entity.mentions.some(
    (mention) =>
      OUTLET_AFTER.test(index.text.slice(mention.end, mention.end + 20)) ||
      OUTLET_BEFORE.test(index.text.slice(Math.max(0, mention.start - 20), mention.start)),
  );
  return reports ? null : entity;
}

/**
 * A day's or a month's name, capitalised and longer than three letters ("Tuesday", "March"; not "Sun",
 * a newspaper's name as often as a day's).
 */
function calendarWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    lower.length > 3 &&
    /^\p{Lu}\p{Ll}+$/u.test(word) &&
    (Object.hasOwn(WEEKDAYS, lower) || Object.hasOwn(MONTHS, lower))
  );
}

/** The first `count` person senses of a noun in WordNet 3.1 ("manager": director, coach). */
function personSenses(word: string, count: number): number[] {
  return synsetsOf(word.replace(/-/gu, '_'), 'noun')
    .filter((sense) => lexicographerFileOf(sense, 'noun') === NOUN_PERSON)
    .slice(0, count);
}

/** The synset of "leader" that most titles lie under, looked up once. */
let leaderSense: number | null | undefined;
function leader(): number | null {
  if (leaderSense === undefined) leaderSense = personSenses('leader', 1)[0] ?? null;
  return leaderSense;
}

/**
 * Whether a word is one of WordNet's words for whoever is in charge: it shares a person sense with
 * "chief" (head, top dog, boss, gaffer, chieftain). "The club's boss" is its manager, "the firm's
 * chief" its chief executive: the word names no office of its own, only that the person leads.
 */
function inChargeWord(word: string): boolean {
  const chief = new Set(personSenses('chief', 3));
  return personSenses(word, 3).some((sense) => chief.has(sense));
}

/**
 * Whether the role word the text gave a person (`held`: "manager") lets a description's head word
 * (`head`: "coach", "boss") name that person, by WordNet 3.1: the same word; a synonym (a person sense
 * of each among its first two is one synset, the first of one of them: manager and coach, referee and
 * ref; not chancellor and premier); a kind of the head (roleImplies:
 * solicitor → lawyer); or, for a word for whoever is in charge ("boss", "chief"), a role that WordNet
 * puts under "leader" within four steps (manager, chairman, minister; not a captain, an officer).
 */
export function roleFits(held: string, head: string): boolean {
  if (held === head) return true;
  const heldSenses = personSenses(held, 2);
  if (heldSenses.length === 0) return false;
  // a synonym in the sense either word is first used in: "premier" and "chancellor" share only their
  // second senses (a head of government), and a British chancellor is the finance minister
  const headSenses = personSenses(head, 2);
  if (
    heldSenses.some(
      (sense) => headSenses.includes(sense) && (sense === heldSenses[0] || sense === headSenses[0]),
    )
  )
    return true;
  if (roleImplies(held, head)) return true;
  const top = leader();
  if (top === null || !inChargeWord(head)) return false;
  return heldSenses.some((sense) =>
    hasHypernym(sense, 'noun', { levels: 5 }, (entry) => entry.offset === top),
  );
}

/** How many sentences back a description may take up a person named before it. */
const RELATED_ROLE_WINDOW = 12;

/**
 * The person a description names by the role the text gave that person in other words, or with the
 * body it serves as a possessor (issue 10): "Manager Tom Reyes … “…,” said the club's boss",
 * "Harbour Town manager Tom Reyes … the Harbour Town coach said", "Tom Reyes, Acme's chairman, …
 * Acme's boss said". The description is "the" or a possessor ("the club's", "Acme's"), words that
 * say when ("former", "new") or words of the person's role, and a singular head word for a person
 * that fits a role of the person (`roleFits`). The person:
 *
 * - holds such a role, and every word of the role before its head that is no body ("assistant" in
 *   "the club's assistant coach") is in the description;
 * - is tied to the body the description names by a name ("Acme's boss", "the Acme boss"), when the
 *   text tied the person to any body (the words of the role and affiliation hold a word of the name);
 * - was named before the description, and mentioned within the twelve sentences before it;
 * - is the one person of the story so far who fits, else the description stays unresolved.
 */
export function relatedRoleHolder(index: DocumentIndex, first: number, end: number): Entity | null {
  if (end - first < 2 || end - first > 8) return null;
  const sourceStart = (index.tokens[first] as Token).start;
  const sourceEnd = (index.tokens[end - 1] as Token).end;
  // a source that names a person is no description of one
  for (const mention of index.mentionsInside({ start: sourceStart, end: sourceEnd }))
    if (isPerson(mention.entity)) return null;
  const head = end - 1;
  const headToken = index.tokens[head] as Token;
  const headWord = index.tokenText(head);
  // ("the club's chief" tagged an adjective is a noun when the parse makes it the subject)
  const nominal = headToken.pos === 'NOUN' || (headToken.pos === 'ADJ' && /^nsubj/u.test(headToken.dep));
  if (!nominal || !/^\p{Ll}[\p{Ll}-]*$/u.test(headWord) || /[^s]s$/u.test(headWord)) return null;
  if (!mayDenotePerson(headWord)) return null;
  // the possessor or article, then modifiers
  let position = first;
  /** Words of the names of bodies the description names ("acme", "harbour", "town"). */
  const bodyWords = new Set<string>();
  /** The names of the places among them ("Russia"), whose nationality word ties a person too. */
  const places: string[] = [];
  const modifiers: string[] = [];
  /** The common nouns for the body before a possessive ("club" in "the club's boss"). */
  const bodyNouns = new Set<string>();
  const possessive = (at: number): boolean => /^['’]s?$/u.test(index.tokenText(at));
  if (index.tokenText(first).toLowerCase() === 'the') position += 1;
  else {
    // "Acme's boss": a name of a body and its possessive open the description
    const mention = index.mentionCovering(sourceStart, (index.tokens[first] as Token).end);
    if (mention === null || mention.kind !== 'name' || mention.start !== sourceStart) return null;
    if (mention.entity.type !== 'ORG' && mention.entity.type !== 'LOC') return null;
    const after = index.tokenAtOrAfter(mention.end);
    if (after >= head || !possessive(after)) return null;
    for (const word of roleWords(index.text.slice(mention.start, mention.end))) bodyWords.add(word);
    if (mention.entity.type === 'LOC') places.push(index.text.slice(mention.start, mention.end));
    position = after + 1;
  }
  for (; position < head; position += 1) {
    const token = index.tokens[position] as Token;
    const word = index.tokenText(position);
    if (possessive(position)) continue;
    const mention = index.mentionCovering(token.start, token.end);
    if (mention !== null) {
      // "the Acme boss": the body's name; "the company's boss", whatever coreference took "the
      // company" for, is a common noun for a body (below)
      if (mention.kind === 'pronoun' || (mention.entity.type !== 'ORG' && mention.entity.type !== 'LOC'))
        return null;
      if (mention.kind === 'name') {
        const name = index.text.slice(mention.start, mention.end);
        for (const part of roleWords(name)) bodyWords.add(part);
        if (mention.entity.type === 'LOC') places.push(name);
        position = Math.max(position, index.tokenAtOrAfter(mention.end) - 1);
        continue;
      }
    }
    if (token.pos !== 'NOUN' && token.pos !== 'ADJ') return null;
    // "the club's boss": a common noun for a body before the possessive names the body, not the role
    if (possessive(position + 1) && position + 1 < head) {
      const sense = synsetsOf(word.toLowerCase(), 'noun')[0];
      if (sense === undefined || lexicographerFileOf(sense, 'noun') !== NOUN_GROUP) return null;
      bodyNouns.add(word.toLowerCase());
      continue;
    }
    modifiers.push(word.toLowerCase());
  }
  /** A word of the body's name, or the nationality of a place named ("Russian" for "Russia's"). */
  const ofBody = (word: string): boolean =>
    bodyWords.has(word) || places.some((place) => isDemonymOf(word, place));
  const wanted = headWord.toLowerCase();
  const inCharge = inChargeWord(wanted);
  const sentence = index.sentenceIndexAt(sourceStart);
  let found: Entity | null = null;
  // "Tom Reyes, who took over the club, … the club's boss": a deed of leading the very body the
  // description names gives the role, for a word for whoever leads ("boss", "head", "leader")
  const byDeed =
    (bodyWords.size > 0 || bodyNouns.size > 0) &&
    modifiers.every((word) => TIME_MODIFIERS.has(word)) &&
    (inCharge || leaderWord(wanted));
  for (const entity of index.entities) {
    if (!isPerson(entity)) continue;
    if (byDeed && ledBody(index, entity, ofBody, bodyNouns, sourceStart)) {
      if (found !== null && found !== entity) return null;
      found = entity;
      continue;
    }
    const profile = roleProfile(entity);
    if (profile === null) continue;
    // ("chief" of "chief executive" says the person leads, as "boss" does)
    const fits = profile.roles.some(
      (role) =>
        roleFits(role.head, wanted) &&
        role.title.every(
          (word) =>
            modifiers.includes(word) || groupNoun(word) || ofBody(word) || (inCharge && inChargeWord(word)),
        ),
    );
    if (!fits) continue;
    // "the new boss" or "the club's Dutch coach": every modifier says when or is a word of the person's roles
    if (!modifiers.every((word) => TIME_MODIFIERS.has(word) || profile.words.has(word))) continue;
    // "Acme's boss": the person's roles and affiliations hold a word of the body's name, when the
    // text tied the person to a body at all
    // ("Russia's president" is "Russian president Ivan Orlov"; "Acme chairman Tom Reyes" is Acme's boss)
    if (
      bodyWords.size > 0 &&
      ![...profile.words].some(ofBody) &&
      (profile.bodies.size > 0 || !tiedByTitle(index, entity, ofBody, sourceStart))
    )
      continue;
    const named = entity.mentions.some((mention) => mention.kind === 'name' && mention.end <= sourceStart);
    if (!named) continue;
    if (found !== null && found !== entity) return null;
    found = entity;
  }
  if (found === null) return null;
  const last = Math.max(
    ...found.mentions.filter((mention) => mention.end <= sourceStart).map((mention) => mention.start),
  );
  if (sentence - index.sentenceIndexAt(last) > RELATED_ROLE_WINDOW) return null;
  // "Ms James spoke on Monday. The judge said he would decide": the pronoun of the description's own
  // speech verb is not of the other gender than the text has shown for the person
  const spoken = speakerPronounGender(index.text, sourceEnd);
  const shown = spoken === undefined ? undefined : shownGender(index.text, found);
  if (shown !== undefined && shown !== spoken) return null;
  return found;
}

/** A noun whose first WordNet sense is a group ("club", "party"): it names the body, not the role. */
function groupNoun(word: string): boolean {
  const sense = synsetsOf(word, 'noun')[0];
  return sense !== undefined && lexicographerFileOf(sense, 'noun') === NOUN_GROUP;
}

/**
 * Whether a name of the body ("Acme") is written right before a name of the person with a title
 * between ("Acme chairman Tom Reyes"), before `before`.
 */
function tiedByTitle(
  index: DocumentIndex,
  person: Entity,
  ofBody: (word: string) => boolean,
  before: number,
): boolean {
  for (const mention of person.mentions) {
    if (mention.kind !== 'name' || mention.end > before) continue;
    const at = index.tokenAtOrAfter(mention.start);
    for (let position = at - 1; position >= 0 && position >= at - 4; position -= 1) {
      const word = index.tokenText(position).toLowerCase();
      if (ofBody(word)) return true;
      const pos = (index.tokens[position] as Token).pos;
      if (pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'ADJ') break;
    }
  }
  return false;
}

/** Whether a noun for a person shares its first or second person sense with "leader". */
function leaderWord(word: string): boolean {
  const top = leader();
  return top !== null && personSenses(word, 2).includes(top);
}

/** The verb senses a deed of leading lies under, looked up once (see `leadingVerb`). */
let leadingAnchors: { direct: number | null; office: number | null } | undefined;
function anchors(): { direct: number | null; office: number | null } {
  if (leadingAnchors === undefined) {
    // the sense "head" and "lead" share that is no motion ("be in charge of", not "travel in front
    // of"), and the sense above it ("direct")
    const lead = new Set(synsetsOf('lead', 'verb'));
    const shared = synsetsOf('head', 'verb').find(
      (sense) => lead.has(sense) && lexicographerFileOf(sense, 'verb') !== VERB_MOTION,
    );
    const above =
      shared === undefined
        ? undefined
        : synset(shared, 'verb').pointers.find((pointer) => pointer.symbol === '@' && pointer.pos === 'verb');
    leadingAnchors = {
      direct: above?.offset ?? null,
      office: synsetsOf('take_office', 'verb')[0] ?? null,
    };
  }
  return leadingAnchors;
}

/**
 * Whether a verb (or phrasal verb: "take_over") may say its subject leads its object, by WordNet 3.1:
 * a sense lies within three steps under "direct" (be in charge of: head, lead, run, chair, take
 * charge), or one of its first four senses lies within two under "take office" (take over, assume;
 * not "take", whose sense of taking office is far down) or derives a noun for a person in charge
 * (oversee, manage → manager). The object the caller asks for
 * (the body the description names) picks the sense.
 */
export function leadingVerb(lemma: string): boolean {
  const { direct, office } = anchors();
  const senses = synsetsOf(lemma, 'verb');
  for (const sense of senses)
    if (direct !== null && hasHypernym(sense, 'verb', { levels: 4 }, (entry) => entry.offset === direct))
      return true;
  for (const sense of senses.slice(0, 4)) {
    if (office !== null && hasHypernym(sense, 'verb', { levels: 3 }, (entry) => entry.offset === office))
      return true;
    const top = leader();
    const entry = synset(sense, 'verb');
    // the noun derived from this very word ("manager" from "manage"; not "leader" from "lead" in
    // the sense "take" shares with it)
    const own = entry.words.indexOf(lemma) + 1;
    for (const pointer of entry.pointers) {
      if (pointer.symbol !== '+' || pointer.pos !== 'noun' || pointer.sourceWord !== own) continue;
      if (lexicographerFileOf(pointer.offset, 'noun') !== NOUN_PERSON) continue;
      const noun = synset(pointer.offset, 'noun');
      if (noun.words.some((word) => inChargeWord(word))) return true;
      if (top !== null && hasHypernym(pointer.offset, 'noun', { levels: 3 }, (entry) => entry.offset === top))
        return true;
    }
  }
  return false;
}

/**
 * Whether the text said, before `before`, in a relative clause on a name of the person, that the
 * person leads the body a description names: "Tom Reyes, who took over the club in May," for "the
 * club's boss", "Ann Lee, who runs Acme," for "Acme's chief". The clause's verb must be a deed of
 * leading (`leadingVerb`) and its object (or the object of "over" or "at") the body: a name with a
 * word of the description's name of the body, or the common noun the description uses.
 */
function ledBody(
  index: DocumentIndex,
  person: Entity,
  ofBody: (word: string) => boolean,
  bodyNouns: ReadonlySet<string>,
  before: number,
): boolean {
  for (const mention of person.mentions) {
    if (mention.kind !== 'name' || mention.end > before) continue;
    const after = index.tokenAtOrAfter(mention.end);
    if (index.tokenText(after) !== ',' || !/^(?:who|that)$/iu.test(index.tokenText(after + 1))) continue;
    const relative = index.tokens[after + 1] as Token;
    const verb = relative.head;
    const verbToken = index.tokens[verb];
    if (!/^nsubj/u.test(relative.dep) || verbToken === undefined || verbToken.pos !== 'VERB') continue;
    if (verbToken.dep !== 'acl:relcl' || verbToken.end > before) continue;
    const sentence = index.sentenceAt(verbToken.start);
    const first = index.tokenAtOrAfter(sentence.start);
    const last = index.tokenAtOrAfter(sentence.end);
    const lemma = verbToken.lemma.toLowerCase();
    let particle = '';
    for (let position = first; position < last; position += 1) {
      const token = index.tokens[position] as Token;
      if (token.head === verb && token.dep === 'compound:prt')
        particle = index.tokenText(position).toLowerCase();
    }
    for (let position = first; position < last; position += 1) {
      const token = index.tokens[position] as Token;
      if (token.head !== verb || (token.dep !== 'obj' && token.dep !== 'obl')) continue;
      if (token.pos !== 'NOUN' && token.pos !== 'PROPN') continue;
      // "took over the club": the parse may hang "over" on the object
      let phrasal = particle === '' ? lemma : `${lemma}_${particle}`;
      if (token.dep === 'obl') {
        const marker = index.tokens.findIndex(
          (other, at) => at >= first && at < position && other.head === position && other.dep === 'case',
        );
        if (marker < 0) continue;
        const word = index.tokenText(marker).toLowerCase();
        if (word !== 'over' && word !== 'at') continue;
        if (word === 'over' && particle === '') phrasal = `${lemma}_over`;
      }
      if (!leadingVerb(phrasal)) continue;
      const named = index.mentionCovering(token.start, token.end);
      if (named !== null && named.kind === 'name') {
        if (named.entity.type !== 'ORG' && named.entity.type !== 'LOC') continue;
        if (roleWords(index.text.slice(named.start, named.end)).some(ofBody)) return true;
        continue;
      }
      if (token.pos === 'NOUN' && bodyNouns.has(index.tokenText(position).toLowerCase())) return true;
    }
  }
  return false;
}
