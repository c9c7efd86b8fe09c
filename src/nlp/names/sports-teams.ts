import type { NameMention } from './name-mention.js';
import { isFirstName } from '../coref/first-name-gender.js';
import { lookupPlace } from '../lexicon/index.js';
import { lexicographerFileOf, synsetsOf } from '../events/wordnet.js';

/** WordNet lexicographer file of place names (noun.location). */
const NOUN_LOCATION = 15;
/** noun.location and noun.object ("island", "spring", "mountain"). */
const PLACE_FILES: ReadonlySet<number> = new Set([NOUN_LOCATION, 17]);

function singular(word: string): string {
  const lower = word.toLowerCase();
  return lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
}

/** A capitalised plural word: "Sharks", "Roughriders", "Boks" (not "Express", "Athletics"-like "-ss"/"-us"/"-is"). */
const PLURAL_WORD = /^\p{Lu}[\p{Ll}’'-]*[^sui’']s$/u;
/** A place written with initials: "N.Y.", "B.C.", "L.A.". */
const PLACE_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

/**
 * Sports teams are organisations, whatever the recogniser says: "Nashville Predators" (a place, then a
 * capitalised plural) is a team, not a person or a place; so is "Predators" alone when the text names
 * the team in full; and "the Boks", a capitalised plural after "the" that is neither a known place nor
 * a WordNet place name ("the Alps", "the Netherlands"), is a team or a group, not a place.
 * Returns the names with those types changed to ORG.
 */
export function typeSportsTeams(text: string, names: readonly NameMention[]): NameMention[] {
  let tails: Set<string> | undefined;
  for (const name of names) {
    const words = text.slice(name.start, name.end).replace(/^the /iu, '').split(' ');
    if (!isTeamName(words, name.type !== 'PERSON')) continue;
    tails ??= new Set();
    for (let from = 1; from < words.length; from += 1) tails.add(words.slice(from).join(' '));
  }
  let plurals: Set<string> | undefined;
  const typed = names.map((name) => {
    if (name.type === 'ORG' || name.type === 'MISC') return name;
    const surface = text.slice(name.start, name.end);
    const bare = surface.replace(/^the /iu, '');
    const words = bare.split(' ');
    if (isTeamName(words, name.type !== 'PERSON') || (tails?.has(bare) ?? false))
      return { start: name.start, end: name.end, type: 'ORG' as const };
    if (
      name.type === 'LOC' &&
      words.length === 1 &&
      PLURAL_WORD.test(bare) &&
      /^the $/iu.test(text.slice(Math.max(0, name.start - 4), name.start)) &&
      lookupPlace(bare) === undefined &&
      !isWordNetPlace(bare)
    ) {
      (plurals ??= new Set()).add(bare);
      return { start: name.start, end: name.end, type: 'ORG' as const };
    }
    return name;
  });
  if (plurals === undefined) return typed;
  // "a Glak player" beside "the Glaks": the singular of such a team is the team too.
  const found = plurals;
  return typed.map((name) =>
    name.type === 'LOC' && found.has(`${text.slice(name.start, name.end)}s`)
      ? { start: name.start, end: name.end, type: 'ORG' }
      : name,
  );
}

/** "Nashville Predators", "N.Y. Giants", "San Jose Sharks": a place (or place initials) and a plural. */
export function isTeamName(words: readonly string[], placeMayBeGivenName: boolean): boolean {
  if (words.length < 2 || words.length > 5) return false;
  const last = words[words.length - 1] as string;
  // Most names do not end in a capitalised plural: answered before any lookup.
  if (!PLURAL_WORD.test(last)) return false;
  if (!PLURAL_WORD.test(last) || lookupPlace(words.join(' ')) !== undefined) return false;
  // "Cayman Islands", "Colorado Springs", "Golan Heights": a place word, not a team's name.
  const firstSense = synsetsOf(singular(last), 'noun')[0];
  if (firstSense !== undefined && PLACE_FILES.has(lexicographerFileOf(firstSense, 'noun'))) return false;
  for (let end = words.length - 1; end >= 1; end -= 1) {
    const place = words.slice(0, end).join(' ');
    if (end === 1 && PLACE_INITIALS.test(place)) return true;
    if (lookupPlace(place) === undefined) continue;
    // "Paul Richards", "Austin Roberts": a given name that is also a place, and a surname in -s.
    if (end === 1 && !placeMayBeGivenName && isFirstName(place)) return false;
    return words.slice(end).every((word) => /^\p{Lu}/u.test(word));
  }
  return false;
}

function isWordNetPlace(word: string): boolean {
  const lower = word.toLowerCase();
  for (const lemma of [lower, lower.slice(0, -1)])
    for (const offset of synsetsOf(lemma, 'noun'))
      if (PLACE_FILES.has(lexicographerFileOf(offset, 'noun'))) return true;
  return false;
}
