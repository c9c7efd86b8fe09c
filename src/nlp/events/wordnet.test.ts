import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasVerbFrame, synset, synsetsOf } from './wordnet.js';

describe('WordNet verb frames', () => {
  it('reads the sentence frames of a verb synset', () => {
    const first = synset(synsetsOf('give', 'verb')[0] as number, 'verb');
    assert.ok(first.frames.length > 0);
    assert.ok(first.frames.every((one) => one.frame >= 1 && one.frame <= 35));
  });
  it('nouns have no frames', () => {
    assert.deepEqual(synset(synsetsOf('river', 'noun')[0] as number, 'noun').frames, []);
  });
  // frame 14: "Somebody ----s somebody something"
  for (const [verb, expected] of [
    ['offer', true],
    ['give', true],
    ['award', true],
    ['harm', false],
    ['hold', false],
    ['sentence', false],
  ] as const)
    it(`${verb} takes two objects: ${String(expected)}`, () =>
      assert.equal(hasVerbFrame(verb, 14), expected));
});
