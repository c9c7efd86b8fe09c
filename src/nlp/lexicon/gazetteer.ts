import type { EntityType } from '../../model/index.js';
import { AMBIGUOUS_GROUP_WORDS, groupWords } from './groups.js';
import { foldCode, foldKey, isWordCode, keyPrefixHash, prefixHashAt } from './normalise.js';
import { organisationTables } from './organisations.js';
import { placeTables } from './places.js';

/**
 * The phrase index: every gazetteer name that can be found in running text (countries, capitals,
 * cities of 500,000 people or more, continents, demonyms and group words, known organisations),
 * keyed by a hash of its first four folded letters. `matchGazetteer` finds the longest name
 * starting at a position without building any string.
 */

export type GazetteerSource = 'country' | 'city' | 'continent' | 'demonym' | 'group' | 'organisation';

export interface GazetteerEntry {
  /** The folded key ("united states"). */
  readonly key: string;
  /** The name as listed ("United States", "AFP"). */
  readonly surface: string;
  readonly source: GazetteerSource;
  readonly type: EntityType;
  readonly subtype?: string;
  /** Short all-capital names ("AP", "WHO", "US") match only in that exact spelling. */
  readonly caseSensitive: boolean;
  /** May be added as a new mention when a recogniser missed it (not for "Time", "Wagner", "Pole"). */
  readonly addable: boolean;
  /** Number of words: a multiword name wins over a recogniser's split of it. */
  readonly words: number;
}

export interface GazetteerMatch {
  readonly entry: GazetteerEntry;
  /** End offset of the match in the text (exclusive). */
  readonly end: number;
}

/** Smallest population for a city to be found in running text (smaller ones only type recognised names). */
const CITY_POPULATION_FOR_TEXT = 500_000;

/** Demonym nouns that are also common words or first names: typed when found, never added. */
const NOUN_DEMONYMS: ReadonlySet<string> = new Set(
  [
    'Pole',
    'Poles',
    'Finn',
    'Finns',
    'Turk',
    'Turks',
    'Dane',
    'Danes',
    'Scot',
    'Scots',
    'Swede',
    'Swedes',
    'Kiwi',
    'Kiwis',
    'Brit',
    'Brits',
    'Chinese',
    'Guinean',
    'Indian',
    'Indians',
    'Georgian',
    'Jordanian',
    'Dominican',
    'Congolese',
    'Monegasque',
    'Vatican',
    'Djibouti',
    'Gibraltar',
  ].map(foldKey),
);

let index: Map<number, GazetteerEntry[]> | null = null;
let byKey: Map<string, GazetteerEntry> | null = null;

function wordCount(key: string): number {
  let words = 1;
  for (let position = 0; position < key.length; position += 1)
    if (key.charCodeAt(position) === 32) words += 1;
  return words;
}

function isCaseSensitive(surface: string): boolean {
  // "AP", "WHO", "US", "U.S.", "G7": short and mostly capitals.
  const letters = surface.replace(/[^\p{L}]/gu, '');
  return letters.length <= 5 && letters.length >= 1 && letters === letters.toUpperCase();
}

function build(): Map<number, GazetteerEntry[]> {
  const map = new Map<number, GazetteerEntry[]>();
  const keys = new Map<string, GazetteerEntry>();
  byKey = keys;
  const seen = new Set<string>();
  const add = (
    surface: string,
    source: GazetteerSource,
    type: EntityType,
    subtype: string | undefined,
    addable: boolean,
  ): void => {
    const key = foldKey(surface);
    const caseSensitive = isCaseSensitive(surface);
    const identity = caseSensitive ? `=${surface}` : key;
    if (key.length < 2 || seen.has(identity)) return;
    seen.add(identity);
    const entry: GazetteerEntry = {
      key,
      surface,
      source,
      type,
      ...(subtype !== undefined ? { subtype } : {}),
      caseSensitive,
      addable,
      words: wordCount(key),
    };
    if (!keys.has(key)) keys.set(key, entry);
    const hash = keyPrefixHash(key);
    const list = map.get(hash);
    if (list === undefined) map.set(hash, [entry]);
    else list.push(entry);
  };

  // Unambiguous organisations first, then places and groups, then the ambiguous organisation
  // names: "Atlantic" is the ocean before it is the bare name of "The Atlantic".
  const organisations = organisationTables();
  const addOrganisations = (ambiguous: boolean): void => {
    for (const [key, organisation] of organisations.byKey) {
      if (organisation.ambiguous !== ambiguous) continue;
      add(organisations.surfaces.get(key) ?? organisation.name, 'organisation', 'ORG', undefined, !ambiguous);
    }
  };
  addOrganisations(false);
  const places = placeTables();
  // Demonyms before places: "Saudi" is an adjective before it is a short name of the country.
  for (const [key, demonym] of places.demonyms) {
    add(demonym.word, 'demonym', 'MISC', 'NORP', !NOUN_DEMONYMS.has(key));
  }
  for (const [key, group] of groupWords()) {
    add(group.word, 'group', 'MISC', 'NORP', !AMBIGUOUS_GROUP_WORDS.has(key));
  }
  for (const [key, place] of places.places) {
    const surface = places.surfaces.get(key) ?? place.name;
    if (place.kinds.includes('country') || place.kinds.includes('capital')) {
      add(surface, 'country', 'LOC', 'GPE', true);
    } else if (place.kinds.includes('city') && (place.population ?? 0) >= CITY_POPULATION_FOR_TEXT) {
      add(surface, 'city', 'LOC', 'GPE', true);
    } else if (place.kinds.includes('continent')) {
      add(surface, 'continent', 'LOC', undefined, true);
    }
  }
  addOrganisations(true);
  for (const list of map.values()) list.sort((a, b) => b.key.length - a.key.length);
  return map;
}

function phraseIndex(): Map<number, GazetteerEntry[]> {
  if (index === null) index = build();
  return index;
}

/** End of `entry` matched at `start` in `text`, or -1. Checks the cheap things first. */
function matchesAt(text: string, start: number, entry: GazetteerEntry): number {
  const key = entry.key;
  const end = start + key.length;
  if (end > text.length) return -1;
  // The name must end where a word ends: "Russia" matches in "Russia’s", not in "Russian".
  if (end < text.length && isWordCode(text.charCodeAt(end)) && isWordCode(text.charCodeAt(end - 1)))
    return -1;
  if (entry.caseSensitive) return text.startsWith(entry.surface, start) ? end : -1;
  // The first letters agree by hash; compare from the end, where names sharing a prefix differ.
  for (let offset = key.length - 1; offset >= 0; offset -= 1) {
    if (foldCode(text.charCodeAt(start + offset)) !== key.charCodeAt(offset)) return -1;
  }
  return end;
}

/**
 * The longest gazetteer name that starts at `start` in `text` and ends at a word boundary, or
 * null. Letters are compared folded ("RUSSIA", "Russia’s" match "Russia"); short all-capital
 * names only in their own spelling ("US", not "us").
 */
export function matchGazetteer(text: string, start: number): GazetteerMatch | null {
  const list = phraseIndex().get(prefixHashAt(text, start));
  if (list === undefined) return null;
  for (const entry of list) {
    const end = matchesAt(text, start, entry);
    if (end >= 0) return { entry, end };
  }
  return null;
}

/**
 * The gazetteer entry for a whole name ("Russia", "Belarusian", "Novaya Gazeta Europe"), or
 * undefined; short all-capital names only in their own spelling. A possessive is not stripped.
 */
export function gazetteerEntry(name: string): GazetteerEntry | undefined {
  return gazetteerEntryOfKey(foldKey(name), name);
}

/** `gazetteerEntry` for a name already folded by `foldKey`; `name` is its surface. */
export function gazetteerEntryOfKey(key: string, name: string): GazetteerEntry | undefined {
  phraseIndex();
  const entry = (byKey as Map<string, GazetteerEntry>).get(key);
  if (entry === undefined || (entry.caseSensitive && entry.surface !== name)) return undefined;
  return entry;
}

/** Builds the phrase index now (it is otherwise built on the first match). */
export function loadGazetteer(): void {
  phraseIndex();
}
