import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import { candidate, type CandidateSpec } from '../complete/test-fixture.js';
import { addAgentlessReports } from './agentless-reports.js';
import { filterReportingPredicates } from './predicate-filter.js';

/** Every sentence below is invented for these tests. */

const slice = (text: string, span: { start: number; end: number } | null): string =>
  span === null ? '-' : text.slice(span.start, span.end);

/** [name, text, candidates the span finder gave, expected "cue | source | content" after the rule and the filter] */
const cases: readonly (readonly [string, string, readonly CandidateSpec[], readonly string[]])[] = [
  [
    'an expletive passive with a that-clause',
    'It was claimed that the harbour master had taken bribes for ten years.',
    [],
    ['was claimed | - | that the harbour master had taken bribes for ten years'],
  ],
  [
    'the court heard that …: nobody named speaks',
    'The court heard that Tom Varley had hidden the money in a shed.',
    [],
    ['heard | - | that Tom Varley had hidden the money in a shed'],
  ],
  [
    'the hearer read as the source and the content mended',
    'The jury was told that the boat had been sold twice.',
    [{ cue: 'was told', source: null, content: ['The jury'] }],
    ['was told | - | that the boat had been sold twice'],
  ],
  [
    'a passive with its agent is left to the span finder',
    'It was claimed by the union that the harbour master had taken bribes.',
    [],
    [],
  ],
  ['no report: an infinitive without a subject', 'The ferry is expected to arrive on Monday.', [], []],
  ['no report: a verb that reports nothing', 'It was decided that the harbour would close.', [], []],
  [
    'no report: "hear" with a bare infinitive is perception',
    'Dorn was there to hear the supporters applaud their side warmly.',
    [],
    [],
  ],
  [
    'an inflected complement of "hear" without "that" still reports',
    'The court heard Tom Varley hid the money in a shed.',
    [],
    ['heard | - | Tom Varley hid the money in a shed'],
  ],
  ['no report: told to do something', 'The crew was told to leave the harbour.', [], []],
  [
    'not inside a quotation',
    '“It was found that the boat was unsafe,” the harbour master said.',
    [
      {
        kind: 'direct',
        cue: 'said',
        source: 'the harbour master',
        content: ['“It was found that the boat was unsafe,”'],
      },
    ],
    ['said | the harbour master | “It was found that the boat was unsafe,”'],
  ],
  [
    'a source that is an honorific alone read a surname as its cue',
    'Mr Read said the crash was survivable.',
    [{ cue: 'Read', source: 'Mr', content: ['said the crash was survivable'] }],
    [],
  ],
];

describe('addAgentlessReports', () => {
  for (const [name, text, specs, expected] of cases)
    it(name, () => {
      const segments = segment(text);
      const given = specs.map((spec) => candidate(text, spec));
      const found = filterReportingPredicates(text, segments, addAgentlessReports(text, segments, given));
      assert.deepEqual(
        found.map(
          (item) =>
            `${slice(text, item.cue)} | ${slice(text, item.source)} | ${item.content.map((piece) => slice(text, piece)).join(' / ')}`,
        ),
        expected,
      );
    });
});
