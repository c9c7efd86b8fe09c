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
    // an event told in the simple present is to come; a state or a saying is the reporter's present
    ['The ministers meet on Tuesday in Brussels.', 'Tuesday', 'future'],
    ['The leaders travel to Oslo on Sunday.', 'Sunday', 'future'],
    ['The bakery knows its customers on Sunday.', 'Sunday', 'present'],
    ['The mayor says on Sunday the harbour is safe.', 'Sunday', 'present'],
    ['On Tuesday, the league plans to hold a rally in the park.', 'Tuesday', 'future'],
    // hung on a noun ("the budget on Thursday"): the parse says nothing of the time
    ['The council voted on the budget on Thursday.', 'Thursday', null],
  ];
  for (const [text, expression, expected] of cases)
    it(`${expression} in "${text}" → ${String(expected)}`, () => {
      const start = text.indexOf(expression);
      assert.equal(clauseTense(text, segment(text), start, start + expression.length), expected);
    });
});
