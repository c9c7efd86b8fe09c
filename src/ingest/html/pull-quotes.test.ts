import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pullQuoteCopies } from './pull-quotes.js';

const body =
  '“There is no fuel left for the generators,” said Dr. Lina Haddad, who runs the ward. “We are working by torchlight.”';
const other = 'The ministry said a convoy would reach the town by Thursday if the road was cleared in time.';

describe('pullQuoteCopies', () => {
  const cases: { name: string; paragraphs: string[]; copies: number[] }[] = [
    {
      name: 'a pull quote after its paragraph, with other punctuation, is a copy',
      paragraphs: [body, other, '“There is no fuel left for the generators.”'],
      copies: [2],
    },
    {
      name: 'a pull quote before its paragraph is the copy, the story paragraph stays',
      paragraphs: ['“There is no fuel left for the generators', other, body],
      copies: [0],
    },
    {
      name: 'a paragraph repeated word for word keeps its first copy',
      paragraphs: [other, body, other],
      copies: [2],
    },
    {
      name: 'a stock sentence repeated for each item of a list is no copy',
      paragraphs: [
        'A car hit a fence on Elm Street at 4 p.m.',
        'The driver was cited for failing to yield.',
        'A van struck a parked truck on Oak Road at 9 p.m.',
        'The driver was cited for failing to yield.',
      ],
      copies: [],
    },
    {
      name: 'short repeats are left to the furniture rules',
      paragraphs: ['Read more', other, 'Read more'],
      copies: [],
    },
    {
      name: 'words that only begin another paragraph’s word are no copy',
      paragraphs: [
        'The ministry said a convoy would reach the town',
        'The ministry said a convoy would reach the towns by noon on Friday.',
      ],
      copies: [],
    },
    {
      name: 'different paragraphs sharing words are kept',
      paragraphs: [body, other, 'The generators at the ward stopped on Monday night, the ministry said.'],
      copies: [],
    },
  ];
  for (const { name, paragraphs, copies } of cases)
    it(name, () => assert.deepEqual([...pullQuoteCopies(paragraphs)].sort(), copies));

  it('stays linear on a page of many paragraphs', () => {
    const many = Array.from(
      { length: 100_000 },
      (_, index) => `Paragraph number ${index} of a very long page here.`,
    );
    const started = process.hrtime.bigint();
    assert.equal(pullQuoteCopies(many).size, 0);
    assert.ok(Number(process.hrtime.bigint() - started) / 1e9 < 10);
  });
});
