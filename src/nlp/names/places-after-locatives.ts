import { lookupPlace } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';

/** Words before a name that put a place there: "in Reno", "near Reno", "east of Reno", "miles from Reno". */
export const LOCATIVE_BEFORE =
  /(?:\b(?:in|near|outside)|\b(?:north|south|east|west)(?:ern)? of|\bmiles? (?:from|of)) $/u;

/**
 * A city, region or country the place lexicon knows, typed PERSON or ORG where the text puts a
 * place: "30 miles east of Reno" (the recogniser read "Reno" as a surname). Such a name after a
 * locative ("in", "near", "outside", "east of", "miles from") becomes LOC/GPE, unless it is a word
 * of a longer PERSON name of the text ("Janet Reno" … "near Reno" stays hers).
 */
export function typePlacesAfterLocatives(text: string, names: readonly NameMention[]): NameMention[] {
  const wordsOfPeople = wordsOfLongerPersonNames(text, names);
  return names.map((name): NameMention => {
    if (name.type !== 'PERSON' && name.type !== 'ORG') return name;
    const surface = text.slice(name.start, name.end);
    if (
      wordsOfPeople.has(surface) ||
      !LOCATIVE_BEFORE.test(text.slice(Math.max(0, name.start - 20), name.start))
    )
      return name;
    const place = lookupPlace(surface);
    if (place === undefined || place.kinds.includes('continent')) return name;
    return { start: name.start, end: name.end, type: 'LOC', subtype: 'GPE' };
  });
}

/** The words of the text's PERSON names of two words or more ("Janet Reno" gives "Janet", "Reno"). */
export function wordsOfLongerPersonNames(text: string, names: readonly NameMention[]): Set<string> {
  const words = new Set<string>();
  for (const name of names) {
    if (name.type !== 'PERSON') continue;
    const own = text.slice(name.start, name.end).split(/\s+/u);
    if (own.length > 1) for (const word of own) words.add(word);
  }
  return words;
}
