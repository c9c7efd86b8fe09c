import { lookupPlace, organisation } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';

/**
 * A name of two words or more that the place lexicon knows as a country or one of its subdivisions
 * (CLDR: "Nordland Fylke", "British Columbia"), and no organisation list knows; names that are
 * also a city's are left out ("New York magazine", "New York beat Boston").
 */
function regionOf(surface: string): boolean {
  if (!surface.includes(' ')) return false;
  const place = lookupPlace(surface);
  if (place === undefined || !(place.kinds.includes('region') || place.kinds.includes('country')))
    return false;
  // "New York magazine", "New York beat Boston": a city's name too is as often a paper's or a team's
  if (place.kinds.includes('city') || place.kinds.includes('capital')) return false;
  return organisation(surface) === undefined;
}

/**
 * "British Columbia" read as ORG, or cut into MISC "British" and ORG "Columbia": a region's name of
 * several words is a place. Two names one space apart that together make such a name become one
 * LOC name; one ORG or MISC name that is such a name becomes LOC. Runs before the sports steps, which
 * may still make a region's team of it in a results table.
 */
export function typeRegionNames(text: string, names: readonly NameMention[]): NameMention[] {
  let output: NameMention[] | undefined;
  for (let index = 0; index < names.length; index += 1) {
    const name = names[index] as NameMention;
    const next = names[index + 1];
    if (
      next !== undefined &&
      next.start === name.end + 1 &&
      text.charCodeAt(name.end) === 32 &&
      name.type !== 'PERSON' &&
      next.type !== 'PERSON' &&
      regionOf(text.slice(name.start, next.end))
    ) {
      output ??= names.slice(0, index);
      output.push({ start: name.start, end: next.end, type: 'LOC', subtype: 'GPE' });
      index += 1;
      continue;
    }
    if ((name.type === 'ORG' || name.type === 'MISC') && regionOf(text.slice(name.start, name.end))) {
      output ??= names.slice(0, index);
      output.push({ start: name.start, end: name.end, type: 'LOC', subtype: 'GPE' });
      continue;
    }
    output?.push(name);
  }
  return output ?? names.slice();
}
