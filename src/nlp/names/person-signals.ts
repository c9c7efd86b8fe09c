import type { Segments, Token } from '../../model/index.js';
import { firstNameGender, isFirstName } from '../coref/first-name-gender.js';
import {
  facilityHead,
  honorific,
  isInstitutionHead,
  lookupPlace,
  organisation,
  personNoun,
  roleNoun,
} from '../lexicon/index.js';
import { followsGroupNoun, isPersonWord, isUnlistedCommonNoun, nounFiles } from './word-senses.js';
import { lemmaOf, NOUN_ACT, NOUN_ARTIFACT, NOUN_COMMUNICATION, NOUN_GROUP } from '../events/wordnet.js';
import type { NameMention } from './name-mention.js';
import { isOrganisationHead } from './organisation-heads.js';
import { nameHead, sentenceHolding, tokenAt } from './token-index.js';

/** Verbs whose subject is a speaker: a person-like subject ("Paris Hilton said she …"). */
const SPEECH_LEMMAS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'add',
  'recall',
  'insist',
  'admit',
  'explain',
]);

const PRONOUN_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['he', 'm'],
  ['him', 'm'],
  ['his', 'm'],
  ['himself', 'm'],
  ['she', 'f'],
  ['her', 'f'],
  ['hers', 'f'],
  ['herself', 'f'],
]);

/** The word before `start`, one space (or ". ") apart: "Mr." in "Mr. Jordan". */
function wordBefore(text: string, start: number): string {
  const match = text.slice(Math.max(0, start - 12), start).match(/(\S+)\s$/u);
  return match?.[1] ?? '';
}

/**
 * Does the sentence go on, after the name and before any other person's name, with a pronoun of the
 * gender of the name's first word ("Paris Hilton said she …")?
 */
function agreeingPronounFollows(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
  index: number,
  gender: 'm' | 'f' | undefined,
): boolean {
  const name = names[index] as NameMention;
  const sentence = sentenceHolding(segments.sentences, name.start, name.end);
  if (sentence === undefined) return false;
  const nextPerson = names.slice(index + 1).find((other) => other.type === 'PERSON')?.start ?? text.length;
  const limit = Math.min(sentence.end, nextPerson);
  const { tokens } = segments;
  for (let position = tokenAt(tokens, name.end); position < tokens.length; position += 1) {
    const token = tokens[position] as Token;
    if (token.start >= limit) break;
    const found = PRONOUN_GENDER.get(text.slice(token.start, token.end).toLowerCase());
    if (found !== undefined) return gender === undefined || found === gender;
  }
  return false;
}

/**
 * "Senator" left as an ORG of its own before "Barack Obama" (a title, part of the person's mention),
 * or after "the" ("the Senator": a description of a person).
 */
function isTitleBeforePerson(text: string, name: NameMention, next: NameMention | undefined): boolean {
  if (name.type === 'PERSON') return false;
  const surface = text.slice(name.start, name.end);
  if (surface.includes(' ') || honorific(surface) === undefined) return false;
  // "the Senator" is a description of a person, not a name
  if (/(?:^|\s)the\s$/iu.test(text.slice(Math.max(0, name.start - 4), name.start))) return true;
  return next?.type === 'PERSON' && next.start === name.end + 1;
}

/**
 * A person's signals beat a place or organisation list: "Mr. Jordan" was a country, "Paris Hilton"
 * a hotel company and "Tiger Woods"-like names places. A LOC or ORG name becomes PERSON when
 * - an honorific stands right before it ("Mr. Jordan", "Ms Georgia Lind"), or before its last word
 *   elsewhere in the text ("Mr Hilton"), or it opens the name and a first name follows ("Senator
 *   Maren Lind" typed ORG); or
 * - it has two or three words, the whole is no known place or organisation, its last word is no
 *   organisation or facility head, its first word is a first name with a known gender (from the
 *   name lists, src/nlp/coref/first-name-gender.ts), and either it is the subject of a speech verb
 *   ("Paris Hilton said") or the first he/she/his/her after it in its sentence, before any other
 *   person, agrees with that gender ("Paris Hilton … her album").
 * A one-word title left as a name of its own right before a person's name ("Senator" + "Barack
 * Obama") is dropped, the person's mention takes it; so is a title after "the" ("the Senator"), a
 * description left to coreference. A known country is never retyped by the second signal (its name is no person's),
 * nor an organisation a group noun introduces ("The charity Ada Hale said", `followsGroupNoun`).
 */
export function typePeopleBySignals(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const { tokens } = segments;
  // surnames written after an honorific anywhere in the text ("Mr Hilton")
  const honoured = new Set<string>();
  for (const name of names) {
    if (honorific(wordBefore(text, name.start)) === undefined) continue;
    const surface = text.slice(name.start, name.end);
    honoured.add(surface.slice(surface.lastIndexOf(' ') + 1));
  }
  const introduced = new Set<string>();
  for (const name of names)
    if (name.type === 'ORG' && followsGroupNoun(text, name, segments))
      introduced.add(text.slice(name.start, name.end));
  const kept = names.filter((name, index) => !isTitleBeforePerson(text, name, names[index + 1]));
  return kept.map((name, index) => {
    if (name.type !== 'LOC' && name.type !== 'ORG') return name;
    const surface = text.slice(name.start, name.end);
    const words = surface.split(' ');
    const person = { start: name.start, end: name.end, type: 'PERSON' as const };
    // "Sir Ada Lind Hospital": an institution named after a titled person stays one
    const lastWord = words[words.length - 1] as string;
    const institution = words.length >= 2 && (isInstitutionHead(lastWord) || isOrganisationHead(lastWord));
    const title = wordBefore(text, name.start);
    if (honorific(title) !== undefined && organisation(surface) === undefined && !institution) return person;
    // "Senator Maren Lind", typed ORG: a title, then a first name (not "Sir Ada Lind Hospital",
    // an institution named after that person)
    if (
      words.length >= 3 &&
      honorific(words[0] as string) !== undefined &&
      firstNameGender(words[1] as string) !== undefined &&
      organisation(surface) === undefined &&
      !institution
    )
      return person;
    if (words.length < 2 || words.length > 3) return name;
    const last = words[words.length - 1] as string;
    if (lookupPlace(surface) !== undefined || organisation(surface) !== undefined) return name;
    if (isOrganisationHead(last) || facilityHead(last) !== undefined) return name;
    if (honoured.has(last)) return person;
    // "The charity Ada Hale said": a group noun the parse joins to the name says what it is, at every mention
    if (introduced.has(surface)) return name;
    // "Tyson Foods said": a last word no name list holds and WordNet reads as a thing ends a firm's name
    const first = words[0] as string;
    if (isUnlistedCommonNoun(last, isFirstName(first))) return name;
    const gender = firstNameGender(first);
    if (lookupPlace(first)?.kinds.includes('country')) return name;
    if (gender === undefined) {
      // "Morgan Freeman … his first award": a first name of either gender, and a last word no noun
      // for a made thing, a group, an act or a message ("Morgan Motors", "Austin Group")
      if (words.length !== 2 || !isFirstName(first) || isThingWord(last)) return name;
    }
    if (isSpeakerOrDescribedPerson(text, tokens, name)) return person;
    return agreeingPronounFollows(text, segments, kept, index, gender) ? person : name;
  });
}

/** Is the last word of a name first a noun for a made thing, a group, an act or a message in WordNet? */
function isThingWord(word: string): boolean {
  const lower = word.toLowerCase();
  const file = nounFiles(lemmaOf(lower, 'noun') ?? lower)[0];
  return file === NOUN_ARTIFACT || file === NOUN_GROUP || file === NOUN_ACT || file === NOUN_COMMUNICATION;
}

/**
 * The parse says a name is a person's: it is the subject of a speech verb ("Paris Hilton said"), or
 * it has an apposition headed by a noun for a person ("Sofia Brandt, the mayor, …").
 */
function isSpeakerOrDescribedPerson(text: string, tokens: readonly Token[], name: NameMention): boolean {
  const headIndex = nameHead(tokens, name);
  const head = tokens[headIndex];
  if (head === undefined) return false;
  const governor = tokens[head.head];
  if (head.dep === 'nsubj' && governor !== undefined && SPEECH_LEMMAS.has(governor.lemma)) return true;
  const from = tokenAt(tokens, name.end);
  for (let position = from; position < tokens.length && position < from + 12; position += 1) {
    const token = tokens[position] as Token;
    if (token.head !== headIndex || token.dep !== 'appos' || token.pos !== 'NOUN') continue;
    const word = text.slice(token.start, token.end).toLowerCase();
    if (personNoun(word) !== undefined || roleNoun(word) !== undefined || isPersonWord(token.lemma))
      return true;
  }
  return false;
}

/** A surname after a first name: a capitalised word of letters ("Brandt", "O'Hara", "Lind-Moss"). */
const SURNAME_AFTER = /^ (\p{Lu}(?:['’]\p{Lu})?\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{M}\d&-]| \p{Lu})/u;

/**
 * "Sofia Brandt, the mayor, said …": the recogniser typed the first name a place ("Sofia", "Georgia",
 * "Florence", "Jordan") and left the surname out. A one-word LOC, ORG or MISC name that is a first
 * name in the name lists, followed by one capitalised word no other name covers (or a one-word
 * PERSON name: "Victoria" LOC + "Lind" PERSON) that the parse joins to it (flat or compound), with no
 * capitalised word after, becomes one PERSON name when the lexicon knows neither the whole nor the
 * second word as a place or organisation, the second word heads no organisation or facility, and a
 * person's signal holds: the name is the subject of a speech verb or has an apposition headed by a
 * person noun, the surname follows an honorific elsewhere ("Ms Brandt") or stands alone as a
 * person's name, or the first he/she/his/her after it in its sentence agrees with the first name's
 * gender (any of them for a first name of either gender; not enough for a country's name, "Georgia",
 * whose surname must also be no WordNet noun).
 */
export function joinGivenNamesToSurnames(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const { tokens } = segments;
  let output: NameMention[] | undefined;
  let honoured: Set<string> | undefined;
  for (let index = 0; index < names.length; index += 1) {
    const name = names[index] as NameMention;
    if (name.type === 'PERSON' || name.subtype === 'NORP') continue;
    const first = text.slice(name.start, name.end);
    if (!isFirstName(first)) continue;
    // "Georgia", "Jordan": a country's name needs a surname no common noun and more than a pronoun
    const country = lookupPlace(first)?.kinds.includes('country') === true;
    const match = SURNAME_AFTER.exec(text.slice(name.end, name.end + 40));
    if (match === null) continue;
    const surname = match[1] as string;
    const end = name.end + match[0].length;
    const next = names[index + 1];
    const joinsNext = next !== undefined && next.start < end;
    if (joinsNext && (next.type !== 'PERSON' || next.start !== name.end + 1 || next.end !== end)) continue;
    const whole = `${first} ${surname}`;
    if (lookupPlace(whole) !== undefined || organisation(whole) !== undefined) continue;
    if (lookupPlace(surname) !== undefined || organisation(surname) !== undefined) continue;
    if (isOrganisationHead(surname) || facilityHead(surname) !== undefined) continue;
    if (country && nounFiles(surname).length > 0) continue;
    const firstToken = tokenAt(tokens, name.start);
    const a = tokens[firstToken];
    const b = tokens[firstToken + 1];
    if (a === undefined || b === undefined || a.end !== name.end || b.start !== name.end + 1 || b.end !== end)
      continue;
    const parsedTogether =
      (b.dep === 'flat' && b.head === firstToken) || (a.dep === 'compound' && a.head === firstToken + 1);
    if (!parsedTogether) continue;
    const joined: NameMention = { start: name.start, end, type: 'PERSON' };
    if (honoured === undefined) {
      honoured = new Set<string>();
      for (const other of names) {
        if (honorific(wordBefore(text, other.start)) === undefined) continue;
        const surface = text.slice(other.start, other.end);
        honoured.add(surface.slice(surface.lastIndexOf(' ') + 1));
      }
    }
    // the surname alone elsewhere as a person's name ("… Brandt said"), not the name taken in
    const usedAlone = names.some(
      (other) => other !== next && other.type === 'PERSON' && text.slice(other.start, other.end) === surname,
    );
    const withJoined = [...names.slice(0, index), joined, ...names.slice(joinsNext ? index + 2 : index + 1)];
    const signal =
      honoured.has(surname) ||
      usedAlone ||
      isSpeakerOrDescribedPerson(text, tokens, joined) ||
      (!country && agreeingPronounFollows(text, segments, withJoined, index, firstNameGender(first)));
    if (!signal) continue;
    output ??= names.slice();
    // replace in the output (indexes shift by one when the PERSON surname is taken in)
    const at = output.indexOf(name);
    output.splice(at, joinsNext ? 2 : 1, joined);
  }
  return output ?? names.slice();
}
