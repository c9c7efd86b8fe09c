import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { derivedSharingStart, hasVerbFrame, synset, synsetsOf } from './wordnet.js';

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

describe('WordNet hypernyms read with the synset', () => {
  it('lists the hypernyms in the order of the pointers', () => {
    const trophy = synset(synsetsOf('trophy', 'noun')[0] as number, 'noun');
    const expected = trophy.pointers
      .filter((pointer) => pointer.symbol === '@' && pointer.pos === 'noun')
      .map((pointer) => pointer.offset);
    assert.ok(expected.length > 0);
    assert.deepEqual(trophy.hypernyms, expected);
  });
  it('counts instance hypernyms too (the Thames is an instance of a river)', () => {
    const thames = synset(synsetsOf('thames', 'noun')[0] as number, 'noun');
    const river = synsetsOf('river', 'noun')[0] as number;
    assert.ok(thames.hypernyms.includes(river));
  });
  it('leaves out pointers of other kinds and other parts of speech', () => {
    const give = synset(synsetsOf('give', 'verb')[0] as number, 'verb');
    const others = give.pointers.filter((pointer) => pointer.symbol !== '@' && pointer.symbol !== '@i');
    assert.ok(others.length > 0);
    for (const pointer of others)
      if (!give.pointers.some((one) => one.offset === pointer.offset && one.symbol.startsWith('@')))
        assert.ok(!give.hypernyms.includes(pointer.offset));
  });
});

describe('the derived word spelled most like another', () => {
  it('finds the verb a deed noun comes from and the noun naming a verb’s happening', () => {
    const payment = synsetsOf('payment', 'noun').slice(0, 2);
    assert.ok(payment.length > 0);
    assert.equal(derivedSharingStart(payment, 'noun', 'verb', 'payment', { least: 3 }), 'pay');
    const explode = synsetsOf('explode', 'verb').slice(0, 2);
    assert.equal(
      derivedSharingStart(explode, 'verb', 'noun', 'explode', { least: 4, shorterOnTie: true }),
      'explosion',
    );
  });

  it('asks for enough shared letters', () => {
    const payment = synsetsOf('payment', 'noun').slice(0, 2);
    assert.equal(derivedSharingStart(payment, 'noun', 'verb', 'payment', { least: 4 }), null);
  });
});
