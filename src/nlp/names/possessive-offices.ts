import { lemmaOf, lexicographerFileOf, NOUN_GROUP, NOUN_PERSON, synsetsOf } from '../events/wordnet.js';
import type { NameMention } from './name-mention.js';

/**
 * Offices named after a person's role are one organisation: "the Orange Vale County Sheriff's
 * Office", "the District Attorney's Office", "the Coroner's Department" were cut at the possessive
 * (a possessive never ends up inside a name) and left as "… County Sheriff" or only the county.
 * After a name, capitalised words ending in a role whose first WordNet noun sense is a person
 * ("Sheriff", "Attorney", "Coroner"; the name's own last word may be that role), a possessive and
 * one or two capitalised words whose last has an organisation among its first two WordNet senses
 * ("Office", "Department", "Bureau", "Court", "Hospital") make one ORG name from the name to that
 * word. Names inside the span are taken in. "the Sheriff's Deputy" (a person) and a person's own
 * office ("Mayor Ada Lind's Office") stay apart.
 */
export function joinPossessiveOffices(text: string, names: readonly NameMention[]): NameMention[] {
  const output: NameMention[] = [];
  let skipUntil = -1;
  for (const name of names) {
    if (name.start < skipUntil) continue;
    const end = officeEnd(text, name);
    if (end === undefined) {
      output.push(name);
      continue;
    }
    output.push({ start: name.start, end, type: 'ORG' });
    skipUntil = end;
  }
  return output;
}

/** "( Sheriff)'s Office" after the name: role words, the possessive, the office's words. */
const AFTER_NAME = /^((?: \p{Lu}[\p{Ll}]+){0,2})(?:['’]s|s['’]) (\p{Lu}[\p{Ll}]+)(?: (\p{Lu}[\p{Ll}]+))?/u;

function officeEnd(text: string, name: NameMention): number | undefined {
  const match = AFTER_NAME.exec(text.slice(name.end, name.end + 80));
  if (match === null) return undefined;
  const roleWords = (match[1] as string).trim();
  // "Mayor Ada Lind's Office": a person's own office is not named for a role.
  if (roleWords === '' && name.type === 'PERSON') return undefined;
  const role = roleWords === '' ? lastWord(text.slice(name.start, name.end)) : lastWord(roleWords);
  if (!isPerson(role)) return undefined;
  const second = match[3];
  if (second !== undefined && isGroup(second)) return name.end + match[0].length;
  if (!isGroup(match[2] as string)) return undefined;
  return name.end + match[0].length - (second === undefined ? 0 : second.length + 1);
}

function lastWord(surface: string): string {
  return surface.slice(surface.lastIndexOf(' ') + 1);
}

function firstFiles(word: string, count: number): readonly number[] {
  const lemma = lemmaOf(word.toLowerCase(), 'noun');
  if (lemma === null) return [];
  return synsetsOf(lemma, 'noun')
    .slice(0, count)
    .map((offset) => lexicographerFileOf(offset, 'noun'));
}

function isPerson(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && firstFiles(word, 1)[0] === NOUN_PERSON;
}

function isGroup(word: string): boolean {
  return firstFiles(word, 2).includes(NOUN_GROUP);
}
