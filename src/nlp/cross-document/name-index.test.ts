import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityKey } from '../../store/link-entities.js';
import { foldKey, NameIndex, withinOneEdit } from './name-index.js';

describe('transliteration-aware name lookup', () => {
  it('folds spellings of one sound', () => {
    assert.equal(foldKey('alxndr'), foldKey('alksndr'));
    assert.equal(foldKey('qdf'), foldKey('kdf'));
  });

  it('counts one edit at most', () => {
    const cases: [string, string, boolean][] = [
      ['gddf', 'gdhf', true],
      ['abcdef', 'abcdef', true],
      ['abcdef', 'abxdef', true],
      ['abcdef', 'abdcef', false],
      ['abc', 'abcde', false],
    ];
    for (const [a, b, expected] of cases) assert.equal(withinOneEdit(a, b), expected, `${a} ${b}`);
  });

  it('finds variants of invented names, not other names', () => {
    const index = new NameIndex<string>();
    const names: [string, string][] = [
      ['PERSON', 'Aleksandr Vorontsov'],
      ['PERSON', 'Muammar Kaddafi'],
      ['PERSON', 'Ivan Petrov'],
      ['PERSON', 'Ruslan Khasbulatov'],
      ['ORG', 'Velmar Dock Union'],
    ];
    for (const [type, name] of names) index.add(type, entityKey(type, name), name);
    const cases: [string, string, string | undefined][] = [
      ['PERSON', 'Alexander Vorontsov', 'Aleksandr Vorontsov'],
      ['PERSON', 'Muammar Qaddafi', 'Muammar Kaddafi'],
      ['PERSON', 'Muammar Gadhafi', undefined], // two letters differ
      ['PERSON', 'Muamar Kadhafi', undefined], // a short key must match once folded
      ['PERSON', 'Ruslan Hasbulatov', 'Ruslan Khasbulatov'],
      ['PERSON', 'Ruslan Khazbulatov', 'Ruslan Khasbulatov'],
      ['PERSON', 'Ivan Petrenko', undefined],
      ['PERSON', 'Ivan Petrov', 'Ivan Petrov'],
      ['ORG', 'Velmar Dock Unions', 'Velmar Dock Union'],
      ['LOC', 'Velmar Dock Union', undefined], // another type
    ];
    for (const [type, name, expected] of cases)
      assert.equal(index.find(type, entityKey(type, name)), expected, name);
  });
});
