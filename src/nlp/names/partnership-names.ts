import { isKnownHumanName, lookupPlace, organisation } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';

/**
 * Surnames in a row, one comma, "and" or "&" apart, with a partnership's legal form after them if
 * any: "Barlow, Fenwick, Ostrander and Hale LLP", "Barlow, Fenwick & Hale".
 */
const ROW =
  "\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?:(?:, |,? (?:and|&) )\\p{Lu}[\\p{Ll}\\p{M}'’-]+)+(?:,? (?:LLP|LLC|PLLC|L\\.L\\.P\\.|P\\.C\\.)(?![\\p{L}\\p{N}]))?";
const SURNAME_ROW = new RegExp(`(?<![\\p{L}\\p{M}'’-])${ROW}`, 'gu');
const WHOLE_ROW = new RegExp(`^${ROW}$`, 'u');
const WORD = /\p{Lu}[\p{Ll}\p{M}'’-]+/gu;
const LEGAL_FORM = /(?:LLP|LLC|PLLC|L\.L\.P\.|P\.C\.)$/u;
/** "the firm of ", "law firm ", "the partnership of ": a firm named right after. */
const FIRM_BEFORE = /\b(?:firm|partnership)(?: of)? $/u;
/** "and" or "&" anywhere but before the last surname: two rows, not one name. */
const INNER_LINK = /(?:,? (?:and|&) )(?=.*(?:, |,? (?:and|&) ))/u;

/**
 * Is this ORG name a row of partners' surnames ("Barlow, Fenwick & Hale")? Its commas are no
 * list: coreference keeps it whole.
 */
export function isPartnershipName(name: NameMention, surface: string): boolean {
  return name.type === 'ORG' && surface.includes(', ') && WHOLE_ROW.test(surface);
}

/**
 * A law or accounting firm's name is its partners' surnames in a row; the recogniser split it at
 * the commas into people and places ("Barlow, Fenwick, Ostrander and Hale LLP" gave "Barlow"
 * PERSON, "Fenwick" LOC, "Ostrander" PERSON and "Hale LLP" ORG). A row of two or more capitalised
 * words, each a surname the name lists know and neither a known place nor a known organisation,
 * one comma apart with "and" or "&" (if any) only before the last, is one ORG name when the text
 * says it is a firm: a partnership's legal form ends it ("… and Hale LLP"), "&" joins its last two
 * words after a comma ("Barlow, Fenwick & Hale"), or "firm" or "partnership" comes right before
 * ("the firm of Barlow, Fenwick"). A list of people ("Barlow, Fenwick and Hale said") has none of
 * these and is left alone. The names inside the row (and one running on past its end: "Hale LLP")
 * give way to it.
 */
export function joinPartnershipNames(text: string, names: readonly NameMention[]): NameMention[] {
  const rows: NameMention[] = [];
  for (const match of text.matchAll(SURNAME_ROW)) {
    const row = match[0];
    const start = match.index;
    if (INNER_LINK.test(row)) continue;
    const words = [...row.matchAll(WORD)].map((word) => word[0]);
    if (
      !words.every(
        (word) =>
          isKnownHumanName(word) && lookupPlace(word) === undefined && organisation(word) === undefined,
      )
    )
      continue;
    const legalForm = LEGAL_FORM.test(row);
    const ampersand = row.includes(', ') && /,? & \p{Lu}[^,]*$/u.test(row);
    const firmBefore = FIRM_BEFORE.test(text.slice(Math.max(0, start - 30), start));
    if (!legalForm && !ampersand && !firmBefore) continue;
    let end = start + row.length;
    // "Hale Partners" typed ORG past the row's end: the row takes it in
    for (const name of names)
      if (name.start < end && name.end > end && name.start >= start && name.type === 'ORG') end = name.end;
    // a name that starts before the row and runs into it: not ours to cut
    if (names.some((name) => name.start < start && name.end > start)) continue;
    rows.push({ start, end, type: 'ORG' });
  }
  if (rows.length === 0) return names.slice();
  const kept = names.filter((name) => !rows.some((row) => name.start < row.end && row.start < name.end));
  return [...kept, ...rows].sort((a, b) => a.start - b.start);
}
