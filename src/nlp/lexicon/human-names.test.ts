import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { isKnownHumanName, SortedNameList } from './human-names.js';

const list = (lines: readonly string[]) => SortedNameList.of(Buffer.from(lines.join('\n')));

describe('SortedNameList', () => {
  const names = list(['Ab', 'abbott', 'Anna', 'Br\uFFFDll', 'Okafor', 'Zywiec']);

  for (const [word, expected] of [
    ['anna', true],
    ['okafor', true],
    ['zywiec', true],
    ['ab', true],
    ['abbott', true],
    ['br\uFFFDll', true],
    ['a', false],
    ['abb', false],
    ['annas', false],
    ['zzz', false],
    ['', false],
  ] as const) {
    it(`"${word}" → ${expected}`, () => assert.equal(names?.has(word), expected));
  }

  it('reads lines that end with CRLF', () => {
    const crlf = SortedNameList.of(Buffer.from('Ab\r\nAnna\r\nOkafor\r\n'));
    assert.deepEqual(
      ['ab', 'anna', 'okafor', 'okafor\r', 'anna\r\nokafor'].map((word) => crlf?.has(word)),
      [true, true, true, false, false],
    );
  });

  it('refuses a list that is not sorted once lower-cased, has duplicates or cased non-ASCII letters', () => {
    assert.equal(list(['anna', 'Ab']), null);
    assert.equal(list(['Anna', 'anna']), null);
    assert.equal(list(['Ab', 'Éva']), null);
  });
});

describe('isKnownHumanName', () => {
  it('finds every name of the installed list, in any case, as a set of its lines would', () => {
    const require = createRequire(import.meta.url);
    const bytes = readFileSync(require.resolve('humannames/list.txt'));
    assert.ok(SortedNameList.of(bytes) !== null, 'the package list is read in place');
    const lines = bytes.toString('utf8').split(/\r?\n/).filter(Boolean);
    for (const line of lines) {
      assert.ok(isKnownHumanName(line), line);
      assert.ok(isKnownHumanName(line.toUpperCase()), line);
    }
    const set = new Set(lines.map((line) => line.toLowerCase()));
    for (const word of ['Zango', 'Okaforr', 'Ab-', 'Mc', 'x', 'river', 'Lindqvist', 'Kowalski', 'Ainsley']) {
      assert.equal(isKnownHumanName(word), set.has(word.toLowerCase()), word);
    }
  });
});
