import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lemmaFamily, relatedSenses } from './lemma-family.js';

describe('lemma family of a trigger (WordNet)', () => {
  it('gives verb forms and derived nouns one key, other nouns their own', () => {
    const cases: [string, string][] = [
      ['arrested', 'arrest'],
      ['arrest', 'arrest'],
      ['Arresting', 'arrest'],
      ['explosion', 'explode'],
      ['exploded', 'explode'],
      ['earthquake', 'earthquake'],
      ['fled', 'flee'],
      ['qwzx', 'qwzx'],
    ];
    for (const [trigger, family] of cases) assert.equal(lemmaFamily(trigger), family, trigger);
  });
});

describe('related senses of a trigger (WordNet)', () => {
  const shares = (left: string, right: string): boolean =>
    relatedSenses(left).some((sense) => relatedSenses(right).includes(sense));
  const cases: readonly [string, string, boolean][] = [
    ['discovered', 'found', true],
    ['accused', 'charged', true],
    ['death', 'died', true],
    ['fix', 'repair', true],
    ['arrested', 'released', false],
    ['death', 'birth', false],
  ];
  for (const [left, right, expected] of cases)
    it(`${left} / ${right}: ${String(expected)}`, () => assert.equal(shares(left, right), expected));
});
