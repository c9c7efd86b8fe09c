import { groupWords, type GroupWord } from './groups.js';
import { foldKey } from './normalise.js';
import { organisationTables, type KnownOrganisation } from './organisations.js';
import { peopleTables, type Gender, type Honorific, type PersonNoun, type RoleNoun } from './people.js';
import { placeTables, type Country, type DemonymEntry, type Place } from './places.js';
import { placeWordTables, type FacilityKind } from './places-words.js';

/**
 * Gazetteers and lexicons for the entity stages (names, coref, attributes, attribution). Every
 * table is built once, on first use, from data packages (world-countries, cldr-subdivisions-full,
 * city-timezones) and short hand-typed lists; every lookup is one `Map` access on a folded key
 * (case, diacritics, apostrophes and dashes folded: see normalise.ts), so "RUSSIA", "Russia" and
 * "Rüssia" are one key.
 */

export type { Country, DemonymEntry, Place, PlaceKind } from './places.js';
export type { KnownOrganisation, OrganisationKind } from './organisations.js';
export type { Gender, Honorific, PersonNoun, RoleCategory, RoleNoun, RolePreposition } from './people.js';
export type { FacilityKind } from './places-words.js';
export type { GroupKind, GroupWord } from './groups.js';
export {
  matchGazetteer,
  gazetteerEntry,
  gazetteerEntryOfKey,
  loadGazetteer,
  type GazetteerEntry,
  type GazetteerMatch,
  type GazetteerSource,
} from './gazetteer.js';
export { foldKey, foldCode } from './normalise.js';
export { isKnownHumanName } from './human-names.js';
export { isInstitutionHead } from './institution-heads.js';

/** The subtype of a place name: `GPE` (country, region, city), `FAC` (building, street) or `LOC` (natural, continent). */
export type PlaceSubtype = 'GPE' | 'FAC' | 'LOC';

function lastWord(key: string): string {
  const space = key.lastIndexOf(' ');
  return space < 0 ? key : key.slice(space + 1);
}

function firstWord(key: string): string {
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
}

/** Strips a possessive and a leading article: "the Kremlin’s" → "kremlin" (folded). */
function bareKey(name: string): string {
  let key = foldKey(name);
  if (key.endsWith("'s")) key = key.slice(0, -2);
  else if (key.endsWith("'")) key = key.slice(0, -1);
  return key;
}

function withoutArticle(key: string): string {
  return key.startsWith('the ') ? key.slice(4) : key;
}

/**
 * Remembered look-ups by the name as written: the name steps ask about the same names of a text
 * many times, and folding a name costs more than one map access (the tables never change; bounded
 * for long-running servers).
 */
const MEMO_LIMIT = 50_000;
const placeMemo = new Map<string, Place | null>();
const organisationMemo = new Map<string, KnownOrganisation | null>();
const roleMemo = new Map<string, RoleNoun | null>();
const honorificMemo = new Map<string, Honorific | null>();

/**
 * A place by name ("Belarus", "the United States", "Britain", "Kyiv", "Bryansk", "Europe"), or
 * undefined. A leading "the" is ignored unless the name keeps it ("The Hague").
 */
export function lookupPlace(name: string): Place | undefined {
  const known = placeMemo.get(name);
  if (known !== undefined) return known ?? undefined;
  const key = bareKey(name);
  const places = placeTables().places;
  const found = places.get(key) ?? places.get(withoutArticle(key));
  if (placeMemo.size >= MEMO_LIMIT) placeMemo.clear();
  placeMemo.set(name, found ?? null);
  return found;
}

/**
 * The country a name denotes ("Britain", "UK", "the United States", "Russian Federation" →
 * that country), or undefined for anything that is not a country name. Capitals and cities are
 * not countries: `lookupPlace("Moscow").country` gives the country a city is in.
 */
export function countryOfName(name: string): Country | undefined {
  const place = lookupPlace(name);
  if (place === undefined || !place.kinds.includes('country') || place.country === undefined)
    return undefined;
  return placeTables().countries.get(place.country);
}

/** The country by ISO 3166-1 alpha-2 code ("BY" → Belarus). */
export function countryByCode(code: string): Country | undefined {
  return placeTables().countries.get(code.toUpperCase());
}

/**
 * What kind of place a name is, from its head word and the gazetteers:
 * - `GPE` for a country, capital, city or region ("Belarus", "Tver", "Bryansk region", "Kursk Oblast");
 * - `FAC` for a name ending in a facility head ("Crocus City Hall", "Sheremetyevo Airport", "Red Square");
 * - `LOC` for natural places and world regions ("Black Sea", "Lake Baikal", "Europe", "Middle East");
 * - undefined when nothing is known about it.
 */
export function placeSubtype(name: string): PlaceSubtype | undefined {
  return placeSubtypeOfKey(bareKey(name));
}

/** `placeSubtype` for a name already folded by `foldKey` (possessive removed). */
export function placeSubtypeOfKey(full: string): PlaceSubtype | undefined {
  const key = withoutArticle(full);
  if (key.length === 0) return undefined;
  const places = placeTables().places;
  const place = places.get(full) ?? places.get(key);
  if (place !== undefined) {
    return place.kinds.length === 1 && place.kinds[0] === 'continent' ? 'LOC' : 'GPE';
  }
  const words = placeWordTables();
  const last = lastWord(key);
  const lastTwo = key.slice(key.lastIndexOf(' ', key.length - last.length - 2) + 1);
  if (key !== last && (words.facilityHeads.has(last) || words.facilityHeads.has(lastTwo))) return 'FAC';
  if (key !== last && (words.naturalHeads.has(last) || words.naturalHeads.has(firstWord(key)))) return 'LOC';
  if (key !== last && words.regionWords.has(last)) return 'GPE';
  return undefined;
}

/** The demonym entry of a nationality word ("Russian", "Belarusians", "Kyrgyz"), or undefined. */
export function demonym(word: string): DemonymEntry | undefined {
  return placeTables().demonyms.get(foldKey(word));
}

/**
 * The country of a nationality adjective or noun: "Russian" → Russia, "Belarusian" → Belarus,
 * "Kyrgyz" → Kyrgyzstan, "Tajiks" → Tajikistan, "British" → United Kingdom; undefined otherwise.
 */
export function countryOfDemonym(word: string): Country | undefined {
  return demonym(word)?.country;
}

// the endings that make a nationality word of a place's name: Kenya-n, Israel-i, Japan-ese,
// Ital(y)-ian, Finn-ish (a stem change, "Poland" → "Polish", is left to the lexicon's list)
const DEMONYM_ENDINGS = ['n', 'an', 'ian', 'i', 'ese', 'ish'];

/**
 * Whether `word` is the nationality word of the place named `place`: by the lexicon's demonyms for
 * real countries ("Kenyan" → Kenya, "British" → United Kingdom), else by a regular ending on the
 * name, with or without its final vowel, so that places the lexicon does not know work too
 * ("Selmiran" → Selmira, "Dravani" → Dravan).
 */
export function isDemonymOf(word: string, place: string): boolean {
  const name = place.toLowerCase();
  if (countryOfDemonym(word)?.name.toLowerCase() === name) return true;
  if (name.length < 3 || !/^\p{L}+$/u.test(name)) return false;
  const lower = word.toLowerCase();
  const stems = /[aeiouy]$/.test(name) ? [name, name.slice(0, -1)] : [name];
  return stems.some((stem) => DEMONYM_ENDINGS.some((ending) => lower === stem + ending));
}

/** An ethnic, religious, political or continental group word ("Kurdish", "Muslims", "European"). */
export function groupWord(word: string): GroupWord | undefined {
  return groupWords().get(foldKey(word));
}

/** True for any NORP word: a demonym ("Russian") or a group word ("Muslim", "Kurds"). */
export function isNationalityOrGroup(word: string): boolean {
  const key = foldKey(word);
  return placeTables().demonyms.has(key) || groupWords().has(key);
}

/**
 * A known organisation by any of its names ("AFP", "Bloomberg", "the Kremlin", "Nato", "The
 * Telegraph", "Novaya Gazeta Europe"), or undefined. A leading "the" and a possessive are ignored.
 */
export function organisation(name: string): KnownOrganisation | undefined {
  const known = organisationMemo.get(name);
  if (known !== undefined) return known ?? undefined;
  const found = organisationOfKey(bareKey(name));
  if (organisationMemo.size >= MEMO_LIMIT) organisationMemo.clear();
  organisationMemo.set(name, found ?? null);
  return found;
}

/** `organisation` for a name already folded by `foldKey` (possessive removed). */
export function organisationOfKey(key: string): KnownOrganisation | undefined {
  const byKey = organisationTables().byKey;
  return byKey.get(key) ?? byKey.get(withoutArticle(key));
}

/** True for a news agency, broadcaster, newspaper or news site ("Reuters", "Belta", "Meduza", "the BBC"). */
export function isNewsOrganisation(name: string): boolean {
  return organisation(name)?.kind === 'news';
}

/** True for an international body ("UN", "NATO", "European Union", "Interpol"). */
export function isInternationalBody(name: string): boolean {
  return organisation(name)?.kind === 'international';
}

/**
 * A role or title noun ("president", "Head of", "spokeswoman for", "officials", "prime
 * minister"), singular or plural, with its gender when the word has one; a trailing "of", "for",
 * "to", "from" or "on" is ignored. Undefined for other words.
 */
export function roleNoun(word: string): RoleNoun | undefined {
  const known = roleMemo.get(word);
  if (known !== undefined) return known ?? undefined;
  const key = foldKey(word).replace(/ (?:of|for|to|from|on)$/u, '');
  const found = peopleTables().roles.get(key);
  if (roleMemo.size >= MEMO_LIMIT) roleMemo.clear();
  roleMemo.set(word, found ?? null);
  return found;
}

/** An honorific or title used before a name ("Mr", "Mrs.", "Dr", "Gen.", "President", "Sheikh"). */
export function honorific(word: string): Honorific | undefined {
  const known = honorificMemo.get(word);
  if (known !== undefined) return known ?? undefined;
  const key = foldKey(word).replace(/\.$/u, '').replace(/\. /gu, ' ');
  const found = peopleTables().honorifics.get(key);
  if (honorificMemo.size >= MEMO_LIMIT) honorificMemo.clear();
  honorificMemo.set(word, found ?? null);
  return found;
}

/**
 * The head of a nominal reference to a person or group ("person", "officials", "sources",
 * "man", "suspect", "attacker", "brothers"), singular or plural, or undefined.
 */
export function personNoun(word: string): PersonNoun | undefined {
  return peopleTables().personNouns.get(foldKey(word));
}

/**
 * The grammatical gender of a noun that denotes people: `male` ("man", "spokesman", "king",
 * "brothers"), `female` ("woman", "spokeswoman", "queen"), `neutral` for person nouns without
 * one ("official", "source", "president"), undefined for words that do not denote people.
 */
export function personNounGender(word: string): Gender | 'neutral' | undefined {
  const person = personNoun(word);
  if (person !== undefined) return person.gender ?? 'neutral';
  const role = roleNoun(word);
  if (role !== undefined) return role.gender ?? 'neutral';
  return undefined;
}

/** True for the head word of a government body ("ministry", "committee", "council", "agency", "service"). */
export function isGovernmentBodyWord(word: string): boolean {
  return peopleTables().governmentBodyWords.has(foldKey(word));
}

/** The kind of facility a head word names ("Hall", "Airport", "Street", "Prison"), or undefined. */
export function facilityHead(word: string): FacilityKind | undefined {
  return placeWordTables().facilityHeads.get(foldKey(word));
}

/** True for a facility head word ("Hall", "Airport", "Stadium", "Street", "Square", "Bridge", "Prison", …). */
export function isFacilityHead(word: string): boolean {
  return facilityHead(word) !== undefined;
}

/** True for a word that makes a name an administrative division ("region", "Oblast", "province", "Krai"). */
export function isRegionWord(word: string): boolean {
  return placeWordTables().regionWords.has(foldKey(word));
}

/**
 * True when `text.slice(start, end)` is a region word; reads the text without building a
 * string unless the length fits one ("region" … "voivodeship").
 */
export function isRegionWordAt(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 4 || length > 12) return false;
  return placeWordTables().regionWords.has(foldKey(text.slice(start, end)));
}

/** True for the head of a natural place ("Sea", "River", "Lake", "Mountains"). */
export function isNaturalFeatureHead(word: string): boolean {
  return placeWordTables().naturalHeads.has(foldKey(word));
}

/** True when the name keeps its leading "The" ("The Telegraph", "The Economist", "The Hague"). */
export function articleBelongsToName(name: string): boolean {
  const key = foldKey(name);
  if (!key.startsWith('the ')) return false;
  const known = organisationTables().byKey.get(key);
  if (known !== undefined) return known.articleInName;
  return placeTables().withArticle.has(key);
}

export { isUsStateAbbreviation } from './us-states.js';
export { hasHypernym, hasHypernymWord, type HypernymWalk } from './hypernyms.js';
