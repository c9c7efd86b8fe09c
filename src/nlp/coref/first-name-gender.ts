import { createRequire } from 'node:module';
import type { Gender } from './lexicon.js';

/**
 * The gender a person's first name usually has, from the name lists of the `gender-detection-from-name`
 * package (English, Italian, Spanish, French, German, Turkish). "Anna Kowalski" → f, "Paul Richards"
 * → m. The English list decides, and only when at most one of the other lists that hold the name
 * says otherwise: "Robin" (female in the English list, male in three others) and "Andrea" stay
 * undefined, since a wrong gender is a hard constraint that would send "he" elsewhere. A name the
 * lists do not hold, or a word that is not a first name ("Kowalski", "Obama"), → undefined.
 * The lists are loaded on first use.
 */

type NameList = ReadonlyMap<string, 'male' | 'female'>;

const OTHER_LANGUAGES = ['it', 'es', 'fr', 'de', 'tr'] as const;

let lists: { readonly english: NameList; readonly others: readonly NameList[] } | null = null;

function nameLists(): { readonly english: NameList; readonly others: readonly NameList[] } {
  if (lists === null) {
    const require = createRequire(import.meta.url);
    const load = (language: string) => require(`gender-detection-from-name/names/${language}.js`) as NameList;
    lists = { english: load('en'), others: OTHER_LANGUAGES.map(load) };
  }
  return lists;
}

/** Only a capitalised word of letters (and inner hyphens: "Eva-Marie") is looked up. */
const FIRST_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

export function firstNameGender(word: string): Gender | undefined {
  if (!FIRST_NAME.test(word)) return undefined;
  const { english, others } = nameLists();
  const key = word.toLowerCase();
  const found = english.get(key);
  if (found === undefined) {
    // "Eva-Marie": the gender of its first part
    const dash = word.indexOf('-');
    return dash > 0 ? firstNameGender(word.slice(0, dash)) : undefined;
  }
  let dissent = 0;
  for (const list of others) {
    const other = list.get(key);
    if (other !== undefined && other !== found) dissent += 1;
  }
  if (dissent > 1) return undefined;
  return found === 'male' ? 'm' : 'f';
}

/** Is the word a first name in any of the lists ("Philippe", "Anna"), whatever its gender? */
export function isFirstName(word: string): boolean {
  if (!FIRST_NAME.test(word)) return false;
  const { english, others } = nameLists();
  const key = word.toLowerCase();
  return english.has(key) || others.some((list) => list.has(key));
}
