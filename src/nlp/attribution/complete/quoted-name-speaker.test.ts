import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../extract.js';

/**
 * Whole-pipeline cases (issue 10, coref31): the "he" of "“…,” he said" is never a person named only inside
 * the quotation it reports, neither through coreference nor through the speaker fallback. Every sentence
 * was written for these tests.
 */
const CASES: readonly { title: string; text: string; speaker: string | null }[] = [
  {
    title: 'a quotation that names a man, with no one named before it',
    text: '“Dan Crewe is the best player I have ever signed,” he said.\n',
    speaker: null,
  },
  {
    title: 'a quotation that names a man, with the speaker named far before it: the long reach finds him',
    text: 'Mark Tillon runs the club. It was founded in 1901. The ground holds 9,000 fans and the pitch is new. Tickets cost £20. “Dan Crewe is the best player I have ever signed,” he said.\n',
    speaker: 'Mark Tillon',
  },
  {
    title: 'the man named right before the quotation still speaks it',
    text: 'Mark Tillon spoke on Friday. “I have never met Dan Crewe,” he said.\n',
    speaker: 'Mark Tillon',
  },
];

describe('speaker of “…,” he said: not a name inside the quotation', () => {
  for (const testCase of CASES)
    it(testCase.title, () => {
      const document = extract(testCase.text, { published: '2026-03-02' });
      const said = document.attributions.find(
        (attribution) =>
          attribution.cue !== null &&
          document.text.slice(attribution.cue.start, attribution.cue.end) === 'said',
      );
      assert.ok(said, 'no attribution on "said"');
      const speaker = document.entities.find((entity) => entity.id === said.speaker)?.name ?? null;
      assert.equal(speaker, testCase.speaker);
    });
});
