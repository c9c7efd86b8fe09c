import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firmFirstNameGender, firstNameGender, isFirstName } from './first-name-gender.js';

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

describe('firmFirstNameGender', () => {
  // female in the English list, male in the French, in no other: a guess, no constraint on pronouns
  it('Kimani → undefined (firstNameGender still says f)', () => {
    assert.equal(firstNameGender('Kimani'), 'f');
    assert.equal(firmFirstNameGender('Kimani'), undefined);
  });
  // male in the English list and two others, female in the French: firm
  it('Jordan → m', () => assert.equal(firmFirstNameGender('Jordan'), 'm'));
  it('Anna → f, Paul → m, Eva-Marie → f, Robin → undefined', () => {
    assert.equal(firmFirstNameGender('Anna'), 'f');
    assert.equal(firmFirstNameGender('Paul'), 'm');
    assert.equal(firmFirstNameGender('Eva-Marie'), 'f');
    assert.equal(firmFirstNameGender('Robin'), undefined);
  });
});

describe('remembered answers', () => {
  it('a word asked again gets the same answer, undefined included', () => {
    for (let round = 0; round < 3; round += 1) {
      assert.equal(firstNameGender('Eva-Marie'), 'f');
      // the first part of a hyphenated word is asked for too: its own answer stays its own
      assert.equal(firstNameGender('Eva'), 'f');
      assert.equal(firstNameGender('Robin'), undefined);
      assert.equal(firstNameGender('Kowalski'), undefined);
    }
  });
  it('isFirstName: any list, whatever the gender; not lower case; the same when asked again', () => {
    for (let round = 0; round < 3; round += 1) {
      assert.equal(isFirstName('Robin'), true);
      assert.equal(isFirstName('Anna'), true);
      assert.equal(isFirstName('anna'), false);
      assert.equal(isFirstName('Kowalski'), false);
    }
  });
});
