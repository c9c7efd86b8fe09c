import type { Segments, Token } from '../../model/index.js';
import { isFirstName } from '../coref/first-name-gender.js';
import { lexicographerFileOf, NOUN_PERSON, NOUN_TIME, synsetsOf } from '../events/wordnet.js';
import { lookupPlace } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';
import { tokenAt } from './token-index.js';

/**
 * Last words of the names of contests and competitions: "the Grey Cup", "the Super Bowl", "the
 * Bob Hope Classic", "the All-Star Game", "the Winter Olympics". Such a name is an event (MISC).
 */
const EVENT_HEAD =
  /^(?:Cup|Cups|Bowl|Classic|Game|Games|Olympics|Championship|Championships|Tournament|Trophy|Grand Prix|Prix|Series|Invitational|Festival|Marathon|Test|Tests|Show|Expo|Summit|Awards)$/u;

/**
 * Holidays and contests are events, not organisations or places: a name whose every WordNet noun
 * sense is a time ("Christmas", "Christmas Day", "Thanksgiving") or that ends in a contest word
 * ("Cup", "Bowl", "Classic", …) becomes MISC, whatever type the recogniser gave it.
 */
export function typeHolidaysAndContests(text: string, names: readonly NameMention[]): NameMention[] {
  return names.map((name) => {
    if (name.type === 'MISC') return name;
    const words = text.slice(name.start, name.end).replace(/^the /iu, '').split(' ');
    const last = words[words.length - 1] as string;
    const contest = words.length > 1 && EVENT_HEAD.test(last);
    if (contest || isHoliday(words)) return { start: name.start, end: name.end, type: 'MISC' };
    return name;
  });
}

/** WordNet answers by lemma, kept across documents (names repeat; a lookup splits an index line). */
const holidayMemo = new Map<string, boolean>();
const personNounMemo = new Map<string, boolean>();
const MEMO_LIMIT = 50_000;

function remember(memo: Map<string, boolean>, key: string, value: boolean): boolean {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

function isHoliday(words: readonly string[]): boolean {
  if (words.length > 3 || !words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word))) return false;
  const lemma = words.join('_').toLowerCase();
  const known = holidayMemo.get(lemma);
  if (known !== undefined) return known;
  const senses = synsetsOf(lemma, 'noun');
  return remember(
    holidayMemo,
    lemma,
    senses.length > 0 && senses.every((offset) => lexicographerFileOf(offset, 'noun') === NOUN_TIME),
  );
}

/**
 * "defensive co-ordinator Ana Brandt", "coach Tom Hale": a two- or three-word name right after a
 * lower-case noun that WordNet knows as a person (noun.person), opening with a given name and not
 * a known place, is a person even when the recogniser typed it a place or an organisation.
 */
export function typePeopleAfterPersonNouns(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const { tokens } = segments;
  return names.map((name) => {
    if (name.type !== 'LOC' && name.type !== 'ORG') return name;
    const words = text.slice(name.start, name.end).split(' ');
    if (words.length < 2 || words.length > 3 || !words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word)))
      return name;
    if (!isFirstName(words[0] as string) || lookupPlace(words.join(' ')) !== undefined) return name;
    const before = tokens[tokenAt(tokens, name.start) - 1];
    if (before === undefined || before.end !== name.start - 1) return name;
    const noun = text.slice(before.start, before.end);
    if (!/^\p{Ll}[\p{Ll}-]+$/u.test(noun) || before.pos !== 'NOUN') return name;
    if (!isPersonNoun(noun.replace(/-/gu, ''))) return name;
    return { start: name.start, end: name.end, type: 'PERSON' };
  });
}

function isPersonNoun(word: string): boolean {
  const known = personNounMemo.get(word);
  if (known !== undefined) return known;
  const senses = synsetsOf(word, 'noun');
  return remember(
    personNounMemo,
    word,
    senses.length > 0 && lexicographerFileOf(senses[0] as number, 'noun') === NOUN_PERSON,
  );
}

/** A number of one to three digits after a name, then a lower-case word or the end of a clause. */
const NAME_NUMBER = /^ (\d{1,3})(?= \p{Ll}|[.,;:])/u;
/** A number of one to three digits after a name, then a possessive: "Radio 4's", "Page 9's". */
const POSSESSED_NUMBER = /^ (\d{1,3})['’]s\b/u;
/** The same number after another mention of the same name, not part of a score or a longer number. */
const REPEATED_NUMBER = /^ (\d{1,3})(?![\d\p{L}]|[-–:/.,]\d)/u;

/**
 * "the Super 14 final", "a Harbour 500 race": a competition or product named by a word and a
 * number. The recogniser keeps the word alone ("Super", typed an organisation); the number joins
 * it when a lower-case word follows (or, after "the", the end of a clause), and the whole is MISC.
 * A number that takes a possessive ("Radio 4's phone-in", "Channel 9's drama") is part of the name
 * too (a score or a count is not possessed), and the name keeps its type (a station, a work) unless
 * the same name is joined as MISC before a noun elsewhere. Once
 * a name and its number are joined, every other mention of that name followed by the same number is
 * joined the same way ("on Radio 4.", "Radio 4 said"), as is its short form ("Radio 4" after "Kestrel
 * Radio 4's").
 * Places, people and scores keep their number out ("Denver 105, Dallas 98", "Harbour 352 for 5").
 */
export function joinNameNumbers(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const { tokens } = segments;
  const joined = new Map<string, NameMention['type']>();
  const output = names.map((name, index): NameMention => {
    if (name.type === 'PERSON') return name;
    const surface = text.slice(name.start, name.end).replace(/^the /iu, '');
    if (surface.split(' ').length > 2 || lookupPlace(surface) !== undefined) return name;
    const window = text.slice(name.end, name.end + 8);
    const possessed = POSSESSED_NUMBER.exec(window);
    const after = possessed ?? NAME_NUMBER.exec(window);
    if (after === null) return name;
    const end = name.end + 1 + (after[1] as string).length;
    const next = names[index + 1];
    if (next !== undefined && next.start < end + 1) return name;
    if (possessed !== null) {
      const key = `${surface} ${after[1] as string}`;
      if (joined.get(key) !== 'MISC') joined.set(key, name.type);
      return { start: name.start, end, type: name.type };
    }
    const punctuation = /[.,;:]/u.test(text.charAt(end));
    if (punctuation && !/(?:^|\s)the $/iu.test(text.slice(Math.max(0, name.start - 4), name.start)))
      return name;
    // "Harbour 352 for 5", "Eastport 200 all out": a score, not a name; the word after must be a noun.
    if (!punctuation && !namesAThing(text, tokens[tokenAt(tokens, end + 1)])) return name;
    joined.set(`${surface} ${after[1] as string}`, 'MISC');
    return { start: name.start, end, type: 'MISC' };
  });
  if (joined.size === 0) return output;
  return output.map((name, index): NameMention => {
    if (name.type === 'PERSON') return name;
    // one name, one type: a name joined as MISC before a noun is MISC when possessed too
    const own = joined.get(text.slice(name.start, name.end).replace(/^the /iu, ''));
    if (own !== undefined) return own === name.type ? name : { start: name.start, end: name.end, type: own };
    const after = REPEATED_NUMBER.exec(text.slice(name.end, name.end + 6));
    if (after === null) return name;
    const type = joinedType(
      joined,
      `${text.slice(name.start, name.end).replace(/^the /iu, '')} ${after[1] as string}`,
    );
    if (type === undefined) return name;
    const end = name.end + 1 + (after[1] as string).length;
    const next = output[index + 1];
    if (next !== undefined && next.start < end + 1) return name;
    return { start: name.start, end, type };
  });
}

/** The type of a joined name that is, or ends with, `key` ("Radio 4" after "Kestrel Radio 4's"). */
function joinedType(
  joined: ReadonlyMap<string, NameMention['type']>,
  key: string,
): NameMention['type'] | undefined {
  const exact = joined.get(key);
  if (exact !== undefined) return exact;
  for (const [name, type] of joined) if (name.endsWith(` ${key}`)) return type;
  return undefined;
}

/** WordNet lexicographer files of measures: noun.quantity, noun.time ("20 points", "4 hours"). */
const MEASURE_FILES: ReadonlySet<number> = new Set([23, NOUN_TIME]);

/** "final", "competition": a singular noun or adjective that is not a measure ("points", "miles", "hours"). */
function namesAThing(text: string, token: Token | undefined): boolean {
  if (token === undefined || (token.pos !== 'NOUN' && token.pos !== 'ADJ')) return false;
  const word = text.slice(token.start, token.end).toLowerCase();
  if (token.pos === 'NOUN' && token.lemma !== word) return false;
  const first = synsetsOf(word, 'noun')[0];
  return first === undefined || !MEASURE_FILES.has(lexicographerFileOf(first, 'noun'));
}
