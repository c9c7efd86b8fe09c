import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDemonymOf } from '../lexicon/index.js';
import { demonymJoins } from './demonym-joins.js';

describe('isDemonymOf (lexicon demonyms, then regular endings)', () => {
  const cases: [string, string, boolean][] = [
    ['Kenyan', 'Kenya', true],
    ['British', 'United Kingdom', true],
    ['Israeli', 'Israel', true],
    ['Selmiran', 'Selmira', true],
    ['Dravani', 'Dravan', true],
    ['Orsese', 'Orsa', true],
    ['Dravan', 'Dravan', false],
    ['Selmiran', 'Dravan', false],
    ['Brandon', 'Brand', false],
    ['Tulli', 'Tu', false],
  ];
  for (const [word, place, expected] of cases)
    it(`${word} of ${place}: ${expected}`, () => assert.equal(isDemonymOf(word, place), expected));
});

describe('demonymJoins', () => {
  it('gives a nationality word the name of the place another topic names', () => {
    const joins = demonymJoins([
      'cross(Dravani, the border)',
      'cross(Dravan, the border)',
      'fire first(Selmiran, ?)',
    ]);
    assert.deepEqual([...joins], [['cross(Dravani, the border)', 'cross(Dravan, the border)']]);
  });

  it('leaves a word alone when no place, or two places, fit it', () => {
    assert.deepEqual([...demonymJoins(['cross(Dravani, the border)', 'cross(Orsa, the border)'])], []);
    // a name of several words is no nationality word ("Ana Brandon" is not of Brand)
    assert.deepEqual([...demonymJoins(['meet(Ana Brandon, Brand)', 'win(the team, ?)'])], []);
  });
});
