import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verbException, verbLemma } from './irregular-verbs.js';

describe('verb lemma of an irregular past form', () => {
  const cases: readonly [string, string | null][] = [
    ['broke', 'break'],
    ['Woven', 'weave'],
    ['underwent', 'undergo'],
    ['withdrew', 'withdraw'],
    ['froze', 'freeze'],
    ['shook', 'shake'],
    ['knelt', 'kneel'],
    ['fled', 'flee'],
    ['arrested', 'arrest'],
    ['found', 'find'],
    // a verb of its own is not read as another verb's past
    ['ground', 'ground'],
    ['qwzx', null],
  ];
  for (const [word, lemma] of cases)
    it(`${word} → ${String(lemma)}`, () => assert.equal(verbLemma(word), lemma));
});

describe("WordNet's verb exception list", () => {
  it('gives the base form of listed forms only', () => {
    assert.equal(verbException('stole'), 'steal');
    assert.equal(verbException('upheld'), 'uphold');
    assert.equal(verbException('arrested'), null);
    assert.equal(verbException('constructor'), null);
  });
});
