import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  PLACE_SOURCES_FILE,
  loadPlaceSources,
  packagePlaceSources,
  placeSourcesFingerprint,
  placeSourcesText,
  projectPlaceSources,
  readPlaceSources,
} from './place-sources.js';
import { buildPlaceTables } from './places.js';

describe('place sources', () => {
  it('keeps only the fields the place tables read, and leaves a missing field missing', () => {
    const invented = {
      countries: [
        {
          name: { common: 'Vardonia', official: 'Republic of Vardonia', native: {} },
          cca2: 'VD',
          altSpellings: ['Vardo'],
          area: 120,
          flag: '-',
          demonyms: { eng: { f: 'Vardonian', m: 'Vardonian' }, fra: { f: 'x', m: 'y' } },
        },
        { name: { common: 'Isle of Qel', official: 'Qel' }, cca2: 'QL', independent: false, demonyms: {} },
      ],
      cities: [{ city: 'Marrow', city_ascii: 'Marrow', pop: 5000, iso2: 'VD', lat: 1, timezone: 'x' }],
    };
    assert.deepEqual(projectPlaceSources(invented), {
      countries: [
        {
          name: { common: 'Vardonia', official: 'Republic of Vardonia' },
          cca2: 'VD',
          altSpellings: ['Vardo'],
          area: 120,
          demonyms: { eng: { f: 'Vardonian', m: 'Vardonian' } },
        },
        { name: { common: 'Isle of Qel', official: 'Qel' }, cca2: 'QL', independent: false },
      ],
      cities: [{ city: 'Marrow', city_ascii: 'Marrow', pop: 5000, iso2: 'VD' }],
    });
  });

  it('refuses a file made from other package files', () => {
    const text = placeSourcesText({ countries: [], cities: [] }, 'sizes 1 2');
    assert.deepEqual(readPlaceSources(text, 'sizes 1 2'), { countries: [], cities: [] });
    assert.equal(readPlaceSources(text, 'sizes 1 3'), null);
  });

  it("gives the same place tables as the packages' own files", () => {
    const fromPackages = buildPlaceTables(packagePlaceSources());
    const text = placeSourcesText(packagePlaceSources(), placeSourcesFingerprint());
    const fromFile = buildPlaceTables(readPlaceSources(text, placeSourcesFingerprint())!);
    assert.deepEqual(fromFile, fromPackages);
    assert.deepEqual(buildPlaceTables(loadPlaceSources()), fromPackages);
    assert.ok(fromPackages.places.size > 10_000);
  });

  it(
    'the built file, when present, is the one the packages give now',
    { skip: !existsSync(PLACE_SOURCES_FILE) },
    () => {
      assert.equal(
        readFileSync(PLACE_SOURCES_FILE, 'utf8'),
        placeSourcesText(packagePlaceSources(), placeSourcesFingerprint()),
      );
    },
  );
});
