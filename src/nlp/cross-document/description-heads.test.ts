import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sameDescriptionKind } from './description-heads.js';

describe('sameDescriptionKind (description heads of one kind)', () => {
  const cases: readonly [string, string, boolean][] = [
    ['store', 'store', true],
    ['store', 'shop', true],
    ['shop+pl', 'store+pl', true],
    ['theatre+pl', 'theater+pl', true],
    ['attacker', 'assailant', true],
    ['teen+pl', 'teenager+pl', true],
    // number must agree
    ['shop', 'store+pl', false],
    // a hypernym is not the same kind
    ['robber+pl', 'thief+pl', false],
    ['prosecutor+pl', 'lawyer+pl', false],
    ['judge', 'official', false],
    // heads WordNet lacks match only themselves
    ['qwzx', 'qwzy', false],
  ];
  for (const [left, right, same] of cases)
    it(`${left} / ${right} → ${String(same)}`, () => assert.equal(sameDescriptionKind(left, right), same));
});
