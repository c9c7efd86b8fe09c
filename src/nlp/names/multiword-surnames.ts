import type { Segments } from '../../model/index.js';
import { facilityHead, honorific, isInstitutionHead, lookupPlace, roleNoun } from '../lexicon/index.js';
import { isUpperCode } from '../lexicon/normalise.js';
import { isFirstName } from '../coref/first-name-gender.js';
import { lineAround, titleCase } from './headline-verbs.js';
import type { NameMention } from './name-mention.js';
import { tokenAt } from './token-index.js';

/** At most this many words are added to a name ("de la Cruz" + "Marquez" + "Soto"). */
const MAX_ADDED_WORDS = 2;

const CALENDAR_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jr|Sr)\.?$/u;

/** A line in title case that ends without a full stop: a headline ("Lena Marsh Checks Into Clinic"). */
function inHeadline(text: string, offset: number): boolean {
  const [lineStart, lineEnd] = lineAround(text, offset);
  const line = text.slice(lineStart, lineEnd).trimEnd();
  return !/[.!?]["'”’]?$/u.test(line) && titleCase(line);
}

/**
 * Surnames of several words stay whole: the recogniser ends "Anna de la Cruz Marquez spoke" at
 * "Cruz", leaving "Marquez" out (and later a person of its own). A PERSON name followed, one space
 * apart, by a capitalised proper noun that no other name holds takes it in (at most two words): not
 * a weekday or month, title, role or institution head ("Anna Ruiz Foundation" is handled apart).
 * After a given name ("J. Robert", "Anna Marie") the word need not be tagged a proper noun: a
 * capitalised word inside a sentence right after a given name is the surname even when it is also a
 * common word the tagger read as a verb or noun ("J. Robert Felt", "Anna Marie Cook"). Never in a
 * headline in title case, where every word is capitalised.
 */
export function joinMultiwordSurnames(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const { tokens } = segments;
  return joinParticleSurnames(text, names).map((name, index, joined) => {
    if (name.type !== 'PERSON') return name;
    // in a headline in title case every word is capitalised: "Lena Marsh Checks Into Clinic"
    // gives no evidence that "Checks" belongs to the name
    if (inHeadline(text, name.start)) return name;
    const nextNameStart = joined[index + 1]?.start ?? text.length;
    let position = tokenAt(tokens, name.end);
    let end = name.end;
    for (let added = 0; added < MAX_ADDED_WORDS; added += 1) {
      const token = tokens[position];
      if (token === undefined || token.start !== end + 1 || text.charCodeAt(end) !== 32) break;
      const word = text.slice(token.start, token.end);
      if (token.end > nextNameStart || !isUpperCode(word.charCodeAt(0))) break;
      if (token.pos !== 'PROPN' && !(added === 0 && surnameAfterGivenName(text, name, word))) break;
      // "CLINTON SAYS": a headline in capitals tags its verbs PROPN
      if (word === word.toUpperCase()) break;
      if (CALENDAR_WORD.test(word) || honorific(word) !== undefined || roleNoun(word) !== undefined) break;
      if (isInstitutionHead(word) || facilityHead(word) !== undefined) break;
      end = token.end;
      position += 1;
    }
    return end === name.end ? name : { ...name, end };
  });
}

/**
 * Whether a capitalised word that the tagger did not read as a proper noun is the surname of the
 * name before it: the name ends in a given name, the word is a plain capitalised word (no capitals
 * after the first letter) and the line is no headline in title case.
 */
function surnameAfterGivenName(text: string, name: NameMention, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const last = /[\p{L}'’-]+$/u.exec(text.slice(name.start, name.end))?.[0];
  if (last === undefined || !isFirstName(last)) return false;
  const [lineStart, lineEnd] = lineAround(text, name.start);
  return !titleCase(text.slice(lineStart, lineEnd));
}

/** Lower-case particles that open a surname: "van Graan", "de Villiers", "von Trotta", "da Silva". */
const PARTICLE = /^(?:van|von|de|da|di|du|del|della|der|den|dos|le|la|ter|ten|bin|ibn|al)\s/u;

/** A particle standing alone between two names: " bin ", " ibn ", " van der ". */
const GAP_PARTICLE =
  /^ (?:(?:van|von|de|da|di|du|del|della|der|den|dos|le|la|ter|ten|bin|ibn|al|abu|bint)\s)+$/u;
/** Initials only: "M.C.", "J.R.", "T." is too short to tell. */
const INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

/**
 * "CEO of the company, Barend van Graan, said": the recogniser makes "Barend" one name and "van
 * Graan" a person. A one-word name directly before (one space) a PERSON name that opens with a
 * surname particle is that person's given name: the two become one PERSON.
 */
function joinParticleSurnames(text: string, names: readonly NameMention[]): NameMention[] {
  const output: NameMention[] = [];
  for (let index = 0; index < names.length; index += 1) {
    const name = names[index] as NameMention;
    const next = names[index + 1];
    const given = text.slice(name.start, name.end);
    if (
      next !== undefined &&
      next.type === 'PERSON' &&
      next.start === name.end + 1 &&
      text.charAt(name.end) === ' ' &&
      /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(given) &&
      PARTICLE.test(text.slice(next.start, next.end))
    ) {
      output.push({ start: name.start, end: next.end, type: 'PERSON' });
      index += 1;
      continue;
    }
    // "Osama" + "bin" + "Laden": the recogniser leaves the particle out of both halves.
    if (
      next !== undefined &&
      /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(given) &&
      /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(text.slice(next.start, next.end)) &&
      GAP_PARTICLE.test(text.slice(name.end, next.start)) &&
      (name.type === 'PERSON' || next.type === 'PERSON')
    ) {
      output.push({ start: name.start, end: next.end, type: 'PERSON' });
      index += 1;
      continue;
    }
    // "M.C." + "Hammer": initials right before a person's name belong to it.
    if (
      next !== undefined &&
      next.type === 'PERSON' &&
      next.start === name.end + 1 &&
      text.charAt(name.end) === ' ' &&
      INITIALS.test(given) &&
      lookupPlace(given) === undefined
    ) {
      output.push({ start: name.start, end: next.end, type: 'PERSON' });
      index += 1;
      continue;
    }
    output.push(name);
  }
  return output;
}

/**
 * What follows a person's name when a generational suffix ends it: " Jr.", " Sr.", " III", or one
 * capitalised word and the suffix (" King Jr."): one space apart, and only II to IV of the roman
 * numerals ("I" and "V" are also words and letters). (After a comma, "King, Jr.", the later stages
 * split the name at the comma, so it is left alone.)
 */
const GENERATION_AFTER =
  /^(?: (\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*))? (?:Jr\.?|Sr\.?|II|III|IV)(?![\p{L}\p{N}])/u;

/**
 * A generational suffix belongs to the person's name: the recogniser ends "Martin Luther King Jr."
 * at "Luther" (it reads "King" as a title) and "Henry Ford II" at "Ford", leaving "King Jr." to
 * become a name or a role of its own. A PERSON name followed by "Jr.", "Sr.", "II", "III" or "IV" takes the suffix in, and the one capitalised word between them when
 * there is one, since a word before the suffix is the surname whatever else it can mean. A name
 * another mention holds ("Ford III Holdings" typed apart) is left as it is.
 */
export function joinGenerationalSuffixes(text: string, names: readonly NameMention[]): NameMention[] {
  const dropped = new Set<NameMention>();
  const output = names.map((name, index) => {
    if (name.type !== 'PERSON') return name;
    const match = GENERATION_AFTER.exec(text.slice(name.end, name.end + 40));
    if (match === null) return name;
    const end = name.end + match[0].length;
    const next = names[index + 1];
    // (the words taken in may be a mention of their own, "King"; nothing longer)
    if (next !== undefined && next.start < end) {
      if (next.end > end || next.type === 'ORG') return name;
      dropped.add(next);
    }
    return { ...name, end };
  });
  return dropped.size === 0 ? output : output.filter((name) => !dropped.has(name));
}

/**
 * A first name the recogniser left out because it is also a common word: "Finance Minister Sue
 * Essex" gave "Essex" alone (ORG), "Sue Hale said" gave "Hale". A one-word name right after a
 * capitalised word one space apart that the name lists hold as a first name, that no other name
 * covers, and that the parse heads the name with (the name its `flat` dependent), not a month or
 * weekday ("On 14 October Google released") nor a title ("Chief"), takes the first
 * name in and is a PERSON. A name typed ORG or LOC needs more: a title or role right before the
 * first name ("Minister Sue Essex"). Never in a headline in title case.
 */
export function joinUntaggedGivenNames(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const { tokens } = segments;
  return names.map((name, index) => {
    if (name.type !== 'PERSON' && name.type !== 'ORG' && name.type !== 'LOC') return name;
    if (name.subtype === 'NORP') return name;
    const at = tokenAt(tokens, name.start);
    const own = tokens[at];
    const given = tokens[at - 1];
    if (own === undefined || given === undefined || own.start !== name.start || own.end !== name.end)
      return name;
    if (given.end + 1 !== name.start || text.charCodeAt(given.end) !== 32) return name;
    const previous = names[index - 1];
    if (previous !== undefined && previous.end > given.start) return name;
    const word = text.slice(given.start, given.end);
    if (!isFirstName(word) || CALENDAR_WORD.test(word) || own.dep !== 'flat' || own.head !== at - 1)
      return name;
    // ("Chief Yahoo": a title, not a first name)
    if (honorific(word) !== undefined || roleNoun(word) !== undefined) return name;
    if (inHeadline(text, name.start)) return name;
    if (name.type !== 'PERSON') {
      const before = tokens[at - 2];
      const title = before === undefined ? '' : text.slice(before.start, before.end);
      if (before === undefined || before.end + 1 !== given.start) return name;
      if (honorific(title) === undefined && roleNoun(title) === undefined) return name;
    }
    return { start: given.start, end: name.end, type: 'PERSON' };
  });
}
