import { isFirstName } from '../coref/first-name-gender.js';
import { ACRONYM_SKIP_WORDS } from '../coref/lexicon.js';
import { initials } from '../coref/name-variants.js';
import {
  lemmaOf,
  lexicographerFileOf,
  NOUN_ACT,
  NOUN_ARTIFACT,
  NOUN_COGNITION,
  NOUN_COMMUNICATION,
  NOUN_GROUP,
  NOUN_LOCATION,
  NOUN_OBJECT,
  NOUN_PERSON,
  NOUN_POSSESSION,
  NOUN_QUANTITY,
  NOUN_STATE,
  NOUN_TIME,
  synset,
  synsetsOf,
  taggedSenses,
  writtenCapitalised,
} from '../events/wordnet.js';
import {
  hasHypernymWord,
  honorific,
  isFacilityHead,
  isKnownHumanName,
  isRegionWord,
  isUsStateAbbreviation,
  lookupPlace,
  organisation,
  placeSubtype,
  roleNoun,
} from '../lexicon/index.js';
import type { Segments, Token } from '../../model/index.js';
import { nameHead, tokenAt } from './token-index.js';
import type { NameMention } from './name-mention.js';
import { LOCATIVE_BEFORE } from './places-after-locatives.js';
import { isPluralRole } from './people-by-name-lists.js';

const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}\p{M}]+$/u;

/** Lexicographer files of every noun sense of a capitalised word, kept across documents. */
const senseMemo = new Map<string, readonly number[]>();
const MEMO_LIMIT = 50_000;

export function nounFiles(word: string): readonly number[] {
  const lemma = word.toLowerCase();
  const known = senseMemo.get(lemma);
  if (known !== undefined) return known;
  if (senseMemo.size >= MEMO_LIMIT) senseMemo.clear();
  const files = synsetsOf(lemma, 'noun').map((offset) => lexicographerFileOf(offset, 'noun'));
  senseMemo.set(lemma, files);
  return files;
}

/**
 * Languages, religions and the names of their people are no places: "the stereotypical Latin
 * maid", "converts to Islam" were typed LOC. A one-word LOC name that the place lexicon does not
 * know, whose WordNet noun senses include no place (noun.location, noun.object) and include a
 * language or doctrine (noun.communication, noun.cognition), becomes MISC. Places WordNet knows
 * ("Sydney", "Jordan") keep their type; a town named like a famous person ("Harlow", noun.person
 * only) too.
 */
function isLanguageOrBelief(word: string): boolean {
  if (!CAPITALISED_WORD.test(word) || lookupPlace(word) !== undefined) return false;
  const files = nounFiles(word);
  if (files.length === 0) return false;
  if (files.some((file) => file === NOUN_LOCATION || file === NOUN_OBJECT)) return false;
  return files.some((file) => file === NOUN_COMMUNICATION || file === NOUN_COGNITION);
}

/**
 * Awards, products and works named by one word are no people: "she won an Oscar", "an Emmy",
 * "running Windows" were typed PERSON. A one-word PERSON name whose every WordNet noun sense is a
 * made thing or a communication (noun.artifact, noun.communication, noun.act), and that is no word
 * of a longer PERSON name in the text ("Oscar Lind" … "Oscar"), becomes MISC.
 */
function isMadeThing(word: string): boolean {
  if (!CAPITALISED_WORD.test(word)) return false;
  const files = nounFiles(word);
  if (files.length === 0) return false;
  return files.every((file) => file === NOUN_ARTIFACT || file === NOUN_COMMUNICATION || file === NOUN_ACT);
}

/** Synsets (by one of their words) of what WordNet calls the bodies of the sky. */
const CELESTIAL_WORDS: ReadonlySet<string> = new Set(['celestial_body']);

/**
 * Planets and moons are no people nor organisations: "Earth" was typed ORG, "Saturn" PERSON. A
 * capitalised word whose first WordNet noun sense is a celestial body written with a capital
 * ("Earth", "Venus", "Mars", "Saturn", "Moon", "Sirius"), that the organisation lexicon does not
 * know and that no sentence makes a speaker ("said Jupiter": a research firm), is MISC. "The Sun" and "the Star" (newspapers too: WordNet writes their first senses lower
 * case) keep their type; "Mercury" and "Pluto" are first a metal and a god.
 */
function isCelestialBody(word: string): boolean {
  if (!CAPITALISED_WORD.test(word) || organisation(word) !== undefined) return false;
  const lemma = word.toLowerCase();
  const first = synsetsOf(lemma, 'noun')[0];
  return (
    first !== undefined &&
    lexicographerFileOf(first, 'noun') === NOUN_OBJECT &&
    writtenCapitalised(first, 'noun', lemma) &&
    hasHypernymWord(first, 'noun', { levels: 6 }, CELESTIAL_WORDS)
  );
}

/** Does the text make a speaker of the word: "said Jupiter", "Jupiter says", "according to Jupiter"? */
function speaks(text: string, word: string): boolean {
  return new RegExp(
    `\\b(?:said|says|told|according to) ${word}\\b|\\b${word} (?:said|says|told|estimates|predicts)\\b`,
    'u',
  ).test(text);
}

const memberMemo = new Map<string, boolean>();

/**
 * Members of a party, a faith or a people are no one person: "Tory leader Ann Hale", "a Democrat"
 * were typed PERSON. True when a capitalised word is, in WordNet, a class of people written with a
 * capital ("Tory", "Democrat", "Labourite", "Briton", "Christian") and names no one person (no
 * person instance: "Blair", "Mason", "Green" are also surnames of people WordNet knows).
 */
export function isMemberWord(word: string): boolean {
  if (!CAPITALISED_WORD.test(word)) return false;
  const lemma = word.toLowerCase();
  const known = memberMemo.get(lemma);
  if (known !== undefined) return known;
  if (memberMemo.size >= MEMO_LIMIT) memberMemo.clear();
  let member = false;
  let instance = false;
  for (const offset of synsetsOf(lemma, 'noun')) {
    const entry = synset(offset, 'noun');
    if (entry.lexicographerFile !== NOUN_PERSON) continue;
    if (entry.pointers.some((pointer) => pointer.symbol === '@i')) instance = true;
    else if (writtenCapitalised(offset, 'noun', lemma)) member = true;
  }
  const found = member && !instance;
  memberMemo.set(lemma, found);
  return found;
}

const awardMemo = new Map<string, boolean>();
const AWARD_WORDS: ReadonlySet<string> = new Set(['award']);

/**
 * True when the first WordNet noun sense of a word is an award or one of its kinds ("prize",
 * "trophy", "medal", "award" itself), within five hypernym steps. "Cup" (a container first) and
 * "Fellowship" (a group first) are not.
 */
function isAwardWord(word: string): boolean {
  const lemma = word.toLowerCase();
  const known = awardMemo.get(lemma);
  if (known !== undefined) return known;
  if (awardMemo.size >= MEMO_LIMIT) awardMemo.clear();
  const first = synsetsOf(lemma, 'noun')[0];
  const found = first !== undefined && hasHypernymWord(first, 'noun', { levels: 5 }, AWARD_WORDS);
  awardMemo.set(lemma, found);
  return found;
}

const roadMemo = new Map<string, boolean>();
const ROAD_WORDS = new Set(['road', 'thoroughfare', 'street']);

/**
 * True when a noun sense of a word is a road within three hypernym steps: "drive" (a private road),
 * "parkway", "alley", "trail", "mews"; "way", "court" and "place" are not.
 */
function isRoadWord(word: string): boolean {
  const lemma = word.toLowerCase();
  const known = roadMemo.get(lemma);
  if (known !== undefined) return known;
  if (roadMemo.size >= MEMO_LIMIT) roadMemo.clear();
  const found = synsetsOf(lemma, 'noun').some((sense) =>
    hasHypernymWord(sense, 'noun', { levels: 3 }, ROAD_WORDS),
  );
  roadMemo.set(lemma, found);
  return found;
}

/** A place is put before a street: "on", "along", "off", "at" …, or a house number ("12 "). */
const STREET_PLACE_BEFORE =
  /(?:\b(?:in|on|along|near|outside|off|at|down|up|into|onto|across)|\b\d+[a-z]?) $/u;

/**
 * "Renforth Drive", "Marwood Avenue" typed PERSON: a name of two or three capitalised words whose
 * first word is no given name and whose last is a facility head (the lexicon's: "Avenue", "Road")
 * or a road in WordNet (`isRoadWord`: "Drive", "Parkway") is a street, LOC/FAC. "Tom Lane", with a
 * given name, stays a person; a given name before a road word that is no given name itself
 * ("Ramsay Street", not "Lane" or "Court") is a street too where the text puts a place before it
 * ("on Ramsay Street", "12 Ramsay Street").
 */
function isStreetName(surface: string, before: string): boolean {
  const words = surface.split(' ');
  if (words.length < 2 || words.length > 3 || !words.every((word) => CAPITALISED_WORD.test(word)))
    return false;
  const head = words[words.length - 1] as string;
  if (!isFacilityHead(head) && !isRoadWord(head)) return false;
  if (!isFirstName(words[0] as string)) return true;
  return !isFirstName(head) && isRoadWord(head) && STREET_PLACE_BEFORE.test(before);
}

/**
 * "Horry County", "Lexington County" typed PERSON: a name of two or three capitalised words whose last
 * word makes an administrative division ("County", "Province", "District": the lexicon's region
 * words) is that division, LOC/GPE.
 */
function isRegionName(surface: string): boolean {
  const words = surface.split(' ');
  if (words.length < 2 || words.length > 3 || !words.every((word) => CAPITALISED_WORD.test(word)))
    return false;
  return isRegionWord(words[words.length - 1] as string);
}

/** WordNet files a common noun written as an acronym may be in: acts, made things, ideas, communications, people, states. */
const ACRONYM_COMMON_FILES: ReadonlySet<number> = new Set([
  NOUN_ACT,
  NOUN_ARTIFACT,
  NOUN_COGNITION,
  NOUN_COMMUNICATION,
  NOUN_PERSON,
  NOUN_STATE,
]);

/**
 * True when an acronym ("DVD", "IPO", "HDTV", "GPs") is a common noun: WordNet knows it (a plural
 * "s" taken off) and every noun sense is a class, none an instance (a proper name: "MIT", "NATO"),
 * none a group or place, and each an act, made thing, idea, communication, person or state. A unit
 * or an element symbol ("GM", "HP", "BA") may be a company's initials and does not count.
 */
function isCommonNounAcronym(surface: string): boolean {
  const match = /^(\p{Lu}{2,6})s?$/u.exec(surface);
  if (match === null) return false;
  const senses = synsetsOf((match[1] as string).toLowerCase(), 'noun');
  if (senses.length === 0) return false;
  return senses.every((offset) => {
    const entry = synset(offset, 'noun');
    return (
      ACRONYM_COMMON_FILES.has(entry.lexicographerFile) &&
      !entry.pointers.some((pointer) => pointer.symbol === '@i')
    );
  });
}

/**
 * Initials of the text's names of two words or more, joining words skipped ("People Power Party" →
 * "ppp", "Guild of Harbour Pilots" → "ghp"): an acronym that spells one is that name's short form.
 */
function initialsOfLongerNames(text: string, names: readonly NameMention[]): Set<string> {
  const found = new Set<string>();
  for (const name of names) {
    if (name.type === 'PERSON') continue;
    const words = text.slice(name.start, name.end).split(/\s+/u);
    if (words.length < 2) continue;
    const letters = initials(words, ACRONYM_SKIP_WORDS);
    if (letters.length >= 2) found.add(letters);
  }
  return found;
}

/**
 * Acronyms of common nouns are no names: "DVD", "HDTV", "an IPO", "GPs" were typed ORG. An ORG or
 * MISC name that `isCommonNounAcronym` accepts, and that neither the lexicon nor the gazetteer
 * knows as an organisation, is dropped; not one the text spells out as a longer name ("the Velmar
 * People's Party (VPP)", "the Guild of Harbour Pilots (GHP)": WordNet's "VPP" or "GHP" may be a
 * common noun, the text's is the body).
 */
export function dropCommonNounAcronyms(text: string, names: readonly NameMention[]): NameMention[] {
  let spelled: Set<string> | null = null;
  return names.filter((name) => {
    if (name.type !== 'ORG' && name.type !== 'MISC') return true;
    const surface = text.slice(name.start, name.end);
    if (!isCommonNounAcronym(surface) || organisation(surface) !== undefined) return true;
    spelled ??= initialsOfLongerNames(text, names);
    return spelled.has(surface.replace(/s$/u, '').toLowerCase());
  });
}

/**
 * "the Halvorsen Peace Prize", "the Ada Lind Service Award": a name of two words or more whose last
 * word is no given name and an award in WordNet (`isAwardWord`) names the award, not a person or a
 * body, whatever its first words are.
 */
function isAwardName(surface: string): boolean {
  const words = surface.split(' ');
  if (words.length < 2) return false;
  const head = words[words.length - 1] as string;
  return CAPITALISED_WORD.test(head) && !isFirstName(head) && isAwardWord(head);
}

/** True when the first WordNet noun sense of a lower-case word is a person ("correspondent", "striker"). */
export function isPersonWord(word: string): boolean {
  return nounFiles(word)[0] === NOUN_PERSON;
}

/**
 * True when a capitalised word is the plural of a word whose first WordNet noun sense is a person
 * ("Linemen", "Defenders", "Teammates"): its lemma differs from it ("-men" read as "-man").
 */
export function isPluralPersonWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !/(?:s|men)$/u.test(lower)) return false;
  const lemma = lower.endsWith('men') ? `${lower.slice(0, -3)}man` : lemmaOf(lower, 'noun');
  return lemma !== null && lemma !== lower && isPersonWord(lemma);
}

/** A word of letters and digits: "F1", "X5", "GP7" (a stage name like "50 Cent" has a bare number). */
const HAS_DIGIT = /\p{L}\d|\d\p{L}/u;

/**
 * Corrections from what WordNet says a one-word name means, and from digits:
 * - a language, religion or people typed LOC becomes MISC ("Latin", "Islam", "Hindu");
 * - an award, product or work typed PERSON becomes MISC ("Oscar", "Windows"), and so does a
 *   longer name of an award typed PERSON or ORG ("the Lind Peace Prize", `isAwardName`);
 * - a street typed PERSON becomes LOC/FAC ("Renforth Drive", `isStreetName`);
 * - a PERSON name with a word of letters and digits is a team, car or product, typed ORG
 *   ("Sauber F1"): people's names carry no such words ("50 Cent" keeps its bare number).
 */
export function typeBySenses(text: string, names: readonly NameMention[]): NameMention[] {
  const wordsOfLongerPeople = new Set<string>();
  for (const name of names) {
    if (name.type !== 'PERSON') continue;
    const words = text.slice(name.start, name.end).split(/[\s-]+/u);
    if (words.length > 1) for (const word of words) wordsOfLongerPeople.add(word);
  }
  return names.map((name) => {
    const surface = text.slice(name.start, name.end);
    if (name.type === 'LOC' && isLanguageOrBelief(surface))
      return { start: name.start, end: name.end, type: 'MISC' };
    if ((name.type === 'PERSON' || name.type === 'ORG') && isAwardName(surface))
      return { start: name.start, end: name.end, type: 'MISC' };
    // (not a word of a person's longer name: "Ada Saturn" … "Saturn")
    if (
      (name.type === 'PERSON' || name.type === 'ORG') &&
      !wordsOfLongerPeople.has(surface) &&
      isCelestialBody(surface) &&
      !speaks(text, surface)
    )
      return { start: name.start, end: name.end, type: 'MISC' };
    if (name.type !== 'PERSON') return name;
    if (isStreetName(surface, text.slice(Math.max(0, name.start - 12), name.start)))
      return { start: name.start, end: name.end, type: 'LOC', subtype: 'FAC' };
    if (isRegionName(surface)) return { start: name.start, end: name.end, type: 'LOC', subtype: 'GPE' };
    if (HAS_DIGIT.test(surface)) return { start: name.start, end: name.end, type: 'ORG' };
    if (!wordsOfLongerPeople.has(surface) && isMadeThing(surface))
      return { start: name.start, end: name.end, type: 'MISC' };
    return name;
  });
}

/** A noun right after a name: a lower-case noun of WordNet written as its lemma ("leader"), or an initialism ("MP"). */
function modifiesNoun(after: string): boolean {
  const match = /^ (\p{Ll}+|\p{Lu}{2,4}s?)\b/u.exec(after);
  if (match === null) return false;
  const word = match[1] as string;
  return /^\p{Lu}/u.test(word) || lemmaOf(word, 'noun') === word;
}

/**
 * A one-word PERSON name that is a member of a party, faith or people (`isMemberWord`: "Tory",
 * "Democrat", "Briton") becomes MISC/NORP; not a word of a longer PERSON name in the text, nor a given
 * name unless it modifies a noun ("Christian said …" stays; "Tory leader" does not).
 */
export function typeMemberWords(text: string, names: readonly NameMention[]): NameMention[] {
  let wordsOfLongerPeople: Set<string> | undefined;
  return names.map((name) => {
    if (name.type !== 'PERSON') return name;
    const surface = text.slice(name.start, name.end);
    if (!isMemberWord(surface)) return name;
    // a given name too ("Tory", "Christian") only as the modifier of a noun: "Tory leader", "Tory MP"
    if (isFirstName(surface) && !modifiesNoun(text.slice(name.end, name.end + 30))) return name;
    if (wordsOfLongerPeople === undefined) {
      wordsOfLongerPeople = new Set();
      for (const other of names) {
        if (other.type !== 'PERSON') continue;
        const words = text.slice(other.start, other.end).split(/[\s-]+/u);
        if (words.length > 1) for (const word of words) wordsOfLongerPeople.add(word);
      }
    }
    if (wordsOfLongerPeople.has(surface)) return name;
    return { start: name.start, end: name.end, type: 'MISC', subtype: 'NORP' };
  });
}

/**
 * A one-word name typed ORG, LOC or MISC that is the given name of a longer PERSON name in the same
 * text is that person called by the given name: "Chief Minister Arun Desai spoke … Arun cautioned"
 * with "Arun" typed ORG. Only given names: a surname alone may be a company or place named after
 * the family ("Ford", "Bajaj"). Places the lexicon knows, headline capitals and group adjectives
 * keep their type.
 */
export function typeGivenNamesOfPeople(text: string, names: readonly NameMention[]): NameMention[] {
  const givenNames = new Set<string>();
  for (const name of names) {
    if (name.type !== 'PERSON') continue;
    const words = text.slice(name.start, name.end).split(' ');
    if (words.length > 1 && CAPITALISED_WORD.test(words[0] as string)) givenNames.add(words[0] as string);
  }
  if (givenNames.size === 0) return [...names];
  return names.map((name) => {
    if (name.type === 'PERSON' || name.subtype === 'NORP') return name;
    const surface = text.slice(name.start, name.end);
    if (!givenNames.has(surface) || lookupPlace(surface) !== undefined) return name;
    // A word WordNet knows as a group or place ("Chelsea" is not; "Victoria" the lake is) stays.
    if (nounFiles(surface).some((file) => file === NOUN_LOCATION || file === NOUN_GROUP)) return name;
    if (!isFirstName(surface) && name.type === 'LOC') return name;
    return { start: name.start, end: name.end, type: 'PERSON' };
  });
}

/**
 * The mirror of `typeGivenNamesOfPeople`: a name of two or three capitalised words typed ORG, LOC or
 * MISC, whose first word is a given name and whose last word the text uses alone for a person
 * ("Tom Ashby" typed MISC beside "Ashby said", PERSON), is that person's full name. One person, one
 * type: the recogniser's noise on one mention would make a second entity of another type. Places
 * the lexicon knows and groups keep their type, as do names whose last word is a
 * person's but which name a thing after them ("Ashby Park": not a surname once "Park" is last).
 */
export function typeFullNamesOfPeople(text: string, names: readonly NameMention[]): NameMention[] {
  let surnames: Map<string, number> | undefined;
  return names.map((name) => {
    // a work's title may be a misread verb's object ("will next play Roger Ashby"): the surname decides
    if (name.type === 'PERSON' || (name.subtype !== undefined && name.subtype !== 'WORK')) return name;
    const surface = text.slice(name.start, name.end);
    const words = surface.split(' ');
    if (words.length < 2 || words.length > 3 || !words.every((word) => CAPITALISED_WORD.test(word)))
      return name;
    const first = words[0] as string;
    const last = words[words.length - 1] as string;
    if (!isFirstName(first) || lookupPlace(surface) !== undefined || lookupPlace(first) !== undefined)
      return name;
    if (surnames === undefined) {
      surnames = new Map();
      for (const other of names) {
        const word = text.slice(other.start, other.end);
        if (word.includes(' ')) continue;
        surnames.set(word, (surnames.get(word) ?? 0) + (other.type === 'PERSON' ? 1 : -1));
      }
    }
    // the last word alone a person more often than anything else, and no common noun ("Bach" is a person in WordNet)
    const sense = nounFiles(last)[0];
    if ((surnames.get(last) ?? 0) <= 0 || (sense !== undefined && sense !== NOUN_PERSON)) return name;
    return { start: name.start, end: name.end, type: 'PERSON' };
  });
}

/**
 * "PALM VALE, Nevada (AP) -- …", "PORT ELLIS (Reuters) - …": a name in capitals that opens a line
 * and is followed by a region and/or a news agency in brackets and then a dash is the dateline's
 * place, whatever type the recogniser gave it (the capitals hide the cues it reads). With the dash
 * right after it ("LOS ANGELES — …") the name must be a place the lexicon knows: "UPDATE — " and
 * "EXCLUSIVE -- " open lines too.
 */
const DATELINE_TAIL =
  /^(?:,\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?\s*(?:\(\p{Lu}[\p{L}\s.]*\)\s*)?|\s*\(\p{Lu}[\p{L}\s.]*\)\s*)(?:--|[-–—])\s/u;
const CAPITALS = /^\p{Lu}[\p{Lu}.' -]*\p{Lu}$/u;
const BARE_DASH = /^\s*(?:--|[-–—])\s/u;

export function typeDatelinePlaces(text: string, names: readonly NameMention[]): NameMention[] {
  return names.map((name) => {
    if (name.type === 'LOC') return name;
    if (name.start > 0 && text.charCodeAt(name.start - 1) !== 10) return name;
    const surface = text.slice(name.start, name.end);
    if (surface.length < 4 || !CAPITALS.test(surface)) return name;
    const tail = text.slice(name.end, name.end + 60);
    if (!DATELINE_TAIL.test(tail) && !(BARE_DASH.test(tail) && lookupPlace(surface) !== undefined))
      return name;
    return { start: name.start, end: name.end, type: 'LOC', subtype: 'GPE' };
  });
}

/**
 * Companies named by a family name and a common noun are no people: "Varma Auto", "Kestrel Motors"
 * were typed PERSON. A two- or three-word PERSON name whose first word is no given name (nor an
 * initial) and whose last word's first WordNet noun sense is a made thing or a group
 * (noun.artifact, noun.group: "auto", "motors", "foods"; a plural WordNet lacks read from its
 * singular) becomes ORG. "Tim Hall", with a given name, stays a person; a three-word name with a
 * given name that ends in a company plural ("Marla Dent Productions", `isCompanyPlural`) does not,
 * unless the text uses that last word alone for a person.
 */
function isCompanyName(surface: string, surnamesAlone: ReadonlySet<string>): boolean {
  const words = surface.split(' ');
  if (words.length < 2 || words.length > 3) return false;
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  if (!CAPITALISED_WORD.test(first) || !CAPITALISED_WORD.test(last) || isCourtesyTitle(first)) return false;
  if (isUnlistedCommonNoun(last, isFirstName(first)) && !surnamesAlone.has(last)) return true;
  if (isFirstName(first)) return words.length === 3 && isCompanyPlural(last) && !surnamesAlone.has(last);
  // "Downing Street", "Carnegie Hall": a facility's head word names a place, not a company.
  if (isFacilityHead(last)) return false;
  const head = nounFiles(last)[0] ?? companyPluralSense(last);
  return head === NOUN_ARTIFACT || head === NOUN_GROUP;
}

/**
 * "Tyson Foods", "Sequoia Capital", "Exhibitor Relations", "Eaton Vance Management": a last word
 * that no list of people's names holds (neither the humannames list nor the given names), that is
 * in common use (WordNet's concordance tags a sense of it) and whose first WordNet noun sense (of
 * its singular, for a plural WordNet lacks) is no person, place, object or unit ends a firm's or a
 * body's name. After a given name (`afterGivenName`) a singular must first be a group, a holding,
 * an act or a made thing ("Capital", "Management", "Theater"): "Richie Porterhouse" (a cut of beef)
 * is a person's name; a plural need not ("Michael Foods"). Surnames that are also common nouns ("Mills", "Brooks",
 * "Keys", "Legend") are in those lists.
 */
export function isUnlistedCommonNoun(word: string, afterGivenName = false): boolean {
  if (!CAPITALISED_WORD.test(word) || isKnownHumanName(word) || isFirstName(word)) return false;
  const lower = word.toLowerCase();
  const lemma = lemmaOf(lower, 'noun');
  const plural = lemma !== null && lemma !== lower && nounFiles(word).length === 0;
  const sense = plural ? nounFiles(lemma)[0] : nounFiles(word)[0];
  if (sense === undefined) return false;
  if (afterGivenName && !plural && ![NOUN_GROUP, NOUN_POSSESSION, NOUN_ACT, NOUN_ARTIFACT].includes(sense))
    return false;
  return (
    // a word in common use (its senses tagged in WordNet's concordance): rare nouns are surnames
    // as often ("Potty", "Bortsch")
    taggedSenses(plural ? lemma : lower, 'noun') > 0 &&
    sense !== NOUN_PERSON &&
    sense !== NOUN_LOCATION &&
    sense !== NOUN_OBJECT &&
    // "Cent", "Pound": units are no firms' words
    sense !== NOUN_QUANTITY
  );
}

/**
 * The first WordNet noun sense of the singular of a capitalised plural that WordNet does not list
 * itself ("Motors" → "motor", "Productions" → "production"); undefined for other words. Plural
 * surnames WordNet lists are people ("Mills", "Banks", "Jones").
 */
function companyPluralSense(word: string): number | undefined {
  if (!CAPITALISED_WORD.test(word) || !word.endsWith('s') || nounFiles(word).length > 0) return undefined;
  // the plain plural first: "Lines" is "line", not "lin"
  const plain = word.slice(0, -1).toLowerCase();
  if (!plain.endsWith('s') && nounFiles(plain).length > 0) return nounFiles(plain)[0];
  const lemma = lemmaOf(word.toLowerCase(), 'noun');
  if (lemma === null || lemma === word.toLowerCase()) return undefined;
  return nounFiles(lemma)[0];
}

/**
 * "Marla Dent Productions", "General Motors": a plural whose singular is first a made thing, a
 * group or an activity ("motor", "production", "holding", "airline") and no given name ends a
 * company's name, not a person's. Plural surnames of such nouns exist ("Keys", "Combs"), so the
 * callers ask for more: a name of three words, or a title before the word.
 */
export function isCompanyPlural(word: string): boolean {
  if (isFirstName(word)) return false;
  const sense = companyPluralSense(word);
  return sense === NOUN_ARTIFACT || sense === NOUN_GROUP || sense === NOUN_ACT;
}

/**
 * "Japanese second division club Avispa Kawa", "the firm Zango": a name right after a lower-case
 * noun whose first WordNet sense is a group (noun.group: "club", "firm", "band", "party") names
 * that group, not a person or a place, unless it opens with a given name.
 */
export function followsGroupNoun(text: string, name: NameMention, segments?: Segments): boolean {
  const before = /(\p{Ll}+) $/u.exec(text.slice(Math.max(0, name.start - 20), name.start));
  if (before === null) return false;
  const first = text.slice(name.start, name.end).split(' ')[0] as string;
  if (isCourtesyTitle(first)) return false;
  if (isFirstName(first) && (segments === undefined || !namedByNounBefore(segments, name))) return false;
  const word = before[1] as string;
  // "is meeting Ms Furse", "talks aimed at Kelvex": an inflected verb, not a noun ("meeting" is a group first)
  if (/(?:ing|ed)$/u.test(word) && (lemmaOf(word, 'verb') ?? word) !== word) return false;
  return nounFiles(word)[0] === NOUN_GROUP;
}

/**
 * The parse joins the noun right before the name to it as its head's compound or as the noun the
 * name is in apposition to ("the band Franz Hale played", "indie band Franz Hale"), and an article
 * or a modifier opens that noun's phrase: the name is what the noun names ("the firm Tom Lind
 * founded" makes the name a clause's subject instead).
 */
function namedByNounBefore(segments: Segments, name: NameMention): boolean {
  const { tokens } = segments;
  const noun = tokenAt(tokens, name.start) - 1;
  const nounToken = tokens[noun];
  const head = nameHead(tokens, name);
  if (nounToken === undefined || head < 0 || nounToken.pos !== 'NOUN') return false;
  const headToken = tokens[head] as Token;
  // "US mortgage company Dana Lowry should …": the parse may hang the name on the noun as a
  // modifier (nmod); "The charity Ada Hale said …": or give the verb two subjects side by side,
  // the noun and the name, which are one phrase
  const linked =
    (nounToken.head === head && nounToken.dep === 'compound') ||
    (headToken.head === noun && (headToken.dep === 'appos' || headToken.dep === 'nmod')) ||
    (nounToken.dep === 'nsubj' && headToken.dep === 'nsubj' && nounToken.head === headToken.head);
  if (!linked) return false;
  const opener = tokens[noun - 1];
  // '…," brokerage Hale Lind said': the noun opens its clause after punctuation
  // ("chief-of-staff Ada Hale": a hyphen joins the noun to the words before it, a title)
  if (opener !== undefined && opener.pos === 'PUNCT' && opener.end < nounToken.start) return true;
  return opener !== undefined && opener.head === noun && ['det', 'amod', 'compound'].includes(opener.dep);
}

/** "Ms", "Mr", "Sir": a courtesy title opens a person's name, never a company's ("General Motors" has a military one). */
function isCourtesyTitle(word: string): boolean {
  return honorific(word)?.kind === 'courtesy';
}

export function typeOrganisationsByNouns(
  text: string,
  names: readonly NameMention[],
  segments?: Segments,
): NameMention[] {
  // "Dent said": a surname the text uses alone is a person's, even after a given name and a surname
  const surnamesAlone = new Set<string>();
  // "Ms Bowers": a surname after a courtesy title is a person's, whatever it means in WordNet
  const titledSurnames = new Set<string>();
  for (const name of names) {
    const surface = text.slice(name.start, name.end);
    if (name.type === 'PERSON' && !surface.includes(' ')) surnamesAlone.add(surface);
    const words = surface.split(' ');
    if (words.length === 2 && isCourtesyTitle(words[0] as string)) titledSurnames.add(words[1] as string);
  }
  // names a group noun introduces ("US bank Wells Hale"): their other mentions typed PERSON follow
  const named = new Set<string>();
  const output = names.map((name): NameMention => {
    if (name.type !== 'PERSON' && name.type !== 'LOC') return name;
    const surface = text.slice(name.start, name.end);
    if (titledSurnames.has(surface.slice(surface.lastIndexOf(' ') + 1))) return name;
    if (name.type === 'PERSON' && isCompanyName(surface, surnamesAlone))
      return { start: name.start, end: name.end, type: 'ORG' };
    if (lookupPlace(surface) !== undefined || !followsGroupNoun(text, name, segments)) return name;
    if (surface.includes(' ')) named.add(surface);
    return { start: name.start, end: name.end, type: 'ORG' };
  });
  if (named.size === 0) return output;
  return output.map((name): NameMention =>
    name.type === 'PERSON' && named.has(text.slice(name.start, name.end))
      ? { start: name.start, end: name.end, type: 'ORG' }
      : name,
  );
}

/**
 * What WordNet says of a place name the lexicon does not know, from its last word (the head):
 * - `FAC`: a built thing ("Qwest Field", "Krystle Nightclub", "Coral Speedway"): the head's first
 *   noun sense is a made thing (noun.artifact), or a place (noun.location) that also has a made-
 *   thing sense ("field", "park");
 * - `not-a-place`: the head is a word WordNet knows with no place, object, made-thing, group or
 *   person sense first and no place or object sense at all ("Spice", a restaurant; "Black", a
 *   people; "AI"; not "St Louis" or "Lord's", whose heads are people first);
 * - undefined otherwise (unknown words, "Valley", "Heights", "Bay", "Village": towns stay GPE).
 */
export function placeHeadSense(surface: string): 'FAC' | 'not-a-place' | undefined {
  const words = surface.split(' ');
  const head = words[words.length - 1] as string;
  if (!CAPITALISED_WORD.test(head)) return undefined;
  const files = nounFiles(head);
  if (files.length === 0) return undefined;
  const first = files[0] as number;
  if (words.length > 1) {
    if (first === NOUN_ARTIFACT) return 'FAC';
    if (first === NOUN_LOCATION && files.includes(NOUN_ARTIFACT)) return 'FAC';
  }
  if (
    first === NOUN_LOCATION ||
    first === NOUN_OBJECT ||
    first === NOUN_ARTIFACT ||
    first === NOUN_PERSON ||
    isUsStateAbbreviation(head)
  )
    return undefined;
  if (files.some((file) => file === NOUN_LOCATION || file === NOUN_OBJECT)) return undefined;
  // A group first ("Club", "Court") is a place's head too often ("Earls Court"): only one word.
  if (first === NOUN_GROUP && words.length > 1) return undefined;
  return 'not-a-place';
}

/**
 * Places the lexicon does not know, typed by what their head word means (`placeHeadSense`): a
 * built thing is a facility (LOC/FAC, not GPE), a name whose head is no place at all is MISC.
 * Only LOC names whose subtype the lexicon left at its default (GPE) are looked at; places the
 * lexicon knows ("Derby", "Reading", "Mobile") keep their type, and so does a name written where a
 * place goes ("at the Oval").
 */
const AT_A_PLACE = /\b(?:at|in|near|to|from)(?: the| a| an)? $/iu;

export function typePlacesBySenses(text: string, names: readonly NameMention[]): NameMention[] {
  return names.map((name) => {
    if (name.type !== 'LOC' || name.subtype !== 'GPE') return name;
    const surface = text.slice(name.start, name.end);
    if (lookupPlace(surface) !== undefined || placeSubtype(surface) !== undefined) return name;
    const sense = placeHeadSense(surface);
    if (sense === 'FAC') return { start: name.start, end: name.end, type: 'LOC', subtype: 'FAC' };
    // "at the Oval": where a place goes, the recogniser's LOC stays.
    if (sense === 'not-a-place' && !AT_A_PLACE.test(text.slice(Math.max(0, name.start - 12), name.start)))
      return { start: name.start, end: name.end, type: 'MISC' };
    return name;
  });
}

/** "the " (or "The ") right before a name. */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he $/u;

/**
 * Dates are no names: "Fri Dec" (a dateline's day and month) was typed ORG. A name that is not a
 * PERSON, whose every word's first WordNet noun sense is a time (noun.time) and that WordNet does
 * not know as a whole (so "Christmas Day" and "New Year", holidays, stay for the contest and holiday
 * step), is dropped; so is a one-word name of four letters or fewer that is a time ("Dec", "Tues").
 * A name of several words typed ORG after "the" stays: "the Sunday Times" is a newspaper.
 */
export function dropDateNames(text: string, names: readonly NameMention[]): NameMention[] {
  return names.filter((name) => {
    if (name.type === 'PERSON') return true;
    const words = text.slice(name.start, name.end).replace(/\./gu, '').split(' ');
    if (!words.every((word) => CAPITALISED_WORD.test(word) && nounFiles(word)[0] === NOUN_TIME)) return true;
    if (words.length === 1) return (words[0] as string).length > 4;
    // "the Sunday Times": an organisation of several words after "the" (a date takes no article)
    if (name.type === 'ORG' && THE_BEFORE.test(text.slice(Math.max(0, name.start - 4), name.start)))
      return true;
    return nounFiles(words.join('_')).length > 0;
  });
}

/**
 * "the US President", "Harbourland Foreign Minister": a place followed by a role word is the place
 * (the role is a description, not part of a name): the name shrinks to the place, typed as the
 * place lexicon types it. A person's name after the role is the tagger's to find.
 */
export function dropRolesAfterPlaces(text: string, names: readonly NameMention[]): NameMention[] {
  return names.map((name) => {
    if (name.type === 'PERSON') return name;
    const surface = text.slice(name.start, name.end);
    const space = surface.lastIndexOf(' ');
    const last = surface.slice(space + 1);
    if (space <= 0 || roleNoun(last) === undefined || isPluralRole(last)) return name;
    let placeEnd = space;
    let place = lookupPlace(surface.slice(0, placeEnd));
    // "Harbourland Foreign Minister": two role words.
    if (place === undefined) {
      const inner = surface.lastIndexOf(' ', space - 1);
      if (inner <= 0 || roleNoun(surface.slice(inner + 1)) === undefined) return name;
      placeEnd = inner;
      place = lookupPlace(surface.slice(0, placeEnd));
    }
    if (place === undefined) return name;
    return { start: name.start, end: name.start + placeEnd, type: 'LOC', subtype: 'GPE' };
  });
}

/**
 * "former Idol Kara Lind won": a name fused to the word before it, which the text names on its
 * own elsewhere ("Idol" alone). A name of three words or more whose first word is no given name,
 * whose second word is one, and whose first word is itself a name of the text, is two names: that
 * word (typed as it is elsewhere) and a PERSON.
 */
export function splitFusedPrefixes(text: string, names: readonly NameMention[]): NameMention[] {
  const alone = new Map<string, NameMention>();
  for (const name of names) {
    const surface = text.slice(name.start, name.end);
    if (!surface.includes(' ') && !alone.has(surface)) alone.set(surface, name);
  }
  const output: NameMention[] = [];
  for (const name of names) {
    const words = text.slice(name.start, name.end).split(' ');
    const first = words[0] as string;
    const other = alone.get(first);
    if (
      words.length < 3 ||
      other === undefined ||
      other.type === 'PERSON' ||
      isFirstName(first) ||
      !isFirstName(words[1] as string) ||
      !words.every((word) => CAPITALISED_WORD.test(word))
    ) {
      output.push(name);
      continue;
    }
    const split = name.start + first.length;
    output.push(
      other.subtype === undefined
        ? { start: name.start, end: split, type: other.type }
        : { start: name.start, end: split, type: other.type, subtype: other.subtype },
    );
    output.push({ start: split + 1, end: name.end, type: 'PERSON' });
  }
  return output;
}

/**
 * A company called by its first word where the recogniser took it for a place: "Kelvex" typed LOC
 * ten times beside "Kelvex International" ORG. A one-word LOC name that the place lexicon does not
 * know and WordNet knows as no place (noun.location, noun.object), and that is the first word of an
 * ORG name of two words or more in the same text, becomes ORG. Known places stay ("Manchester"
 * beside "Manchester United"), and so does a name the text also writes where a place goes ("in
 * Portmere" beside "Portmere Harbour Authority").
 */
export function typeOrganisationFirstWords(text: string, names: readonly NameMention[]): NameMention[] {
  const firstWords = new Set<string>();
  for (const name of names) {
    if (name.type !== 'ORG') continue;
    const surface = text.slice(name.start, name.end).replace(/^the /iu, '');
    const space = surface.indexOf(' ');
    if (space > 0) firstWords.add(surface.slice(0, space));
  }
  if (firstWords.size === 0) return names.slice();
  // "Dock workers in Portmere" beside "Portmere Harbour Authority": written where a place goes
  // (not as an owner: "in Kelvex's database"), the name is the place its bodies are named after.
  const placed = new Set<string>();
  for (const name of names) {
    const surface = text.slice(name.start, name.end);
    if (
      firstWords.has(surface) &&
      LOCATIVE_BEFORE.test(text.slice(Math.max(0, name.start - 20), name.start)) &&
      !/^['’]/u.test(text.slice(name.end, name.end + 1))
    )
      placed.add(surface);
  }
  return names.map((name) => {
    if (name.type !== 'LOC') return name;
    const surface = text.slice(name.start, name.end);
    if (!firstWords.has(surface) || placed.has(surface) || !/^\p{Lu}[\p{L}\p{M}]+$/u.test(surface))
      return name;
    if (lookupPlace(surface) !== undefined) return name;
    if (nounFiles(surface).some((file) => file === NOUN_LOCATION || file === NOUN_OBJECT)) return name;
    return { start: name.start, end: name.end, type: 'ORG' };
  });
}
