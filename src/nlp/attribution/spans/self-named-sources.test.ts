import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import { candidate, type CandidateSpec } from '../complete/test-fixture.js';
import { repairSelfNamedSources } from './self-named-sources.js';

/** Every sentence below is invented for these tests. */

const cases: readonly (readonly [string, string, CandidateSpec, readonly [string, string] | null])[] = [
  [
    'the report after a name a group gives itself',
    'A cell calling itself Night Heron said on its channel that it had planted the device.',
    {
      cue: 'calling itself',
      source: 'A cell',
      content: ['Night Heron said on its channel that it had planted the device'],
    },
    ['said', 'it had planted the device'],
  ],
  [
    'a naming with no report after it stays for the filter to judge',
    'A man calling himself a prophet stood outside the court.',
    { cue: 'calling himself', source: 'A man', content: ['a prophet'] },
    null,
  ],
];

describe('repairSelfNamedSources', () => {
  for (const [name, text, spec, expected] of cases)
    it(name, () => {
      const given = candidate(text, spec);
      const [result] = repairSelfNamedSources(text, segment(text), [given]);
      if (expected === null) {
        assert.equal(result, given);
        return;
      }
      assert.equal(text.slice(result!.cue!.start, result!.cue!.end), expected[0]);
      assert.deepEqual(
        result!.content.map((piece) => text.slice(piece.start, piece.end)),
        [expected[1]],
      );
    });
});
