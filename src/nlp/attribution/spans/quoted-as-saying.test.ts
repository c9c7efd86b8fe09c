import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import { candidate, type CandidateSpec } from '../complete/test-fixture.js';
import { repairQuotedAsSaying } from './quoted-as-saying.js';

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
