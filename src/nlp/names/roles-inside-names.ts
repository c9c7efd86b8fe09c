import { isFirstName } from '../coref/first-name-gender.js';
import { isNationalityOrGroup, lookupPlace, roleNoun } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';
import { coordinatedBodyStart } from './coordinated-bodies.js';
import { lexicographerFileOf, NOUN_PERSON, synsetsOf } from '../events/wordnet.js';

const LOWER_WORD = /^\p{Ll}{4,}$/u;

/**
 * A lower-case word of four letters or more whose first or second WordNet noun sense is a person
 * ("star", "boss", "striker"; not the particles "da", "van", "bin" of surnames).
 */
function isPersonNoun(word: string): boolean {
  if (!LOWER_WORD.test(word)) return false;
  return synsetsOf(word, 'noun')
    .slice(0, 2)
    .some((offset) => lexicographerFileOf(offset, 'noun') === NOUN_PERSON);
}
const CAPITALISED = /^\p{Lu}/u;
/** What the words before a role become: a place, a people, the body the role belongs to, or nothing. */
function prefixName(prefix: string, start: number, capitalisedRole: boolean): NameMention | null {
  const place = lookupPlace(prefix);
  if (place !== undefined) return { start, end: start + prefix.length, type: 'LOC', subtype: 'GPE' };
  if (isNationalityOrGroup(prefix))
    return { start, end: start + prefix.length, type: 'MISC', subtype: 'NORP' };
  // "Velmar Treasury Secretary": the office is the body's; "Harbour star": a work or team, untyped here
  return capitalisedRole ? { start, end: start + prefix.length, type: 'ORG' } : null;
}

/** An office written as capitals only: "MP", "CEO" (not "Mr"). */
const ROLE_ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * "Tory MP", "Velmar MP": a PERSON name of two words or more whose last word is an office written
 * in capitals (a role noun of the lexicon) names no one; the office is the head of a description.
 * The words before it are the body or place the office belongs to (`prefixName`), and nothing is
 * left of the person. Other names come back as they were.
 */
function trailingRoleAcronym(name: NameMention, words: readonly string[]): NameMention[] {
  const last = words[words.length - 1];
  if (words.length < 2 || last === undefined || !ROLE_ACRONYM.test(last) || roleNoun(last) === undefined)
    return [name];
  const prefix = words.slice(0, -1).join(' ');
  const before = prefixName(prefix, name.start, true);
  return before === null ? [] : [before];
}

/**
 * "Velmar Treasury Secretary Ana Lind", "Harbour Lights star Tom Vale": a role inside a PERSON name
 * of four words or more ("Secretary", a role noun of the lexicon; "star", `isPersonNoun`), with a
 * given name and a surname after it, is a description, not part of the name. The person is the
 * words after the role; the words before it are a place, a people, or (before a capitalised
 * office) the body the office belongs to; before a lower-case role they are left out.
 */
export function splitRolesInsidePersonNames(text: string, names: readonly NameMention[]): NameMention[] {
  const output: NameMention[] = [];
  for (const name of names) {
    const words = name.type === 'PERSON' ? text.slice(name.start, name.end).split(' ') : [];
    let split = -1;
    // the role is the last such word with a given name and at least one more word after it
    for (let index = words.length - 3; index >= 1; index -= 1) {
      const word = words[index] as string;
      const role = CAPITALISED.test(word) ? roleNoun(word) !== undefined : isPersonNoun(word);
      if (role && isFirstName(words[index + 1] as string) && CAPITALISED.test(words[0] as string)) {
        split = index;
        break;
      }
    }
    if (split < 0) {
      const trailing = trailingRoleAcronym(name, words);
      output.push(...trailing);
      continue;
    }
    const offsets: number[] = [];
    let at = name.start;
    for (const word of words) {
      offsets.push(at);
      at += word.length + 1;
    }
    const roleWord = words[split] as string;
    const prefix = words.slice(0, split).join(' ');
    const before = prefixName(prefix, name.start, CAPITALISED.test(roleWord));
    // "Trade and Industry Secretary ...": the body is the whole coordination
    if (before?.type === 'ORG')
      output.push({ ...before, start: coordinatedBodyStart(text, before.start, names) });
    else if (before !== null) output.push(before);
    output.push({ start: offsets[split + 1] as number, end: name.end, type: 'PERSON' });
  }
  return output;
}
