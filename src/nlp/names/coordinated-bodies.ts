import { isFirstName } from '../coref/first-name-gender.js';
import {
  lemmaOf,
  lexicographerFileOf,
  NOUN_LOCATION,
  NOUN_PERSON,
  NOUN_TIME,
  synsetsOf,
} from '../events/wordnet.js';
import { gazetteerEntry, isNationalityOrGroup, lookupPlace, organisation } from '../lexicon/index.js';
import { isCommonWord, isLinkedHead } from './linked-names.js';
import type { NameMention } from './name-mention.js';
import { isOrganisationHead } from './organisation-heads.js';

/** At most this many words are taken before the name ("Environment, Food and Rural Affairs"). */
const MAX_WORDS = 6;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
}

/**
 * A capitalised common word that can open or continue a body's name: a WordNet noun or adjective
 * whose first noun sense names no person or place, and no demonym, place, given name or
 * organisation head, and no time ("Trade", "Economic", "Pensions"; not "Jones", "London",
 * "Greek", "Mark", "Bankers", "Association", "September").
 */
function isBodyWord(word: string): boolean {
  if (!CAPITALISED_WORD.test(word) || !isCommonWord(word)) return false;
  if (isNationalityOrGroup(word) || lookupPlace(word) !== undefined || isFirstName(word)) return false;
  // the head of a name of its own: "British Bankers Association and ..."
  if (isOrganisationHead(word)) return false;
  const lower = word.toLowerCase();
  const first = synsetsOf(lemmaOf(lower, 'noun') ?? lower, 'noun')[0];
  if (first === undefined) return true;
  const file = lexicographerFileOf(first, 'noun');
  return file !== NOUN_PERSON && file !== NOUN_LOCATION && file !== NOUN_TIME;
}

/** The letters just before `end`: "September" in "In September, ". */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start -= 1;
  return text.slice(start, end);
}

/**
 * Where a body's name starts when capitalised common words coordinated with it come just before
 * it: "Trade and [Industry]", "Economic and [Social
 * Research Council]". From " and " (or " & ") before `start`, the walk goes back over body words
 * (`isBodyWord`) and single spaces, and stops at the first other word. `start` is kept when no body
 * word precedes the coordinator, when the words taken end a comma-separated list of body words
 * (but "In September, Trade and Industry ..." is taken), or when another
 * name overlaps them ("Marek Holt and Treasury ...").
 */
export function coordinatedBodyStart(text: string, start: number, names: readonly NameMention[]): number {
  let position: number;
  if (text.endsWith(' and ', start)) position = start - 5;
  else if (text.endsWith(' & ', start)) position = start - 3;
  else return start;
  let from = start;
  for (let words = 0; words < MAX_WORDS; words += 1) {
    let wordStart = position;
    while (wordStart > 0 && isLetter(text.charCodeAt(wordStart - 1))) wordStart -= 1;
    if (wordStart === position || !isBodyWord(text.slice(wordStart, position))) break;
    from = wordStart;
    if (text.charCodeAt(wordStart - 1) !== 32) break;
    position = wordStart - 1;
  }
  if (from === start) return start;
  // a longer list ("Health, Education, Labor and Pensions Committee") is left as it was: its
  // comma-separated items are read as names of their own further on
  if (text.endsWith(', ', from) && isBodyWord(wordBefore(text, from - 2))) return start;
  for (const other of names) if (other.start < start && other.end > from) return start;
  return from;
}

/**
 * "Economic and Social Research Council" read as "Social Research Council": an ORG name of
 * capitalised common words ending in an organisation's head ("Council", "Department", a group
 * noun) takes in the body words coordinated with it just before it (`coordinatedBodyStart`), unless
 * it is a known organisation or place by itself ("Tesco and Amnesty International" stays two).
 */
export function joinCoordinatedBodies(text: string, names: readonly NameMention[]): NameMention[] {
  let output: NameMention[] | undefined;
  for (let index = 0; index < names.length; index += 1) {
    const name = names[index] as NameMention;
    const from = name.type === 'ORG' ? joinedStart(text, name, names) : name.start;
    if (from === name.start) {
      output?.push(name);
      continue;
    }
    output ??= names.slice(0, index);
    output.push({ start: from, end: name.end, type: 'ORG' });
  }
  return output ?? names.slice();
}

function joinedStart(text: string, name: NameMention, names: readonly NameMention[]): number {
  if (!text.endsWith(' and ', name.start) && !text.endsWith(' & ', name.start)) return name.start;
  const surface = text.slice(name.start, name.end);
  const words = surface.split(' ');
  if (words.length > 4 || !isLinkedHead(words[words.length - 1] as string)) return name.start;
  if (!words.every((word) => CAPITALISED_WORD.test(word) && isCommonWord(word))) return name.start;
  if (organisation(surface) !== undefined || gazetteerEntry(surface) !== undefined) return name.start;
  return coordinatedBodyStart(text, name.start, names);
}
