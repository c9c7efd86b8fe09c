import { lookupPlace } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';
import { wordsOfLongerPersonNames } from './places-after-locatives.js';

/** What may stand between two members of one list: a comma, "and", "or". */
const LIST_GAP = /^(?:,\s*|,?\s+(?:and|or)\s+)$/u;

/** A city, region or country the place lexicon knows; "Quebec City" as the city of a known place. */
function isKnownPlace(surface: string): boolean {
  const place = lookupPlace(surface) ?? lookupPlace(surface.replace(/\s+City$/u, ''));
  return place !== undefined && !place.kinds.includes('continent');
}

/**
 * "Saint John, Quebec City, Charlottetown, Moncton, Regina and Halifax": in a list of three or more
 * names that are all places the lexicon knows, at least one of them already typed as a place, every
 * member is a place — the recogniser had read some as people or firms ("Regina", "Halifax") one name
 * at a time — and so is the same name elsewhere in the text. A member named elsewhere in the text
 * as part of a longer person name stays as it is.
 */
export function typePlacesInPlaceLists(text: string, names: readonly NameMention[]): NameMention[] {
  const wordsOfPeople = wordsOfLongerPersonNames(text, names);
  const result = [...names];
  const retyped = new Set<string>();
  let first = 0;
  while (first < result.length) {
    let last = first;
    while (
      last + 1 < result.length &&
      LIST_GAP.test(text.slice((result[last] as NameMention).end, (result[last + 1] as NameMention).start))
    )
      last += 1;
    const members = result.slice(first, last + 1);
    if (
      members.length >= 3 &&
      members.some((member) => member.type === 'LOC') &&
      members.every((member) => isKnownPlace(text.slice(member.start, member.end)))
    )
      for (let at = first; at <= last; at += 1) {
        const member = result[at] as NameMention;
        const surface = text.slice(member.start, member.end);
        if (member.type === 'LOC' || wordsOfPeople.has(surface)) continue;
        result[at] = { start: member.start, end: member.end, type: 'LOC', subtype: 'GPE' };
        retyped.add(surface);
      }
    first = last + 1;
  }
  // the same name elsewhere in the text is the same place ("… and Halifax" … "residents of Halifax")
  return retyped.size === 0
    ? result
    : result.map((name) =>
        name.type !== 'LOC' && retyped.has(text.slice(name.start, name.end))
          ? { start: name.start, end: name.end, type: 'LOC', subtype: 'GPE' }
          : name,
      );
}
