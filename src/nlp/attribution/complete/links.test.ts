import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMPTY_METADATA, EMPTY_SEGMENTS, type Attribution, type Doc } from '../../../model/index.js';
import { findInvariantViolations } from '../../../pipeline/invariants.js';
import { segment } from '../../segment/segment.js';
import { findTimes } from '../../times/index.js';
import { completeAttributions } from './index.js';
import { candidate, complete, entity, type CandidateSpec, type EntitySpec } from './test-fixture.js';

/** Every sentence below is invented for these tests. */

interface LinkCase {
  readonly name: string;
  readonly text: string;
  readonly entities: readonly EntitySpec[];
  readonly candidates: readonly CandidateSpec[];
  readonly id: string;
  readonly expected: unknown;
}

const LEDGER: EntitySpec = { id: 'e2', type: 'ORG', name: 'Coastal Ledger', mentions: ['Coastal Ledger'] };
const VARGA: EntitySpec = { id: 'e1', type: 'PERSON', name: 'Helena Varga', mentions: ['Helena Varga'] };

const REPORT =
  'The Coastal Ledger reported on Monday that three officials said the budget was cut. ' +
  'One person told the newspaper that the minister knew. ';

function check(item: LinkCase, pick: (attribution: Attribution) => unknown): void {
  const result = complete(item.text, item.entities, item.candidates);
  const found = result.find((attribution) => attribution.id === item.id);
  assert.ok(found, `no attribution ${item.id}`);
  assert.deepEqual(pick(found), item.expected);
}

const REPORT_CANDIDATES: readonly CandidateSpec[] = [
  { cue: 'reported', source: 'The Coastal Ledger', content: ['three officials said the budget was cut'] },
  { cue: 'said', source: 'three officials', content: ['the budget was cut'] },
  { cue: 'told', source: 'One person', content: ['the minister knew'] },
];

const parentCases: readonly LinkCase[] = [
  {
    name: 'a cue and source inside a report’s content',
    text: REPORT,
    entities: [LEDGER],
    candidates: REPORT_CANDIDATES,
    id: 'a2',
    expected: 'a1',
  },
  {
    name: 'an anonymous source that told the outlet, described as "the newspaper"',
    text: REPORT,
    entities: [LEDGER],
    candidates: REPORT_CANDIDATES,
    id: 'a3',
    expected: 'a1',
  },
  {
    name: 'a source that told the outlet by name',
    text: 'The Coastal Ledger reported that the budget was cut. An aide told the Coastal Ledger that the minister knew.',
    entities: [{ ...LEDGER, mentions: ['Coastal Ledger', 'Coastal Ledger#2'] }],
    candidates: [
      { cue: 'reported', source: 'The Coastal Ledger', content: ['the budget was cut'] },
      { cue: 'told', source: 'An aide', content: ['the minister knew'] },
    ],
    id: 'a2',
    expected: 'a1',
  },
  {
    name: 'a cue inside a report’s content whose source span reaches outside it',
    text: REPORT,
    entities: [LEDGER],
    candidates: [
      REPORT_CANDIDATES[0] as CandidateSpec,
      {
        cue: 'said',
        source: 'The Coastal Ledger reported on Monday that three officials',
        content: ['the budget was cut'],
      },
    ],
    id: 'a2',
    expected: 'a1',
  },
  {
    name: 'an over-long content holding a coordinated cue whose source lies before it is no parent',
    text: 'The board rejected claims that it lied and suggested rivals had spread them.',
    entities: [{ id: 'e1', type: 'ORG', name: 'board', mentions: ['board'] }],
    candidates: [
      {
        cue: 'rejected',
        source: 'The board',
        content: ['claims that it lied and suggested rivals had spread them'],
      },
      { cue: 'suggested', source: 'The board', content: ['rivals had spread them'] },
    ],
    id: 'a2',
    expected: undefined,
  },
  {
    name: 'contents holding each other’s cues do not loop',
    text: 'Varga said Berg lied and Berg said Varga lied.',
    entities: [],
    candidates: [
      { cue: 'said', source: 'Varga', content: ['Berg lied and Berg said Varga lied'] },
      { cue: 'said#2', source: 'Berg#2', content: ['Varga said Berg lied'] },
    ],
    id: 'a2',
    expected: undefined,
  },
  {
    name: 'the same anonymous sources named again are inside the same report',
    text: REPORT + 'The officials said the cut was final.',
    entities: [LEDGER],
    candidates: [
      ...REPORT_CANDIDATES,
      { cue: 'said#2', source: 'The officials', content: ['the cut was final'] },
    ],
    id: 'a4',
    expected: 'a1',
  },
  {
    name: 'other anonymous sources after a report are not inside it',
    text: REPORT + 'Local residents said the cut was final.',
    entities: [LEDGER],
    candidates: [
      ...REPORT_CANDIDATES,
      { cue: 'said#2', source: 'Local residents', content: ['the cut was final'] },
    ],
    id: 'a4',
    expected: undefined,
  },
  {
    name: 'the report itself has no parent',
    text: REPORT,
    entities: [LEDGER],
    candidates: REPORT_CANDIDATES,
    id: 'a1',
    expected: undefined,
  },
  {
    name: 'telling an outlet that reported nothing here gives no parent',
    text: 'Helena Varga said the budget was cut. An aide told the Coastal Ledger that the minister knew.',
    entities: [VARGA, LEDGER],
    candidates: [
      { cue: 'said', source: 'Helena Varga', content: ['the budget was cut'] },
      { cue: 'told', source: 'An aide', content: ['the minister knew'] },
    ],
    id: 'a2',
    expected: undefined,
  },
  {
    name: 'successive attributions are not nested',
    text: 'Helena Varga said the budget was cut. Officials said the minister knew.',
    entities: [VARGA],
    candidates: [
      { cue: 'said', source: 'Helena Varga', content: ['the budget was cut'] },
      { cue: 'said#2', source: 'Officials', content: ['the minister knew'] },
    ],
    id: 'a2',
    expected: undefined,
  },
  {
    name: 'a quotation inside a quotation',
    text: '“She asked me, ‘will you sign?’” Tomas Berg said.',
    entities: [{ id: 'e3', type: 'PERSON', name: 'Tomas Berg', mentions: ['Tomas Berg'] }],
    candidates: [
      { kind: 'direct', cue: 'said', source: 'Tomas Berg', content: ['She asked me, ‘will you sign?’'] },
      { kind: 'direct', cue: 'asked', source: 'She', content: ['will you sign?'] },
    ],
    id: 'a1',
    expected: 'a2',
  },
  {
    name: 'a continuing quotation takes the parent of what it continues',
    text: 'The Coastal Ledger reported that one aide said: “We cut it.”\n\n“Nobody asked.”',
    entities: [LEDGER],
    candidates: [
      { cue: 'reported', source: 'The Coastal Ledger', content: ['one aide said: “We cut it.”'] },
      { kind: 'direct', cue: 'said', source: 'one aide', content: ['We cut it.'] },
      { kind: 'direct', cue: null, content: ['Nobody asked.'], continues: 1 },
    ],
    id: 'a3',
    expected: 'a1',
  },
];

const addresseeEntityCases: readonly LinkCase[] = [
  {
    name: '"the newspaper" is the outlet of the recent report',
    text: REPORT,
    entities: [LEDGER],
    candidates: REPORT_CANDIDATES,
    id: 'a3',
    expected: { text: 'the newspaper', entity: 'e2' },
  },
];

describe('completeAttributions: parent', () => {
  for (const item of parentCases) it(item.name, () => check(item, (found) => found.parent));
});

describe('completeAttributions: addressee entity from a report', () => {
  for (const item of addresseeEntityCases) it(item.name, () => check(item, (found) => found.addressee));
});

describe('completeAttributions: ids and order', () => {
  it('numbers attributions in text order of cue and remaps "continues"', () => {
    const text = '“We cut it,” Varga said.\n\n“Nobody asked.”\n\nOfficials said the minister knew.';
    const result = complete(
      text,
      [{ id: 'e1', type: 'PERSON', name: 'Helena Varga', mentions: ['Varga'] }],
      [
        { cue: 'said#2', source: 'Officials', content: ['the minister knew'] },
        { kind: 'direct', cue: null, content: ['Nobody asked.'], continues: 2 },
        { kind: 'direct', cue: 'said', source: 'Varga', content: ['We cut it,'] },
      ],
    );
    assert.deepEqual(
      result.map((attribution) => [
        attribution.id,
        attribution.cue === null ? null : text.slice(attribution.cue.start, attribution.cue.end),
        attribution.speaker,
      ]),
      [
        ['a1', 'said', 'e1'],
        ['a2', null, 'e1'],
        ['a3', 'said', null],
      ],
    );
  });

  it('keeps the candidate spans and kind unchanged, and returns nothing for no candidates', () => {
    const text = 'Helena Varga said the port would reopen.';
    const [only] = complete(
      text,
      [VARGA],
      [{ kind: 'indirect', cue: 'said', source: 'Helena Varga', content: ['the port would reopen'] }],
    );
    assert.ok(only);
    assert.equal(text.slice(only.cue?.start, only.cue?.end), 'said');
    assert.equal(text.slice(only.source?.start, only.source?.end), 'Helena Varga');
    assert.equal(text.slice(only.content[0]?.start, only.content[0]?.end), 'the port would reopen');
    assert.equal(only.kind, 'indirect');
    assert.deepEqual(complete(text, [VARGA], []), []);
  });
});

describe('completeAttributions: odd input', () => {
  it('survives empty contents, bad "continues" indices and no reference date', () => {
    const text = '“We cut it.”\n\nHelena Varga said so.';
    const result = complete(
      text,
      [VARGA],
      [
        { kind: 'direct', cue: null, content: ['We cut it.'], continues: 0 },
        { cue: 'said', source: 'Helena Varga', content: [] },
        { kind: 'direct', cue: null, content: ['We cut it.'], continues: 7 },
      ],
      null,
    );
    // the candidate without content is left out
    assert.equal(result.length, 2);
    for (const attribution of result) {
      assert.equal(attribution.parent, undefined);
      assert.ok(attribution.content.length > 0);
    }
  });

  it('works without segments', () => {
    const text = 'Helena Varga said the port would reopen.';
    const found = completeAttributions(
      text,
      EMPTY_SEGMENTS,
      [],
      [
        {
          kind: 'indirect',
          cue: { start: 13, end: 17 },
          source: { start: 0, end: 12 },
          content: [{ start: 18, end: 39 }],
        },
      ],
      findTimes(text, segment(text), '2025-06-11'),
    );
    assert.equal(found.length, 1);
    assert.equal(found[0]?.speaker, null);
  });
});

describe('completeAttributions: document invariants', () => {
  it('a whole document of attributions passes the invariant check', () => {
    const text =
      'The Coastal Ledger reported on Monday that three officials said the budget was cut. ' +
      'One person told the newspaper that the minister knew. The Harbour Gazette could not confirm the report.\n\n' +
      '“We cut it,” Varga said in a statement.\n\n“Nobody asked.”';
    const entitySpecs: EntitySpec[] = [
      LEDGER,
      { id: 'e1', type: 'PERSON', name: 'Helena Varga', mentions: ['Varga'] },
      { id: 'e3', type: 'ORG', name: 'Harbour Gazette', mentions: ['Harbour Gazette'] },
    ];
    const segments = segment(text);
    const entities = entitySpecs.map((spec) => entity(text, spec));
    const attributions = completeAttributions(
      text,
      segments,
      entities,
      [
        ...REPORT_CANDIDATES,
        { kind: 'direct' as const, cue: 'said#2', source: 'Varga', content: ['We cut it,'] },
        { kind: 'direct' as const, cue: null, content: ['Nobody asked.'], continues: 3 },
      ].map((spec) => candidate(text, spec)),
      findTimes(text, segment(text), '2025-06-11'),
    );
    const doc: Doc = {
      source: 'test',
      format: 'text',
      text,
      metadata: { ...EMPTY_METADATA, published: '2025-06-11' },
      charset: null,
      removed: [],
      captions: [],
      segments,
      entities,
      attributions,
      times: [],
      events: [],
      claims: [],
      contradictions: [],
      diagnostics: [],
    };
    assert.deepEqual(findInvariantViolations(doc), []);
    assert.equal(attributions.length, 5);
  });
});
