import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../extract.js';

/**
 * Whole-pipeline cases (issue 10, speakers36): a quotation with no cue is spoken by the person the
 * narration right around it names, not by the speaker of the quotation before it. Every sentence was
 * written for these tests.
 */
const CASES: readonly { title: string; text: string; quote: string; speaker: string | null }[] = [
  {
    title: 'a view named after the quotation ("That was the view of X")',
    text: 'Harbury coach Tom Reid praised his side.\n\n"We worked hard all season and deserved the points," said Reid.\n\n"The referee had a poor day and cost us the game. We were robbed." That was the view of Ian Pole, the Wexby coach.\n',
    quote: 'The referee had a poor day',
    speaker: 'Ian Pole',
  },
  {
    title: 'a person named as "was speaking" after the quotation',
    text: 'Harbury coach Tom Reid praised his side.\n\n"We worked hard all season and deserved the points," said Reid.\n\n"The referee had a poor day and cost us the game. We were robbed." Ian Pole was speaking after the game.\n',
    quote: 'The referee had a poor day',
    speaker: 'Ian Pole',
  },
  {
    title: 'the subject of the narration sentence before the quotation',
    text: 'Harbury coach Tom Reid praised his side.\n\n"We worked hard all season and deserved the points," said Reid.\n\nWexby coach Ian Pole was less happy. "We were poor and we know it, so we must work harder."\n',
    quote: 'We were poor',
    speaker: 'Ian Pole',
  },
  {
    title: 'not when the quotation speaks of a third person: the speaker before goes on',
    text: 'Harbury coach Tom Reid praised his side.\n\n"We worked hard all season and deserved the points," said Reid.\n\nMidfielder Ian Pole scored twice. "He was superb for us and I am delighted."\n',
    quote: 'He was superb',
    speaker: 'Tom Reid',
  },
];

describe('speaker of a cue-less quotation named by the narration around it', () => {
  for (const testCase of CASES)
    it(testCase.title, () => {
      const document = extract(testCase.text, { published: '2026-03-02' });
      const found = document.attributions.find((attribution) =>
        attribution.content.some((span) =>
          document.text.slice(span.start, span.end).includes(testCase.quote),
        ),
      );
      assert.ok(found, 'no attribution holds the quotation');
      const ids =
        found.speaker === null ? [] : typeof found.speaker === 'string' ? [found.speaker] : found.speaker;
      const speaker = document.entities.find((entity) => entity.id === ids[0])?.name ?? null;
      assert.equal(speaker, testCase.speaker);
    });
});
