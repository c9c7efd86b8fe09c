import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../extract.js';

/**
 * Whole-pipeline cases (issue 10, speakers36): a person who speaks for a body whose name has a plural
 * possessive ("the Doctors' Association") is the source, not the body. Every sentence was written for
 * these tests.
 */
const CASES: readonly { title: string; text: string; source: string; speaker?: string }[] = [
  {
    title: 'a person from a body with a plural possessive in its name',
    text: "Mark Dunn from the Doctors' Association said the report was flawed.\n",
    source: "Mark Dunn from the Doctors' Association",
    speaker: 'Mark Dunn',
  },
  {
    title: 'a person at such a body',
    text: "Kate Moss at the Builders' Federation said costs had risen.\n",
    source: "Kate Moss at the Builders' Federation",
    speaker: 'Kate Moss',
  },
  {
    title: 'a body as the subject is left as the source',
    text: "The Doctors' Association said the report was flawed.\n",
    source: "The Doctors' Association",
  },
];

describe('source of "X from the Ys\' Body said"', () => {
  for (const testCase of CASES)
    it(testCase.title, () => {
      const document = extract(testCase.text, { published: '2026-03-02' });
      const said = document.attributions[0];
      assert.ok(said, 'no attribution');
      assert.equal(said.source && document.text.slice(said.source.start, said.source.end), testCase.source);
      if (testCase.speaker === undefined) return;
      const speaker = document.entities.find((entity) => entity.id === said.speaker)?.name ?? null;
      assert.equal(speaker, testCase.speaker);
    });
});
