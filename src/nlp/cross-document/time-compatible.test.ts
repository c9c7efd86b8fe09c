import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timesCompatible } from './time-compatible.js';

describe('compatible time values', () => {
  it('compares dates where both are known, ignores what is not a date', () => {
    const cases: [string | null, string | null, boolean][] = [
      ['2011-01', '2011-01-15', true],
      ['XXXX-06-08', '2013-06-08', true],
      ['2013-06-08', '2013-06-09', false],
      ['2012', '2013-06', false],
      ['PRESENT_REF', '2013-06-09', true],
      [null, '2013-06-09', true],
      ['2013-W23', '2013-06-09', true],
    ];
    for (const [a, b, expected] of cases) assert.equal(timesCompatible(a, b), expected, `${a} ${b}`);
  });
});
