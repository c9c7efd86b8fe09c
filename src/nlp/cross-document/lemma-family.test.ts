import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lemmaFamily } from './lemma-family.js';

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
