import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../segment/segment.js';
import { clauseTense, type ClauseTense } from './clause-tense.js';

/** Invented sentences: [text, the time expression in it, the tense expected]. */
describe('clauseTense', () => {
  const cases: readonly [string, string, ClauseTense][] = [
    ['The council will vote on the budget on Thursday.', 'Thursday', 'future'],
    ['The council met on Thursday.', 'Thursday', 'past'],
    ['The orchestra is playing in Leeds on Saturday.', 'Saturday', 'future'],
    ['The rowers had trained hard on Monday.', 'Monday', 'past'],
    // a perfect participle is done ("having come close in the summer")
    ['Having come close in the summer, the buyers walked away.', 'summer', 'past'],
    // an event told in the simple present is to come; a state or a saying is the reporter's present
    ['The ministers meet on Tuesday in Brussels.', 'Tuesday', 'future'],
    ['The leaders travel to Oslo on Sunday.', 'Sunday', 'future'],
    ['The bakery knows its customers on Sunday.', 'Sunday', 'present'],
    ['The mayor says on Sunday the harbour is safe.', 'Sunday', 'present'],
    ['On Tuesday, the league plans to hold a rally in the park.', 'Tuesday', 'future'],
    // hung on a place or a thing the verb governs: the verb's tense
    ['The council voted on the budget on Thursday.', 'Thursday', 'past'],
    ['The chancellor is flying to Lisbon on Thursday.', 'Thursday', 'future'],
    ['The new speed limit comes into force in April.', 'April', 'future'],
    // a bare form after a singular subject is a past ("hit", "cut", "set"), not a present
    ['The storm hit the harbour on Friday.', 'Friday', 'past'],
    ['The brewery cut its prices on Monday.', 'Monday', 'past'],
    ['Ortega set a club record on Tuesday.', 'Tuesday', 'past'],
    ['The mayor and the bishop meet on Monday.', 'Monday', 'future'],
    ['The brewery may cut its prices on Monday.', 'Monday', 'future'],
    // a state whose second sense is a change: the offer expires, the strike ends
    ['Her contract expires on Friday.', 'Friday', 'future'],
    ['The festival ends on Saturday.', 'Saturday', 'future'],
  ];
  for (const [text, expression, expected] of cases)
    it(`${expression} in "${text}" → ${String(expected)}`, () => {
      const start = text.indexOf(expression);
      assert.equal(clauseTense(text, segment(text), start, start + expression.length), expected);
    });
});
