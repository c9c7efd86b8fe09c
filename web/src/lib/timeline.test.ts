import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTimeline, calendarUnit, isoWeekMonday } from './timeline.js';

const units: [string, { unit: string; sortKey: string } | null][] = [
  ['2024-03-22', { unit: '2024-03-22', sortKey: '2024-03-22' }],
  ['2024-03-22TNI', { unit: '2024-03-22', sortKey: '2024-03-22' }],
  ['2024-03-25T14:30', { unit: '2024-03-25', sortKey: '2024-03-25' }],
  ['2024-03', { unit: '2024-03', sortKey: '2024-03-01' }],
  ['2024', { unit: '2024', sortKey: '2024-01-01' }],
  ['2024-W12', { unit: '2024-W12', sortKey: '2024-03-18' }],
  ['2024-W12-WE', { unit: '2024-W12', sortKey: '2024-03-18' }],
  ['2024-SU', { unit: '2024', sortKey: '2024-01-01' }],
  ['PAST_REF', null],
  ['P20Y', null],
];
for (const [value, expected] of units) {
  test(`calendarUnit(${value})`, () => assert.deepEqual(calendarUnit(value), expected));
}

const mondays: [number, number, string][] = [
  [2024, 1, '2024-01-01'],
  [2024, 12, '2024-03-18'],
  [2021, 1, '2021-01-04'],
  [2020, 53, '2020-12-28'],
];
for (const [year, week, monday] of mondays) {
  test(`isoWeekMonday(${year}, ${week})`, () => assert.equal(isoWeekMonday(year, week), monday));
}

test('buildTimeline: publication dates, dated and undated times, typed and untyped events, in time order', () => {
  const text = 'On Friday the port closed. Talks ended in the past.';
  const { dated, undated } = buildTimeline(
    [
      {
        id: 'd1',
        title: 'Port',
        published: '2024-03-26',
        text,
        times: [
          { id: 't1', start: 3, end: 9, type: 'DATE', value: '2024-03-22' },
          { id: 't2', start: 42, end: 50, type: 'DATE', value: 'PAST_REF' },
          { id: 't3', start: 0, end: 2, type: 'DURATION', value: 'P2D' },
          { id: 't4', start: 10, end: 13, type: 'DATE', value: '2024-W11' },
        ],
      },
      { id: 'd2', title: null, published: null },
    ],
    [
      {
        document: 'd1',
        title: 'Port',
        event: 'ev1',
        type: 'border_closure',
        trigger: 'closed',
        date: '2024-03-22',
      },
      {
        document: 'd1',
        title: 'Port',
        event: 'ev2',
        type: null,
        class: 'OCCURRENCE',
        trigger: 'ended',
        date: null,
      },
    ],
  );
  assert.deepEqual(
    dated.map((entry) => [entry.day, entry.kind, entry.label, entry.eventType ?? null]),
    [
      ['2024-W11', 'time', 'the', null],
      ['2024-03-22', 'event', 'closed', 'border_closure'],
      ['2024-03-22', 'time', 'Friday', null],
      ['2024-03-26', 'published', 'published', null],
    ],
  );
  assert.deepEqual(
    undated.map((entry) => [entry.kind, entry.value, entry.label, entry.typed ?? null]),
    [
      ['time', 'PAST_REF', 'the past', null],
      ['time', 'P2D', 'On', null],
      ['event', '', 'ended', false],
    ],
  );
});
