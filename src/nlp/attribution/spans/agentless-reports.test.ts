import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import { addAgentlessReports } from './agentless-reports.js';
import { filterReportingPredicates } from './predicate-filter.js';

/** Every sentence below is invented for these tests. */

const slice = (text: string, span: { start: number; end: number } | null): string =>
  span === null ? '-' : text.slice(span.start, span.end);

/** [name, text, every candidate kept as "cue | source | content"] */
const cases: readonly (readonly [string, string, readonly string[]])[] = [
  [
    'a belief passed on with an expletive "it" and "that"',
    'It is understood that the coach will leave the club in May.',
    ['is understood | - | the coach will leave the club in May'],
  ],
  [
    'the same without "that" (the parse may read the subject as an object)',
    'It is understood the board are trying to renegotiate the loan.',
    ['is understood | - | the board are trying to renegotiate the loan'],
  ],
  [
    'a belief of a kind of believing',
    'It is believed the fire started in the kitchen.',
    ['is believed | - | the fire started in the kitchen'],
  ],
  ['knowing presents a fact', 'It is known that the river floods every spring.', []],
  ['an infinitive judges, it reports nothing', 'It is thought to be the oldest bridge in the county.', []],
  [
    'a passive of speech, as before',
    'It was claimed that the harbour master took bribes.',
    ['was claimed | - | that the harbour master took bribes'],
  ],
];

describe('addAgentlessReports', () => {
  for (const [name, text, expected] of cases)
    it(name, () => {
      const segments = segment(text);
      const found = filterReportingPredicates(text, segments, addAgentlessReports(text, segments, []));
      assert.deepEqual(
        found.map(
          (item) =>
            `${slice(text, item.cue)} | ${slice(text, item.source)} | ${item.content.map((piece) => slice(text, piece)).join(' / ')}`,
        ),
        expected,
      );
    });
});
