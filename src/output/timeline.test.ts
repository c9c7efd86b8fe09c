import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  foldMentions,
  formatTimeline,
  sortKey,
  timelineRows,
  type PrintedDocument,
  type TimelineRow,
} from './timeline.js';

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

/** A row of an invented article, with what a case changes. */
function row(changes: Partial<TimelineRow>): TimelineRow {
  return {
    source: 'b.txt',
    date: '2025-02-14',
    relation: null,
    type: 'attack',
    trigger: 'raid',
    triggers: [changes.trigger ?? 'raid'],
    mentions: 1,
    who: [],
    where: [],
    until: null,
    quantity: null,
    negated: false,
    modality: null,
    accordingTo: [],
    ...changes,
  };
}

describe('foldMentions', () => {
  const cases: readonly [string, readonly TimelineRow[], number][] = [
    ['same type and date: one occurrence', [row({}), row({ trigger: 'assault' })], 1],
    ['places that agree', [row({ where: ['Lindow'] }), row({ where: ['the Lindow depot'] })], 1],
    ['one place given, one not', [row({ where: ['Lindow'] }), row({})], 1],
    ['places that differ', [row({ where: ['Lindow'] }), row({ where: ['Carrow'] })], 2],
    ['other days', [row({}), row({ date: '2025-02-15' })], 2],
    ['other types', [row({}), row({ type: 'arrest' })], 2],
    ['one denied', [row({}), row({ negated: true })], 2],
    ['other relations to the date', [row({}), row({ relation: 'before' })], 2],
    ['undated mentions stay apart', [row({ date: null }), row({ date: null })], 2],
    ['vague values stay apart', [row({ date: 'PAST_REF' }), row({ date: 'PAST_REF' })], 2],
    ['remands until other dates', [row({ until: 'May 1' }), row({ until: 'June 3' })], 2],
  ];
  for (const [name, rows, expected] of cases)
    it(`${name} → ${expected} row(s)`, () => assert.equal(foldMentions(rows).length, expected));

  it('keeps every trigger, participant, place and source once', () => {
    const [folded] = foldMentions([
      row({ who: ['gunmen'], accordingTo: ['Ida Brenner'], quantity: 'killed ≥ 12' }),
      row({ trigger: 'massacre', who: ['Gunmen', 'villagers'], where: ['Lindow'] }),
      row({ accordingTo: ['Ida Brenner', 'the police'], quantity: 'killed ≥ 15' }),
    ]);
    assert.deepEqual(folded!.triggers, ['raid', 'massacre']);
    assert.equal(folded!.mentions, 3);
    assert.deepEqual(folded!.who, ['gunmen', 'villagers']);
    assert.deepEqual(folded!.where, ['Lindow']);
    assert.deepEqual(folded!.accordingTo, ['Ida Brenner', 'the police']);
    assert.equal(folded!.quantity, 'killed ≥ 12; killed ≥ 15');
    assert.match(
      formatTimeline([folded!]),
      /^2025-02-14 +attack \("raid", "massacre", 3 mentions\) \| who: gunmen; villagers \| where: Lindow/,
    );
  });
});
