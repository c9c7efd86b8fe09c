import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACRONYM_SKIP_WORDS } from './lexicon.js';
import {
  blendFits,
  blendParts,
  editDistance,
  initials,
  isAcronym,
  isSpellingVariant,
  normaliseNameWord,
} from './name-variants.js';
import { isPetForm } from './cluster-names.js';

describe('name variants', () => {
  const variants: readonly [string, string, boolean][] = [
    ['rachabalizod', 'rachabalizoda', true], // last letter missing, long name
    ['vaskovs', 'vaskovsky', true], // two letters missing
    ['vasko', 'vaskovsky', false], // four missing
    ['miroshnichenko', 'miroshnychenko', true], // one substitution, long name
    ['hall', 'hale', false], // short names: never
    ['smyth', 'smith', false],
    ['petersen', 'petterson', false], // two edits
    ['kowalski', 'kowalsky', true],
    ['ivanova', 'ivanov', true], // a feminine surname is a truncation: accepted (conservative elsewhere)
    ['bortnikov', 'patrushev', false],
    ['lukashenko', 'lukashenko', true],
  ];
  for (const [variant, name, expected] of variants)
    it(`${variant} ~ ${name}: ${expected}`, () => assert.equal(isSpellingVariant(variant, name), expected));

  it('edit distance counts a transposition as one edit and stops past the limit', () => {
    assert.equal(editDistance('abcd', 'abdc', 2), 1);
    assert.equal(editDistance('kitten', 'sitting', 5), 3);
    assert.equal(editDistance('a', 'abcdef', 1), 2);
  });

  const acronyms: readonly [string, boolean][] = [
    ['FSB', true],
    ['U.S.', true],
    ['NATO', true],
    ['Nato', false],
    ['A', false],
    ['Putin', false],
  ];
  for (const [word, expected] of acronyms)
    it(`isAcronym(${word}) is ${expected}`, () => assert.equal(isAcronym(word), expected));

  it('initials skip joining words and split hyphens', () => {
    assert.equal(initials(['Federal', 'Security', 'Service'], ACRONYM_SKIP_WORDS), 'fss');
    assert.equal(initials(['Bank', 'of', 'England'], ACRONYM_SKIP_WORDS), 'be');
    assert.equal(initials(['Anglo-Dutch', 'Oil'], ACRONYM_SKIP_WORDS), 'ado');
  });

  it('normalises case, diacritics, dots and apostrophes', () => {
    assert.equal(normaliseNameWord('Zelenskyý'), 'zelenskyy');
    assert.equal(normaliseNameWord('U.S.'), 'us');
    assert.equal(normaliseNameWord('O’Neill'), "o'neill");
  });
});

describe('pet forms of given names', () => {
  const cases: readonly (readonly [string, string, boolean])[] = [
    ['nick', 'nicky', true],
    ['dan', 'danny', true],
    ['kat', 'katie', true],
    ['jo', 'joey', false], // two letters: too short to tell
    ['nick', 'nicola', false],
    ['mark', 'marks', false],
  ];
  for (const [short, long, expected] of cases)
    it(`${short} ~ ${long}: ${expected}`, () => assert.equal(isPetForm(short, long), expected));
});

describe('nicknames blended from a given name and a surname', () => {
  it('splits at an inner capital, a hyphen or a dot', () => {
    assert.deepEqual(blendParts('LeVa'), ['le', 'va']);
    assert.deepEqual(blendParts('T-Mak'), ['t', 'mak']);
    assert.deepEqual(blendParts('J.Ro'), ['j', 'ro']);
  });
  it('leaves other words', () => {
    assert.equal(blendParts('Vasko'), null);
    assert.equal(blendParts('JRo'), null);
    assert.equal(blendParts('NATO'), null);
  });
  it('fits when the parts open the given name and the surname, not when one part is the surname', () => {
    assert.equal(blendFits(['le', 'va'], 'lena', 'vasko'), true);
    assert.equal(blendFits(['le', 'va'], 'omar', 'vasko'), false);
    assert.equal(blendFits(['de', 'lay'], 'dean', 'lay'), false);
  });
});
