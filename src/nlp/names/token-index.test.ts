import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Sentence } from '../../model/index.js';
import { sentenceHolding } from './token-index.js';

/** Three sentences: [0, 10), [12, 20) and [20, 30) (the last two touching, as "over.Next" would). */
const SENTENCES: readonly Sentence[] = [
  { start: 0, end: 10, firstToken: 0, endToken: 3, paragraph: 0 },
  { start: 12, end: 20, firstToken: 3, endToken: 5, paragraph: 0 },
  { start: 20, end: 30, firstToken: 5, endToken: 8, paragraph: 0 },
];

describe('sentenceHolding', () => {
  const cases: readonly [string, number, number, number | undefined][] = [
    ['a span inside the first sentence', 2, 6, 0],
    ['a span that is a whole sentence', 12, 20, 1],
    ['a span in the last sentence', 25, 30, 2],
    ['a span across two sentences', 8, 14, undefined],
    ['a span in the gap between sentences', 10, 12, undefined],
    ['an empty span where two sentences touch: the first, as find gives it', 20, 20, 1],
    ['a span after the text', 31, 33, undefined],
  ];
  for (const [title, start, end, expected] of cases)
    it(title, () => {
      const found = sentenceHolding(SENTENCES, start, end);
      assert.equal(found === undefined ? undefined : SENTENCES.indexOf(found), expected);
      assert.equal(
        found,
        SENTENCES.find((one) => one.start <= start && end <= one.end),
      );
    });
});
