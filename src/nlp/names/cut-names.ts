import { gazetteerEntry, isNationalityOrGroup, lookupPlace, organisation } from '../lexicon/index.js';
import { isCommonWord, isLinkedHead } from './linked-names.js';
import type { NameMention } from './name-mention.js';

/**
 * Names the recogniser cut in two, joined again on evidence in the text itself:
 * - an acronym in brackets right after the words it abbreviates ("Customs and Border Protection
 *   (CBP)") spans the whole name, whatever the recogniser did at "and" or "of";
 * - a hyphen joining a person's surname to a capitalised word ("Ana Reyes-Holm") makes one surname;
 * - a place before a newspaper's masthead noun ("Tolvik Herald") is the paper, not the place.
 */

/** Words the initials of an abbreviated name skip ("Bureau of Land Management (BLM)"). */
const SKIPPED_WORDS: ReadonlySet<string> = new Set([
  'of',
  'and',
  'the',
  'for',
  'on',
  'in',
  '&',
  'de',
  'du',
  'des',
]);

/** An acronym: two to seven letters, capitals but for a skipped word's letter ("DoD"). */
const ACRONYM = /^[A-Z](?:[A-Za-z&]){1,6}$/u;

/** At most this many words before the bracket are read for the acronym's letters. */
const MAX_NAME_WORDS = 12;

interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 0xa0;
}

/** The words before `end` on the same line, nearest first, stopping at punctuation that ends a name. */
function wordsBefore(text: string, end: number, limit: number): Word[] {
  const words: Word[] = [];
  let position = end;
  while (words.length < limit && position > 0) {
    const wordEnd = position;
    let wordStart = wordEnd;
    while (wordStart > 0) {
      const code = text.charCodeAt(wordStart - 1);
      if (isSpaceCode(code) || code === 10 || code === 13) break;
      wordStart -= 1;
    }
    if (wordStart === wordEnd) break;
    const word = text.slice(wordStart, wordEnd);
    // "said the Bureau", "chief, Bureau": a comma, quotation mark or bracket ends the name
    if (/[,;:()"“”[\]]/u.test(word)) break;
    words.push({ start: wordStart, end: wordEnd, text: word });
    if (wordStart === 0 || !isSpaceCode(text.charCodeAt(wordStart - 1))) break;
    position = wordStart - 1;
  }
  return words;
}

/**
 * Where the name abbreviated by `acronym` starts among `words` (nearest first): every letter of the
 * acronym, read backwards, is the initial of a capitalised word, in order; skipped words ("of",
 * "and") may stand between them, or give a lower-case letter ("DoD"). -1 when the words do not fit.
 */
function abbreviatedStart(acronym: string, words: readonly Word[]): number {
  let letter = acronym.length - 1;
  let start = -1;
  for (const word of words) {
    if (letter < 0) break;
    const wanted = acronym[letter] as string;
    if (SKIPPED_WORDS.has(word.text)) {
      if (wanted === '&' && word.text === '&') letter -= 1;
      else if (wanted !== wanted.toUpperCase() && word.text.startsWith(wanted)) letter -= 1;
      continue;
    }
    const first = word.text.charAt(0);
    if (first.toUpperCase() !== first || first.toLowerCase() === first) return -1;
    if (first !== wanted.toUpperCase()) return -1;
    letter -= 1;
    start = word.start;
  }
  return letter < 0 ? start : -1;
}

/**
 * "U.S. Customs and Border Protection (CBP)" was cut at "and" into "U.S. Customs" and "Border
 * Protection": an acronym in brackets right after a name, whose letters are the initials of the
 * capitalised words before it, makes one name of the names those words hold (and of the words
 * between them). The joined name and the acronym take the lexicon's type when the lexicon knows the
 * name, and ORG otherwise (the parts' types are the cut's guesses: "Democratic Forces" as MISC). Nothing is added where the
 * recogniser found no name: "Gross Domestic Product (GDP)" is no entity.
 */
export function joinNamesBeforeAcronyms(text: string, names: readonly NameMention[]): NameMention[] {
  let output: NameMention[] | undefined;
  for (let index = 1; index < names.length; index += 1) {
    const acronym = names[index] as NameMention;
    const surface = text.slice(acronym.start, acronym.end);
    if (!ACRONYM.test(surface) || surface.replace(/[^A-Z]/gu, '').length < 2) continue;
    if (text.charCodeAt(acronym.start - 1) !== 40 || text.charCodeAt(acronym.end) !== 41) continue;
    let nameEnd = acronym.start - 1;
    while (nameEnd > 0 && isSpaceCode(text.charCodeAt(nameEnd - 1))) nameEnd -= 1;
    if (nameEnd === acronym.start - 1) continue;
    const start = abbreviatedStart(surface, wordsBefore(text, nameEnd, MAX_NAME_WORDS));
    if (start < 0) continue;
    // the names the abbreviated words hold, nearest first
    let first = index;
    while (first > 0 && (names[first - 1] as NameMention).end > start) first -= 1;
    if (first === index) continue;
    const parts = names.slice(first, index);
    const last = parts[parts.length - 1] as NameMention;
    if (last.end !== nameEnd) continue;
    const joinedStart = Math.min(start, (parts[0] as NameMention).start);
    if (parts.length === 1 && (parts[0] as NameMention).start <= start) continue;
    const joined = text.slice(joinedStart, nameEnd);
    const type = gazetteerEntry(joined.replace(/^the /iu, ''))?.type ?? 'ORG';
    output ??= names.slice();
    // the acronym is the joined name's, whatever the recogniser made of it ("Sport (CAS" as LOC)
    output[index] = { start: acronym.start, end: acronym.end, type };
    output.splice(first, parts.length, { start: joinedStart, end: nameEnd, type });
    return joinRepeatsOfJoinedName(
      text,
      joinNamesBeforeAcronyms(text, output),
      text.slice(start, nameEnd),
      type,
    );
  }
  return output ?? (names as NameMention[]);
}

/**
 * "the Commission for Tolvik and the Islands said …; the Commission for Tolvik and the Islands
 * (CTI)": once the acronym shows where the name ends, its other occurrences that the recogniser
 * cut the same way ("Commission for Tolvik" + "the Islands") are joined too.
 */
function joinRepeatsOfJoinedName(
  text: string,
  names: NameMention[],
  surface: string,
  type: NameMention['type'],
): NameMention[] {
  let output = names;
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
    const end = at + surface.length;
    // whole words only
    if (at > 0 && /[\p{L}\p{N}]/u.test(text.charAt(at - 1))) continue;
    if (/[\p{L}\p{N}]/u.test(text.charAt(end))) continue;
    let first = 0;
    while (first < output.length && (output[first] as NameMention).end <= at) first += 1;
    let last = first;
    while (last < output.length && (output[last] as NameMention).start < end) last += 1;
    if (last === first) continue;
    const parts = output.slice(first, last);
    const start = Math.min(at, (parts[0] as NameMention).start);
    // only names inside the occurrence (an article before it may belong to the first)
    if ((parts[parts.length - 1] as NameMention).end > end) continue;
    if (parts.length === 1 && (parts[0] as NameMention).start <= at) continue;
    if (output === names) output = names.slice();
    output.splice(first, parts.length, { start, end, type });
  }
  return output;
}

function isUpperLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
}

function isLowerLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7);
}

/** The end of the capitalised word at `start` ("Silk" of "Silk said"), or -1. */
function capitalisedWordEnd(text: string, start: number): number {
  if (!isUpperLetter(text.charCodeAt(start))) return -1;
  let end = start + 1;
  while (end < text.length && (isLowerLetter(text.charCodeAt(end)) || text.charCodeAt(end) === 39)) end += 1;
  return end - start >= 2 ? end : -1;
}

/**
 * "Robert Kilroy-Silk" was read as "Robert Kilroy" and a name "Silk" of its own: a PERSON name of two
 * words or more ending right before a hyphen and one capitalised word (a name or no name) takes that
 * word in as the rest of the surname. Not when the word is a place the lexicon knows ("the Ada
 * Lind-Paris flight"), opens a longer name ("Ada Lind-Tom Marsh"), or is elsewhere a name of its own
 * ("the Lind-Marsh debate" pairs two people, each also named alone). The hyphenated surname used
 * alone and typed otherwise ("Reyes-Holm's year" as MISC) then becomes the person's too.
 */
export function joinHyphenatedSurnames(text: string, names: readonly NameMention[]): NameMention[] {
  const output: NameMention[] = [];
  let standalone: Set<string> | undefined;
  for (let index = 0; index < names.length; index += 1) {
    const name = names[index] as NameMention;
    const hyphen = text.charCodeAt(name.end);
    if (
      name.type !== 'PERSON' ||
      !(hyphen === 45 || hyphen === 0x2010 || hyphen === 0x2011) ||
      !text.slice(name.start, name.end).includes(' ')
    ) {
      output.push(name);
      continue;
    }
    const wordEnd = capitalisedWordEnd(text, name.end + 1);
    const next = names[index + 1];
    const nextIsWord = next !== undefined && next.start === name.end + 1;
    const after = text.charCodeAt(wordEnd);
    if (
      wordEnd < 0 ||
      (next !== undefined && next.start < wordEnd && !(nextIsWord && next.end === wordEnd)) ||
      after === 45 ||
      after === 0x2010 ||
      after === 0x2011 ||
      isUpperLetter(after) ||
      isLowerLetter(after)
    ) {
      output.push(name);
      continue;
    }
    const word = text.slice(name.end + 1, wordEnd);
    if (gazetteerEntry(word) !== undefined || lookupPlace(word) !== undefined) {
      output.push(name);
      continue;
    }
    standalone ??= standaloneNames(text, names);
    if (standalone.has(word)) {
      output.push(name);
      continue;
    }
    output.push({ start: name.start, end: wordEnd, type: 'PERSON' });
    if (nextIsWord) index += 1;
  }
  return typeHyphenatedSurnamesAlone(text, output);
}

/** A hyphenated surname of capitalised parts: "Reyes-Holm". */
const HYPHENATED_SURNAME = /^\p{Lu}\p{Ll}+[-‐‑]\p{Lu}\p{Ll}+$/u;

/**
 * "Justine Reyes-Holm … Reyes-Holm's year": the hyphenated surname of a person named in full, used
 * alone and typed otherwise (MISC, ORG), is the person's.
 */
function typeHyphenatedSurnamesAlone(text: string, names: NameMention[]): NameMention[] {
  let surnames: Set<string> | undefined;
  for (const name of names) {
    if (name.type !== 'PERSON') continue;
    const surface = text.slice(name.start, name.end);
    const space = surface.lastIndexOf(' ');
    if (space < 0) continue;
    const last = surface.slice(space + 1);
    if (HYPHENATED_SURNAME.test(last)) (surnames ??= new Set()).add(last);
  }
  if (surnames === undefined) return names;
  const found = surnames;
  return names.map((name) =>
    name.type !== 'PERSON' && found.has(text.slice(name.start, name.end))
      ? { start: name.start, end: name.end, type: 'PERSON' }
      : name,
  );
}

/** One-word names not joined to another word by a hyphen ("Silk said" but not "Kilroy-Silk"). */
function standaloneNames(text: string, names: readonly NameMention[]): Set<string> {
  const found = new Set<string>();
  for (const name of names) {
    const before = text.charCodeAt(name.start - 1);
    const after = text.charCodeAt(name.end);
    if (before === 45 || before === 0x2010 || after === 45 || after === 0x2010) continue;
    found.add(text.slice(name.start, name.end));
  }
  return found;
}

/**
 * Masthead nouns that, after a place's name, make the name a newspaper's ("Tolvik Herald", "the
 * Marren Post"). Narrower than the outlet nouns of src/ingest: "News", "Radio", "Today" or
 * "Review" after a place are as often a programme, a station or a heading as a paper.
 */
const MASTHEAD_NOUNS: ReadonlySet<string> = new Set([
  'Times',
  'Post',
  'Tribune',
  'Globe',
  'Herald',
  'Gazette',
  'Journal',
  'Chronicle',
  'Courier',
  'Examiner',
  'Inquirer',
  'Enquirer',
  'Register',
  'Telegraph',
  'Observer',
  'Sentinel',
  'Dispatch',
  'Bulletin',
]);

/**
 * "the Marren Herald reported": the recogniser took the place and left the masthead noun out (or
 * made it a name of its own). A LOC name followed, one space apart, by a masthead noun that is no
 * part of another name, or is a one-word name of its own, and by no further capitalised word ("the
 * Marren Post Office"), is the newspaper: one ORG name.
 */
export function joinPlacesBeforeMastheads(text: string, names: readonly NameMention[]): NameMention[] {
  const output: NameMention[] = [];
  for (let index = 0; index < names.length; index += 1) {
    const name = names[index] as NameMention;
    if (name.type !== 'LOC' || text.charCodeAt(name.end) !== 32) {
      output.push(name);
      continue;
    }
    const wordEnd = capitalisedWordEnd(text, name.end + 1);
    if (wordEnd < 0 || !MASTHEAD_NOUNS.has(text.slice(name.end + 1, wordEnd))) {
      output.push(name);
      continue;
    }
    const next = names[index + 1];
    const nextIsWord = next !== undefined && next.start === name.end + 1 && next.end === wordEnd;
    if (next !== undefined && next.start < wordEnd && !nextIsWord) {
      output.push(name);
      continue;
    }
    // "the Marren Post Office", "Marren Times Square": the noun opens a longer name
    const after = text.charCodeAt(wordEnd);
    if (isLowerLetter(after) || (after === 32 && capitalisedWordEnd(text, wordEnd + 1) >= 0)) {
      output.push(name);
      continue;
    }
    output.push({ start: name.start, end: wordEnd, type: 'ORG' });
    if (nextIsWord) index += 1;
  }
  return output;
}

/** A name's last word that is a middle initial: " E." of "Loretta E.". */
const FINAL_INITIAL = / \p{Lu}\.$/u;
/** One capitalised word: "Lynch", "O'Neill", "McEwen-King". */
const ONE_WORD_NAME = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;

/**
 * "Attorney General Loretta E. Lynch" was read as "General Loretta E." and "Lynch": a name of two
 * words or more ending in a middle initial, one space before a one-word name (or a PERSON name),
 * is one PERSON name with it. "the U.S. Senate" keeps apart: "U.S." is no word and an initial.
 */
export function joinNamesCutAtInitials(text: string, names: readonly NameMention[]): NameMention[] {
  let output: NameMention[] | undefined;
  for (let index = 0; index < names.length; index += 1) {
    const name = names[index] as NameMention;
    const next = names[index + 1];
    if (
      next !== undefined &&
      next.start === name.end + 1 &&
      text.charCodeAt(name.end) === 32 &&
      FINAL_INITIAL.test(text.slice(name.start, name.end)) &&
      (next.type === 'PERSON' || ONE_WORD_NAME.test(text.slice(next.start, next.end))) &&
      (name.type === 'PERSON' || next.type === 'PERSON' || name.type === 'ORG' || name.type === 'MISC')
    ) {
      output ??= names.slice(0, index);
      output.push({ start: name.start, end: next.end, type: 'PERSON' });
      index += 1;
      continue;
    }
    output?.push(name);
  }
  return output ?? names.slice();
}

/** At most this many capitalised words after "and" ("Flora Preservation Trust International"). */
const MAX_WORDS_AFTER_AND = 4;

/** A capitalised word of a name after "and": "Flora", "American". */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * "Fauna and Flora International" was cut at "and" into "Fauna" and "Flora" (or "Flora
 * International"): a name of capitalised common words (WordNet nouns or adjectives, no known name,
 * no person), " and ", then capitalised common words or demonyms ending in an organisation's head
 * ("International", "Council", "Network": a listed head or a noun whose first sense is a group) is
 * one ORG name, unless the part after "and" is a known organisation itself ("Tesco and Amnesty
 * International" stays two) or runs on into more capitalised words.
 */
export function joinOrganisationsAcrossAnd(text: string, names: readonly NameMention[]): NameMention[] {
  let output: NameMention[] | undefined;
  for (let index = 0; index < names.length; index += 1) {
    const name = names[index] as NameMention;
    const joined = name.type === 'PERSON' ? -1 : organisationAfterAnd(text, name);
    if (joined < 0) {
      output?.push(name);
      continue;
    }
    let last = index;
    while (last + 1 < names.length && (names[last + 1] as NameMention).start < joined) last += 1;
    if (
      (names[last] as NameMention).end > joined ||
      names.slice(index + 1, last + 1).some((n) => n.type === 'PERSON')
    ) {
      output?.push(name);
      continue;
    }
    output ??= names.slice(0, index);
    output.push({ start: name.start, end: joined, type: 'ORG' });
    index = last;
  }
  return output ?? names.slice();
}

/** Where the organisation that `name` opens ends, across " and ", or -1. */
function organisationAfterAnd(text: string, name: NameMention): number {
  if (text.slice(name.end, name.end + 5) !== ' and ') return -1;
  const left = text.slice(name.start, name.end).replace(/^the /iu, '');
  const leftWords = left.split(' ');
  if (leftWords.length > 3 || !leftWords.every((word) => CAPITALISED_WORD.test(word) && isCommonWord(word)))
    return -1;
  if (
    gazetteerEntry(left) !== undefined ||
    organisation(left) !== undefined ||
    lookupPlace(left) !== undefined
  )
    return -1;
  // "British Bankers Association and Building Societies Association": the left is a whole body
  if (isLinkedHead(leftWords[leftWords.length - 1] as string)) return -1;
  const words: string[] = [];
  let position = name.end + 5;
  let end = -1;
  while (words.length < MAX_WORDS_AFTER_AND) {
    const wordEnd = capitalisedWordEnd(text, position);
    if (wordEnd < 0) break;
    const word = text.slice(position, wordEnd);
    if (!CAPITALISED_WORD.test(word) || !(isCommonWord(word) || isNationalityOrGroup(word))) return -1;
    words.push(word);
    end = wordEnd;
    if (text.charCodeAt(wordEnd) !== 32) break;
    position = wordEnd + 1;
  }
  // "the House and Senate": two bodies; "Fauna and Flora International": one
  if (words.length < 2 || end < 0) return -1;
  // runs on: "Fauna and Flora International Director Ada Lind"
  if (text.charCodeAt(end) === 32 && capitalisedWordEnd(text, end + 1) >= 0) return -1;
  if (words.length === MAX_WORDS_AFTER_AND && text.charCodeAt(end) === 32) return -1;
  const head = words[words.length - 1] as string;
  if (!isLinkedHead(head)) return -1;
  const right = words.join(' ');
  if (organisation(right) !== undefined || gazetteerEntry(right) !== undefined) return -1;
  return end;
}

/**
 * "told The Post", "the Marren Examiner said": a name that is an article or a known place before a
 * masthead noun, and nothing else, is the newspaper (ORG), whatever type it was given ("Post" read
 * as a facility, the place's type kept for the whole). A masthead noun alone ("Post") is left.
 */
export function typeMastheadNames(text: string, names: readonly NameMention[]): NameMention[] {
  let output: NameMention[] | undefined;
  for (let index = 0; index < names.length; index += 1) {
    const name = names[index] as NameMention;
    if (name.type !== 'ORG' && isMastheadName(text.slice(name.start, name.end))) {
      output ??= names.slice(0, index);
      output.push({ start: name.start, end: name.end, type: 'ORG' });
      continue;
    }
    output?.push(name);
  }
  return output ?? names.slice();
}

function isMastheadName(surface: string): boolean {
  const space = surface.lastIndexOf(' ');
  if (space < 0 || !MASTHEAD_NOUNS.has(surface.slice(space + 1))) return false;
  const before = surface.slice(0, space);
  if (before === 'The' || before === 'the') return true;
  const place = before.startsWith('the ') || before.startsWith('The ') ? before.slice(4) : before;
  return lookupPlace(place) !== undefined;
}

/** An acronym in brackets: "(RFID)", "(PVRs)". */
const BRACKETED_ACRONYM = /\(([A-Z]{2,7})s?\)/gu;
/** A lower-case word, hyphened parts allowed: "radio", "ultra-wideband". */
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/**
 * Does the lower-case run of `words` (nearest first) spell `acronym`: a word whose initial is the
 * acronym's first letter opens the run, every word from it to the bracket is lower-case, the run's
 * letters hold the acronym's letters in order, and at least half of them are initials of its words
 * or hyphened parts ("radio frequency identification (RFID)", "ultra-wideband technology (UWB)";
 * not "football federation (KNVB)", "buy it (ACC)").
 */
function spellsInLowerCase(acronym: string, words: readonly Word[]): boolean {
  const letters = acronym.toLowerCase();
  for (let count = 1; count <= words.length && count <= letters.length + 2; count += 1) {
    const run = words.slice(0, count).reverse();
    // a sentence's first word may be capitalised: "Radio frequency identification (RFID) …"
    const previous = words[count];
    const opensSentence = previous === undefined || /[.!?]$/u.test(previous.text);
    const lower = run.map((word, index) =>
      index === 0 && opensSentence ? word.text.charAt(0).toLowerCase() + word.text.slice(1) : word.text,
    );
    if (!lower.every((word) => LOWER_WORD.test(word))) return false;
    if ((lower[0] as string).charAt(0) !== letters.charAt(0)) continue;
    const parts = lower.flatMap((word) => word.split('-').filter((part) => part !== ''));
    if (parts.length < 2 && letters.length > 2) continue;
    let next = 0;
    let initials = 0;
    for (const part of parts) {
      for (let index = 0; index < part.length && next < letters.length; index += 1) {
        if (part.charAt(index) !== letters.charAt(next)) continue;
        if (index === 0) initials += 1;
        next += 1;
      }
    }
    if (next === letters.length && initials * 2 >= letters.length) return true;
  }
  return false;
}

/**
 * Acronyms the text spells out in lower case are common nouns, no names: "radio frequency
 * identification (RFID) tags", "a personal video recorder (PVR)" — the recogniser typed "RFID" ORG
 * at every mention. An ORG or MISC name whose words are such an acronym (its plural too: "PVRs")
 * is dropped wherever it stands, unless the lexicon knows it as an organisation.
 */
export function dropAcronymsSpelledInLowerCase(text: string, names: readonly NameMention[]): NameMention[] {
  let spelled: Set<string> | null = null;
  for (const match of text.matchAll(BRACKETED_ACRONYM)) {
    const acronym = match[1] as string;
    if (organisation(acronym) !== undefined) continue;
    let end = match.index;
    while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end -= 1;
    if (end === match.index) continue;
    if (spellsInLowerCase(acronym, wordsBefore(text, end, acronym.length + 2)))
      (spelled ??= new Set()).add(acronym);
  }
  if (spelled === null) return names.slice();
  const found = spelled;
  return names.filter((name) => {
    if (name.type !== 'ORG' && name.type !== 'MISC') return true;
    return !found.has(text.slice(name.start, name.end).replace(/s$/u, ''));
  });
}
