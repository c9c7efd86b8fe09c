import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayNumber } from './calendar.js';
import { normaliseTimex, type NormaliseContext } from './normalise.js';
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
    ['2 1/2 years', 'DURATION', null, 'DURATION', 'P2Y6M'],
    ['at least May 22', 'DATE', null, 'DATE', '2025-05-22'],
    ['around Nov. 1', 'DATE', null, 'DATE', '2024-11-01'],
    ['weeks', 'DURATION', null, 'DURATION', 'PXW'],
    ['30-day', 'DURATION', null, 'DURATION', 'P30D'],
    ['daily', 'SET', null, 'SET', 'P1D'],
    ['every Monday', 'SET', null, 'SET', 'XXXX-WXX-1'],
    ['Sundays', 'SET', null, 'SET', 'XXXX-WXX-7'],
    ['Tuesday nights', 'DATE', null, 'SET', 'XXXX-WXX-2TNI'],
    ['every Thursday evening', 'SET', null, 'SET', 'XXXX-WXX-4TEV'],
    ['last week', 'DATE', null, 'DATE', '2025-W23'],
    // the hour with "o'clock" or the part of the day, in figures or words
    ["nine o'clock", 'TIME', null, 'TIME', '2025-06-11T09:00'],
    ["6 o'clock in the evening", 'TIME', null, 'TIME', '2025-06-11T18:00'],
    ['two in the afternoon', 'TIME', null, 'TIME', '2025-06-11T14:00'],
    ['10 at night', 'TIME', null, 'TIME', '2025-06-11T22:00'],
    ['3 at night', 'TIME', null, 'TIME', '2025-06-11T03:00'],
    ['a later date', 'DATE', null, 'DATE', 'FUTURE_REF'],
    // a weekday of the week named: the day, not the week
    ['Saturday this week', 'DATE', null, 'DATE', '2025-06-14'],
    ['Tuesday next week', 'DATE', null, 'DATE', '2025-06-17'],
    ['Monday last week', 'DATE', null, 'DATE', '2025-06-02'],
    ['Friday night next week', 'TIME', null, 'TIME', '2025-06-20TNI'],
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
    ['the past', 'DURATION', null, 'DATE', 'PAST_REF'],
    ['recently', 'DATE', null, 'DATE', 'PAST_REF'],
    ['soon', 'DATE', null, 'DATE', 'FUTURE_REF'],
    ['9 a.m. Tuesday', 'TIME', null, 'TIME', '2025-06-10T09:00'],
    ['yesterday', 'DATE', null, 'DATE', '2025-06-10'],
    // the period the reference is in, its part being TimeML's mod, not the value
    ['the end of the month', 'DATE', null, 'DATE', '2025-06'],
    ['the start of the year', 'DATE', null, 'DATE', '2025'],
    ['the beginning of the week', 'DATE', null, 'DATE', '2025-W24'],
    // the last fiscal year closed, as "the latest quarter"
    ['the latest fiscal year', 'DATE', null, 'DATE', '2024'],
    ['this fiscal year', 'DATE', null, 'DATE', '2025'],
    // two-digit years: the nearest such year at most ten years after the reference
    ["'97", 'DATE', null, 'DATE', '1997'],
    ["fiscal '05", 'DATE', null, 'DATE', '2005'],
    ["'34", 'DATE', null, 'DATE', '2034'],
    ["'36", 'DATE', null, 'DATE', '1936'],
    ['this morning', 'TIME', null, 'TIME', '2025-06-11TMO'],
    ['January 1998', 'DATE', null, 'DATE', '1998-01'],
    ['Sept. 27, 1989', 'DATE', null, 'DATE', '1989-09-27'],
    // timex33: a month with a hyphenated modifier is the month's name ("mid-March"), not the verb
    ['mid-March', 'DATE', null, 'DATE', '2025-03'],
    // a month "of last year", as "December last year"
    ['December of last year', 'DURATION', null, 'DATE', '2024-12'],
    ['March of this year', 'DATE', null, 'DATE', '2025-03'],
    // the hundreds of a century before 2000 name the century; "the 2000s" stays a decade
    ['the 1800s', 'DATE', null, 'DATE', '18'],
    ['the early 1900s', 'DATE', null, 'DATE', '19'],
    ['the 2000s', 'DATE', null, 'DATE', '200X'],
    // "this year's third quarter": this year's, not yet begun at the reference or not
    ["this year's third quarter", 'DATE', null, 'DATE', '2025-Q3'],
    ['the 1988 3rd quarter', 'DATE', null, 'DATE', '1988-Q3'],
    // the period's end, as "the end of the month"
    ['month-end', 'DATE', null, 'DATE', '2025-06'],
    ['quarter-end', 'DATE', null, 'DATE', '2025-Q2'],
    // a part of the day after or before the one talked about
    ['the next evening', 'DATE', '2025-03-01', 'TIME', '2025-03-02TEV'],
    ['the following afternoon', 'DATE', '2025-03-01', 'TIME', '2025-03-02TAF'],
    ['the previous evening', 'DATE', '2025-03-01', 'TIME', '2025-02-28TEV'],
  ];
  for (const [surface, type, anchor, expectedType, expected] of cases) {
    it(`${surface} → ${expected}`, () => {
      assert.deepEqual(normaliseTimex(surface, type, { reference: REFERENCE, anchor }), {
        type: expectedType,
        value: expected,
      });
    });
  }

  // anchor, future clause, deadline, last quarter: the context the document gives
  const contextual: readonly [string, TimeType, Partial<NormaliseContext>, string, string][] = [
    ['March', 'DATE', {}, 'DATE', '2025-03'],
    // timex33: the ordinal in figures, as in words
    ['the year-ago 4th quarter', 'DATE', { lastQuarter: '2025-Q1' }, 'DATE', '2024-Q4'],
    ['November', 'DATE', {}, 'DATE', '2024-11'],
    ['July', 'DATE', {}, 'DATE', '2025-07'],
    // a past verb gives no grace ahead: "moved its books to a calendar year in July"
    ['July', 'DATE', { past: true }, 'DATE', '2024-07'],
    ['June 30', 'DATE', { past: true }, 'DATE', '2024-06-30'],
    ['June 2', 'DATE', { past: true }, 'DATE', '2025-06-02'],
    ['November', 'DATE', { future: true }, 'DATE', '2025-11'],
    ['Jan. 9', 'DATE', {}, 'DATE', '2025-01-09'],
    ['Jan. 9', 'DATE', { deadline: true }, 'DATE', '2026-01-09'],
    ['in May', 'DATE', {}, 'DATE', '2025-05'],
    ['may', 'DATE', {}, 'DATE', 'XXXX-XX-XX'],
    ['this march', 'DATE', {}, 'DATE', 'XXXX-XX-XX'],
    ['this March', 'DATE', {}, 'DATE', '2025-03'],
    ['Thanksgiving Day', 'DATE', {}, 'DATE', '2024-11-28'],
    ['last Christmas', 'DATE', {}, 'DATE', '2024-12-25'],
    ['Election Day', 'DATE', { future: true }, 'DATE', '2025-11-04'],
    ['Easter week', 'DATE', {}, 'DATE', '2025-W16'],
    ['Easter 2016', 'DATE', {}, 'DATE', '2016-03-27'],
    ['nineteen eighty-four', 'DATE', {}, 'DATE', '1984'],
    ['the year two thousand', 'DATE', {}, 'DATE', '2000'],
    ['June fourth', 'DATE', {}, 'DATE', '2025-06-04'],
    ['2 p.m.', 'TIME', { anchor: '2025-06-02' }, 'TIME', '2025-06-02T14:00'],
    ['10:15 a.m.', 'TIME', {}, 'TIME', '2025-06-11T10:15'],
    ['later that year', 'DATE', { anchor: '2019-08' }, 'DATE', '2019'],
    ['that quarter', 'DATE', { anchor: '2025-04-30', lastQuarter: '2025-Q1' }, 'DATE', '2025-Q1'],
    ['earlier that day', 'DATE', { anchor: '2025-06-07TEV' }, 'DATE', '2025-06-07'],
    // "it was a great day for the town", the determiner outside the extent: the day talked about
    ['day', 'DATE', { anchor: '2025-06-06' }, 'DATE', '2025-06-06'],
    // "in the year-ago quarter, the second quarter, sales fell"
    [
      'the second quarter',
      'DATE',
      { anchor: '2024-Q2', lastQuarter: '2024-Q2', before: 'In the year-ago quarter, ' },
      'DATE',
      '2024-Q2',
    ],
    [
      'the second quarter',
      'DATE',
      { anchor: '2024-Q2', lastQuarter: '2024-Q2', before: 'Sales in ' },
      'DATE',
      '2025-Q2',
    ],
    ['day', 'DURATION', { anchor: '2025-06-06' }, 'DURATION', 'P1D'],
    // "that same day" after a month or a year: a day of it, which one unknown
    ['that same day', 'DATE', { anchor: '2024-10' }, 'DATE', '2024-10-XX'],
    ['the same day', 'DATE', { anchor: '2019' }, 'DATE', '2019-XX-XX'],
    // a season without "this" under a past verb is the last one begun, under a future verb the next one not over
    ['the autumn', 'DATE', { past: true }, 'DATE', '2024-FA'],
    ['the autumn', 'DATE', {}, 'DATE', '2025-FA'],
    ['this autumn', 'DATE', { past: true }, 'DATE', '2025-FA'],
    ['spring', 'DATE', { future: true }, 'DATE', '2026-SP'],
    ['the summer', 'DATE', { past: true }, 'DATE', '2025-SU'],
    ['at least 15 more years', 'DURATION', {}, 'DURATION', 'P15Y'],
    ['no more than ninety days', 'DURATION', {}, 'DURATION', 'P90D'],
    ['three more weeks', 'DURATION', {}, 'DURATION', 'P3W'],
    ['2031 or later', 'DATE', {}, 'DATE', '2031'],
    ['the first half of 2026', 'DATE', {}, 'DATE', '2026-H1'],
    ['the last half of 2019', 'DATE', {}, 'DATE', '2019-H2'],
    ['the first two quarters of 2027', 'DATE', {}, 'DATE', '2027-H1'],
    ['the week of May 5', 'DATE', {}, 'DATE', '2025-W19'],
    ['recent years', 'DATE', {}, 'DURATION', 'PXY'],
    ['recent years', 'DURATION', {}, 'DURATION', 'PXY'],
    ['recent weeks', 'DATE', {}, 'DURATION', 'PXW'],
    ['recent quarters', 'DATE', {}, 'DURATION', 'PXM'],
    ['one day', 'DATE', { future: true }, 'DATE', 'FUTURE_REF'],
    ['one day', 'DATE', {}, 'DURATION', 'P1D'],
    ['this century', 'DATE', {}, 'DURATION', 'P100Y'],
    ['the year', 'DATE', { after: ' ended April 30, the mill' }, 'DURATION', 'P1Y'],
    ['the fiscal year', 'DATE', { after: ' ending next month' }, 'DURATION', 'P1Y'],
    ['the year', 'DATE', { after: ', sales of the mill' }, 'DATE', '2025'],
    ['the year', 'DURATION', { after: ', sales of the mill' }, 'DATE', '2025'],
    ['the quarter', 'DURATION', { after: ', sales of the mill' }, 'DATE', '2025-Q1'],
    ['the year-earlier nine months', 'DATE', {}, 'DURATION', 'P9M'],
    ['the latest six months', 'DATE', {}, 'DURATION', 'P6M'],
    ['sometime next year', 'DURATION', {}, 'DATE', '2026'],
    ['most recently last April', 'DATE', {}, 'DATE', '2025-04'],
    ['the next 12 to 18 months', 'DURATION', {}, 'DURATION', 'PXM'],
    ['two or three weeks', 'DURATION', {}, 'DURATION', 'PXW'],
    ['the quarter a year ago', 'DATE', { anchor: '2025-Q1', lastQuarter: '2025-Q1' }, 'DATE', '2024-Q1'],
    ['half this year', 'DATE', {}, 'DATE', '2025'],
    ['then current', 'DATE', {}, 'DATE', 'PAST_REF'],
    ['each October', 'SET', {}, 'SET', 'XXXX-10'],
    ['each summer', 'SET', {}, 'SET', 'XXXX-SU'],
    ["two weeks' time", 'DURATION', {}, 'DATE', '2025-W26'],
    ["a year's time", 'DATE', {}, 'DATE', '2026'],
    ['twice a year', 'SET', {}, 'SET', 'P1Y'],
    ['three times a week', 'SET', {}, 'SET', 'P1W'],
    ['the third quarter of last year', 'DATE', {}, 'DATE', '2024-Q3'],
    ['later that night', 'DATE', { anchor: '2025-06-06' }, 'TIME', '2025-06-06TNI'],
    ['that morning', 'TIME', { anchor: '2025-06-02TEV' }, 'TIME', '2025-06-02TMO'],
    ['the first quarter of next year', 'DATE', {}, 'DATE', '2026-Q1'],
    // on a Wednesday: "last weekend" is the one just past, "this weekend" the one ahead
    ['last weekend', 'DATE', {}, 'DATE', '2025-W23-WE'],
    ['this weekend', 'DATE', {}, 'DATE', '2025-W24-WE'],
    ['the weekend', 'DATE', {}, 'DATE', '2025-W23-WE'],
    ['later this afternoon', 'TIME', {}, 'TIME', '2025-06-11TAF'],
    ['mid afternoon', 'TIME', { anchor: '2025-06-09' }, 'TIME', '2025-06-09TAF'],
    ['3 in the morning', 'TIME', { anchor: '2025-06-09' }, 'TIME', '2025-06-09T03:00'],
    ['9 in the evening', 'TIME', {}, 'TIME', '2025-06-11T21:00'],
    // a year-ago period is behind the reference even after a projected quarter was named
    ['the year-ago period', 'DATE', { anchor: '2026-Q2', lastQuarter: '2026-Q2' }, 'DATE', '2024-Q1'],
    ['the year-ago quarter', 'DATE', { anchor: '2025-Q1', lastQuarter: '2025-Q1' }, 'DATE', '2024-Q1'],
    ['the comparable year-earlier period', 'DATE', { anchor: '2024-Q3' }, 'DATE', '2023-Q3'],
    // decades spelled in words, as TimeML writes a decade
    ['the nineties', 'DATE', {}, 'DATE', '199'],
    ['the early seventies', 'DATE', {}, 'DATE', '197'],
    ['the twenties', 'DATE', {}, 'DATE', '192'],
    // "a year" is a length even where the tagger said DATE; "the year" is this one
    ['a year', 'DATE', {}, 'DURATION', 'P1Y'],
    ['an hour', 'DATE', {}, 'DURATION', 'PT1H'],
    // "the previous Friday": the one before the day talked about; without one, before the reference
    ['the previous Friday', 'DATE', { anchor: '2025-06-06' }, 'DATE', '2025-05-30'],
    ['the previous Friday', 'DATE', {}, 'DATE', '2025-06-06'],
    ['the following Monday', 'DATE', { anchor: '2025-05-30TNI' }, 'DATE', '2025-06-02'],
    // TimeBank's units for a decade, a century and a millennium: E, C, L
    ['about a decade', 'DURATION', {}, 'DURATION', 'P1E'],
    ['centuries', 'DURATION', {}, 'DURATION', 'PXC'],
    ['two millennia', 'DURATION', {}, 'DURATION', 'P2L'],
    // "last May" in June is the May of a year before (the month just gone is "last month")
    ['last May', 'DATE', {}, 'DATE', '2024-05'],
    ['last April', 'DATE', {}, 'DATE', '2025-04'],
    ['last June', 'DATE', {}, 'DATE', '2024-06'],
    // "since year-end": the last day of the year before; "by year-end": this year
    ['year-end', 'DATE', { before: 'prices are up 4% since ' }, 'DATE', '2024-12-31'],
    ['year-end', 'DATE', { before: 'close the sale by ' }, 'DATE', '2025'],
    ['the end of this week', 'DATE', {}, 'DATE', '2025-W24'],
    ['end of last month', 'DATE', {}, 'DATE', '2025-05'],
    // the end of a weekday is that day (the end is TimeML's mod)
    ['the end of Thursday', 'DATE', {}, 'DATE', '2025-06-05'],
    ['the end of Thursday', 'DATE', { future: true }, 'DATE', '2025-06-12'],
    // a vague length after the day talked about names no day: the length, as TimeBank writes it
    ['a few days later', 'DATE', { anchor: '2025-03-03' }, 'DURATION', 'PXD'],
    ['a few days later', 'DATE', {}, 'DATE', 'FUTURE_REF'],
    // a quarter not yet over: last year's in a results report, this year's in a clause looking ahead
    ['the fourth quarter', 'DATE', {}, 'DATE', '2024-Q4'],
    ['the fourth quarter', 'DATE', { future: true }, 'DATE', '2025-Q4'],
    // a month ahead while it lasts, and next year's once it is over (grace only for a dated day)
    ['May', 'DATE', { future: true }, 'DATE', '2026-05'],
    ['June', 'DATE', { future: true }, 'DATE', '2025-06'],
    ['June 2', 'DATE', { future: true }, 'DATE', '2025-06-02'],
    // a plural after "and" makes both weekdays recur ("on Monday and Thursday evenings")
    ['Monday', 'DATE', { after: ' and Thursday evenings fr' }, 'SET', 'XXXX-WXX-1TEV'],
    ['Saturday', 'DATE', { after: ' or Sundays, the guides ' }, 'SET', 'XXXX-WXX-6'],
    ['Saturday', 'DATE', { after: ' and Sunday, the guides ' }, 'DATE', '2025-06-07'],
    // an age in the plural is the length the singular is; "year-long" a length whatever the type
    ['16-year-olds', 'DURATION', {}, 'DURATION', 'P16Y'],
    ['year-long', 'DATE', {}, 'DURATION', 'P1Y'],
    // "the year" in a clause in the past after an earlier year was named: that year
    ['the year', 'DATE', { anchor: '2024', past: true }, 'DATE', '2024'],
    ['the year', 'DATE', { anchor: '2024-Q3', before: 'Exports for ' }, 'DATE', '2024'],
    [
      'the year',
      'DATE',
      { anchor: '2024', future: true, before: 'rates could rise later in ' },
      'DATE',
      '2025',
    ],
    ['the year', 'DATE', { anchor: '2024', before: 'the best film of ' }, 'DATE', '2025'],
  ];
  for (const [surface, type, extra, expectedType, expected] of contextual) {
    it(`${surface} ${JSON.stringify(extra)} → ${expected}`, () => {
      assert.deepEqual(normaliseTimex(surface, type, { reference: REFERENCE, anchor: null, ...extra }), {
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
