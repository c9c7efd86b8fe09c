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

describe('asksTheAddressee: an interviewer’s question is not the answer’s speaker’s', () => {
  it('a question paragraph before the answer’s cue stays out of the answer', () => {
    const text =
      'The singer Mara Quist spoke to the radio about her new album.\n\n' +
      '"What made you go back to the studio after ten years?"\n\n' +
      '"I missed it. I missed the people and the noise," she said.';
    assert.deepEqual(reports(text), ['said | she | "I missed it. I missed the people and the noise,"']);
  });
  it('the answer after a question put to somebody does not continue the asker', () => {
    const text =
      'Reporter Tom Hale asked the singer: "Will you tour again next year?"\n\n' +
      '"Not this year. My voice needs a long rest."';
    assert.ok(!reports(text).some((line) => line.includes('Not this year')), reports(text).join('\n'));
  });
  it('a rhetorical question without "you" still goes on from its speaker', () => {
    const text =
      'The farmer Karl Weber said: "Who will pay for the new road?"\n\n' +
      '"Not the farmers, that much is certain for all of us."';
    assert.ok(
      reports(text).includes('- | - | "Not the farmers, that much is certain for all of us."'),
      reports(text).join('\n'),
    );
  });
});

describe('estimatesAt: a quantity somebody judges (predicate-filter.ts)', () => {
  it('"estimated the loss at" a number reports, with the object and the figure as content', () => {
    assert.deepEqual(reports("The mayor estimated the harbour's loss at 3m euros."), [
      "estimated | The mayor | the harbour's loss at 3m euros",
    ]);
    assert.deepEqual(reports('Officials estimated the crowd at 5,000.'), [
      'estimated | Officials | the crowd at 5,000',
    ]);
  });
  it('a thing put at a place is no estimate', () => {
    assert.deepEqual(reports('She put the book at the end of the shelf.'), []);
  });
});
