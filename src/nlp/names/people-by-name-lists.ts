import { isFirstName } from '../coref/first-name-gender.js';
import {
  lemmaOf,
  lexicographerFileOf,
  NOUN_ACT,
  NOUN_ARTIFACT,
  NOUN_COMMUNICATION,
  NOUN_GROUP,
  NOUN_PERSON,
  synsetsOf,
} from '../events/wordnet.js';
import { isFacilityHead, isKnownHumanName, lookupPlace, organisation, roleNoun } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';
import { LOCATIVE_BEFORE } from './places-after-locatives.js';

const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
const INITIAL = /^\p{Lu}\.$/u;

/**
 * True when every noun sense WordNet gives the word is a person's ("Hilton", "Lowry"), or it has
 * none: "Real", "West", "Orient", "Brand" (and "Austin", "Kent", places too) are not only names.
 */
function onlyAPersonInWordNet(word: string): boolean {
  const lower = word.toLowerCase();
  const senses = synsetsOf(lower, 'noun');
  if (senses.length === 0 && isPluralOfThing(lower)) return false;
  return senses.every((offset) => lexicographerFileOf(offset, 'noun') === NOUN_PERSON);
}

/**
 * "Labs", "Studios": a plural WordNet does not list whose singular is first a made thing, a group, an
 * act or a message ("lab"): a firm's word, though the name lists hold it as a surname. (Plural
 * surnames WordNet lists are its own entries: "Banks", "Mills".)
 */
function isPluralOfThing(lower: string): boolean {
  const singular = lemmaOf(lower, 'noun');
  if (singular === null || singular === lower) return false;
  const first = synsetsOf(singular, 'noun')[0];
  if (first === undefined) return false;
  const file = lexicographerFileOf(first, 'noun');
  return file === NOUN_ARTIFACT || file === NOUN_GROUP || file === NOUN_ACT || file === NOUN_COMMUNICATION;
}

/** A given name (the lists of `gender-detection-from-name`) that WordNet knows as no thing or place. */
export function isGivenName(word: string): boolean {
  // "St", "Jo": two letters are as often an abbreviation.
  return word.length > 2 && CAPITALISED_WORD.test(word) && isFirstName(word) && onlyAPersonInWordNet(word);
}

/** "the town of", "in", "near": a place's name may follow. */
const PLACE_BEFORE =
  /\b(?:(?:in|near|at|from|to|outside)|(?:town|city|village|district|province|region|county|state|port|island) of)\s+$/u;
/** "in Dana Lowry’s film": a possessive after the name makes it an owner, not a place. */
const POSSESSIVE_AFTER = /^['’]s?\b/u;

/**
 * A known given name or surname (humannames) that WordNet does not know at all, in any part of
 * speech: "Atul", "Ghai" (not "All", as in "All Blacks").
 */
function isUnknownWordName(word: string): boolean {
  return (
    word.length > 2 &&
    CAPITALISED_WORD.test(word) &&
    isKnownHumanName(word) &&
    (['noun', 'verb', 'adj'] as const).every((pos) => synsetsOf(word.toLowerCase(), pos).length === 0) &&
    lookupPlace(word) === undefined
  );
}

/** An Arabic surname with its article: "al-Rashid", "El-Amin". */
const ARTICLE_SURNAME = /^(?:al|Al|el|El)-\p{Lu}\p{Ll}+$/u;

/**
 * "Chiefs", "Kings", "Senators": a capitalised role word in the plural, the role lexicon knowing
 * its singular. After a place it names a team or a body ("Kansas City Chiefs", "Los Angeles
 * Kings"), not a title: a title before or after a place is said of one person ("the US President").
 */
export function isPluralRole(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word)) return false;
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  return roleNoun(singular) !== undefined;
}

/**
 * A person's name typed ORG or LOC because the recogniser met it where companies go: "Dana
 * Lowry" ORG. A name of two or three words that starts with a given name (`isGivenName`), ends in a
 * known given name or surname (humannames) that WordNet knows as nothing but a person and the
 * place lexicon does not know, whose middle word (if any) is an initial or a given name, that the
 * lexicon knows neither as an organisation nor as a place, and that no preposition of place
 * precedes, is a PERSON; not one that ends in a role word in the plural ("Los Angeles Kings"). "Real Madrid", "Leyton Orient", "St Louis", "Kent Austin" stay as they are.
 */
function isPersonName(text: string, name: NameMention): boolean {
  const surface = text.slice(name.start, name.end);
  const words = surface.split(' ');
  if (words.length < 2 || words.length > 3) return false;
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  if (!isGivenName(first) && !isUnknownWordName(first)) return false;
  if (!ARTICLE_SURNAME.test(last)) {
    if (!CAPITALISED_WORD.test(last) || !isKnownHumanName(last) || isPluralRole(last)) return false;
    if (!onlyAPersonInWordNet(last) || isFacilityHead(last) || lookupPlace(last) !== undefined) return false;
  }
  if (words.length === 3) {
    const middle = words[1] as string;
    if (!INITIAL.test(middle) && !isGivenName(middle)) return false;
  }
  if (
    PLACE_BEFORE.test(text.slice(Math.max(0, name.start - 20), name.start)) &&
    !POSSESSIVE_AFTER.test(text.slice(name.end, name.end + 3))
  )
    return false;
  return organisation(surface) === undefined && lookupPlace(surface) === undefined;
}

function lastWordOf(surface: string): string {
  const words = surface.split(/[\s.]+/u).filter((word) => word.length > 0);
  return words[words.length - 1] ?? '';
}

/**
 * People's names that the recogniser typed ORG or LOC:
 * - a whole name (see `isPersonName`): "Kent Lowry" ORG → PERSON;
 * - one word that is the surname of a longer PERSON name in the same text that starts with a given
 *   name or an initial ("Lowry" ORG after "Dana Lowry"; "Pillai" after "K.Pillai"), or that
 *   name's given name ("Dana"), if WordNet knows the word as nothing but a person, unless the lexicon knows it as an organisation, it is
 *   a nationality word, or it is a known place written where a place goes ("in Austin").
 * A whole name that `namedByGroupNoun` says a group noun introduces ("mortgage company Dana Lowry")
 * keeps its type at every mention: the noun says what it is.
 */
export function typePeopleByNameLists(
  text: string,
  names: readonly NameMention[],
  namedByGroupNoun: (name: NameMention) => boolean = () => false,
): NameMention[] {
  // "mortgage company Dana Lowry … Dana Lowry said": every mention of a name a group noun introduces
  const introduced = new Set<string>();
  for (const name of names) if (namedByGroupNoun(name)) introduced.add(text.slice(name.start, name.end));
  const retyped = names.map((name): NameMention => {
    if (name.type !== 'ORG' && name.type !== 'LOC') return name;
    if (!isPersonName(text, name) || introduced.has(text.slice(name.start, name.end))) return name;
    return { start: name.start, end: name.end, type: 'PERSON' };
  });
  const surnames = new Set<string>();
  for (const name of retyped) {
    if (name.type !== 'PERSON') continue;
    const surface = text.slice(name.start, name.end);
    if (!/[\s.]/u.test(surface)) continue;
    // Only a name that reads as a person's: a given name or an initial first ("Lebed Chechnya", a
    // headline's two names run together, is not).
    const first = surface.split(/(?<=\.)|\s/u)[0] as string;
    if (!INITIAL.test(first) && !isGivenName(first) && !isUnknownWordName(first)) continue;
    const last = lastWordOf(surface);
    if (ARTICLE_SURNAME.test(last)) surnames.add(last);
    else if (CAPITALISED_WORD.test(last) && last !== surface && onlyAPersonInWordNet(last))
      surnames.add(last);
    // The given name too ("Dana" … "Dana Lowry").
    if (first !== surface && !INITIAL.test(first)) surnames.add(first);
  }
  if (surnames.size === 0) return retyped;
  return retyped.map((name): NameMention => {
    if ((name.type !== 'ORG' && name.type !== 'LOC') || name.subtype === 'NORP') return name;
    const surface = text.slice(name.start, name.end);
    if (!surnames.has(surface) || organisation(surface) !== undefined) return name;
    const before = text.slice(Math.max(0, name.start - 20), name.start);
    if (lookupPlace(surface) !== undefined && LOCATIVE_BEFORE.test(before)) return name;
    return { start: name.start, end: name.end, type: 'PERSON' };
  });
}

/** "Secretary of ", "Minister of ": a role word and "of" right before a name. */
const ROLE_OF_BEFORE = /\b(\p{L}+) of $/u;

/**
 * The end of a title fused into a person's name: "Secretary of State Ada Reyes" gave the name
 * "State Ada Reyes". A name of three words or more that follows a role word (the lexicon's role
 * nouns) and "of", and whose second word is a given name, loses its first word and is a PERSON.
 */
export function dropRoleComplements(text: string, names: readonly NameMention[]): NameMention[] {
  return names.map((name): NameMention => {
    const role = ROLE_OF_BEFORE.exec(text.slice(Math.max(0, name.start - 24), name.start));
    if (role === null || roleNoun(role[1] as string) === undefined) return name;
    const surface = text.slice(name.start, name.end);
    const words = surface.split(/\s+/u);
    if (words.length < 3 || !CAPITALISED_WORD.test(words[0] as string)) return name;
    const second = words[1] as string;
    if (
      !isGivenName(second) &&
      !isUnknownWordName(second) &&
      !(CAPITALISED_WORD.test(second) && isFirstName(second))
    )
      return name;
    const rest = surface.slice((words[0] as string).length).search(/\S/u) + (words[0] as string).length;
    return { start: name.start + rest, end: name.end, type: 'PERSON' };
  });
}
