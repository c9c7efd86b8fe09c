import { createRequire } from 'node:module';
import { foldKey } from './normalise.js';
import { loadPlaceSources, type PlaceSources } from './place-sources.js';

/**
 * Place gazetteers, built once on first use from three data packages:
 * - world-countries: every country's common and official names, alternative spellings, capitals
 *   and English demonyms;
 * - cldr-subdivisions-full: the English names of 5,000 ISO 3166-2 subdivisions (states, oblasts,
 *   provinces, counties, …), from Unicode CLDR;
 * - city-timezones: 7,300 cities with their population (Natural Earth populated places).
 * The fields read of the first and the last are kept by the build in one small file (place-sources.ts).
 * A few names that no package gives ("Britain", "America", "Holland", the common demonyms "Kyrgyz"
 * and "Tajik", continents and world regions) are added below.
 */

/** What a place name can denote; a name may be several ("Luxembourg", "Moscow"). */
export type PlaceKind = 'country' | 'capital' | 'city' | 'region' | 'continent';

export interface Place {
  /** The canonical name: a country's common name ("United Kingdom" for "Britain"), else the name as listed. */
  readonly name: string;
  readonly kinds: readonly PlaceKind[];
  /** ISO 3166-1 alpha-2 code of the country it is, or is in, when known. */
  readonly country?: string;
  /** Population of the largest city of that name, when it is a listed city. */
  readonly population?: number;
}

export interface Country {
  /** ISO 3166-1 alpha-2 code. */
  readonly code: string;
  /** Common English name ("Russia", "United States"). */
  readonly name: string;
}

/** Alternative country names no package lists, as news writes them. */
const EXTRA_COUNTRY_NAMES: readonly (readonly [string, string])[] = [
  ['Britain', 'GB'],
  ['U.K.', 'GB'],
  ['America', 'US'],
  ['U.S.', 'US'],
  ['U.S.A.', 'US'],
  ['United States of America', 'US'],
  ['Holland', 'NL'],
  ['Burma', 'MM'],
  ['Ivory Coast', 'CI'],
  ['Czech Republic', 'CZ'],
  ['Turkey', 'TR'],
  ['Türkiye', 'TR'],
  ['Swaziland', 'SZ'],
  ['Macedonia', 'MK'],
  ['East Timor', 'TL'],
  ['Vatican', 'VA'],
  ['Palestine', 'PS'],
  ['Gaza', 'PS'],
  ['West Bank', 'PS'],
  ['Cape Verde', 'CV'],
  ['Democratic Republic of Congo', 'CD'],
  ['Democratic Republic of the Congo', 'CD'],
  ['DR Congo', 'CD'],
  ['Republic of Congo', 'CG'],
  ['South Korea', 'KR'],
  ['North Korea', 'KP'],
  ['Moldavia', 'MD'],
  ['Byelorussia', 'BY'],
  ['Belorussia', 'BY'],
  ['Kirghizia', 'KG'],
  ['England', 'GB'],
  ['Scotland', 'GB'],
  ['Wales', 'GB'],
  ['Northern Ireland', 'GB'],
];

/** Two-letter codes that are also used as names in running text. */
const CODE_NAMES = new Set(['UK', 'US', 'USA', 'UAE', 'DRC', 'DPRK', 'RSA']);

/**
 * Demonyms and nationality adjectives the package lacks or spells otherwise ("Kirghiz", "Tadzhik"),
 * noun forms ("Briton", "Pole"), and plural forms that `demonymPlural` would not build.
 */
const EXTRA_DEMONYMS: readonly (readonly [string, string])[] = [
  ['Kyrgyz', 'KG'],
  ['Kirgiz', 'KG'],
  ['Tajik', 'TJ'],
  ['Uzbek', 'UZ'],
  ['Kazakh', 'KZ'],
  ['Turkmen', 'TM'],
  ['Belarussian', 'BY'],
  ['Belorussian', 'BY'],
  ['Byelorussian', 'BY'],
  ['English', 'GB'],
  ['Scottish', 'GB'],
  ['Welsh', 'GB'],
  ['Briton', 'GB'],
  ['Brit', 'GB'],
  ['Scot', 'GB'],
  ['Argentinian', 'AR'],
  ['Azeri', 'AZ'],
  ['Saudi', 'SA'],
  ['Emirati', 'AE'],
  ['Korean', 'KR'],
  ['Slovenian', 'SI'],
  ['Bosnian', 'BA'],
  ['Serb', 'RS'],
  ['Croat', 'HR'],
  ['Pole', 'PL'],
  ['Swede', 'SE'],
  ['Dane', 'DK'],
  ['Finn', 'FI'],
  ['Spaniard', 'ES'],
  ['Turk', 'TR'],
  ['Icelandic', 'IS'],
  ['Greenlander', 'GL'],
  ['Kiwi', 'NZ'],
  ['Frenchman', 'FR'],
  ['Frenchwoman', 'FR'],
  ['Englishman', 'GB'],
  ['Englishwoman', 'GB'],
  ['Irishman', 'IE'],
  ['Irishwoman', 'IE'],
  ['Dutchman', 'NL'],
  ['Nepali', 'NP'],
  ['Luxembourgish', 'LU'],
  ['Maldivian', 'MV'],
  ['Cape Verdean', 'CV'],
  ['Ecuadorian', 'EC'],
  ['Salvadorean', 'SV'],
  ['Zairean', 'CD'],
];

/** Irregular plurals of demonyms (the regular ones get an "s"). */
const DEMONYM_PLURALS: readonly (readonly [string, string])[] = [
  ['Czechs', 'CZ'],
  ['Frenchmen', 'FR'],
  ['Englishmen', 'GB'],
  ['Irishmen', 'IE'],
  ['Dutchmen', 'NL'],
  ['Frenchwomen', 'FR'],
  ['Englishwomen', 'GB'],
];

/** Continents and world regions: places, but not political entities (no GPE subtype). */
const CONTINENTS: readonly string[] = [
  'Africa',
  'Antarctica',
  'Asia',
  'Europe',
  'North America',
  'South America',
  'Latin America',
  'Central America',
  'Oceania',
  'Middle East',
  'Near East',
  'Far East',
  'Central Asia',
  'South Asia',
  'Southeast Asia',
  'East Asia',
  'Eastern Europe',
  'Western Europe',
  'Central Europe',
  'Southern Europe',
  'Northern Europe',
  'Balkans',
  'Caucasus',
  'North Caucasus',
  'Scandinavia',
  'Arctic',
  'Sahel',
  'Sahara',
  'Maghreb',
  'Levant',
  'Horn of Africa',
  'Sub-Saharan Africa',
  'West Africa',
  'East Africa',
  'North Africa',
  'Southern Africa',
  'Baltics',
  'Indo-Pacific',
  'Pacific',
  'Atlantic',
  'Mediterranean',
];

/** Names that need an article in front ("The Hague"): kept in the mention. */
const PLACES_WITH_ARTICLE: readonly (readonly [string, string])[] = [['The Hague', 'NL']];

/** Large cities named in news as places ("Kyiv" and "Kiev"), missing or spelt otherwise in the city list. */
const EXTRA_CITIES: readonly (readonly [string, string])[] = [
  ['Kiev', 'UA'],
  ['Kyiv', 'UA'],
  ['Kharkiv', 'UA'],
  ['Odesa', 'UA'],
  ['Odessa', 'UA'],
  ['Mykolaiv', 'UA'],
  ['Zaporizhzhia', 'UA'],
  ['Dnipro', 'UA'],
  ['Lviv', 'UA'],
  ['Bakhmut', 'UA'],
  ['Avdiivka', 'UA'],
  ['Mariupol', 'UA'],
  ['Kherson', 'UA'],
  ['St Petersburg', 'RU'],
  ['St. Petersburg', 'RU'],
  ['Saint Petersburg', 'RU'],
  ['New York City', 'US'],
  ['Washington DC', 'US'],
  ['Washington, DC', 'US'],
  ['Washington, D.C.', 'US'],
];

interface MutablePlace {
  name: string;
  kinds: PlaceKind[];
  country?: string;
  population?: number;
}

export interface DemonymEntry {
  /** The demonym as listed ("Belarusian"). */
  readonly word: string;
  readonly country: Country;
  /** True for a plural noun ("Russians", "Britons"). */
  readonly plural: boolean;
}

export interface PlaceTables {
  readonly places: ReadonlyMap<string, Place>;
  readonly demonyms: ReadonlyMap<string, DemonymEntry>;
  readonly countries: ReadonlyMap<string, Country>;
  /** Every place name in its listed spelling, for the phrase index ("United States", "Kyiv"). */
  readonly surfaces: ReadonlyMap<string, string>;
  /** Folded names that keep a leading "The" ("the hague"). */
  readonly withArticle: ReadonlySet<string>;
}

let tables: PlaceTables | null = null;

function addPlace(
  places: Map<string, MutablePlace>,
  surfaces: Map<string, string>,
  surface: string,
  kind: PlaceKind,
  canonical: string,
  country?: string,
  population?: number,
): void {
  const key = foldKey(surface);
  if (key.length < 2) return;
  let place = places.get(key);
  if (place === undefined) {
    place = { name: canonical, kinds: [] };
    if (country !== undefined) place.country = country;
    places.set(key, place);
    if (!surfaces.has(key)) surfaces.set(key, surface);
  }
  if (!place.kinds.includes(kind)) place.kinds.push(kind);
  if (kind === 'country') {
    // A country's name outranks a city or region of the same name ("Georgia", "Mexico").
    place.name = canonical;
    if (country !== undefined) place.country = country;
  }
  if (place.country === undefined && country !== undefined) place.country = country;
  if (population !== undefined && (place.population ?? 0) < population) place.population = population;
}

/** Regular English plural of a demonym noun: "Russian" → "Russians", "Iraqi" → "Iraqis". */
function demonymPlural(word: string): string | null {
  if (/(?:an|i|er|ot|ite|o|ar|k|ene)$/u.test(word)) return `${word}s`;
  return null;
}

/** The tables from the two packages' data (place-sources.ts) and the subdivision names. */
export function buildPlaceTables(sources: PlaceSources): PlaceTables {
  const require = createRequire(import.meta.url);
  const { countries: worldCountries, cities } = sources;
  const cldr = require('cldr-subdivisions-full/subdivisions/en/en.json') as {
    subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } };
  };

  const places = new Map<string, MutablePlace>();
  const surfaces = new Map<string, string>();
  const countries = new Map<string, Country>();
  const demonyms = new Map<string, DemonymEntry>();
  const demonymRank = new Map<string, number>();

  // Independent, larger countries first, so that a shared demonym ("French", "Dutch", "American")
  // goes to the country a reader means.
  const ordered = [...worldCountries].sort(
    (a, b) =>
      Number(b.independent === true) - Number(a.independent === true) || (b.area ?? 0) - (a.area ?? 0),
  );
  for (const entry of ordered) {
    countries.set(entry.cca2, { code: entry.cca2, name: entry.name.common });
  }
  const countryByCode = (code: string): Country => countries.get(code) as Country;

  const addDemonym = (word: string, code: string, rank: number, plural = false): void => {
    const key = foldKey(word);
    if (key.length < 3) return;
    const previous = demonymRank.get(key);
    if (previous !== undefined && previous <= rank) return;
    demonymRank.set(key, rank);
    demonyms.set(key, { word, country: countryByCode(code), plural });
  };

  ordered.forEach((entry, rank) => {
    const code = entry.cca2;
    const canonical = entry.name.common;
    addPlace(places, surfaces, canonical, 'country', canonical, code);
    addPlace(places, surfaces, entry.name.official, 'country', canonical, code);
    for (const alternative of entry.altSpellings ?? []) {
      if (!/^[\p{Script=Latin} .,'’-]+$/u.test(alternative)) continue;
      if (/^[A-Z]{2,4}$/u.test(alternative) && !CODE_NAMES.has(alternative)) continue;
      addPlace(places, surfaces, alternative, 'country', canonical, code);
    }
    // Capitals of dependent territories ("Plymouth", Montserrat) are only towns to a reader.
    for (const capital of entry.capital ?? []) {
      addPlace(places, surfaces, capital, entry.independent === true ? 'capital' : 'city', capital, code);
    }
    const english = entry.demonyms?.eng;
    if (english !== undefined) {
      for (const word of new Set([english.m, english.f])) {
        if (word.length === 0 || foldKey(word) === foldKey(canonical)) continue;
        addDemonym(word, code, rank + 100);
        const plural = demonymPlural(word);
        if (plural !== null) addDemonym(plural, code, rank + 100, true);
      }
    }
  });
  for (const [name, code] of EXTRA_COUNTRY_NAMES) {
    addPlace(places, surfaces, name, 'country', countryByCode(code).name, code);
  }
  for (const [word, code] of EXTRA_DEMONYMS) {
    addDemonym(word, code, 0);
    if (!/(?:man|woman|men|ish|sh|ch|z|ic)$/u.test(word)) addDemonym(`${word}s`, code, 0, true);
  }
  for (const [word, code] of DEMONYM_PLURALS) addDemonym(word, code, 0, true);

  for (const city of cities) {
    if (city.city.length > 0) addPlace(places, surfaces, city.city, 'city', city.city, city.iso2, city.pop);
    if (city.city_ascii.length > 0 && city.city_ascii !== city.city) {
      addPlace(places, surfaces, city.city_ascii, 'city', city.city_ascii, city.iso2, city.pop);
    }
  }
  for (const [name, code] of EXTRA_CITIES) addPlace(places, surfaces, name, 'city', name, code, 1_000_000);
  for (const [name, code] of PLACES_WITH_ARTICLE)
    addPlace(places, surfaces, name, 'city', name, code, 500_000);

  for (const [code, name] of Object.entries(cldr.subdivisions.localeDisplayNames.subdivisions)) {
    const country = code.slice(0, 2).toUpperCase();
    addPlace(places, surfaces, name, 'region', name, country);
    // "Chernivtsi Oblast", "Perm Krai": the bare name is the region too ("Perm").
    const bare = /^(.+?) (?:Oblast|Krai|Province|Region|Okrug|Governorate|Prefecture|County|District)$/u.exec(
      name,
    );
    if (bare?.[1] !== undefined) addPlace(places, surfaces, bare[1], 'region', name, country);
  }
  for (const name of CONTINENTS) addPlace(places, surfaces, name, 'continent', name);

  const withArticle = new Set(PLACES_WITH_ARTICLE.map(([name]) => foldKey(name)));
  return { places, demonyms, countries, surfaces, withArticle };
}

/** The place tables, built on first use (about 30 ms). */
export function placeTables(): PlaceTables {
  if (tables === null) tables = buildPlaceTables(loadPlaceSources());
  return tables;
}
