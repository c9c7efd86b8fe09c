import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findInvariantViolations } from '../../pipeline/invariants.js';
import { processInput } from '../../pipeline/pipeline.js';
import { CORPUS_STAGES, STAGES } from '../../pipeline/stages.js';

/** Every sentence below is invented for these tests. */

/** Every mention text of every entity, as one stage list leaves them. */
function mentions(text: string, corpus: boolean): string[] {
  const doc = processInput(
    { source: 'test.txt', bytes: Buffer.from(text) },
    { published: '2025-04-01', stages: corpus ? CORPUS_STAGES : STAGES },
  );
  assert.deepEqual(findInvariantViolations(doc), []);
  return doc.entities.flatMap((entity) =>
    entity.mentions.map((mention) => doc.text.slice(mention.start, mention.end)),
  );
}

describe('withPlacePhrases (claimgraph corpus only)', () => {
  const cases: readonly [string, readonly string[], readonly string[]][] = [
    // a facility and the town (and state) that locate it: one phrase, no town mention of its own
    [
      'Dorian Pell escaped from a prison in Harwick, Texas, on Monday.',
      ['a prison in Harwick, Texas'],
      ['Harwick', 'Texas', 'a prison'],
    ],
    [
      'Mara Voss checked into the Linden Treatment Center in Bexley on Tuesday.',
      ['the Linden Treatment Center in Bexley'],
      ['Bexley'],
    ],
    // an organisation that is a building ("bank")
    [
      'Dorian Pell robbed the Harwick Savings Bank in Bexley on Monday.',
      ['the Harwick Savings Bank in Bexley'],
      ['Bexley'],
    ],
    // a firm that is no building keeps apart from its town
    ['Karrow Systems in Bexley cut 200 jobs on Monday.', ['Karrow Systems', 'Bexley'], []],
    // a person's phrase is no place phrase
    ['Mara Voss met the mayor of Bexley on Friday.', ['Bexley', 'the mayor'], ['the mayor of Bexley']],
  ];
  for (const [text, kept, gone] of cases)
    it(`"${text}"`, () => {
      const found = mentions(text, true);
      for (const mention of kept) assert.ok(found.includes(mention), `${mention} in ${found.join(' | ')}`);
      for (const mention of gone)
        assert.ok(!found.includes(mention), `${mention} not in ${found.join(' | ')}`);
    });

  it('leaves claimgraph extract as it was', () => {
    const found = mentions('Dorian Pell escaped from a prison in Harwick, Texas, on Monday.', false);
    assert.ok(found.includes('Harwick'));
    assert.ok(found.includes('Texas'));
  });
});
