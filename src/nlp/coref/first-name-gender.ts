import { type FirstNameGenders, loadFirstNameGenders } from './first-name-table.js';
import type { Gender } from './lexicon.js';

/**
 * The gender a person's first name usually has, from the name lists of the `gender-detection-from-name`
 * package (English, Italian, Spanish, French, German, Turkish). "Anna Kowalski" → f, "Paul Richards"
 * → m. The English list decides, and only when at most one of the other lists that hold the name
 * says otherwise: "Robin" (female in the English list, male in three others) and "Andrea" stay
 * undefined, since a wrong gender is a hard constraint that would send "he" elsewhere. A name the
 * lists do not hold, or a word that is not a first name ("Kowalski", "Obama"), → undefined.
 * The lists are loaded on first use, from the table the build makes of them (first-name-table.ts).
 */

let genders: FirstNameGenders | null = null;

/** The name lists, as the build's table (first-name-table.ts) or read from the package. */
function nameLists(): FirstNameGenders {
  if (genders === null) genders = loadFirstNameGenders();
  return genders;
}

/** "m" or "f" from a list, "." when the list does not hold the name. */
const ABSENT = '.';

/** Only a capitalised word of letters (and inner hyphens: "Eva-Marie") is looked up. */
const FIRST_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * Answers already given, per word (bounded: emptied when full): the coreference and name stages ask
 * for the same capitalised words many times a document, and each answer costs a pattern test, a
 * lower-casing and up to six map look-ups.
 */
const MEMO_LIMIT = 16_384;
const genderMemo = new Map<string, Gender | null>();
const firstNameMemo = new Map<string, boolean>();

export function firstNameGender(word: string): Gender | undefined {
  const known = genderMemo.get(word);
  if (known !== undefined) return known ?? undefined;
  const found = genderOf(word);
  if (genderMemo.size >= MEMO_LIMIT) genderMemo.clear();
  genderMemo.set(word, found ?? null);
  return found;
}

function genderOf(word: string): Gender | undefined {
  if (!FIRST_NAME.test(word)) return undefined;
  const codes = nameLists().codesOf(word.toLowerCase());
  const found = codes?.[0] ?? ABSENT; // the English list
  if (found === ABSENT) {
    // "Eva-Marie": the gender of its first part
    const dash = word.indexOf('-');
    return dash > 0 ? genderOf(word.slice(0, dash)) : undefined;
  }
  let dissent = 0;
  for (let list = 1; list < codes!.length; list += 1) {
    const other = codes![list];
    if (other !== ABSENT && other !== found) dissent += 1;
  }
  if (dissent > 1) return undefined;
  return found === 'm' ? 'm' : 'f';
}

const firmMemo = new Map<string, Gender | null>();

/**
 * The first name's gender only when the lists are firm about it, for a hard constraint on pronouns
 * (coreference): `firstNameGender`'s answer unless another list says otherwise and none of the
 * others agrees with the English one. The lists hold one gender per name, the commoner, with no
 * count, so "Kimani" (female in the English list, male in the French, in no other) or "Casey" is a
 * guess that must not send "he" elsewhere; "Jordan" (male in English and two others, female in
 * French) stays male.
 */
export function firmFirstNameGender(word: string): Gender | undefined {
  const known = firmMemo.get(word);
  if (known !== undefined) return known ?? undefined;
  const found = firmGenderOf(word);
  if (firmMemo.size >= MEMO_LIMIT) firmMemo.clear();
  firmMemo.set(word, found ?? null);
  return found;
}

function firmGenderOf(word: string): Gender | undefined {
  const gender = firstNameGender(word);
  if (gender === undefined) return undefined;
  const codes = nameLists().codesOf(word.toLowerCase());
  // ("Eva-Marie": judged by its first part, as `firstNameGender` does)
  if (codes === undefined || codes[0] === ABSENT) {
    const dash = word.indexOf('-');
    return dash > 0 ? firmGenderOf(word.slice(0, dash)) : undefined;
  }
  const found: string = gender;
  let agree = 0;
  let dissent = 0;
  for (let list = 1; list < codes.length; list += 1) {
    const other = codes[list];
    if (other === found) agree += 1;
    else if (other !== ABSENT) dissent += 1;
  }
  return dissent > 0 && agree === 0 ? undefined : gender;
}

/** Is the word a first name in any of the lists ("Philippe", "Anna"), whatever its gender? */
export function isFirstName(word: string): boolean {
  const known = firstNameMemo.get(word);
  if (known !== undefined) return known;
  const found = inNameLists(word);
  if (firstNameMemo.size >= MEMO_LIMIT) firstNameMemo.clear();
  firstNameMemo.set(word, found);
  return found;
}

function inNameLists(word: string): boolean {
  if (!FIRST_NAME.test(word)) return false;
  return nameLists().codesOf(word.toLowerCase()) !== undefined;
}
