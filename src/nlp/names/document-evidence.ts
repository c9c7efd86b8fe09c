import type { EntityType, Segments } from '../../model/index.js';
import { isFirstName } from '../coref/first-name-gender.js';
import {
  adverbSenses,
  lemmaOf,
  lexicographerFileOf,
  NOUN_ANIMAL,
  NOUN_ARTIFACT,
  NOUN_LOCATION,
  NOUN_OBJECT,
  NOUN_PERSON,
  NOUN_TIME,
  synset,
  synsetsOf,
} from '../events/wordnet.js';
import {
  facilityHead,
  gazetteerEntry,
  hasHypernymWord,
  isKnownHumanName,
  lookupPlace,
  organisation,
  roleNoun,
} from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';
import { isSportsText } from './sports-teams.js';
import { tokenAt } from './token-index.js';
import { isBroadcastWorkNoun, isWorkNoun, WORK_SUBTYPE } from './works-after-nouns.js';
import { isPersonWord } from './word-senses.js';

/**
 * Name corrections that read the document's own other mentions and the words around a name:
 * teams and firms named by a plural typed PERSON, a role word fused onto an organisation's name,
 * the members of a list of people or of works, capitalised adjectives that open a sentence, and
 * web addresses ("Harlow Brand.com").
 */

/** A capitalised plural word: "Otters", "Wanderers", "Books" (not "Express" nor "Davis"). */
const PLURAL_WORD = /^\p{Lu}[\p{Ll}’'-]*[^sui’']s$/u;

function surfaces(text: string, names: readonly NameMention[]): Map<string, NameMention[]> {
  const bySurface = new Map<string, NameMention[]>();
  for (const name of names) {
    const surface = text.slice(name.start, name.end).replace(/^the /iu, '');
    const list = bySurface.get(surface);
    if (list === undefined) bySurface.set(surface, [name]);
    else list.push(name);
  }
  return bySurface;
}

/**
 * "the Millbrook Otters", "Ridgeway Rovers", "Harlow Books" typed PERSON: a name of two to four
 * words whose last word is the inflected plural of a WordNet noun ("otter", "rover", "book") names a
 * team, a band or a firm, not a person, when the document never uses that last word alone (a
 * surname like "Mills" or "Hands" is used alone: "Mills said") and the first word is no given name,
 * or is used alone elsewhere for something other than a person ("Ridgeway fans"). A last word that
 * is also a known surname ("Miles", "Books") needs a first word that is a place, or used alone.
 */
export function typePluralNamedGroups(text: string, names: readonly NameMention[]): NameMention[] {
  let bySurface: Map<string, NameMention[]> | undefined;
  return names.map((name) => {
    if (name.type === 'LOC') return isPluralNamedGroupNotPlace(text, name) ? { ...name, type: 'ORG' } : name;
    if (name.type !== 'PERSON') return name;
    const words = text.slice(name.start, name.end).replace(/^the /iu, '').split(' ');
    if (words.length < 2 || words.length > 4) return name;
    const last = words[words.length - 1] as string;
    if (!PLURAL_WORD.test(last) || !words.every((word) => /^\p{Lu}/u.test(word))) return name;
    const lower = last.toLowerCase();
    const lemma = lemmaOf(lower, 'noun');
    if (lemma === null || lemma === lower) return name;
    bySurface ??= surfaces(text, names);
    if (bySurface.has(last)) return name;
    const first = words[0] as string;
    const firstAlone = bySurface.get(first)?.some((other) => other.type !== 'PERSON') ?? false;
    if (!firstAlone && (isFirstName(first) || /^\p{Lu}\.?$/u.test(first))) return name;
    // "Jearl Miles": a last word that is also a surname needs a place or the first word alone.
    if (!firstAlone && isKnownHumanName(last) && lookupPlace(first) === undefined) return name;
    return { start: name.start, end: name.end, type: 'ORG' };
  });
}

/** WordNet files of the things places are named after in the plural: "Heights", "Isles", "Towers", "Springs". */
const PLACE_PLURAL_FILES: ReadonlySet<number> = new Set([
  NOUN_LOCATION,
  NOUN_OBJECT,
  NOUN_ARTIFACT,
  NOUN_TIME,
]);
/** A locative preposition right before a name: "in the …", "at …", "across the …". */
const LOCATIVE_BEFORE =
  /\b(?:in|at|near|across|over|into|onto|through|around|from|to|outside|inside)(?: the)? $/iu;

/**
 * "the Ivory Otters", "Paper Lanterns" typed LOC: a name of two to four capitalised words whose last
 * word is the plural of a WordNet noun that is no place, object, building or season (peas, fighters,
 * sisters; not "Heights", "Isles", "Towers", "Springs") names a band, a team or a firm, not a place,
 * unless the lexicon knows it or its first word as a place or a locative preposition governs it
 * ("in the Ivory Otters").
 */
function isPluralNamedGroupNotPlace(text: string, name: NameMention): boolean {
  const surface = text.slice(name.start, name.end).replace(/^the /iu, '');
  const words = surface.split(' ');
  if (words.length < 2 || words.length > 4 || !words.every((word) => /^\p{Lu}/u.test(word))) return false;
  const last = words[words.length - 1] as string;
  if (!PLURAL_WORD.test(last)) return false;
  const lower = last.toLowerCase();
  const lemma = lemmaOf(lower, 'noun');
  if (lemma === null || lemma === lower) return false;
  const first = synsetsOf(lemma, 'noun')[0];
  if (first === undefined || PLACE_PLURAL_FILES.has(lexicographerFileOf(first, 'noun'))) return false;
  if (lookupPlace(surface) !== undefined || lookupPlace(words[0] as string) !== undefined) return false;
  if (organisation(surface) !== undefined) return false;
  return !LOCATIVE_BEFORE.test(text.slice(Math.max(0, name.start - 16), name.start));
}

/**
 * "Lib Dem leader Ann Hale" beside "the Lib Dems say", "Tory" beside "the Tories": a name typed PERSON
 * that the document also writes with its last word in the plural ("-s", "-es", "-y" → "-ies"), typed
 * otherwise, names a member of that group, not a person: nobody's name is put in the plural. It takes
 * the plural's type. A name whose first word is a given name ("Tom Jackson" beside "the Jacksons")
 * or that is a word of a longer PERSON name stays.
 */
export function typeSingularsOfPluralGroups(text: string, names: readonly NameMention[]): NameMention[] {
  let plurals: Map<string, NameMention> | undefined;
  let wordsOfLongerPeople: Set<string> | undefined;
  return names.map((name) => {
    if (name.type !== 'PERSON') return name;
    const surface = text.slice(name.start, name.end).replace(/^the /iu, '');
    const words = surface.split(' ');
    if (words.length > 3 || !words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word))) return name;
    if (isFirstName(words[0] as string)) return name;
    if (plurals === undefined) {
      plurals = new Map();
      wordsOfLongerPeople = new Set();
      for (const other of names) {
        const written = text.slice(other.start, other.end).replace(/^the /iu, '');
        if (other.type === 'PERSON') {
          const parts = written.split(/[\s-]+/u);
          if (parts.length > 1) for (const part of parts) wordsOfLongerPeople.add(part);
        } else if (/s$/u.test(written) && !plurals.has(written)) plurals.set(written, other);
      }
    }
    if (plurals.size === 0 || (words.length === 1 && wordsOfLongerPeople?.has(surface))) return name;
    const plural =
      plurals.get(`${surface}s`) ??
      plurals.get(`${surface}es`) ??
      (surface.endsWith('y') ? plurals.get(`${surface.slice(0, -1)}ies`) : undefined);
    if (plural === undefined) return name;
    return plural.subtype === undefined
      ? { start: name.start, end: name.end, type: plural.type }
      : { start: name.start, end: name.end, type: plural.type, subtype: plural.subtype };
  });
}

/** A given name that WordNet has as no common noun, or first as a person ("Aaron"; not "Park"). */
function isGivenNameOnly(word: string): boolean {
  if (!isFirstName(word)) return false;
  const first = synsetsOf(word.toLowerCase(), 'noun')[0];
  return first === undefined || lexicographerFileOf(first, 'noun') === NOUN_PERSON;
}

/**
 * Abbreviated positions of American football, ice hockey and basketball sides, written before a
 * player's name in rosters and reports ("RW Shane Doan", "QB Tom Vane"): a closed class of the
 * games' own abbreviations, which WordNet does not hold.
 */
const POSITION_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'QB',
  'RB',
  'WR',
  'TE',
  'LB',
  'CB',
  'RW',
  'LW',
  'PG',
  'SG',
  'SF',
  'PF',
]);

/**
 * "RW Shane Doan": a position's abbreviation fused before a player's name (a given name WordNet has
 * as no common noun, and at least one more word) is no part of it; the rest is a person.
 */
export function trimPositionAbbreviations(text: string, names: readonly NameMention[]): NameMention[] {
  return names.map((name) => {
    const surface = text.slice(name.start, name.end);
    const words = surface.split(' ');
    if (words.length < 3 || words.length > 4 || !POSITION_ABBREVIATIONS.has(words[0] as string)) return name;
    if (!isGivenNameOnly(words[1] as string) || !words.slice(2).every((word) => /^\p{Lu}\p{Ll}/u.test(word)))
      return name;
    return { start: name.start + (words[0] as string).length + 1, end: name.end, type: 'PERSON' as const };
  });
}

/**
 * "All Black Aaron Mauger" beside "the All Blacks", "Springbok Ian Vane" beside "the Springboks": a
 * name of three words or more that opens with the singular of a group the document names in the
 * plural (typed otherwise than PERSON), followed by a given name and at least one more word, is a
 * member word and a person: it is cut in two, the member word taking the plural's type. Not a
 * place's name, nor when the given name is first a common noun in WordNet ("Heron Park Stadium").
 */
export function splitMemberWordsBeforePeople(text: string, names: readonly NameMention[]): NameMention[] {
  let plurals: Map<string, NameMention> | undefined;
  return names.flatMap((name) => {
    const surface = text.slice(name.start, name.end);
    const words = surface.split(' ');
    if (words.length < 3 || words.length > 5 || !words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word)))
      return [name];
    if (plurals === undefined) {
      plurals = new Map();
      for (const other of names) {
        const written = text.slice(other.start, other.end).replace(/^the /iu, '');
        if (other.type !== 'PERSON' && /s$/u.test(written) && !plurals.has(written))
          plurals.set(written, other);
      }
    }
    if (plurals.size === 0 || name.type === 'LOC' || name.type === 'MISC') return [name];
    for (let cut = 1; cut <= 2 && words.length - cut >= 2; cut += 1) {
      const member = words.slice(0, cut).join(' ');
      const plural = plurals.get(`${member}s`) ?? plurals.get(`${member}es`);
      if (plural === undefined || !isGivenNameOnly(words[cut] as string)) continue;
      const end = name.start + member.length;
      const group: NameMention =
        plural.subtype === undefined
          ? { start: name.start, end, type: plural.type }
          : { start: name.start, end, type: plural.type, subtype: plural.subtype };
      return [group, { start: end + 1, end: name.end, type: 'PERSON' as const }];
    }
    return [name];
  });
}

/**
 * "Delia Frayne, Stonebridge Captain, …" with "Stonebridge" named alone elsewhere: a name whose
 * last word is a singular role noun ("Captain", "Coach", "Chairman") and whose other words are a
 * name the document uses alone is that name; the role word is no part of it. So is a known
 * organisation before a singular person noun of WordNet ("Associated Press Writer" in a byline).
 */
export function trimTrailingRoleWords(text: string, names: readonly NameMention[]): NameMention[] {
  let bySurface: Map<string, NameMention[]> | undefined;
  return names.map((name) => {
    if (name.type === 'PERSON') return name;
    const surface = text.slice(name.start, name.end);
    const space = surface.lastIndexOf(' ');
    if (space < 0) return name;
    const last = surface.slice(space + 1);
    if (!/^\p{Lu}\p{Ll}+$/u.test(last)) return name;
    const role = roleNoun(last);
    const rest = surface.slice(0, space);
    // "Associated Press Writer" in a byline: a known organisation and a person noun after it.
    if (role === undefined && !last.endsWith('s') && isPersonWord(last.toLowerCase())) {
      return organisation(rest) === undefined
        ? name
        : { start: name.start, end: name.start + space, type: 'ORG' };
    }
    if (role === undefined || role.plural) return name;
    if (roleNoun(rest.slice(rest.lastIndexOf(' ') + 1)) !== undefined) return name;
    bySurface ??= surfaces(text, names);
    const others = bySurface.get(rest.replace(/^the /iu, ''));
    if (others === undefined || !others.some((other) => other.type !== 'PERSON')) return name;
    const type = others.find((other) => other.type !== 'PERSON')?.type ?? name.type;
    return { start: name.start, end: name.start + space, type };
  });
}

/** The separators of a list: ", ", " and ", ", and ", " & ". */
const LIST_SEPARATOR = /^(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$/u;
/** An item of a list the recogniser did not tag: capitalised words or numbers ("50 Cent"). */
const UNTAGGED_ITEM =
  /^,\s+(?:the\s+)?[\p{Lu}\d][\p{L}\p{M}\d.'’-]*(?:\s+[\p{Lu}\d][\p{L}\p{M}\d.'’-]*){0,3},\s+(?:and\s+)?$/u;

/** Indexes of the names that continue a list starting at names[index]. */
function listAfter(text: string, names: readonly NameMention[], index: number): number[] {
  const members: number[] = [];
  for (let at = index + 1; at < names.length; at += 1) {
    const gap = text.slice((names[at - 1] as NameMention).end, (names[at] as NameMention).start);
    if (!LIST_SEPARATOR.test(gap) && !UNTAGGED_ITEM.test(gap)) break;
    members.push(at);
  }
  return members;
}

/**
 * Whether the text before `position` ends in a sentence's full stop, question or exclamation mark and
 * white space (`/[.!?]\s+$/` on the text before), read backwards from `position` so that a long text
 * is not scanned from its start for every name.
 */
function opensSentence(text: string, position: number): boolean {
  let at = position;
  while (at > 0 && /\s/u.test(text[at - 1] as string)) at -= 1;
  return at < position && at > 0 && /[.!?]/u.test(text[at - 1] as string);
}

/**
 * "singers Tamsin Loy, Brevik and Corvane Delacroix": the names listed right after a lower-case
 * plural noun whose first WordNet sense is a person ("singers", "players", "musicians") are people,
 * when the first of them is typed PERSON. Places and organisations the lexicon knows keep their type.
 */
export function typePeopleListedAfterPersonNouns(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const { tokens } = segments;
  let output: NameMention[] | undefined;
  for (let index = 0; index < names.length; index += 1) {
    const name = names[index] as NameMention;
    const before = tokens[tokenAt(tokens, name.start) - 1];
    if (before === undefined || before.end !== name.start - 1) continue;
    const written = text.slice(before.start, before.end);
    // "Presidents Kell, Varro and Dunmore visited": a capitalised plural opening the sentence too
    const noun = before.start === 0 || opensSentence(text, before.start) ? written.toLowerCase() : written;
    if (!/^\p{Ll}[\p{Ll}-]+s$/u.test(noun)) continue;
    // the tagger's lemma first: WordNet has "leaders" as a noun of its own (a row of dots)
    const lemma = before.lemma !== noun && before.lemma.length > 0 ? before.lemma : lemmaOf(noun, 'noun');
    if (lemma === null || lemma === noun || !isPersonWord(lemma)) continue;
    const list = listAfter(text, names, index);
    // a first name not typed PERSON: only in a list of names, all of them people
    // ("rivals Chelsea and Arsenal", "sponsors Lumo and Vantix" are clubs and firms: the names typed
    // all alike ORG, or on a sports page, are left)
    if (
      name.type !== 'PERSON' &&
      (list.length === 0 ||
        [index, ...list].every((member) => (names[member] as NameMention).type === 'ORG') ||
        isSportsText(segments))
    )
      continue;
    for (const member of name.type === 'PERSON' ? list : [index, ...list]) {
      const other = names[member] as NameMention;
      if (other.type === 'PERSON') continue;
      const surface = text.slice(other.start, other.end);
      if (lookupPlace(surface) !== undefined || organisation(surface) !== undefined) continue;
      // a name ending in a plural is a group ("headliners Scissor Sisters and …")
      if (other.type === 'ORG' && endsInPlural(surface)) continue;
      output ??= names.slice();
      output[member] = { start: other.start, end: other.end, type: 'PERSON' };
    }
  }
  return output ?? names.slice();
}

/** Does the name's last word read as a plural noun in WordNet ("Sisters", "Angels")? */
function endsInPlural(surface: string): boolean {
  const last = surface.slice(surface.lastIndexOf(' ') + 1);
  if (!/^\p{Lu}\p{Ll}+s$/u.test(last)) return false;
  const lemma = lemmaOf(last.toLowerCase(), 'noun');
  return lemma !== null && lemma !== last.toLowerCase();
}

/** What introduces the examples of a plural noun: "companies such as", "firms including", "banks like". */
const EXAMPLES_BEFORE =
  /(?:^|\s)([\p{Lu}\p{Ll}][\p{Ll}-]+s),?\s+(?:such\s+as|including|like|notably|especially)\s+(?:the\s+)?$/u;
/** The synsets an organisation lies under. */
const ORGANISATION_SYNSET_WORDS: ReadonlySet<string> = new Set(['organization', 'institution', 'business']);
const organisationNounMemo = new Map<string, boolean>();

/**
 * Is the lemma first a noun for an organisation in WordNet ("company", "firm", "carmaker", "club",
 * "band": its first sense lies within six hypernym steps under an organisation, an institution or a
 * business), and none of its first two senses a place ("country" is a nation first, a land second)?
 */
function isOrganisationNoun(lemma: string): boolean {
  let known = organisationNounMemo.get(lemma);
  if (known !== undefined) return known;
  const senses = synsetsOf(lemma, 'noun');
  const first = senses[0];
  known =
    first !== undefined &&
    !senses.slice(0, 2).some((sense) => lexicographerFileOf(sense, 'noun') === NOUN_LOCATION) &&
    hasHypernymWord(first, 'noun', { levels: 6 }, ORGANISATION_SYNSET_WORDS);
  if (organisationNounMemo.size > 10_000) organisationNounMemo.clear();
  organisationNounMemo.set(lemma, known);
  return known;
}

/** The rest of a list item the recogniser cut: " Telecom" before ", " or " and ". */
const CUT_ITEM_REST = /^( \p{Lu}[\p{L}&-]*(?: \p{Lu}[\p{L}&-]*){0,2})(?=,\s|\s+and\s)/u;

/** `listAfter`, with the index itself first, going on past an item the recogniser cut ("France" + " Telecom, "). */
function organisationListAfter(text: string, names: readonly NameMention[], index: number): number[] {
  const members = [index];
  for (let at = index + 1; at < names.length; at += 1) {
    const previous = names[at - 1] as NameMention;
    let gap = text.slice(previous.end, (names[at] as NameMention).start);
    const rest = CUT_ITEM_REST.exec(gap);
    if (rest !== null) gap = gap.slice((rest[1] as string).length);
    if (!LIST_SEPARATOR.test(gap) && !UNTAGGED_ITEM.test(gap)) break;
    members.push(at);
  }
  return members;
}

/**
 * "pledges from companies such as Kvarna, Telvio, Brixo and Lumetra": the names listed as examples
 * of a plural noun for an organisation ("companies", "firms", "carmakers", "clubs", `isOrganisationNoun`)
 * are organisations, whatever the recogniser read one name at a time (places, a surname); those
 * listed after a plural noun for a work ("films such as …", "shows like …", `isWorkNoun`) are works
 * (MISC/WORK). A member
 * the place lexicon knows keeps its type, and so does a name followed by a possessive (the owner:
 * "firms such as Ada Lind's Kvarna"); a member the recogniser cut after a place ("France" +
 * "Telecom") is the whole item; a one-word name retyped is retyped wherever else the text has it
 * with the same wrong type.
 */
export function typeOrganisationsListedAfterNouns(
  text: string,
  names: readonly NameMention[],
): NameMention[] {
  let output: NameMention[] | undefined;
  const retyped = new Map<string, { from: EntityType; to: NameMention }>();
  for (let index = 0; index < names.length; index += 1) {
    const name = names[index] as NameMention;
    const before = EXAMPLES_BEFORE.exec(text.slice(Math.max(0, name.start - 40), name.start));
    if (before === null) continue;
    const noun = (before[1] as string).toLowerCase();
    const lemma = lemmaOf(noun, 'noun');
    // a plural ("series" is its own)
    if (lemma === null || (lemma === noun && !isBroadcastWorkNoun(lemma))) continue;
    // "films such as …", "shows like …": works; "companies such as …": organisations
    // (not "programs such as …": software as often as broadcasts)
    const work =
      isWorkNoun(lemma) || (isBroadcastWorkNoun(lemma) && !/^(?:single|program|programme)$/u.test(lemma));
    if (!work && !isOrganisationNoun(lemma)) continue;
    const type: EntityType = work ? 'MISC' : 'ORG';
    for (const member of organisationListAfter(text, names, index)) {
      const other = names[member] as NameMention;
      // "France Telecom" cut after the place: the list's item is the whole name
      const rest = CUT_ITEM_REST.exec(text.slice(other.end, names[member + 1]?.start ?? other.end + 60));
      if (rest !== null && (member === index || member + 1 < names.length)) {
        output ??= names.slice();
        output[member] = {
          start: other.start,
          end: other.end + (rest[1] as string).length,
          ...(work ? { type: 'MISC', subtype: WORK_SUBTYPE } : { type: 'ORG' }),
        };
        continue;
      }
      if ((other.type === type && (!work || other.subtype === WORK_SUBTYPE)) || other.subtype === 'NORP')
        continue;
      const surface = text.slice(other.start, other.end);
      if (lookupPlace(surface) !== undefined) continue;
      // "companies such as Ada Lind's Kvarna": the owner, not the example
      if (/^['’]s?\s/u.test(text.slice(other.end, other.end + 3))) continue;
      output ??= names.slice();
      const retype: NameMention = work
        ? { start: other.start, end: other.end, type: 'MISC', subtype: WORK_SUBTYPE }
        : { start: other.start, end: other.end, type: 'ORG' };
      output[member] = retype;
      if (!surface.includes(' ')) retyped.set(surface, { from: other.type, to: retype });
    }
  }
  if (output === undefined) return names.slice();
  return output.map((name) => {
    const change = retyped.get(text.slice(name.start, name.end));
    if (change === undefined || change.from !== name.type || name.subtype === WORK_SUBTYPE) return name;
    return { ...change.to, start: name.start, end: name.end };
  });
}

/** Between a player and his substitute in a team sheet: "Traore (Biscan 67), Garcia" has " (" and " 67), ". */
const SUBSTITUTE_OPENING = /^\s+\($/u;
const SUBSTITUTE_CLOSING = /^\s+\d{1,3}\),?\s+$/u;
/** Between two scorers: "Gerrard 79 og, Drogba 107, Kezman 112". */
const SCORER_SEPARATOR = /^\s+\d{1,3}(?:\s+(?:og|pen))?,\s+$/u;
/**
 * Between the lines of a rugby team sheet, and after a bracketed note on a player: "Balshaw; Rees,
 * Lind; Moss", "Palmer (capt), Morgan".
 */
const SHEET_LINE_SEPARATOR = /^(?:;|\s+\(\p{Ll}+\)[,;]?)\s+$/u;

/**
 * The names that continue a list or a team sheet starting at names[index], and whether a substitute
 * in brackets ("Traore (Biscan 67)") or lines split by semicolons ("Balshaw; Rees, Lind; …", eight
 * names or more) make it a team sheet.
 */
function teamSheetAfter(
  text: string,
  names: readonly NameMention[],
  index: number,
): { members: number[]; sheet: boolean } {
  const members: number[] = [];
  let sheet = false;
  let lines = 0;
  for (let at = index + 1; at < names.length; at += 1) {
    const gap = text.slice((names[at - 1] as NameMention).end, (names[at] as NameMention).start);
    if (SUBSTITUTE_OPENING.test(gap)) {
      // the substitute must be closed by a minute: "(Biscan 67)"
      const next = names[at + 1];
      const closing = text.slice((names[at] as NameMention).end, next?.start ?? text.length);
      if (!SUBSTITUTE_CLOSING.test(closing) && !/^\s+\d{1,3}\)/u.test(closing)) break;
      sheet = true;
    } else if (SHEET_LINE_SEPARATOR.test(gap)) {
      lines += 1;
    } else if (
      !LIST_SEPARATOR.test(gap) &&
      !UNTAGGED_ITEM.test(gap) &&
      !SUBSTITUTE_CLOSING.test(gap) &&
      !SCORER_SEPARATOR.test(gap)
    )
      break;
    members.push(at);
  }
  // "Balshaw; Rees, Lind, Moss; Orrin, Vale; …": two lines or more of eight names
  if (lines >= 2 && members.length >= 7) sheet = true;
  return { members, sheet };
}

/**
 * "Squad: Vale, Orrin, Tarbet, Moss, Ruddock": the one-word members of a list of four names or more,
 * three quarters of them (and at least three) typed PERSON, are people too, whatever the recogniser
 * made of the others (surnames read as towns: "Moss", "Tarbet"; or as clubs: "Orrin" typed ORG when
 * neither the organisation nor the place lexicon knows it). So are those of a team sheet, a list of
 * four names or more with a substitute in brackets ("Vale, Orrin (Tarbet 67), Moss, Lind") or of
 * semicolon-split lines ("Vale; Orrin, Moss; Lind, …"), and three people in it, whatever the share. Countries keep their type ("Vale, Orrin, Moss and France" is no
 * such list), and so do organisations the lexicon knows (a list of clubs). Every other mention of a
 * retyped name, typed LOC or ORG elsewhere in the text ("Tarbet scored twice"), becomes PERSON too:
 * one name, one reading in a text.
 */
export function typePlacesInPersonLists(text: string, names: readonly NameMention[]): NameMention[] {
  let output: NameMention[] | undefined;
  const people = new Set<string>();
  for (let index = 0; index < names.length; index += 1) {
    const { members: rest, sheet } = teamSheetAfter(text, names, index);
    const members = [index, ...rest];
    if (members.length < 4) continue;
    const persons = members.filter((member) => (names[member] as NameMention).type === 'PERSON').length;
    if (persons >= 3 && (sheet || persons * 4 >= members.length * 3))
      for (const member of members) {
        const other = names[member] as NameMention;
        if (!isRetypedInPersonList(text, other)) continue;
        output ??= names.slice();
        output[member] = { start: other.start, end: other.end, type: 'PERSON' };
        people.add(text.slice(other.start, other.end));
      }
    index += members.length - 1;
  }
  if (output === undefined) return names.slice();
  return output.map((name) =>
    people.has(text.slice(name.start, name.end)) && isRetypedInPersonList(text, name)
      ? { start: name.start, end: name.end, type: 'PERSON' }
      : name,
  );
}

/** A one-word LOC (no country), untyped MISC, or ORG unknown to the lexicons: a surname misread. */
function isRetypedInPersonList(text: string, name: NameMention): boolean {
  if (name.type !== 'LOC' && name.type !== 'ORG' && !(name.type === 'MISC' && name.subtype === undefined))
    return false;
  const surface = text.slice(name.start, name.end);
  if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(surface)) return false;
  const place = lookupPlace(surface);
  if (place?.kinds.includes('country') ?? false) return false;
  return name.type !== 'ORG' || (place === undefined && organisation(surface) === undefined);
}

/**
 * "Goals from Darnell and Okafor": two one-word names joined by "and", one typed PERSON, are two
 * people; the other, typed LOC, becomes PERSON when the place lexicon does not know it (a surname
 * read as a town). Known places keep their type ("Darnell and Leeds").
 */
export function typePlacesCoordinatedWithPeople(text: string, names: readonly NameMention[]): NameMention[] {
  let output: NameMention[] | undefined;
  const oneWord = (name: NameMention): boolean =>
    /^\p{Lu}[\p{Ll}'’-]+$/u.test(text.slice(name.start, name.end));
  for (let index = 0; index + 1 < names.length; index += 1) {
    const left = names[index] as NameMention;
    const right = names[index + 1] as NameMention;
    if (!/^ and $/u.test(text.slice(left.end, right.start)) || !oneWord(left) || !oneWord(right)) continue;
    // a longer list is `typePlacesInPersonLists`' business
    if (/,\s*$/u.test(text.slice(Math.max(0, left.start - 3), left.start))) continue;
    const pair = [left, right];
    const person = pair.find((name) => name.type === 'PERSON');
    const place = pair.find((name) => name.type === 'LOC');
    if (person === undefined || place === undefined) continue;
    if (lookupPlace(text.slice(place.start, place.end)) !== undefined) continue;
    output ??= names.slice();
    output[names.indexOf(place)] = { start: place.start, end: place.end, type: 'PERSON' };
  }
  return output ?? names.slice();
}

/** "films such as", "novels including", "albums like": a plural work noun that opens a list. */
const WORK_LIST_OPENER =
  /(?:^|[^\p{L}])(\p{Ll}+s),?\s+(?:such\s+as|including|like)\s+(?:the\s+\p{Ll}[\p{Ll}-]*\s+)?$/u;
/** Lower-case words allowed inside a title: "Lions for Lambs", "Valley of the Moon". */
const TITLE_LINK = /^\s+(?:for|of|the|in|on|and|a|an|to|with|at|from)(?:\s+(?:the|a|an))?\s+$/u;

/** "In the ", "The ", "A ": a title's capitalised opening words. */
const TITLE_OPENING = /(?:^|\s)(?:In|On|The|A|An|Of)(?:\s+the)?\s+$/u;
/** Lower-case words a list of titles may hold between two names. */
const LIST_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'the', 'a', 'an', 'of', 'in', 'for', 'on']);

/**
 * What may stand between two titles of one list: commas, "and", untagged titles ("Rendition"), and
 * an adjective after "the" ("the forthcoming …"); no sentence punctuation, brackets or other words.
 */
function isListGap(gap: string): boolean {
  if (gap.length > 60 || /[.;:!?()"“”]/u.test(gap) || !/,|\sand\s/u.test(gap)) return false;
  const words = gap.split(/[\s,]+/u).filter((word) => word !== '');
  return words.every(
    (word, position) => /^[\p{Lu}\d]/u.test(word) || LIST_WORDS.has(word) || words[position - 1] === 'the',
  );
}

/**
 * "movies such as Broken Lanterns, Quiet Harbour and The Long Field": the names listed after a
 * plural work noun (`isWorkNoun`: films, songs, novels, albums) and "such as", "including" or
 * "like" are works, MISC; two names joined by a lower-case link word inside one item ("Lions| for
 * |Lambs") are one title.
 */
export function typeWorkLists(text: string, names: readonly NameMention[]): NameMention[] {
  let output: NameMention[] | undefined;
  const result: NameMention[] = [];
  for (let index = 0; index < names.length; index += 1) {
    const name = names[index] as NameMention;
    const window = text.slice(Math.max(0, name.start - 60), name.start);
    // (the opener's words looked for first: the pattern alone tries every position of the window)
    const opens = window.includes('such') || window.includes('including') || window.includes('like');
    const opener = opens ? WORK_LIST_OPENER.exec(window) : null;
    const lemma = opener === null ? null : lemmaOf(opener[1] as string, 'noun');
    if (lemma === null || lemma === opener?.[1] || !isWorkNoun(lemma)) {
      result.push(name);
      continue;
    }
    // The list: this name, the names after it joined by list separators or title links.
    let at = index;
    while (at < names.length) {
      let start = (names[at] as NameMention).start;
      let end = (names[at] as NameMention).end;
      while (
        at + 1 < names.length &&
        TITLE_LINK.test(text.slice(end, (names[at + 1] as NameMention).start))
      ) {
        at += 1;
        end = (names[at] as NameMention).end;
      }
      // "In the Valley of Elah": a title's opening function words, capitalised, before the name.
      const opening = TITLE_OPENING.exec(text.slice(Math.max(0, start - 12), start));
      if (opening !== null && /^\s/u.test(opening[0])) start -= opening[0].length - 1;
      result.push({ start, end, type: 'MISC', subtype: WORK_SUBTYPE });
      output = result;
      const next = names[at + 1];
      if (next === undefined || !isListGap(text.slice(end, next.start))) break;
      at += 1;
    }
    index = at;
  }
  return output === undefined ? names.slice() : result;
}

/**
 * "Podgy critics aside, …", "Mustached and bespectacled, he …", "Likewise, …": a one-word name that
 * opens a sentence and is a WordNet adjective, or an adverb and no verb, with no noun sense and no relational sense (not "Olympic",
 * which pertains to a noun), no known human name or place, and never
 * capitalised elsewhere in the text, is an adjective, not a name: it is dropped.
 */
export function dropSentenceInitialAdjectives(text: string, names: readonly NameMention[]): NameMention[] {
  return names.filter((name) => {
    const surface = text.slice(name.start, name.end);
    if (!/^\p{Lu}\p{Ll}+$/u.test(surface)) return true;
    if (!/(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(text.slice(Math.max(0, name.start - 4), name.start)))
      return true;
    const lower = surface.toLowerCase();
    if (synsetsOf(lower, 'noun').length > 0 || lemmaOf(lower, 'noun') !== null) return true;
    // "Likewise, …": an adverb WordNet knows as nothing else is dropped as an adjective is
    if (
      lemmaOf(lower, 'adj') === null &&
      (lemmaOf(lower, 'verb') !== null || adverbSenses(lower).length === 0)
    )
      return true;
    // A relational adjective ("Olympic", "Hellenic": pertains to a noun) is often a proper one.
    if (
      synsetsOf(lower, 'adj').some((offset) => synset(offset, 'adj').pointers.some((p) => p.symbol === '\\'))
    )
      return true;
    if (
      isKnownHumanName(surface) ||
      lookupPlace(surface) !== undefined ||
      organisation(surface) !== undefined
    )
      return true;
    const pattern = new RegExp(`(?<![.!?\\n]\\s{0,3})\\b${surface}\\b`, 'u');
    return pattern.test(text.slice(0, name.start)) || pattern.test(text.slice(name.end));
  });
}

/**
 * "The decision by Harlow Brand.com …": a name written right before a web domain ending (".com",
 * ".net", ".org", ".co.uk") is the firm or site of that address, ORG.
 */
export function typeWebDomainNames(text: string, names: readonly NameMention[]): NameMention[] {
  if (!ANY_WEB_DOMAIN.test(text)) return names.slice();
  let domains: Set<string> | undefined;
  for (const name of names)
    if (name.type !== 'ORG' && WEB_DOMAIN.test(text.slice(name.end, name.end + 7)))
      (domains ??= new Set()).add(text.slice(name.start, name.end));
  // The same name written elsewhere with its domain: "Harlow Brand.com" … "Harlow Brand said".
  const endings = webDomainStarts(text);
  for (const name of names) {
    if (name.type === 'ORG') continue;
    const surface = text.slice(name.start, name.end);
    if (!surface.includes(' ') || domains?.has(surface)) continue;
    if (endings.some((at) => at >= surface.length && text.startsWith(surface, at - surface.length)))
      (domains ??= new Set()).add(surface);
  }
  if (domains === undefined) return names.slice();
  const found = domains;
  return names.map((name) =>
    name.type !== 'ORG' && found.has(text.slice(name.start, name.end))
      ? { start: name.start, end: name.end, type: 'ORG' }
      : name,
  );
}

const ANY_WEB_DOMAIN = /\p{L}\.(?:com|net|org|co\.uk)\b/u;
const WEB_DOMAIN = /^\.(?:com|net|org|co\.uk)\b/u;
const WEB_DOMAINS = /\.(?:com|net|org|co\.uk)\b/gu;

/**
 * Where each web domain ending (".com", ".net", ".org", ".co.uk") starts in the text: a name is
 * written with its domain when it ends right at one (one scan of the text, not one pattern a name).
 */
export function webDomainStarts(text: string): number[] {
  const starts: number[] = [];
  for (const match of text.matchAll(WEB_DOMAINS)) starts.push(match.index ?? 0);
  return starts;
}

/** noun.cognition, noun.communication, noun.group: religions, languages, peoples ("Islam"). */
const NOT_PEOPLE_FILES: ReadonlySet<number> = new Set([9, 10, 14]);

function nounFiles(lemma: string): number[] {
  return synsetsOf(lemma, 'noun').map((offset) => lexicographerFileOf(offset, 'noun'));
}

/**
 * What WordNet and the given-name list say of a name the recogniser typed loosely:
 * - a name of two words or more typed MISC, or ORG after "the", whose every WordNet noun sense is
 *   a place ("the West Coast", "the Middle East") is a place, LOC (a city typed ORG without the
 *   article is a team: "New York won");
 * - one capitalised plural typed MISC or LOC whose singular is first of all an animal in WordNet
 *   ("the Bruins", "the Magpies") names a team, ORG (people's groups, "Democrats", are persons
 *   first and stay MISC);
 * - one word typed MISC that is a known given name, no WordNet adjective and no religion,
 *   language or people ("Islam") is a person ("Mike and I …").
 * A work's title (`WORK_SUBTYPE`, "a role in Elizabeth") keeps its type.
 */
export function typeBySensesAndGivenNames(text: string, names: readonly NameMention[]): NameMention[] {
  return names.map((name) => {
    if (name.subtype === WORK_SUBTYPE) return name;
    const surface = text.slice(name.start, name.end).replace(/^the /iu, '');
    // A city typed ORG is a team ("New York won"); "the West Coast" with its article is no team.
    const article =
      /^the /iu.test(text.slice(name.start, name.end)) ||
      /(?:^|\s)the $/iu.test(text.slice(Math.max(0, name.start - 4), name.start));
    if (name.type === 'MISC' || (name.type === 'ORG' && article)) {
      const words = surface.split(' ');
      if (words.length >= 2 && words.length <= 3 && words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word))) {
        const files = nounFiles(words.join('_').toLowerCase());
        if (
          files.length > 0 &&
          files.every((file) => file === NOUN_LOCATION) &&
          organisation(surface) === undefined
        )
          return { start: name.start, end: name.end, type: 'LOC' };
      }
    }
    if ((name.type === 'MISC' || name.type === 'LOC') && PLURAL_WORD.test(surface)) {
      const lower = surface.toLowerCase();
      const lemma = lemmaOf(lower, 'noun');
      if (
        lemma !== null &&
        lemma !== lower &&
        nounFiles(lemma)[0] === NOUN_ANIMAL &&
        lookupPlace(surface) === undefined
      )
        return { start: name.start, end: name.end, type: 'ORG' };
    }
    if (name.type === 'MISC' && /^\p{Lu}\p{Ll}+$/u.test(surface) && isFirstName(surface)) {
      const lower = surface.toLowerCase();
      if (
        synsetsOf(lower, 'adj').length === 0 &&
        !nounFiles(lower).some((file) => NOT_PEOPLE_FILES.has(file)) &&
        gazetteerEntry(surface) === undefined &&
        lookupPlace(surface) === undefined
      )
        return { start: name.start, end: name.end, type: 'PERSON' };
    }
    return name;
  });
}

/**
 * "the Globe and Herald said" beside "The Sunday Globe" and "The Herald": an organisation named
 * "X and Y" whose two parts each end another name of the document is two organisations, not one.
 */
export function splitCoordinatedOrganisations(text: string, names: readonly NameMention[]): NameMention[] {
  let lastWords: Set<string> | undefined;
  const output: NameMention[] = [];
  for (const name of names) {
    const match =
      name.type === 'ORG'
        ? /^(\p{Lu}[\p{L}'’-]*) and (\p{Lu}[\p{L}'’-]*)$/u.exec(text.slice(name.start, name.end))
        : null;
    if (match === null) {
      output.push(name);
      continue;
    }
    lastWords ??= new Set(
      names.map((other) => {
        const surface = text.slice(other.start, other.end);
        return surface.slice(surface.lastIndexOf(' ') + 1);
      }),
    );
    const [, left, right] = match as unknown as [string, string, string];
    if (!lastWords.has(left) || !lastWords.has(right)) {
      output.push(name);
      continue;
    }
    output.push({ start: name.start, end: name.start + left.length, type: 'ORG' });
    output.push({ start: name.end - right.length, end: name.end, type: 'ORG' });
  }
  return output;
}

/** After a dateline's place: an agency in brackets and a colon or dash ("Harlow (PTI):", "(AP) -"). */
const DATELINE_AGENCY = /^,?(?: \p{Lu}[\p{L}.]*)* ?\((?:\p{Lu}{2,6}|\p{Lu}\p{Ll}+)\) ?[:—–-]/u;
/** The same with an agency of two or three capitalised words: "Denver, CO (Sports Network) -". */
const DATELINE_LONG_AGENCY = /^,?(?: \p{Lu}[\p{L}.]*)* ?\(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}\) ?[:—–-]/u;

/**
 * "Kesrana (PTI): …": a name that opens a paragraph and is followed by a news agency in brackets
 * and a colon or dash is the dateline's place, LOC, whatever its case or the recogniser's type; so
 * is a place the lexicon knows before an agency of several words ("St. Louis, MO (Sports Network)
 * -", typed ORG as the city's team would be).
 */
export function typeAgencyDatelinePlaces(text: string, names: readonly NameMention[]): NameMention[] {
  return names.map((name) => {
    if (name.type === 'LOC' || name.type === 'PERSON') return name;
    if (name.start > 0 && !/\n\s*$/u.test(text.slice(Math.max(0, name.start - 4), name.start))) return name;
    const after = text.slice(name.end, name.end + 40);
    return DATELINE_AGENCY.test(after) ||
      (DATELINE_LONG_AGENCY.test(after) && lookupPlace(text.slice(name.start, name.end)) !== undefined)
      ? { start: name.start, end: name.end, type: 'LOC' }
      : name;
  });
}

/** Abbreviations that end a company's or club's name: "F.C.", "FC", "Ltd", "plc", "Inc.". */
const NAME_SUFFIX = /^(?:A\.?F\.?C\.?|F\.?C\.?|S\.?C\.?|Ltd\.?|PLC|plc|Inc\.?|Corp\.?|LLC|GmbH|AG)$/u;

/**
 * "Harbury F.C." cut by the recogniser into "Harbury" and "F.C." (typed LOC): a name that is only
 * a company or club abbreviation, one space after another name, joins it, and the whole is ORG.
 */
export function joinNameSuffixes(text: string, names: readonly NameMention[]): NameMention[] {
  const output: NameMention[] = [];
  for (const name of names) {
    const previous = output[output.length - 1];
    if (
      previous !== undefined &&
      previous.end + 1 === name.start &&
      text.charAt(previous.end) === ' ' &&
      NAME_SUFFIX.test(text.slice(name.start, name.end))
    ) {
      output[output.length - 1] = { start: previous.start, end: name.end, type: 'ORG' };
      continue;
    }
    output.push(name);
  }
  return output;
}

/**
 * "UCLA Chancellor Ada| Stone said" cut before "Stone" (a common noun too): a PERSON name that is
 * one given name, followed by one capitalised word that the text uses alone as a name elsewhere
 * ("met with Stone"), takes that word in as the surname.
 */
export function joinSurnamesUsedAlone(text: string, names: readonly NameMention[]): NameMention[] {
  let alone: Set<string> | undefined;
  return names.map((name, index) => {
    if (name.type !== 'PERSON') return name;
    const surface = text.slice(name.start, name.end);
    if (!/^\p{Lu}\p{Ll}+$/u.test(surface) || !isFirstName(surface)) return name;
    const next = /^ (\p{Lu}\p{Ll}+)\b/u.exec(text.slice(name.end, name.end + 30));
    if (next === null) return name;
    const word = next[1] as string;
    const following = names[index + 1];
    if (following !== undefined && following.start < name.end + 1 + word.length) return name;
    alone ??= new Set(names.map((other) => text.slice(other.start, other.end)));
    if (!alone.has(word) && !usedAloneMidSentence(text, word, name.end)) return name;
    return { start: name.start, end: name.end + 1 + word.length, type: 'PERSON' };
  });
}

/** True when `word` stands capitalised elsewhere in the text after a lower-case word ("met with Stone"). */
function usedAloneMidSentence(text: string, word: string, except: number): boolean {
  const pattern = new RegExp(`\\p{Ll}[,]? ${word}\\b(?! \\p{Lu})`, 'gu');
  for (const match of text.matchAll(pattern)) if (Math.abs((match.index ?? 0) - except) > 2) return true;
  return false;
}

/**
 * "Sherpa Tenzin Lamu", and later "Sherpa Lamu": a PERSON name of two to four words that opens
 * with a word that is no given name and only a kind of person in WordNet (noun.person: "Sherpa",
 * "Rabbi", "Londoner"), then a given name, has that description before the name, not in it
 * ("Londoner Mara" is "Mara", whom the text names in full elsewhere); so has a
 * two-word name of the text that opens with the same word and ends with that surname; the word
 * alone, typed PERSON ("Nepal's Sherpa people"), is MISC. "Singer Lind" (a headline's way), a
 * person noun and a surname that ends a person's full name in the text ("Tamsin Lind"), is "Lind".
 */
export function trimLeadingPersonNouns(text: string, names: readonly NameMention[]): NameMention[] {
  let trimmed: Set<string> | undefined;
  const describedBy = (words: readonly string[]): boolean => {
    const first = words[0] as string;
    if (!/^\p{Lu}\p{Ll}+$/u.test(first) || isFirstName(first) || lookupPlace(first) !== undefined)
      return false;
    const files = nounFiles(first.toLowerCase());
    return files.length > 0 && files.every((file) => file === NOUN_PERSON);
  };
  const givenNames = new Set<string>();
  for (const name of names) {
    const words = name.type === 'PERSON' ? text.slice(name.start, name.end).split(' ') : [];
    if (words.length >= 2 && isFirstName(words[0] as string)) givenNames.add(words[0] as string);
  }
  // surnames of people the text names in full ("Sheila Ferguson")
  const surnames = new Set<string>();
  for (const name of names) {
    const words = name.type === 'PERSON' ? text.slice(name.start, name.end).split(' ') : [];
    if (words.length >= 2 && isFirstName(words[0] as string)) surnames.add(words[words.length - 1] as string);
  }
  for (const name of names) {
    if (name.type !== 'PERSON' && name.type !== 'MISC') continue;
    const words = text.slice(name.start, name.end).split(' ');
    // "Singer Ferguson" in a headline (typed PERSON or MISC), "Sheila Ferguson" in the text
    if (words.length === 2 && surnames.has(words[1] as string) && describedBy(words)) {
      (trimmed ??= new Set()).add(words.join(' '));
      continue;
    }
    if (name.type !== 'PERSON') continue;
    if (words.length < 2 || words.length > 4 || !isFirstName(words[1] as string) || !describedBy(words))
      continue;
    // two words: only when the text names a person in full with that given name ("Mara Lind")
    // and not a word that is first of all a person too ("Inspector General", "Inger Miller")
    if (
      words.length === 2 &&
      (!givenNames.has(words[1] as string) ||
        nounFiles((words[1] as string).toLowerCase())[0] === NOUN_PERSON)
    )
      continue;
    (trimmed ??= new Set()).add(`${words[0] as string} ${words[words.length - 1] as string}`);
    trimmed.add(words[0] as string);
    trimmed.add(words.join(' '));
  }
  if (trimmed === undefined) return names.slice();
  const found = trimmed;
  return names.map((name) => {
    const surface = text.slice(name.start, name.end);
    // The description alone elsewhere ("Nepal's Sherpa people") is no person.
    if (name.type === 'PERSON' && !surface.includes(' ') && found.has(surface))
      return { start: name.start, end: name.end, type: 'MISC' };
    if (
      !found.has(surface) ||
      (name.type !== 'PERSON' && (name.type !== 'MISC' || name.subtype !== undefined))
    )
      return name;
    return { start: name.start + surface.indexOf(' ') + 1, end: name.end, type: 'PERSON' };
  });
}

/** noun.artifact and noun.location: what a park, a road or a stadium is first of all. */
const PLACE_HEAD_FILES: ReadonlySet<number> = new Set([6, 15]);

function isPlaceHead(word: string): boolean {
  if (facilityHead(word) !== undefined) return true;
  // A common noun ("park": several senses), not a place's own name ("Chicago", "Belgrade").
  const files = nounFiles(word.toLowerCase());
  return files.length >= 2 && PLACE_HEAD_FILES.has(files[0] as number) && lookupPlace(word) === undefined;
}

/**
 * "at Harlow Park", "St Anne' Park" cut by the recogniser to "Park" (or "St Anne" and "Park"): a
 * one-word name, not a person, that is a place or facility head ("Park", "Road", "Stadium") takes
 * in the capitalised words right before it in its sentence, or the name before it and a possessive
 * apostrophe, and is a place, LOC.
 */
export function joinPlaceHeads(text: string, names: readonly NameMention[]): NameMention[] {
  const output: NameMention[] = [];
  for (const name of names) {
    const surface = text.slice(name.start, name.end);
    if (name.type === 'PERSON' || !/^\p{Lu}\p{Ll}+$/u.test(surface) || !isPlaceHead(surface)) {
      output.push(name);
      continue;
    }
    const previous = output[output.length - 1];
    const between = previous === undefined ? '' : text.slice(previous.end, name.start);
    if (
      previous !== undefined &&
      /^['’] $/u.test(between) &&
      /s$/u.test(text.slice(previous.start, previous.end))
    ) {
      output[output.length - 1] = { start: previous.start, end: name.end, type: 'LOC' };
      continue;
    }
    const before = /(?<=[\p{Ll},;:] )(?:\p{Lu}\p{Ll}+ ){1,3}$/u.exec(
      text.slice(Math.max(previous?.end ?? 0, name.start - 40), name.start),
    );
    if (before === null) {
      output.push(name);
      continue;
    }
    output.push({ start: name.start - before[0].length, end: name.end, type: 'LOC' });
  }
  return output;
}
