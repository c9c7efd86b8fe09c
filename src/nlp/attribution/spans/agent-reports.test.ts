import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import { candidate, type CandidateSpec } from '../complete/test-fixture.js';
import { addAgentReports } from './agent-reports.js';
import { filterReportingPredicates } from './predicate-filter.js';

/** Every sentence below is invented for these tests. */

const slice = (text: string, span: { start: number; end: number } | null): string =>
  span === null ? '-' : text.slice(span.start, span.end);

/** [name, text, candidates the span finder gave, expected "cue | source | content" after the rule and the filter] */
const cases: readonly (readonly [string, string, readonly CandidateSpec[], readonly string[]])[] = [
  [
    'told by the agent that …: the agent speaks',
    'Anna Berg was told by the mayor that the bridge would close.',
    [],
    ['was told | the mayor | that the bridge would close'],
  ],
  [
    'the finder read the subject as the content',
    'Anna Berg was told by the mayor that the bridge would close.',
    [{ cue: 'was told', source: 'the mayor', content: ['Anna Berg'] }],
    ['was told | the mayor | that the bridge would close'],
  ],
  [
    'warned by police that …',
    'The driver was warned by police that he could lose his licence.',
    [],
    ['was warned | police | that he could lose his licence'],
  ],
  [
    'a judgement in the passive with "as …"',
    'The harbour plan was criticised by unions as a betrayal of the dockers.',
    [],
    ['was criticised | unions | The harbour plan / as a betrayal of the dockers'],
  ],
  [
    'a judgement in the passive with "for …"',
    'The ferry crew was praised by passengers for their calm.',
    [],
    ['was praised | passengers | The ferry crew / for their calm'],
  ],
  [
    'a verb of saying whose subject is a message; the day is no part of the agent',
    'The charges were denied by his lawyer on Monday.',
    [],
    ['were denied | his lawyer | The charges'],
  ],
  ['no report: a verb of saying whose subject is no message', 'The harbour was opened by the mayor.', [], []],
  ['no report: a prize announced', 'The fishing prize was announced by the mayor.', [], []],
  ['no agent: nobody speaks here', 'The harbour plan was criticised as a betrayal.', [], []],
  ['no report: a verb that reports nothing', 'The bridge was built by a local firm in 1990.', [], []],
  ['no report: told to do something', 'The crew was told by the captain to leave.', [], []],
  [
    'a quotation keeps its own reading',
    '“Anna was told by the mayor that it was over,” her brother said.',
    [
      {
        kind: 'direct',
        cue: 'said',
        source: 'her brother',
        content: ['“Anna was told by the mayor that it was over,”'],
      },
    ],
    ['said | her brother | “Anna was told by the mayor that it was over,”'],
  ],
];

describe('addAgentReports', () => {
  for (const [name, text, specs, expected] of cases)
    it(name, () => {
      const segments = segment(text);
      const given = specs.map((spec) => candidate(text, spec));
      const found = filterReportingPredicates(text, segments, addAgentReports(text, segments, given));
      assert.deepEqual(
        found.map(
          (item) =>
            `${slice(text, item.cue)} | ${slice(text, item.source)} | ${item.content.map((piece) => slice(text, piece)).join(' / ')}`,
        ),
        expected,
      );
    });
});
