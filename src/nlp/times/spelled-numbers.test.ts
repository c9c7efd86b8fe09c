import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { digitsForSpelledDates } from './spelled-numbers.js';

describe('digitsForSpelledDates', () => {
  const cases: readonly [string, string][] = [
    ['nineteen ninety-six', '1996'],
    ['january nineteen eighty-seven', 'january 1987'],
    ['the winter of nineteen seventy four', 'the winter of 1974'],
    ['nineteen oh five', '1905'],
    ['the year two thousand', 'the year 2000'],
    ['two thousand and three', '2003'],
    ['sunday, april the twenty-first', 'sunday, april 21'],
    ['june eighth', 'june 8'],
    ['two weeks', 'two weeks'],
    ['nineteen days', 'nineteen days'],
    ['the last twenty four hours', 'the last twenty four hours'],
    ['twenty twelve', '2012'],
  ];
  for (const [text, expected] of cases)
    it(`${text} → ${expected}`, () => assert.equal(digitsForSpelledDates(text), expected));
});
