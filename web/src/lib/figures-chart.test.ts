import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  bucketName,
  chartLayout,
  formatDay,
  MORE_TOPICS,
  niceStep,
  seriesOf,
  valuesOf,
  type FigureBucketData,
} from './figures-chart.js';

const buckets: FigureBucketData[] = [
  {
    start: '2025-03-03',
    end: '2025-03-09',
    quotations: 3,
    stances: { assert: 2, deny: 1 },
    topics: { 'no claim': 2, 'who took part': 1 },
  },
  { start: '2025-03-10', end: '2025-03-16', quotations: 0, stances: {}, topics: {} },
  {
    start: '2025-03-17',
    end: '2025-03-23',
    quotations: 7,
    stances: { question: 1, assert: 6 },
    topics: { a: 1, b: 1, c: 1, d: 1, e: 1, f: 1, 'no claim': 1 },
  },
];

test('days and weeks are named for people', () => {
  assert.equal(formatDay('2024-03-02'), '2 Mar 2024');
  assert.equal(formatDay('2024-12-31', false), '31 Dec');
  assert.equal(bucketName({ start: '2024-03-18', end: '2024-03-24' }), '18 Mar – 24 Mar 2024');
  assert.equal(bucketName({ start: '2024-12-30', end: '2025-01-05' }), '30 Dec 2024 – 5 Jan 2025');
  assert.equal(bucketName({ start: '2024-03-22', end: '2024-03-22' }), '22 Mar 2024');
});

test('series: stances in a fixed order, topics most frequent first with the rest folded', () => {
  assert.deepEqual(seriesOf(buckets, 'stance'), ['assert', 'deny', 'question']);
  const topics = seriesOf(buckets, 'topic');
  assert.equal(topics.length, 6);
  assert.equal(topics[0], 'no claim');
  assert.equal(topics.at(-1), MORE_TOPICS);
  const last = buckets[2];
  assert.ok(last);
  const values = valuesOf(last, 'topic', topics);
  assert.equal(
    values.reduce((sum, value) => sum + value, 0),
    7,
  );
});

test('round steps for the y axis', () => {
  assert.equal(niceStep(0), 1);
  assert.equal(niceStep(3), 1);
  assert.equal(niceStep(7), 2);
  assert.equal(niceStep(23), 5);
  assert.equal(niceStep(180), 50);
});

test('layout: one bar per bucket, stacked segments within the plot, ticks from 0 to the top', () => {
  const layout = chartLayout(buckets, 'stance', { width: 600, height: 240 });
  assert.equal(layout.bars.length, 3);
  assert.equal(layout.max, 8);
  assert.deepEqual(
    layout.yTicks.map((tick) => tick.value),
    [0, 2, 4, 6, 8],
  );
  const [first, empty, third] = layout.bars;
  assert.deepEqual(
    first?.segments.map((segment) => [segment.key, segment.value]),
    [
      ['assert', 2],
      ['deny', 1],
    ],
  );
  assert.equal(empty?.segments.length, 0);
  assert.equal(third?.total, 7);
  for (const bar of layout.bars) {
    assert.ok(bar.x >= layout.plot.left && bar.x + bar.width <= layout.plot.right);
    for (const segment of bar.segments) {
      assert.ok(segment.y >= layout.plot.top - 1e-9);
      assert.ok(segment.y + segment.height <= layout.plot.bottom + 1e-9);
    }
  }
  assert.deepEqual(
    layout.xLabels.map((label) => label.text),
    ['3 Mar', '10 Mar', '17 Mar'],
  );
  // many buckets: at most about eight labels
  const many = Array.from({ length: 40 }, (_, index) => ({
    start: `2025-01-${String((index % 28) + 1).padStart(2, '0')}`,
    end: '',
    quotations: 1,
    stances: { assert: 1 },
    topics: {},
  }));
  assert.ok(chartLayout(many, 'stance').xLabels.length <= 8);
});
