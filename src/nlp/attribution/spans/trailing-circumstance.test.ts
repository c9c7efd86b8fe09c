import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import { candidate, type CandidateSpec } from '../complete/test-fixture.js';
import { dropTrailingCircumstance } from './trailing-circumstance.js';

/** Every sentence below is invented for these tests. */

const cases: readonly (readonly [string, string, CandidateSpec, readonly string[]])[] = [
  [
    'a time and an "as" clause after a fronted report are the writer’s',
    'The storm is a danger to every coastal town, local leaders said on Friday, as they met with the governor.',
    {
      cue: 'said',
      source: 'local leaders',
      content: ['The storm is a danger to every coastal town', 'on Friday, as they met with the governor'],
    },
    ['The storm is a danger to every coastal town'],
  ],
  [
    'a second report after the cue stays',
    'The bridge will reopen next month, the mayor said, adding that repairs cost more than expected.',
    {
      cue: 'said',
      source: 'the mayor',
      content: ['The bridge will reopen next month', 'adding that repairs cost more than expected'],
    },
    ['The bridge will reopen next month', 'adding that repairs cost more than expected'],
  ],
  [
    'a participle that goes on with the report stays',
    'The letters covered many topics, the newspaper said, including budgets and staff meetings.',
    {
      cue: 'said',
      source: 'the newspaper',
      content: ['The letters covered many topics', 'including budgets and staff meetings'],
    },
    ['The letters covered many topics', 'including budgets and staff meetings'],
  ],
  [
    'a fronted phrase with no verb fronts no report',
    'By contrast, says Mr Lund, the older model is almost disposable.',
    { cue: 'says', source: 'Mr Lund', content: ['By contrast', 'the older model is almost disposable'] },
    ['By contrast', 'the older model is almost disposable'],
  ],
];

describe('dropTrailingCircumstance', () => {
  for (const [name, text, spec, expected] of cases)
    it(name, () => {
      const [result] = dropTrailingCircumstance(text, segment(text), [candidate(text, spec)]);
      assert.deepEqual(
        result?.content.map((piece) => text.slice(piece.start, piece.end)),
        expected,
      );
    });
});
