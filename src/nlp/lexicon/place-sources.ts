import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * The parts of two data packages that the place tables (places.ts) read, as one small JSON file made
 * by the build.
 *
 * world-countries' countries.json (770 KB: translations, flags, borders, coordinates …) and
 * city-timezones' cityMap.json (1.9 MB: coordinates, provinces, time zones …) took about 80 ms of
 * processor time to parse in every process and worker thread that built the place tables, most of
 * it for fields never read. The build (scripts/build-tables.ts) keeps only the fields of
 * `WorldCountry` and `TimezoneCity`, in the packages' order, and records the byte sizes of the two
 * files it read: a file made from other files (a newer package, a build not rerun) is not used, and
 * the packages are read as before.
 */

export interface WorldCountry {
  readonly name: { readonly common: string; readonly official: string };
  readonly cca2: string;
  readonly capital?: readonly string[];
  readonly altSpellings?: readonly string[];
  readonly independent?: boolean;
  readonly area?: number;
  readonly demonyms?: { readonly eng?: { readonly f: string; readonly m: string } };
}

export interface TimezoneCity {
  readonly city: string;
  readonly city_ascii: string;
  readonly pop: number;
  readonly iso2: string;
}

export interface PlaceSources {
  readonly countries: readonly WorldCountry[];
  readonly cities: readonly TimezoneCity[];
}

const require = createRequire(import.meta.url);
const COUNTRIES = 'world-countries/dist/countries.json';
const CITIES = 'city-timezones/data/cityMap.json';

/** Where the build writes the file: beside this module in dist (shipped with it). */
export const PLACE_SOURCES_FILE = fileURLToPath(new URL('./place-sources.json', import.meta.url));

/** The byte sizes of the two package files, which the file must have been made from. */
export function placeSourcesFingerprint(): string {
  return [COUNTRIES, CITIES].map((file) => `${file} ${statSync(require.resolve(file)).size}`).join('; ');
}

/** The two packages' files as they are. */
export function packagePlaceSources(): PlaceSources {
  return {
    countries: require(COUNTRIES) as readonly WorldCountry[],
    cities: require(CITIES) as readonly TimezoneCity[],
  };
}

/** Only the fields the place tables read (a field missing in the package stays missing). */
export function projectPlaceSources(sources: PlaceSources): PlaceSources {
  const countries = sources.countries.map((entry): WorldCountry => {
    const english = entry.demonyms?.eng;
    return {
      name: { common: entry.name.common, official: entry.name.official },
      cca2: entry.cca2,
      ...(entry.capital !== undefined ? { capital: entry.capital } : {}),
      ...(entry.altSpellings !== undefined ? { altSpellings: entry.altSpellings } : {}),
      ...(entry.independent !== undefined ? { independent: entry.independent } : {}),
      ...(entry.area !== undefined ? { area: entry.area } : {}),
      ...(english !== undefined ? { demonyms: { eng: { f: english.f, m: english.m } } } : {}),
    };
  });
  const cities = sources.cities.map((city): TimezoneCity => ({
    city: city.city,
    city_ascii: city.city_ascii,
    pop: city.pop,
    iso2: city.iso2,
  }));
  return { countries, cities };
}

interface PlaceSourcesFile extends PlaceSources {
  readonly fingerprint: string;
}

/** The file's text: the fingerprint and the projected sources. */
export function placeSourcesText(sources: PlaceSources, fingerprint: string): string {
  const file: PlaceSourcesFile = { fingerprint, ...projectPlaceSources(sources) };
  return JSON.stringify(file);
}

/** The sources in `text` when it was made from the files `fingerprint` describes, else null. */
export function readPlaceSources(text: string, fingerprint: string): PlaceSources | null {
  const file = JSON.parse(text) as Partial<PlaceSourcesFile>;
  if (file.fingerprint !== fingerprint || !Array.isArray(file.countries) || !Array.isArray(file.cities))
    return null;
  return { countries: file.countries, cities: file.cities };
}

/** The build's file, or the packages when it is missing or was made from other files. */
export function loadPlaceSources(): PlaceSources {
  let text: string | null = null;
  try {
    text = readFileSync(PLACE_SOURCES_FILE, 'utf8');
  } catch {
    // not built (`tsc` alone): the packages
  }
  return (text !== null ? readPlaceSources(text, placeSourcesFingerprint()) : null) ?? packagePlaceSources();
}

/** Writes the file from the installed packages (the build's step). */
export function writePlaceSources(file = PLACE_SOURCES_FILE): void {
  writeFileSync(file, placeSourcesText(packagePlaceSources(), placeSourcesFingerprint()));
}
