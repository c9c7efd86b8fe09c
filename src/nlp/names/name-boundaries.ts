import type { Segments, Token } from '../../model/index.js';
import { isFirstName } from '../coref/first-name-gender.js';
import { hasLemma, lemmaOf } from '../events/wordnet.js';
import { gazetteerEntry, honorific, roleNoun } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';
import { tokenAt } from './token-index.js';
import { isPersonWord } from './word-senses.js';

/**
 * Where a person's name begins and ends, when the recogniser's tokens hide it (boundaries only; the
 * type of a name is left to the other steps):
 * 1. a given name that is also a common word ("Will", "Mark", "Grant", "Hope") before a surname the
 *    recogniser took alone ("Will Drayton Wins Seat" → "Drayton") joins it, as do the words after
 *    an initial and a given name ("W. Mark Felt", read as "W. Mark");
 * 2. a romanised given name written with a hyphen ("Ban Ki-moon", "Moon Jae-in": the segmenter
 *    splits the hyphen and the lower-case syllable after it hides the name) is a person's name, and
 *    that given name alone ("Ki-moon") is the same person's once the whole name is in the text;
 * 3. a person's name never runs on over a lower-case preposition ("Kim Jong-un in Seoul"); a
 *    known place after it is kept as a place;
 * 4. a given name alone that the tagger missed is a name when an age follows it ("Will, 41, said")
 *    or, when the article names a person with it, a reporting verb follows it ("Will said").
 * Evidence is the capitalisation, the first-name lists of src/nlp/coref/first-name-gender.ts and
 * WordNet; never a list of particular people.
 */

const WORD = /^\p{Lu}\p{Ll}+$/u;
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const SYLLABLE_HEAD = /^\p{Lu}\p{Ll}{0,3}$/u;
const SYLLABLE_TAIL = /^\p{Ll}{2,4}$/u;
const FUNCTION_POS: ReadonlySet<string> = new Set([
  'DET',
  'ADP',
  'PRON',
  'CCONJ',
  'SCONJ',
  'AUX',
  'PART',
  'NUM',
]);
/** Closed classes a given name is never tagged with ("Will" may be tagged AUX, "The" never is a name). */
const CLOSED_CLASS: ReadonlySet<string> = new Set(['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'NUM']);
const AGE = /^\d{1,3}$/u;
const PERSON_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'from', 'to', 'with', 'after']);
/** Forms of address before a name that first-name lists also hold. */
const ADDRESS = /^(?:Saint|Santa|San|Mister|Master|Madam)$/u;
const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

function surface(text: string, token: Token | undefined): string {
  return token === undefined ? '' : text.slice(token.start, token.end);
}

/** Same sentence: no sentence boundary between two tokens, read from the text between them. */
function adjacent(text: string, left: Token, right: Token): boolean {
  return right.start - left.end === 1 && text.charCodeAt(left.end) === 32;
}

const givenNames = new Map<string, boolean>();

/**
 * A capitalised word that may be a given name: on a first-name list, not a calendar word, form of
 * address, title, role, a word whose first WordNet sense is a person ("General", "Captain") or a
 * name the gazetteer knows ("Israel", "Paris" are read as places).
 */
function givenName(word: string): boolean {
  const known = givenNames.get(word);
  if (known !== undefined) return known;
  // a pure function of the word, asked for every capitalised word of every text: remembered
  if (givenNames.size >= 50_000) givenNames.clear();
  const found = isGivenName(word);
  givenNames.set(word, found);
  return found;
}

function isGivenName(word: string): boolean {
  return (
    WORD.test(word) &&
    !CALENDAR.test(word) &&
    isFirstName(word) &&
    !ADDRESS.test(word) &&
    gazetteerEntry(word) === undefined &&
    honorific(word) === undefined &&
    roleNoun(word.toLowerCase()) === undefined &&
    !isPersonWord(word.toLowerCase())
  );
}

/**
 * An inflected verb form ("Said", "Checks", "Given"): such a word before a name is a verb, not a
 * given name (nor is a word tagged VERB there: "Meet Miley Cyrus").
 */
function inflectedVerb(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/(?:s|ed|id|en|ing)$/u.test(lower)) return false;
  const lemma = lemmaOf(lower, 'verb');
  return lemma !== null && lemma !== lower;
}

function overlapping(names: readonly NameMention[], start: number, end: number): NameMention[] {
  return names.filter((name) => name.start < end && name.end > start);
}

function replace(names: NameMention[], start: number, end: number, added: NameMention[]): NameMention[] {
  return [...names.filter((name) => !(name.start < end && name.end > start)), ...added].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
}

/** 3: a person's name cut before a lower-case preposition; a known place after it is a place. */
function cutAtPrepositions(text: string, names: readonly NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  for (const name of names) {
    if (name.type !== 'PERSON') {
      out.push(name);
      continue;
    }
    const value = text.slice(name.start, name.end);
    const match = / (\p{Ll}+) /u.exec(value);
    if (match === null || !PERSON_PREPOSITIONS.has(match[1]!)) {
      out.push(name);
      continue;
    }
    const cut = name.start + match.index;
    out.push({ start: name.start, end: cut, type: 'PERSON' });
    const restStart = cut + match[0].length;
    const rest = text.slice(restStart, name.end);
    const place = gazetteerEntry(rest);
    if (place !== undefined && place.type === 'LOC')
      out.push(
        place.subtype === undefined
          ? { start: restStart, end: name.end, type: 'LOC' }
          : { start: restStart, end: name.end, type: 'LOC', subtype: place.subtype },
      );
  }
  return out;
}

/** Whether a lower-case hyphenated word is an English word ("co-op", "e-mail"), by WordNet. */
function englishCompound(word: string): boolean {
  const lower = word.toLowerCase();
  return hasLemma(lower, 'noun') || hasLemma(lower, 'verb') || hasLemma(lower, 'adj');
}

/** 2: "Ban Ki-moon", and later "Ki-moon" alone. */
function joinHyphenatedGivenNames(
  text: string,
  tokens: readonly Token[],
  input: NameMention[],
): NameMention[] {
  let names = input;
  const given = new Set<string>();
  const single: [number, number][] = [];
  for (let index = 1; index + 2 < tokens.length; index += 1) {
    const head = tokens[index]!;
    const hyphen = tokens[index + 1]!;
    const tail = tokens[index + 2]!;
    if (surface(text, hyphen) !== '-' || hyphen.start !== head.end || tail.start !== hyphen.end) continue;
    if (!SYLLABLE_HEAD.test(surface(text, head)) || !SYLLABLE_TAIL.test(surface(text, tail))) continue;
    if (/^[\p{L}-]/u.test(text.slice(tail.end, tail.end + 1))) continue;
    const compound = text.slice(head.start, tail.end);
    if (englishCompound(compound)) continue;
    const family = tokens[index - 1]!;
    const familyWord = surface(text, family);
    if (
      !WORD.test(familyWord) ||
      !adjacent(text, family, head) ||
      familyWord.length > 6 ||
      FUNCTION_POS.has(family.pos) ||
      honorific(familyWord) !== undefined ||
      roleNoun(familyWord.toLowerCase()) !== undefined
    ) {
      single.push([head.start, tail.end]);
      continue;
    }
    const start = family.start;
    const end = tail.end;
    const covering = overlapping(names, start, end);
    if (covering.some((name) => name.type === 'PERSON' && name.start <= start && name.end >= end)) {
      given.add(compound);
      continue;
    }
    if (covering.some((name) => name.type !== 'PERSON' && (name.start < start || name.end > end))) continue;
    if (covering.some((name) => name.start < start || name.end > end)) continue;
    names = replace(names, start, end, [{ start, end, type: 'PERSON' }]);
    given.add(compound);
  }
  for (const [start, end] of single) {
    if (!given.has(text.slice(start, end)) || overlapping(names, start, end).length > 0) continue;
    names = replace(names, start, end, [{ start, end, type: 'PERSON' }]);
  }
  return names;
}

/** 1: a given name before a surname taken alone; the surname after an initial and a given name. */
function joinGivenNames(text: string, tokens: readonly Token[], input: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  const taken = new Set<number>(); // starts of names folded into the one before them
  for (let at = 0; at < input.length; at += 1) {
    const name = input[at]!;
    if (taken.has(name.start)) continue;
    if (name.type !== 'PERSON') {
      out.push(name);
      continue;
    }
    let { start, end } = name;
    const first = tokenAt(tokens, start);
    const before = tokens[first - 1];
    const previous = out[out.length - 1];
    if (
      before !== undefined &&
      (previous === undefined || previous.end <= before.start) &&
      adjacent(text, before, tokens[first]!) &&
      givenName(surface(text, before)) &&
      !CLOSED_CLASS.has(before.pos) &&
      before.pos !== 'VERB' &&
      !/[\p{L}\p{N}-]/u.test(text.charAt(before.start - 1)) &&
      !inflectedVerb(surface(text, before)) &&
      !WORD.test(surface(text, tokens[first - 2])) &&
      !INITIALS.test(surface(text, tokens[first - 2]))
    )
      start = before.start;
    // "W. Mark" + "Felt": an initial and a given name, then a capitalised word
    const last = tokenAt(tokens, end - 1);
    const words = text.slice(start, end).split(' ');
    const after = tokens[last + 1];
    if (
      words.length >= 2 &&
      words.slice(0, -1).every((word) => INITIALS.test(word)) &&
      givenName(words[words.length - 1]!) &&
      after !== undefined &&
      adjacent(text, tokens[last]!, after) &&
      WORD.test(surface(text, after)) &&
      !CALENDAR.test(surface(text, after)) &&
      !inflectedVerb(surface(text, after))
    ) {
      const next = input[at + 1];
      if (next === undefined || next.start > after.start) end = after.end;
      else if (next.type === 'PERSON' && next.start === after.start) {
        end = next.end;
        taken.add(next.start);
      }
    }
    out.push(start === name.start && end === name.end ? name : { start, end, type: 'PERSON' });
  }
  return out;
}

/** 4: "Will, 41, said"; "Will said" when the article names a Will. */
function addLoneGivenNames(text: string, tokens: readonly Token[], input: NameMention[]): NameMention[] {
  let names = input;
  const givenOfPeople = new Set<string>();
  for (const name of input) {
    if (name.type !== 'PERSON') continue;
    const words = text.slice(name.start, name.end).split(' ');
    if (words.length >= 2) givenOfPeople.add(words[0]!);
  }
  for (let index = 0; index + 1 < tokens.length; index += 1) {
    const token = tokens[index]!;
    // a given name opens with a capital: other words are passed over before their text is taken
    const initial = text.charCodeAt(token.start);
    if (initial < 0x80 && (initial < 65 || initial > 90)) continue;
    const word = surface(text, token);
    if (!givenName(word) || CLOSED_CLASS.has(token.pos)) continue;
    if (WORD.test(surface(text, tokens[index - 1])) && adjacent(text, tokens[index - 1]!, token)) continue;
    const next = tokens[index + 1]!;
    const age =
      surface(text, next) === ',' &&
      AGE.test(surface(text, tokens[index + 2])) &&
      surface(text, tokens[index + 3]) === ',';
    const reports =
      givenOfPeople.has(word) &&
      adjacent(text, token, next) &&
      next.pos === 'VERB' &&
      inflectedVerb(surface(text, next));
    if (!age && !reports) continue;
    if (overlapping(names, token.start, token.end).length > 0) continue;
    names = replace(names, token.start, token.end, [{ start: token.start, end: token.end, type: 'PERSON' }]);
  }
  return names;
}

export function fixNameBoundaries(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const tokens = segments.tokens;
  if (tokens.length === 0) return [...names];
  const cut = cutAtPrepositions(text, names);
  const hyphenated = joinHyphenatedGivenNames(text, tokens, cut);
  const joined = joinGivenNames(text, tokens, hyphenated);
  return addLoneGivenNames(text, tokens, joined);
}
