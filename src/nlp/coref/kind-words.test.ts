import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kindImplies, roleImplies } from './kind-words.js';

describe('roleImplies (a title the text gave is the description’s role, by WordNet)', () => {
  const cases: readonly [string, string, boolean][] = [
    ['district attorney', 'prosecutor', true],
    ['attorney', 'lawyer', true],
    ['lawyer', 'attorney', true],
    ['solicitor', 'lawyer', true],
    ['barrister', 'lawyer', true],
    ['prosecutor', 'prosecutor', true],
    // the other way round is no evidence: a lawyer need not prosecute
    ['lawyer', 'prosecutor', false],
    ['coach', 'prosecutor', false],
    // roles too general to be evidence
    ['prosecutor', 'official', false],
    ['minister', 'leader', false],
    ['spokesman', 'representative', false],
    ['unknownword', 'lawyer', false],
  ];
  for (const [held, described, expected] of cases)
    it(`${held} → the ${described}: ${expected}`, () => assert.equal(roleImplies(held, described), expected));
});

describe('kindImplies (a word of an organisation’s name is of the head’s kind, by WordNet)', () => {
  const cases: readonly [string, string, boolean][] = [
    ['University', 'school', true],
    ['College', 'school', true],
    ['School', 'school', true],
    ['College', 'college', true],
    ['Club', 'team', true],
    ['Academy', 'school', true],
    // kinds that share only a general hypernym ("organization", "body")
    ['University', 'club', false],
    ['Party', 'school', false],
    ['Bank', 'school', false],
    ['Council', 'team', false],
    // an office and a committee are both only administrative units
    ['Office', 'committee', false],
    ['Westbrook', 'school', false],
  ];
  for (const [word, head, expected] of cases)
    it(`${word} → the ${head}: ${expected}`, () => assert.equal(kindImplies(word, head), expected));
});
