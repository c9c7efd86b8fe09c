import { lexicographerFileOf, NOUN_GROUP, synsetsOf } from '../events/wordnet.js';
import {
  hasHypernymWord,
  isGovernmentBodyWord,
  isNaturalFeatureHead,
  lookupPlace,
  personNoun,
  roleNoun,
} from '../lexicon/index.js';
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
  'Foundation',
  'Research',
  'Networks',
  'Holdings',
  'Motorsports',
  'Motorsport',
  'Police',
  'Constabulary',
  'Laboratory',
  'Laboratories',
  'Bureau',
  'Industries',
  'Technologies',
  'Airlines',
  'Airways',
]);

/** Heads that also end names of states: "the Soviet Union", "the Russian Federation". */
const PLACE_LIKE_HEADS: ReadonlySet<string> = new Set([
  'Union',
  'Federation',
  'Confederation',
  'League',
  'Alliance',
]);

/** Is the word an organisation's head word ("Committee", "Coalition")? */
export function isOrganisationHead(word: string): boolean {
  return ORGANISATION_HEADS.has(word);
}

/**
 * Legal forms of companies written after their name: "Harvick Racing Inc.", "Lind Foods Ltd",
 * "Kestrel GmbH". A company named after its founder ("Ada Lind Inc.") is still a company.
 */
const LEGAL_FORMS =
  /^(?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|PLC|plc|LLP|GmbH|AG|S\.A|SA|NV|N\.V|BV|AB|ASA|Pty|Limited|Incorporated)\.?$/u;

/**
 * A name of two or more words that ends in an organisation's head word is no person: "the
 * Low-fare Airlines Association" was typed PERSON and then merged, by its last word, with another
 * association as if that were a surname. Such a PERSON name becomes ORG (a MISC one is left: on
 * CoNLL-2003 dev, retyping MISC names cost more than it gained), and so does a LOC name the place
 * lexicon does not know ("BET Networks" was a place). So does a PERSON name that ends in
 * a company's legal form ("Ada Lind Inc.").
 */
export function typeOrganisationHeads(text: string, names: readonly NameMention[]): NameMention[] {
  return names.map((name) => {
    if (name.type !== 'PERSON' && name.type !== 'LOC') return name;
    const surface = text.slice(name.start, name.end);
    // "the Soviet Union", "Arab League states": a place the lexicon knows keeps its type
    if (name.type === 'LOC' && lookupPlace(surface) !== undefined) return name;
    if (name.type === 'LOC' && PLACE_LIKE_HEADS.has(surface.slice(surface.lastIndexOf(' ') + 1))) return name;
    const space = surface.lastIndexOf(' ');
    if (space < 0) return name;
    const last = surface.slice(space + 1);
    if (!ORGANISATION_HEADS.has(last) && !LEGAL_FORMS.test(last)) return name;
    return { start: name.start, end: name.end, type: 'ORG' };
  });
}

/** Government words that follow a country's name without making one name of it ("the UK Government"). */
const LOOSE_BODY_WORDS: ReadonlySet<string> = new Set([
  'Government',
  'Cabinet',
  'Administration',
  'Authorities',
]);
/** One or two capitalised words right after a name, and what follows them. */
const HEAD_AFTER = /^ (\p{Lu}\p{Ll}+)(?: (\p{Lu}\p{Ll}+))?/u;

const ORGANISATION_WORDS: ReadonlySet<string> = new Set(['organization']);
const POLITICAL_UNIT_WORDS: ReadonlySet<string> = new Set(['political_unit']);
const organisationNounMemo = new Map<string, boolean>();

/**
 * A capitalised common noun whose first WordNet sense is a group under "organization": "Orchestra",
 * "Philharmonic", "Choir", "Club", "Army" (not "Station", "Museum"; nor a state: "Country", "Nation").
 */
function isOrganisationNoun(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const lemma = word.toLowerCase();
  let known = organisationNounMemo.get(lemma);
  if (known === undefined) {
    const first = synsetsOf(lemma, 'noun')[0];
    known =
      first !== undefined &&
      lexicographerFileOf(first, 'noun') === NOUN_GROUP &&
      hasHypernymWord(first, 'noun', { levels: 6 }, ORGANISATION_WORDS) &&
      // "Cross Country", "Nation": a state is a place's name, no body's head
      !hasHypernymWord(first, 'noun', { levels: 6 }, POLITICAL_UNIT_WORDS);
    if (organisationNounMemo.size > 10_000) organisationNounMemo.clear();
    organisationNounMemo.set(lemma, known);
  }
  return known;
}

/**
 * "the Scottish Parliament", "the UK Film Council", "the English Channel": the recogniser kept the
 * adjective or the place ("Scottish", "UK") and left out the capitalised head that makes the name.
 * A name, not a person's, followed by one or two capitalised words not in any name, the last an
 * organisation's or government body's head word ("Council", "Parliament", "Committee": ORG) or a
 * natural feature's ("Channel", "Sea": LOC), takes them in with that type. Not when the phrase runs
 * on ("the Scottish Exhibition and Conference Centre", "Senate Rules Committee Chairman"), nor over
 * a role ("the US Trade Secretary"), nor with the loose government words ("the UK Government").
 */
export function joinNameHeads(text: string, names: readonly NameMention[]): NameMention[] {
  return names.map((name, index): NameMention => {
    if (name.type === 'PERSON') return name;
    const match = HEAD_AFTER.exec(text.slice(name.end, name.end + 40));
    if (match === null) return name;
    const rest = text.slice(name.end + match[0].length, name.end + match[0].length + 30);
    if (/^(?: (?:of|for|and|&) \p{Lu}| \p{Lu}|\p{L}|[-‐‑]\p{L})/u.test(rest)) return name;
    const head = (match[2] ?? match[1]) as string;
    const middle = match[2] === undefined ? undefined : (match[1] as string);
    if (middle !== undefined && (roleNoun(middle) !== undefined || personNoun(middle) !== undefined))
      return name;
    if (LOOSE_BODY_WORDS.has(head)) return name;
    const type =
      ORGANISATION_HEADS.has(head) || isGovernmentBodyWord(head) || isOrganisationNoun(head)
        ? 'ORG'
        : isNaturalFeatureHead(head)
          ? 'LOC'
          : undefined;
    if (type === undefined) return name;
    const end = name.end + match[0].length;
    const next = names[index + 1];
    if (next !== undefined && next.start < end) return name;
    return { start: name.start, end, type };
  });
}
