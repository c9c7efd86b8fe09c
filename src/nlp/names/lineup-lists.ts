import { lemmaOf, synsetsOf } from '../events/wordnet.js';
import { isKnownHumanName, lookupPlace, organisation } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';

/**
 * A line that is a heading, a colon and a list of short names split by commas: "Subs Not Used:
 * Ferrow, Lindqvist, Mabaso." (a player may carry a club in brackets: "T Ferrow (Ashby)").
 */
const LIST_LINE =
  /^([\p{Lu}][\p{L} ]{0,30}): ((?:\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}(?: \([^()\n]*\))?(?:, |\.(?= |$)|$))+)/gmu;
const ITEM = /\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}/gu;

/** True when the lexicon knows the words as a place or a body. */
function isKnownPlaceOrBody(surface: string): boolean {
  return lookupPlace(surface) !== undefined || organisation(surface) !== undefined;
}

/** True when the heading's first word, in lower case, is a common English noun or verb ("Subs", "Replacements"). */
function isCommonWordHeading(heading: string): boolean {
  const word = (heading.split(' ')[0] as string).toLowerCase();
  const noun = lemmaOf(word, 'noun');
  const verb = lemmaOf(word, 'verb');
  return (
    (noun !== null && synsetsOf(noun, 'noun').length > 0) ||
    (verb !== null && synsetsOf(verb, 'verb').length > 0)
  );
}

/**
 * Line-ups in sports reports: "Subs Not Used: Ferrow, Lindqvist, Mabaso." and "Replacements: …"
 * list players. On a line of a heading, a colon and two or more comma-separated short names, one of
 * them already a person or a known human name, every listed name (outside brackets) that the
 * recogniser typed an organisation, place or MISC and the lexicon does not know as a place or
 * body is a person. A heading of common words ("Subs Not Used") is no name and is dropped; a team's
 * name as heading ("Ashby: …") stays.
 */
export function typeLineupLists(text: string, names: readonly NameMention[]): NameMention[] {
  const retype = new Set<NameMention>();
  const drop = new Set<NameMention>();
  for (const line of text.matchAll(LIST_LINE)) {
    const heading = line[1] as string;
    const list = line[2] as string;
    const listStart = (line.index ?? 0) + line[0].length - list.length;
    const items: [number, number][] = [];
    const outside = list.replace(/\([^()]*\)/gu, (inside) => ' '.repeat(inside.length));
    for (const item of outside.matchAll(ITEM)) {
      // the full stop that ends the list is no part of the last name
      const length = item[0].replace(/(?<!\b\p{Lu})\.$/u, '').length;
      items.push([listStart + (item.index ?? 0), listStart + (item.index ?? 0) + length]);
    }
    if (items.length < 2) continue;
    const listed = names.filter((name) =>
      items.some(([start, end]) => name.start === start && name.end === end),
    );
    const personal = listed.some(
      (name) =>
        name.type === 'PERSON' ||
        isKnownHumanName(text.slice(name.start, name.end).split(' ').pop() as string),
    );
    if (!personal) continue;
    for (const name of listed)
      if (name.type !== 'PERSON' && !isKnownPlaceOrBody(text.slice(name.start, name.end))) retype.add(name);
    const headingStart = line.index ?? 0;
    if (!isKnownPlaceOrBody(heading) && isCommonWordHeading(heading))
      for (const name of names)
        if (name.start >= headingStart && name.end <= headingStart + heading.length) drop.add(name);
  }
  if (retype.size === 0 && drop.size === 0) return names.slice();
  return names
    .filter((name) => !drop.has(name))
    .map((name) => (retype.has(name) ? { start: name.start, end: name.end, type: 'PERSON' as const } : name));
}
