import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakers } from '../test-helpers.js';

/** Every text below is invented for these tests. */

describe('"the 60-year-old said": only a person of that age, or no one', () => {
  it('not the person whose age the text gave as another', () => {
    const text = 'Tom Baker, 45, was hurt in the blast. "It was terrifying," the 60-year-old said.';
    assert.deepEqual(speakers(text), ['the 60-year-old -> -']);
  });

  it('the person of unknown age rather than one of another age', () => {
    const text =
      'Tom Baker, 45, was hurt in the blast. His neighbour Ann Reid was also hurt. ' +
      '"It was terrifying," the 60-year-old said.';
    assert.deepEqual(speakers(text), ['the 60-year-old -> Ann Reid']);
  });
});

describe('a modifier of the cue verb before it is no part of the source', () => {
  it('"Coverity, Inc., the leader in …, today announced": the company, not "today"', () => {
    const text =
      'SAN MARCO, May 3 -- Vextrion, Inc., the leader in improving software quality and security, ' +
      'today announced that its tools found 900 defects in open source code.';
    assert.deepEqual(speakers(text), [
      'Vextrion, Inc., the leader in improving software quality and security -> Vextrion',
    ]);
  });
});

describe('"the 60-year-old said": the person whose age the text gave (", aged 60")', () => {
  it('"X, aged 60, was arrested … Detective Y said … The 60-year-old said": X, not the last speaker', () => {
    const text =
      'Police said Arno Lisk, aged 60, was arrested at his home. Detective Karl Wendt said the arrest ' +
      'followed a long inquiry. The 60-year-old said he was innocent.';
    assert.deepEqual(speakers(text).slice(-1), ['The 60-year-old -> Arno Lisk']);
  });

  it('must not change: two people of that age, no one', () => {
    const text =
      'Arno Lisk, 60, and Bela Ruiz, 60, were arrested at their homes. Detective Karl Wendt said the ' +
      'arrests followed a long inquiry. The 60-year-old said he was innocent.';
    assert.deepEqual(speakers(text).slice(-1), ['The 60-year-old -> -']);
  });
});

describe('"A voter, Dana Mirel, 54, said": the age closes the apposition that names the speaker', () => {
  it('the person named in apposition, her age after the name', () => {
    assert.deepEqual(speakers('A voter, Dana Mirel, 54, said the queues were long.'), [
      'A voter, Dana Mirel, 54, -> Dana Mirel',
    ]);
  });

  it('must not change: a source described, then a person named in the next sentence, no one', () => {
    assert.deepEqual(speakers('A voter said the queues were long. Ann Reid, 54, waited three hours.'), [
      'A voter -> -',
    ]);
  });
});

describe('"An official who asked not to be named said …": the source with its relative clause', () => {
  it('the report is found, its source the official', () => {
    assert.deepEqual(speakers('An official who asked not to be named said five crates were seized.'), [
      'An official who asked not to be named -> -',
    ]);
  });
});
