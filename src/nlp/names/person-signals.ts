import type { Segments, Token } from '../../model/index.js';
import { firstNameGender } from '../coref/first-name-gender.js';
import { facilityHead, honorific, lookupPlace, organisation } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';
import { isOrganisationHead } from './organisation-heads.js';
import { nameHead, tokenAt } from './token-index.js';

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
  gender: 'm' | 'f',
): boolean {
  const name = names[index] as NameMention;
  const sentence = segments.sentences.find(
    (candidate) => candidate.start <= name.start && name.end <= candidate.end,
  );
  if (sentence === undefined) return false;
  const nextPerson = names.slice(index + 1).find((other) => other.type === 'PERSON')?.start ?? text.length;
  const limit = Math.min(sentence.end, nextPerson);
  const { tokens } = segments;
  for (let position = tokenAt(tokens, name.end); position < tokens.length; position += 1) {
    const token = tokens[position] as Token;
    if (token.start >= limit) break;
    const found = PRONOUN_GENDER.get(text.slice(token.start, token.end).toLowerCase());
    if (found !== undefined) return found === gender;
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
 * description left to coreference. A known country is never retyped by the second signal (its name is no person's).
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
  const kept = names.filter((name, index) => !isTitleBeforePerson(text, name, names[index + 1]));
  return kept.map((name, index) => {
    if (name.type !== 'LOC' && name.type !== 'ORG') return name;
    const surface = text.slice(name.start, name.end);
    const words = surface.split(' ');
    const person = { start: name.start, end: name.end, type: 'PERSON' as const };
    if (honorific(wordBefore(text, name.start)) !== undefined && organisation(surface) === undefined)
      return person;
    // "Senator Maren Lind", typed ORG: a title, then a first name
    if (
      words.length >= 3 &&
      honorific(words[0] as string) !== undefined &&
      firstNameGender(words[1] as string) !== undefined &&
      organisation(surface) === undefined
    )
      return person;
    if (words.length < 2 || words.length > 3) return name;
    const last = words[words.length - 1] as string;
    if (lookupPlace(surface) !== undefined || organisation(surface) !== undefined) return name;
    if (isOrganisationHead(last) || facilityHead(last) !== undefined) return name;
    if (honoured.has(last)) return person;
    const gender = firstNameGender(words[0] as string);
    if (gender === undefined || lookupPlace(words[0] as string)?.kinds.includes('country')) return name;
    const head = tokens[nameHead(tokens, name)];
    const governor = head === undefined ? undefined : tokens[head.head];
    if (head?.dep === 'nsubj' && governor !== undefined && SPEECH_LEMMAS.has(governor.lemma)) return person;
    return agreeingPronounFollows(text, segments, kept, index, gender) ? person : name;
  });
}
