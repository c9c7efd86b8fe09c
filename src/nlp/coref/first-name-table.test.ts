import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import {
  FIRST_NAME_LANGUAGES,
  FIRST_NAME_TABLE_FILE,
  SortedFirstNameTable,
  codesFromLists,
  firstNameTableText,
  loadFirstNameGenders,
  packageFingerprint,
} from './first-name-table.js';

type List = ReadonlyMap<string, 'male' | 'female'>;

/** Two invented lists: the first holds "mara" and "tobin", the second "tobin" and "zélie". */
const invented: readonly List[] = [
  new Map([
    ['tobin', 'male'],
    ['mara', 'female'],
  ]),
  new Map([
    ['zélie', 'female'],
    ['tobin', 'female'],
  ]),
];

describe('first-name table', () => {
  it('gives each name its gender in every list, "." where a list lacks it', () => {
    assert.deepEqual([...codesFromLists(invented)].sort(), [
      ['mara', 'f.'],
      ['tobin', 'mf'],
      ['zélie', '.f'],
    ]);
  });

  it('writes the fingerprint, then the names sorted, and reads them back by binary search', () => {
    const text = firstNameTableText(invented, '#sizes 1 2');
    assert.equal(text, '#sizes 1 2\nmara\tf.\ntobin\tmf\nzélie\t.f\n');
    const table = SortedFirstNameTable.of(text, '#sizes 1 2', 2);
    assert.ok(table);
    assert.equal(table.codesOf('mara'), 'f.');
    assert.equal(table.codesOf('tobin'), 'mf');
    assert.equal(table.codesOf('zélie'), '.f');
    for (const absent of ['', 'a', 'mar', 'maraa', 'tob', 'zz', 'zelie'])
      assert.equal(table.codesOf(absent), undefined);
  });

  it('refuses a table made from other files, out of order, or with a bad line', () => {
    const good = '#sizes 1 2\nmara\tf.\ntobin\tmf\n';
    assert.ok(SortedFirstNameTable.of(good, '#sizes 1 2', 2));
    assert.equal(SortedFirstNameTable.of(good, '#sizes 1 3', 2), null);
    assert.equal(SortedFirstNameTable.of('#sizes 1 2\ntobin\tmf\nmara\tf.\n', '#sizes 1 2', 2), null);
    assert.equal(SortedFirstNameTable.of('#sizes 1 2\nmara\tf.\nmara\tf.\n', '#sizes 1 2', 2), null);
    assert.equal(SortedFirstNameTable.of('#sizes 1 2\nmara\tfx\n', '#sizes 1 2', 2), null);
    assert.equal(SortedFirstNameTable.of('#sizes 1 2\nmara\tf\n', '#sizes 1 2', 2), null);
    assert.equal(SortedFirstNameTable.of('#sizes 1 2\nmara f.\n', '#sizes 1 2', 2), null);
    assert.equal(SortedFirstNameTable.of('#sizes 1 2\nmara\tf.', '#sizes 1 2', 2), null);
  });

  it("answers as the package's own lists for every name they hold", () => {
    const require = createRequire(import.meta.url);
    const lists = FIRST_NAME_LANGUAGES.map(
      (language) => require(`gender-detection-from-name/names/${language}.js`) as List,
    );
    const fingerprint = packageFingerprint();
    const table = SortedFirstNameTable.of(firstNameTableText(lists, fingerprint), fingerprint);
    assert.ok(table);
    const loaded = loadFirstNameGenders();
    let names = 0;
    for (const list of lists) {
      for (const name of list.keys()) {
        const expected = lists
          .map((other) => {
            const gender = other.get(name);
            return gender === undefined ? '.' : gender === 'male' ? 'm' : 'f';
          })
          .join('');
        assert.equal(table.codesOf(name), expected, name);
        assert.equal(loaded.codesOf(name), expected, name);
        names += 1;
      }
    }
    assert.ok(names > 80_000);
    assert.equal(table.codesOf('kowalski'), undefined);
  });

  it(
    'the built table, when present, is the one the package gives now',
    { skip: !existsSync(FIRST_NAME_TABLE_FILE) },
    () => {
      const require = createRequire(import.meta.url);
      const lists = FIRST_NAME_LANGUAGES.map(
        (language) => require(`gender-detection-from-name/names/${language}.js`) as List,
      );
      assert.equal(
        readFileSync(FIRST_NAME_TABLE_FILE, 'utf8'),
        firstNameTableText(lists, packageFingerprint()),
      );
    },
  );
});
