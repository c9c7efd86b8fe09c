import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayNumber } from './calendar.js';
import { normaliseTimex } from './normalise.js';
import type { TimeType } from '../../model/index.js';

/** Reference day 2025-06-11, a Wednesday. Expressions invented for these tests. */
const REFERENCE = dayNumber(2025, 6, 11);

describe('normaliseTimex', () => {
  const cases: readonly [string, TimeType, string | null, string, string][] = [
    ['Friday night', 'TIME', null, 'TIME', '2025-06-06TNI'],
    ['Monday evening', 'TIME', null, 'TIME', '2025-06-09TEV'],
    ['Wednesday', 'DATE', null, 'DATE', '2025-06-11'],
    ['last Wednesday', 'DATE', null, 'DATE', '2025-06-04'],
    ['May 22', 'DATE', null, 'DATE', '2025-05-22'],
    ['the weekend', 'DATE', null, 'DATE', '2025-W23-WE'],
    ['20 years', 'DURATION', null, 'DURATION', 'P20Y'],
    ['5 1/2 hours', 'DURATION', null, 'DURATION', 'PT5H30M'],
    ['weeks', 'DURATION', null, 'DURATION', 'PXW'],
    ['30-day', 'DURATION', null, 'DURATION', 'P30D'],
    ['daily', 'SET', null, 'SET', 'P1D'],
    ['every Monday', 'SET', null, 'SET', 'XXXX-WXX-1'],
    ['last week', 'DATE', null, 'DATE', '2025-W23'],
    ['this year', 'DATE', null, 'DATE', '2025'],
    ['last month', 'DATE', null, 'DATE', '2025-05'],
    ['the third quarter', 'DATE', null, 'DATE', '2024-Q3'],
    ['the first quarter', 'DATE', null, 'DATE', '2025-Q1'],
    ['last summer', 'DATE', null, 'DATE', '2024-SU'],
    ['this spring', 'DATE', null, 'DATE', '2025-SP'],
    ['the 1990s', 'DATE', null, 'DATE', '199X'],
    ['two years ago', 'DATE', null, 'DATE', '2023'],
    ['a year earlier', 'DATE', '2019-Q2', 'DATE', '2018-Q2'],
    ['the previous day', 'DATE', '2025-03-01', 'DATE', '2025-02-28'],
    ['now', 'DATE', null, 'DATE', 'PRESENT_REF'],
    ['recently', 'DATE', null, 'DATE', 'PAST_REF'],
    ['soon', 'DATE', null, 'DATE', 'FUTURE_REF'],
    ['9 a.m. Tuesday', 'TIME', null, 'TIME', '2025-06-10T09:00'],
    ['yesterday', 'DATE', null, 'DATE', '2025-06-10'],
    ['this morning', 'TIME', null, 'TIME', '2025-06-11TMO'],
    ['January 1998', 'DATE', null, 'DATE', '1998-01'],
    ['Sept. 27, 1989', 'DATE', null, 'DATE', '1989-09-27'],
  ];
  for (const [surface, type, anchor, expectedType, expected] of cases) {
    it(`${surface} → ${expected}`, () => {
      assert.deepEqual(normaliseTimex(surface, type, { reference: REFERENCE, anchor }), {
        type: expectedType,
        value: expected,
      });
    });
  }

  it('leaves a weekday unresolved without a reference date (never today)', () => {
    assert.equal(normaliseTimex('on Monday', 'DATE', { reference: null, anchor: null }).value, 'XXXX-XX-XX');
  });

  it('puts a weekday ahead in a clause about the future', () => {
    assert.equal(
      normaliseTimex('Friday', 'DATE', { reference: REFERENCE, anchor: null, future: true }).value,
      '2025-06-13',
    );
  });
});
