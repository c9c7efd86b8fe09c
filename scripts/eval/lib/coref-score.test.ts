import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { b3, ceafe, corefScores, maximumAssignment, muc, withoutSingletons } from './coref-score.js';

const close = (actual: number, expected: number, label: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${label}: ${actual} ≠ ${expected}`);

describe('coreference scores (values computed by hand)', () => {
  // key {a b c} {d e f g}; response {a b} {c d} {f g h i}: e is missed, h and i are extra
  const key = [
    ['a', 'b', 'c'],
    ['d', 'e', 'f', 'g'],
  ];
  const response = [
    ['a', 'b'],
    ['c', 'd'],
    ['f', 'g', 'h', 'i'],
  ];

  it('MUC counts links: recall (1 + 1) / (2 + 3), precision (1 + 0 + 1) / (1 + 1 + 3)', () => {
    const score = muc(key, response);
    close(score.recall, 2 / 5, 'recall');
    close(score.precision, 2 / 5, 'precision');
    close(score.f1, 0.4, 'f1');
  });

  it('B³ averages over mentions: recall (5/3 + 5/4) / 7, precision (2 + 1 + 1) / 8', () => {
    const score = b3(key, response);
    close(score.recall, (5 / 3 + 5 / 4) / 7, 'recall');
    close(score.precision, 0.5, 'precision');
    close(score.f1, (2 * 0.5 * (35 / 84)) / (0.5 + 35 / 84), 'f1');
  });

  it('CEAF-e aligns {a b c}–{a b} (φ 0.8) and {d e f g}–{f g h i} (φ 0.5)', () => {
    const score = ceafe(key, response);
    close(score.recall, 1.3 / 2, 'recall');
    close(score.precision, 1.3 / 3, 'precision');
  });

  it('CoNLL F1 is the mean of the three F1s; identical clusterings score 1', () => {
    const scores = corefScores(key, response);
    close(scores.conll, (scores.muc.f1 + scores.b3.f1 + scores.ceafe.f1) / 3, 'conll');
    close(
      scores.conll,
      (0.4 + (2 * 0.5 * (35 / 84)) / (0.5 + 35 / 84) + (2 * 0.65 * (1.3 / 3)) / (0.65 + 1.3 / 3)) / 3,
      'value',
    );
    close(corefScores(key, key).conll, 1, 'identical');
  });

  it('MUC gives a key singleton no link to find: {a} {b c} against {a b c}', () => {
    const score = muc([['a'], ['b', 'c']], [['a', 'b', 'c']]);
    close(score.recall, 1, 'recall');
    close(score.precision, 0.5, 'precision');
  });

  it('the assignment is optimal, not greedy', () => {
    const cases: [number[][], number][] = [
      [
        [
          [0.9, 0.8],
          [0.8, 0],
        ],
        1.6,
      ],
      [
        [
          [1, 2],
          [3, 1],
        ],
        5,
      ],
      [[[0.5], [0.2]], 0.5],
      [[[0.1, 0.7, 0.3]], 0.7],
      [[], 0],
    ];
    for (const [weights, best] of cases) close(maximumAssignment(weights), best, JSON.stringify(weights));
  });

  it('removes the clusters of one mention', () => {
    assert.deepEqual(withoutSingletons([['a'], ['b', 'c'], []]), [['b', 'c']]);
  });
});
