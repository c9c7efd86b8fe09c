import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatTimeline, sortKey, timelineRows, type PrintedDocument } from './timeline.js';

/** An invented document in the contract's shape. */
const DOCUMENT: PrintedDocument = {
  source: 'a.txt',
  entities: [
    { id: 'e1', name: 'Mara Voss' },
    { id: 'e2', name: 'Portmere' },
  ],
  attributions: [{ id: 'a1', speaker: 'e1' }],
  events: [
    { id: 'v1', trigger: { text: 'said' }, type: null, arguments: [] },
    {
      id: 'v2',
      trigger: { text: 'arrested' },
      type: 'arrest',
      arguments: [
        { role: 'patient', text: 'two men' },
        { role: 'place', text: 'Portmere', entity: 'e2' },
      ],
      time: { value: '2025-06-09' },
      quantity: { arrested: { exact: 2 } },
      attribution: 'a1',
    },
    { id: 'v3', trigger: { text: 'strike' }, type: 'attack', arguments: [], time: { value: '2025-06-02' } },
    { id: 'v4', trigger: { text: 'charged' }, type: 'charge', arguments: [], polarity: 'neg' },
  ],
};

describe('sortKey', () => {
  const cases: readonly [string, string | null][] = [
    ['2024-03-22TNI', '2024-03-22TNI'],
    ['2024-W12-WE', '2024-03-23'],
    ['2024-W12', '2024-03-18'],
    ['1989-Q3', '1989-07'],
    ['1998-SU', '1998-06'],
    ['1998', '1998'],
    ['PAST_REF', null],
    ['XXXX-XX-XX', null],
  ];
  for (const [value, expected] of cases)
    it(`${value} → ${String(expected)}`, () => assert.equal(sortKey(value), expected));
});

describe('timelineRows', () => {
  it('keeps typed events only, in time order, undated last', () => {
    const rows = timelineRows([DOCUMENT]);
    assert.deepEqual(
      rows.map((row) => [row.date, row.type]),
      [
        ['2025-06-02', 'attack'],
        ['2025-06-09', 'arrest'],
        [null, 'charge'],
      ],
    );
  });

  it('names who, where and according to whom', () => {
    const row = timelineRows([DOCUMENT])[1]!;
    assert.deepEqual(row.who, ['two men']);
    assert.deepEqual(row.where, ['Portmere']);
    assert.deepEqual(row.accordingTo, ['Mara Voss']);
    assert.equal(row.quantity, 'arrested 2');
  });

  it('prints one line per event', () => {
    const text = formatTimeline(timelineRows([DOCUMENT]));
    assert.equal(text.split('\n').length, 4);
    assert.match(
      text,
      /2025-06-09 +arrest \("arrested"\) \| who: two men \| where: Portmere \| arrested 2 \| according to: Mara Voss/,
    );
    assert.match(text, /undated +charge \("charged"\) \| NOT/);
  });
});
