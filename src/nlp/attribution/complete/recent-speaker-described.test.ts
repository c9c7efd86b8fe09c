import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakers } from '../test-helpers.js';

/** Every text below is invented for these tests. */

describe('"she told the paper" after an attribution to someone described (recent-speaker.ts)', () => {
  it('a body ("Police said …") is not the one person a "she" goes on with', () => {
    const text =
      'Dana Holt runs the corner shop on Mill Lane. Police said the river had burst its banks overnight. ' +
      '"The water came in under the door," she told the Gazette.';
    assert.deepEqual(speakers(text), ['Police -> Police', 'she -> Dana Holt']);
  });

  it('a man described ("a spokesman") is not who "she" goes on with', () => {
    const text =
      'Dana Holt runs the corner shop on Mill Lane. A spokesman said the river had burst its banks overnight. ' +
      '"The water came in under the door," she told the Gazette.';
    assert.deepEqual(speakers(text), ['A spokesman -> -', 'she -> Dana Holt']);
  });

  it('must not change: a spokesman described just before is who "he" goes on with', () => {
    const text =
      'Dan Holt runs the corner shop on Mill Lane. A spokesman said the river had burst its banks overnight. ' +
      '"The water came in under the door," he told the Gazette.';
    assert.deepEqual(speakers(text), ['A spokesman -> -', 'he -> -']);
  });
});
