import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IRREGULAR_FORMS, verbLemma } from './irregular-verbs.js';
import { hasLemma } from '../events/wordnet.js';

describe('verb lemma of an irregular past form', () => {
  const cases: readonly [string, string | null][] = [
    ['broke', 'break'],
    ['Woven', 'weave'],
    ['underwent', 'undergo'],
    ['withdrew', 'withdraw'],
    ['fled', 'flee'],
    ['arrested', 'arrest'],
    ['found', 'find'],
    ['qwzx', null],
  ];
  for (const [word, lemma] of cases)
    it(`${word} → ${String(lemma)}`, () => assert.equal(verbLemma(word), lemma));
});

describe('the irregular forms table', () => {
  it('maps every form to a WordNet verb', () => {
    for (const [form, lemma] of Object.entries(IRREGULAR_FORMS))
      assert.ok(hasLemma(lemma, 'verb'), `${form} → ${lemma}`);
  });
});
