import type { NameMention } from './name-mention.js';
import { firstNameGender } from '../coref/first-name-gender.js';
import { isKnownHumanName } from '../lexicon/index.js';
import { isGivenName } from './people-by-name-lists.js';

/** "'s" or a bare apostrophe, then the next words. */
const POSSESSIVE = /^['’]s?\s+/u;
const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]+/u;

/**
 * A person named after an organisation's possessive that the recogniser left out: "the BBC's Sarah
 * Mills", "Reuters' Tom Lind". After an ORG name and "'s" (or a bare apostrophe), two or three
 * capitalised words, the first a known given name (`givenName`), that no name mention covers become
 * a PERSON name. The recogniser
 * keeps the organisation and, in some contexts, drops the person (an attribution's source, "…,"
 * says the BBC's Sarah Mills), whom the speaker step then cannot find.
 */
export function addPeopleAfterPossessiveBodies(text: string, names: readonly NameMention[]): NameMention[] {
  const added: NameMention[] = [];
  for (let at = 0; at < names.length; at += 1) {
    const name = names[at] as NameMention;
    if (name.type !== 'ORG') continue;
    const after = text.slice(name.end, name.end + 80);
    const mark = POSSESSIVE.exec(after);
    if (mark === null) continue;
    const start = name.end + mark[0].length;
    let end = start;
    let count = 0;
    for (;;) {
      const word = CAPITALISED_WORD.exec(text.slice(end));
      if (word === null) break;
      if (count === 0 && !givenName(word[0])) break;
      end += word[0].length;
      count += 1;
      if (count === 3 || text.charAt(end) !== ' ') break;
      const next = CAPITALISED_WORD.exec(text.slice(end + 1));
      if (next === null) break;
      end += 1;
    }
    // the words must end at a word boundary, with no space left at the end
    if (count < 2 || /[\p{L}\p{N}]/u.test(text.charAt(end))) continue;
    const next = names[at + 1];
    if (next !== undefined && next.start < end) continue;
    added.push({ start, end, type: 'PERSON' });
  }
  if (added.length === 0) return [...names];
  return [...names, ...added].sort((left, right) => left.start - right.start || right.end - left.end);
}

/**
 * A given name on every list: the given-name lists with no thing or place in WordNet
 * (`isGivenName`), a gender the first-name lists give, and the human-name lexicon ("Sarah"; not
 * "The" or "Amazing", which one list holds).
 */
function givenName(word: string): boolean {
  return isGivenName(word) && firstNameGender(word) !== undefined && isKnownHumanName(word);
}
