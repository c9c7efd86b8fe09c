import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NOUN_ARTIFACT, synsetsOf } from '../events/wordnet.js';
import { hasHypernym, hasHypernymWord, type HypernymWalk } from './hypernyms.js';

/** The most frequent noun sense of a word (WordNet 3.1). */
function firstSense(word: string): number {
  const sense = synsetsOf(word, 'noun')[0];
  assert.notEqual(sense, undefined, `WordNet has no noun "${word}"`);
  return sense as number;
}

describe('hasHypernymWord (a sense or one of its hypernyms holds a word)', () => {
  const cases: readonly [word: string, levels: number, words: readonly string[], expected: boolean][] = [
    // the sense itself is the first level
    ['trophy', 1, ['trophy'], true],
    // trophy → award: one step, so two levels
    ['trophy', 2, ['award'], true],
    ['trophy', 1, ['award'], false],
    // tabloid → journalism → print media → medium: three steps
    ['tabloid', 4, ['medium'], true],
    ['tabloid', 3, ['medium'], false],
    // "paper" is a material first, never a newspaper
    ['paper', 6, ['newspaper'], false],
    // instances climb too ("@i"): the Thames is an instance of a river, Shakespeare of a poet
    ['thames', 2, ['river'], true],
    ['shakespeare', 2, ['poet'], true],
    ['shakespeare', 2, ['river'], false],
    // cup → crockery → tableware → ware
    ['cup', 4, ['ware'], true],
  ];
  for (const [word, levels, words, expected] of cases)
    it(`"${word}" within ${levels} levels of {${words.join(', ')}}: ${expected}`, () => {
      assert.equal(hasHypernymWord(firstSense(word), 'noun', { levels }, new Set(words)), expected);
    });

  it('reads no level when levels is 0', () => {
    assert.equal(hasHypernymWord(firstSense('trophy'), 'noun', { levels: 0 }, new Set(['trophy'])), false);
  });
});

describe('hasHypernym (a test on the synsets reached)', () => {
  it('finds a hypernym by its offset', () => {
    // {award, accolade, honor}: the first sense of "accolade", the second of "award"
    const award = firstSense('accolade');
    assert.equal(
      hasHypernym(firstSense('trophy'), 'noun', { levels: 3 }, (entry) => entry.offset === award),
      true,
    );
    assert.equal(
      hasHypernym(firstSense('paper'), 'noun', { levels: 10 }, (entry) => entry.offset === award),
      false,
    );
  });

  it('neither tests nor climbs from a synset the walk may not pass through', () => {
    const onlyTheCup: HypernymWalk = { levels: 4, through: (entry) => entry.words.includes('cup') };
    assert.equal(hasHypernymWord(firstSense('cup'), 'noun', onlyTheCup, new Set(['cup'])), true);
    assert.equal(hasHypernymWord(firstSense('cup'), 'noun', onlyTheCup, new Set(['ware'])), false);
    // all of a cup's hypernyms up to "ware" are artifacts, so the walk reaches it
    const artifacts: HypernymWalk = {
      levels: 4,
      through: (entry) => entry.lexicographerFile === NOUN_ARTIFACT,
    };
    assert.equal(hasHypernymWord(firstSense('cup'), 'noun', artifacts, new Set(['ware'])), true);
  });

  it('tests each synset once, however many paths lead to it', () => {
    const tested: number[] = [];
    hasHypernym(firstSense('shakespeare'), 'noun', { levels: 8 }, (entry) => {
      tested.push(entry.offset);
      return false;
    });
    assert.equal(new Set(tested).size, tested.length);
    assert.ok(tested.length > 2);
  });
});
