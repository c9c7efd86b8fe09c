import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reports } from './test-helpers.js';

/** Every sentence below is invented for these tests. */

const cases: readonly (readonly [string, string, readonly string[]])[] = [
  [
    'the narration after a cue-less quotation paragraph holds reports of its own',
    'The minister, Ana Holt, said the numbers were "no surprise" to her office.\n\n' +
      '"They know the fees will rise next year. "It does not mean we will see thousands more students here." ' +
      'Ms Holt agreed and said the figures had to be seen in context. ' +
      'He explained that when offers were turned into places, the rise was small.',
    [
      'said | Ms Holt | the figures had to be seen in context',
      'explained | He | when offers were turned into places, the rise was small',
    ],
  ],
  [
    'a reporting verb other than "say" after quotations whose paragraph breaks were lost',
    'Coach Lars Berg said the squad was "ready for anything" this week.\n\n' +
      '"We have trained hard. "Nobody is injured and the mood is good." Mr Berg added that the team would not be over-confident.',
    ['added | Mr Berg | the team would not be over-confident'],
  ],
];

describe('endContinuationsAtNarration: a quotation paragraph ends where the narration begins', () => {
  for (const [name, text, expected] of cases)
    it(name, () => {
      const found = reports(text);
      for (const line of expected) assert.ok(found.includes(line), `${line}\nin\n${found.join('\n')}`);
    });
  it('the quotation itself still continues the speaker before', () => {
    const text =
      'Coach Lars Berg said the squad was "ready for anything" this week.\n\n' +
      '"We have trained hard. "Nobody is injured and the mood is good." Mr Berg added that the team would not be over-confident.';
    assert.ok(
      reports(text).includes('- | - | "We have trained hard. "Nobody is injured and the mood is good."'),
      reports(text).join('\n'),
    );
  });
});
