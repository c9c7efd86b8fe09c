import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTimeline, calendarDay } from './timeline.js';

const days: [string, string | null][] = [
  ['2024-03-22', '2024-03-22'],
  ['2024-03-22TNI', '2024-03-22'],
  ['2024-03', '2024-03'],
  ['2024', '2024'],
  ['2024-W12-WE', '2024'],
  ['PAST_REF', null],
  ['P20Y', null],
];
for (const [value, expected] of days) {
  test(`calendarDay(${value})`, () => assert.equal(calendarDay(value), expected));
}

test('buildTimeline: publication dates, dated and undated times, events; sorted by day', () => {
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
    ],
  );
  assert.deepEqual(
    dated.map((entry) => [entry.day, entry.kind, entry.label]),
    [
      ['2024-03-22', 'event', 'border_closure (“closed”)'],
      ['2024-03-22', 'time', 'Friday'],
      ['2024-03-26', 'published', 'published'],
    ],
  );
  assert.deepEqual(
    undated.map((entry) => [entry.value, entry.label]),
    [
      ['PAST_REF', 'the past'],
      ['P2D', 'On'],
    ],
  );
});
