import type { Segments, Token } from '../../model/index.js';
import { honorific, lookupPlace } from '../lexicon/index.js';
import { isFirstName } from '../coref/first-name-gender.js';
import type { NameMention } from './name-mention.js';
import { tokenAt } from './token-index.js';

/** A one-word name right before a possessive ending: "McDonald|'s". */
const POSSESSIVE_AFTER = /^['’]s(?![\p{L}\p{N}])/u;
const ONE_WORD = /^\p{Lu}[\p{L}\p{M}-]*$/u;
/** What may follow a name that owns nothing: a clause or list ends ("at Macy's, the chain …"). */
const ENDING = /^[,.;:!?)]/u;

/**
 * Is the "X's" at `name` one that owns nothing: the possessive is followed by a mark that ends a
 * phrase ("shoppers at Macy's.", "Lidl and Aldi's, …") or by "said"/"says" whose subject the parse
 * makes the name ("McDonald's said its sales rose"; "reported" or "announced" may be an
 * adjective there: "Mr Hale's reported remarks").
 */
function ownsNothing(text: string, tokens: readonly Token[], name: NameMention): boolean {
  const after = name.end + 2;
  const rest = text.slice(after, after + 2);
  if (rest === '' || ENDING.test(rest)) return true;
  if (!/^ \p{Ll}/u.test(rest)) return false;
  const nameToken = tokens[tokenAt(tokens, name.start)];
  const verb = tokens[tokenAt(tokens, after + 1)];
  if (nameToken === undefined || verb === undefined || verb.start !== after + 1) return false;
  return (
    verb.pos === 'VERB' &&
    verb.lemma.toLowerCase() === 'say' &&
    tokens[nameToken.head] === verb &&
    nameToken.dep.startsWith('nsubj')
  );
}

/**
 * Shops, restaurants and firms named in the possessive ("McDonald's", "Sainsbury's", "Macy's")
 * lose their "'s" to the recogniser and are left a surname or a person. A one-word name whose
 * "'s" owns nothing somewhere in the text (`ownsNothing`) is such a business: that mention and
 * every other "X's" of the same word become "X's", ORG ("McDonald's sales rose" is the chain's
 * sales too). Not for a word that is a known given name ("at Tom's."), a known place ("the choice
 * was France's."), a name the text puts after an honorific ("Mr Hale's … was Hale's."), nor the
 * last word of a longer person's name in the text ("Ann Hale … the decision was Hale's.").
 */
export function joinPossessiveBusinessNames(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const tokens = segments.tokens;
  const businesses = new Set<string>();
  let surnames: Set<string> | null = null;
  for (const name of names) {
    const surface = text.slice(name.start, name.end);
    if (!ONE_WORD.test(surface) || !POSSESSIVE_AFTER.test(text.slice(name.end, name.end + 3))) continue;
    if (businesses.has(surface) || !ownsNothing(text, tokens, name)) continue;
    if (isFirstName(surface) || lookupPlace(surface) !== undefined) continue;
    surnames ??= lastWordsOfPeople(text, names);
    if (surnames.has(surface)) continue;
    businesses.add(surface);
  }
  if (businesses.size === 0) return names.slice();
  return names.map((name) => {
    const surface = text.slice(name.start, name.end);
    if (!businesses.has(surface) || !POSSESSIVE_AFTER.test(text.slice(name.end, name.end + 3))) return name;
    return { start: name.start, end: name.end + 2, type: 'ORG' };
  });
}

/**
 * The words a person is named by in the text: the last words of its PERSON names of two words or
 * more, and any name right after an honorific ("Mr Brannock").
 */
function lastWordsOfPeople(text: string, names: readonly NameMention[]): Set<string> {
  const found = new Set<string>();
  for (const name of names) {
    const before = /(\S+) $/u.exec(text.slice(Math.max(0, name.start - 12), name.start));
    if (before !== null && honorific(before[1] as string) !== undefined) {
      const surface = text.slice(name.start, name.end);
      found.add(surface.slice(surface.lastIndexOf(' ') + 1));
    }
    if (name.type !== 'PERSON') continue;
    const surface = text.slice(name.start, name.end);
    const space = surface.lastIndexOf(' ');
    if (space > 0) found.add(surface.slice(space + 1));
  }
  return found;
}
