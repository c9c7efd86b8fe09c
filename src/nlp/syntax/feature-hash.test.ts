import assert from 'node:assert/strict';
import { test } from 'node:test';
import { finalise, mix, mix3 } from '../ner/hash.js';
import { finaliseAll, GOLDEN, MIX, PAIR, PAIR_SECOND } from './feature-hash.js';

/** Invented template numbers and values, negative and large ones included. */
const CASES: readonly (readonly [number, number, number])[] = [
  [1, 0, 0],
  [17, 5, 18],
  [101, -1, 0x7fffffff],
  [235, 0x5bef0e, -0x3af7e2],
  [330, 123456789, -987654321],
  [511, -2147483648, 1],
];

test('raw features finalised in one loop equal mix and mix3 per feature', () => {
  for (const [template, a, b] of CASES) {
    const features = new Int32Array(2);
    features[0] = MIX[template]! ^ a;
    features[1] = Math.imul(mix(template, a), GOLDEN) ^ b;
    finaliseAll(features, 2);
    assert.deepEqual([...features], [mix(template, a), mix3(template, a, b)], `template ${template}`);
  }
});

test('raw pair features equal the parser pair hash, the sum truncated by the Int32Array', () => {
  for (const [template, a, b] of CASES) {
    const expected = finalise(
      (Math.imul(a ^ Math.imul(template, 0x27d4eb2d), 0x9e3779b1) + Math.imul(b, 0x85ebca6b)) | 0,
    );
    const features = new Int32Array(1);
    features[0] = Math.imul(a ^ PAIR[template]!, GOLDEN) + Math.imul(b, PAIR_SECOND);
    finaliseAll(features, 1);
    assert.equal(features[0], expected, `template ${template}`);
  }
});

test('finaliseAll leaves the features past count alone', () => {
  const features = Int32Array.from([3, 4, 5]);
  finaliseAll(features, 2);
  assert.deepEqual([...features], [finalise(3), finalise(4), 5]);
});
