import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import { candidate, type CandidateSpec } from '../complete/test-fixture.js';
import { findQuotations } from '../quotes/index.js';
import { attributeQuotedAsSaying, repairQuotedAsSaying } from './quoted-as-saying.js';

/** Every sentence below is invented for these tests. */

const cases: readonly (readonly [string, string, CandidateSpec, string, string | null])[] = [
  [
    'the one quoted is the passive subject, the whole phrase the cue',
    '“The bridge must be rebuilt by winter,” Mark Olsen was quoted as saying by the agency.',
    { kind: 'direct', cue: 'was quoted', content: ['“The bridge must be rebuilt by winter,”'] },
    'was quoted as saying',
    'Mark Olsen',
  ],
  [
    'a pronoun quoted by a radio station',
    '“We will not sell the ferry,” she was quoted as saying by Coast Radio.',
    { kind: 'direct', cue: 'was quoted', content: ['“We will not sell the ferry,”'] },
    'was quoted as saying',
    'she',
  ],
  [
    'an ordinary cue is left alone',
    '“We will not sell the ferry,” she said as the boat left.',
    { kind: 'direct', cue: 'said', source: 'she', content: ['“We will not sell the ferry,”'] },
    'said',
    'she',
  ],
];

describe('repairQuotedAsSaying: "was quoted as saying"', () => {
  for (const [name, text, spec, cue, source] of cases) {
    it(name, () => {
      const [repaired] = repairQuotedAsSaying(text, segment(text), [candidate(text, spec)]);
      assert.ok(repaired !== undefined && repaired.cue !== null);
      assert.equal(text.slice(repaired.cue.start, repaired.cue.end), cue);
      assert.equal(
        repaired.source === null ? null : text.slice(repaired.source.start, repaired.source.end),
        source,
      );
    });
  }
});

const slice = (text: string, span: { start: number; end: number } | null): string =>
  span === null ? '-' : text.slice(span.start, span.end);

/** [name, text, candidates given, every candidate after the rule as "cue | source | content"] */
const frames: readonly (readonly [string, string, readonly CandidateSpec[], readonly string[]])[] = [
  [
    'a quotation before a passive frame with its outlet, no candidate yet',
    '“We need the ferries back by spring,” Ines Varga was quoted by the Harbour Gazette as saying.',
    [],
    ['was quoted by the Harbour Gazette as saying | Ines Varga | “We need the ferries back by spring,”'],
  ],
  [
    'a quotation before an active frame: the one quoted speaks, not the outlet',
    '“It has been a record year for the shop,” the Evening Star quoted a spokesman for the chain as saying.',
    [
      {
        kind: 'direct',
        cue: 'quoted',
        source: 'the Evening Star',
        content: ['“It has been a record year for the shop,”'],
      },
    ],
    ['as saying | a spokesman for the chain | “It has been a record year for the shop,”'],
  ],
  [
    'a quotation cut short by the span finder gets its closing mark back',
    '“Our club should appeal the result,” Dorn was quoted as saying on Tuesday.',
    [{ cue: 'was quoted as saying', source: 'Dorn', content: ['“Our club should appeal the result'] }],
    ['was quoted as saying | Dorn | “Our club should appeal the result,”'],
  ],
  [
    'reported speech after an active frame: the one quoted inside the outlet’s report',
    'The Evening Star quoted the coach as saying the team would appeal.',
    [{ cue: 'quoted', source: 'The Evening Star', content: ['the coach as saying the team would appeal'] }],
    [
      'quoted | The Evening Star | the coach as saying the team would appeal',
      'as saying | the coach | the team would appeal',
    ],
  ],
  [
    'a passive frame with its outlet before reported speech: the whole frame is the cue',
    'Dorn was quoted by the Evening Star as saying that the team would appeal.',
    [{ cue: 'saying', source: 'Dorn', content: ['that the team would appeal'] }],
    ['was quoted by the Evening Star as saying | Dorn | that the team would appeal'],
  ],
  [
    'a quotation that ends the sentence before is no part of the frame',
    '“We won the cup.” The Evening Star quoted the coach as saying the team would stay together.',
    [{ kind: 'direct', cue: null, content: ['“We won the cup.”'] }],
    ['- | - | “We won the cup.”', 'as saying | the coach | the team would stay together'],
  ],
  [
    'no frame: "said as" is left alone',
    '“We will not sell the ferry,” she said as the boat left.',
    [{ kind: 'direct', cue: 'said', source: 'she', content: ['“We will not sell the ferry,”'] }],
    ['said | she | “We will not sell the ferry,”'],
  ],
];

describe('attributeQuotedAsSaying: "quoted … as saying" frames', () => {
  for (const [name, text, specs, expected] of frames)
    it(name, () => {
      const segments = segment(text);
      const found = attributeQuotedAsSaying(
        text,
        segments,
        specs.map((spec) => candidate(text, spec)),
        findQuotations(text, segments),
      );
      assert.deepEqual(
        found.map(
          (item) =>
            `${slice(text, item.cue)} | ${slice(text, item.source)} | ${item.content.map((piece) => slice(text, piece)).join(' / ')}`,
        ),
        expected,
      );
    });
});
