import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution } from '../../../model/index.js';
import { complete, type CandidateSpec, type EntitySpec } from './test-fixture.js';

/** Every sentence below is invented for these tests. The reference day 2025-06-11 is a Wednesday. */

interface FieldCase {
  readonly name: string;
  readonly text: string;
  readonly entities?: readonly EntitySpec[];
  readonly candidates: readonly CandidateSpec[];
  readonly id?: string;
  readonly expected: unknown;
}

const VARGA: EntitySpec = { id: 'e1', type: 'PERSON', name: 'Helena Varga', mentions: ['Helena Varga'] };
const LEDGER: EntitySpec = { id: 'e2', type: 'ORG', name: 'Coastal Ledger', mentions: ['Coastal Ledger'] };

function run(item: FieldCase, pick: (attribution: Attribution) => unknown): void {
  const result = complete(item.text, item.entities ?? [VARGA], item.candidates);
  const found = result.find((attribution) => attribution.id === (item.id ?? 'a1'));
  assert.ok(found, `no attribution ${item.id ?? 'a1'}`);
  assert.deepEqual(pick(found), item.expected);
}

const channelCases: readonly FieldCase[] = [
  {
    name: 'after the cue',
    text: 'Helena Varga said in a statement that the port would reopen.',
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['the port would reopen'] }],
    expected: { text: 'in a statement' },
  },
  {
    name: 'before the source',
    text: 'In a written statement, Helena Varga said the port would reopen.',
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['the port would reopen'] }],
    expected: { text: 'In a written statement' },
  },
  {
    name: 'with an adjective',
    text: 'Helena Varga said in televised remarks that the port would reopen.',
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['the port would reopen'] }],
    expected: { text: 'in televised remarks' },
  },
  {
    name: 'carried by a named agency, with its entity',
    text: '“The port will reopen,” Varga said in remarks carried by the state Nordpress agency.',
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Helena Varga', mentions: ['Varga'] },
      { id: 'e5', type: 'ORG', name: 'Nordpress', mentions: ['Nordpress'] },
    ],
    candidates: [{ kind: 'direct', cue: 'said', source: 'Varga', content: ['The port will reopen,'] }],
    expected: { text: 'in remarks carried by the state Nordpress agency', entity: 'e5' },
  },
  {
    name: 'in court',
    text: 'Helena Varga said in court on Tuesday that she was innocent.',
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['she was innocent'] }],
    expected: { text: 'in court' },
  },
  {
    name: 'on a platform',
    text: 'Helena Varga wrote on Telegram that the port would reopen.',
    candidates: [{ cue: 'wrote', source: 'Helena Varga', content: ['the port would reopen'] }],
    expected: { text: 'on Telegram' },
  },
  {
    name: 'a post on a platform is one channel',
    text: 'Helena Varga said in a post on Telegram that the port would reopen.',
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['the port would reopen'] }],
    expected: { text: 'in a post on Telegram' },
  },
  {
    name: 'at a press conference',
    text: 'Helena Varga told journalists at a press conference that the port would reopen.',
    candidates: [{ cue: 'told', source: 'Helena Varga', content: ['the port would reopen'] }],
    expected: { text: 'at a press conference' },
  },
  {
    name: 'an interview with an outlet',
    text: 'In an interview with the Coastal Ledger, Helena Varga said the port would reopen.',
    entities: [VARGA, LEDGER],
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['the port would reopen'] }],
    expected: { text: 'In an interview with the Coastal Ledger', entity: 'e2' },
  },
  {
    name: 'through a spokesman',
    text: 'Helena Varga said through a spokesman that the port would reopen.',
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['the port would reopen'] }],
    expected: { text: 'through a spokesman' },
  },
  {
    name: 'writing in a newspaper, with its entity',
    text: 'Writing in the Coastal Ledger, Helena Varga argued that the port would reopen.',
    entities: [VARGA, LEDGER],
    candidates: [{ cue: 'argued', source: 'Helena Varga', content: ['the port would reopen'] }],
    expected: { text: 'Writing in the Coastal Ledger', entity: 'e2' },
  },
  {
    name: 'speaking on state television',
    text: 'Speaking on state television, Helena Varga said the port would reopen.',
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['the port would reopen'] }],
    expected: { text: 'on state television' },
  },
  {
    name: 'two attributions in a sentence: each takes the nearer channel',
    text: 'Helena Varga said in a statement that the port was shut, while Tomas Berg wrote on Telegram that it was open.',
    entities: [VARGA, { id: 'e3', type: 'PERSON', name: 'Tomas Berg', mentions: ['Tomas Berg'] }],
    candidates: [
      { cue: 'said', source: 'Helena Varga', content: ['the port was shut'] },
      { cue: 'wrote', source: 'Tomas Berg', content: ['it was open'] },
    ],
    id: 'a2',
    expected: { text: 'on Telegram' },
  },
  {
    name: 'none when the phrase is inside the content',
    text: 'Helena Varga said the minister had lied in a statement last year.',
    candidates: [
      { cue: 'said', source: 'Helena Varga', content: ['the minister had lied in a statement last year'] },
    ],
    expected: undefined,
  },
];

const addresseeCases: readonly FieldCase[] = [
  {
    name: 'the object of "told", named',
    text: 'Helena Varga told the Coastal Ledger that the port would reopen.',
    entities: [VARGA, LEDGER],
    candidates: [{ cue: 'told', source: 'Helena Varga', content: ['the port would reopen'] }],
    expected: { text: 'the Coastal Ledger', entity: 'e2' },
  },
  {
    name: 'the object of "told" without "that"',
    text: 'Helena Varga told the Coastal Ledger news site she would resign.',
    entities: [VARGA, LEDGER],
    candidates: [{ cue: 'told', source: 'Helena Varga', content: ['she would resign'] }],
    expected: { text: 'the Coastal Ledger news site', entity: 'e2' },
  },
  {
    name: 'told reporters, after the quotation',
    text: '“The port will reopen,” Helena Varga told reporters on Monday.',
    candidates: [{ kind: 'direct', cue: 'told', source: 'Helena Varga', content: ['The port will reopen,'] }],
    expected: { text: 'reporters' },
  },
  {
    name: 'a time after the object is not part of it',
    text: 'Helena Varga told supporters this weekend that the port would reopen.',
    candidates: [{ cue: 'told', source: 'Helena Varga', content: ['the port would reopen'] }],
    expected: { text: 'supporters' },
  },
  {
    name: 'speaking to local media',
    text: 'Speaking to local media, Helena Varga said the port would reopen.',
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['the port would reopen'] }],
    expected: { text: 'local media' },
  },
  {
    name: 'an interview with an outlet is also whom it was said to',
    text: 'Helena Varga said in an interview with the Coastal Ledger that the port would reopen.',
    entities: [VARGA, LEDGER],
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['the port would reopen'] }],
    expected: { text: 'the Coastal Ledger', entity: 'e2' },
  },
  {
    name: 'none for "said"',
    text: 'Helena Varga said the port would reopen.',
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['the port would reopen'] }],
    expected: undefined,
  },
];

const timeCases: readonly FieldCase[] = [
  {
    name: 'a sentence-initial weekday and part of the day: the day',
    text: 'On Monday evening, Helena Varga said the port would reopen.',
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['the port would reopen'] }],
    expected: '2025-06-09',
  },
  {
    name: 'after the cue',
    text: 'Helena Varga said on Tuesday that the port would reopen.',
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['the port would reopen'] }],
    expected: '2025-06-10',
  },
  {
    name: 'after a channel',
    text: 'Helena Varga said in court on Tuesday morning she did not know the men.',
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['she did not know the men'] }],
    expected: '2025-06-10',
  },
  {
    name: 'yesterday',
    text: 'Helena Varga said yesterday that the port would reopen.',
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['the port would reopen'] }],
    expected: '2025-06-10',
  },
  {
    name: 'an explicit date',
    text: 'Helena Varga said on June 2 that the port would reopen.',
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['the port would reopen'] }],
    expected: '2025-06-02',
  },
  {
    name: 'a date inside the content is not when it was said',
    text: 'Helena Varga said the port closed on Monday.',
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['the port closed on Monday'] }],
    expected: undefined,
  },
  {
    name: 'a limit ("until May 22") is not when it was said',
    text: 'The port stays shut until May 22, Helena Varga said.',
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['The port stays shut'] }],
    expected: undefined,
  },
  {
    name: 'a nested attribution does not take the report’s time',
    text: 'The Coastal Ledger reported on Tuesday that two officials said the port was shut.',
    entities: [LEDGER],
    candidates: [
      { cue: 'reported', source: 'Coastal Ledger', content: ['two officials said the port was shut'] },
      { cue: 'said', source: 'two officials', content: ['the port was shut'] },
    ],
    id: 'a2',
    expected: undefined,
  },
  {
    name: 'the report keeps its own time',
    text: 'The Coastal Ledger reported on Tuesday that two officials said the port was shut.',
    entities: [LEDGER],
    candidates: [
      { cue: 'reported', source: 'Coastal Ledger', content: ['two officials said the port was shut'] },
      { cue: 'said', source: 'two officials', content: ['the port was shut'] },
    ],
    id: 'a1',
    expected: '2025-06-10',
  },
];

describe('completeAttributions: channel', () => {
  for (const item of channelCases) it(item.name, () => run(item, (found) => found.channel));
});

describe('completeAttributions: addressee', () => {
  for (const item of addresseeCases) it(item.name, () => run(item, (found) => found.addressee));
});

describe('completeAttributions: time', () => {
  for (const item of timeCases) it(item.name, () => run(item, (found) => found.time));
});
