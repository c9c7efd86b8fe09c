import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pairMentions } from './coref-pairing.js';

describe('pairing predicted mentions with gold ones', () => {
  it('prefers the same range, then heads inside each other, one to one', () => {
    // tokens: 0 the 1 police 2 arrested 3 Lindsay 4 Lohan 5 's 6 driver
    const gold = [
      { first: 0, last: 1 }, // "the police"
      { first: 3, last: 4 }, // "Lindsay Lohan"
      { first: 3, last: 6 }, // "Lindsay Lohan 's driver"
      { first: 2, last: 2 }, // "arrested"
    ];
    const cases: [{ first: number; last: number }[], number[]][] = [
      [[{ first: 1, last: 1 }], [0]], // "police" ↔ "the police"
      [[{ first: 4, last: 4 }], [1]], // "Lohan" ↔ "Lindsay Lohan", not the driver
      [
        [
          { first: 3, last: 4 },
          { first: 4, last: 4 },
        ],
        [1, -1],
      ], // one to one: the exact range wins
      [
        [
          { first: 4, last: 4 },
          { first: 3, last: 4 },
        ],
        [-1, 1],
      ], // the exact pass runs first
      [[{ first: 2, last: 4 }], [1]], // "arrested Lindsay Lohan": heads inside each other
      [[{ first: 5, last: 6 }], [2]], // "'s driver" ↔ "Lindsay Lohan 's driver": one head
      [[{ first: 1, last: 2 }], [3]], // "police arrested" ↔ "arrested", not "the police" (its head is outside)
    ];
    for (const [predicted, expected] of cases)
      assert.deepEqual(pairMentions(gold, predicted), expected, JSON.stringify(predicted));
  });
});
