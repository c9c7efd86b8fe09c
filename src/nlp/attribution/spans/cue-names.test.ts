import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import { candidate, type CandidateSpec } from '../complete/test-fixture.js';
import { returnNamesToSources } from './cue-names.js';

/** Every sentence below is invented for these tests. */

const cases: readonly (readonly [string, string, CandidateSpec, string, string | null])[] = [
  [
    'a surname taken into the cue goes back to its title',
    'Judge Ford said: “There was no malice in this case.”',
    { kind: 'direct', cue: 'Ford said:', source: 'Judge', content: ['“There was no malice in this case.”'] },
    'said:',
    'Judge Ford',
  ],
  [
    'a cue that starts with its verb stays',
    'Judge Ford said: “There was no malice in this case.”',
    { kind: 'direct', cue: 'said:', source: 'Judge Ford', content: ['“There was no malice in this case.”'] },
    'said:',
    'Judge Ford',
  ],
];

describe('returnNamesToSources', () => {
  for (const [name, text, spec, cue, source] of cases)
    it(name, () => {
      const [found] = returnNamesToSources(text, segment(text), [candidate(text, spec)]);
      assert.ok(found?.cue);
      assert.equal(text.slice(found.cue.start, found.cue.end), cue);
      assert.equal(found.source === null ? null : text.slice(found.source.start, found.source.end), source);
    });
});
