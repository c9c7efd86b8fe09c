import type { NameMention } from './name-mention.js';

/**
 * Last words that make a name an organisation's: "Airlines Association", "Dock Workers Union".
 * Words that are also surnames ("Court", "Bank", "Trust") are left out.
 */
const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'Association',
  'Federation',
  'Confederation',
  'Union',
  'Council',
  'Committee',
  'Commission',
  'Party',
  'Company',
  'Corporation',
  'Institute',
  'Agency',
  'Authority',
  'Society',
  'League',
  'Organisation',
  'Organization',
  'Alliance',
  'Coalition',
  'Ministry',
  'Department',
]);

/**
 * A name of two or more words that ends in an organisation's head word is no person: "the
 * Low-fare Airlines Association" was typed PERSON and then merged, by its last word, with another
 * association as if that were a surname. Such a PERSON name becomes ORG (a MISC one is left: on
 * CoNLL-2003 dev, retyping MISC names cost more than it gained).
 */
export function typeOrganisationHeads(text: string, names: readonly NameMention[]): NameMention[] {
  return names.map((name) => {
    if (name.type !== 'PERSON') return name;
    const surface = text.slice(name.start, name.end);
    const space = surface.lastIndexOf(' ');
    if (space < 0 || !ORGANISATION_HEADS.has(surface.slice(space + 1))) return name;
    return { start: name.start, end: name.end, type: 'ORG' };
  });
}
