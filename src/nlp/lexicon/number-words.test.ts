import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CARDINAL_WORDS, cardinalWordsUpTo } from './number-words.js';

test('cardinal words run from one to ninety and hundred', () => {
  assert.equal(CARDINAL_WORDS['one'], 1);
  assert.equal(CARDINAL_WORDS['seventeen'], 17);
  assert.equal(CARDINAL_WORDS['ninety'], 90);
  assert.equal(CARDINAL_WORDS['hundred'], 100);
  assert.equal(CARDINAL_WORDS['dozen'], undefined);
});

test('a stage takes the range it reads', () => {
  const groups = cardinalWordsUpTo(12, 2);
  assert.deepEqual(
    Object.values(groups).sort((a, b) => a - b),
    [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  );
  assert.equal(cardinalWordsUpTo(50)['fifty'], 50);
  assert.equal(cardinalWordsUpTo(50)['sixty'], undefined);
});
