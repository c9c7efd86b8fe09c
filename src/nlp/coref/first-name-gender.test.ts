import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstNameGender } from './first-name-gender.js';

/** First names as a news story writes them; the expected gender or undefined when unsure. */
const cases: readonly [string, 'm' | 'f' | undefined][] = [
  ['Anna', 'f'],
  ['Paul', 'm'],
  ['Helena', 'f'],
  ['Eva-Marie', 'f'],
  // female in the English list, male in three others: not trusted
  ['Robin', undefined],
  ['Andrea', undefined],
  // not a first name, or not a capitalised word
  ['Kowalski', undefined],
  ['anna', undefined],
  ['UN', undefined],
];

describe('firstNameGender', () => {
  for (const [word, expected] of cases)
    it(`${word} → ${String(expected)}`, () => assert.equal(firstNameGender(word), expected));
});
