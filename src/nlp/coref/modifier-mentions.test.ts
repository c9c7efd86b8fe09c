import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findInvariantViolations } from '../../pipeline/invariants.js';
import { processInput } from '../../pipeline/pipeline.js';
import { CORPUS_STAGES, STAGES } from '../../pipeline/stages.js';

/** Every sentence below is invented for these tests. */

/** The mention texts of the named entities, as one stage list leaves them. */
function mentions(text: string, corpus: boolean): string[] {
  const doc = processInput(
    { source: 'test.txt', bytes: Buffer.from(text) },
    { published: '2025-04-01', stages: corpus ? CORPUS_STAGES : STAGES },
  );
  assert.deepEqual(findInvariantViolations(doc), []);
  return doc.entities
    .filter((entity) => entity.attributes?.nominal_head === undefined)
    .flatMap((entity) => entity.mentions.map((mention) => doc.text.slice(mention.start, mention.end)));
}

describe('withoutModifierMentions (claimgraph corpus only)', () => {
  const cases: readonly [string, string, boolean][] = [
    // a name as a compound modifier of a common noun: the phrase is about the mother, not the town
    ['A Lakeview mother of four was hurt when Dorian Pell crashed his van.', 'Lakeview', false],
    ['Dorian Pell was arrested outside the Harlow Foods plant on Monday.', 'Harlow Foods', false],
    // the name itself takes part: it stays
    ['Dorian Pell was arrested in Lakeview on Monday.', 'Lakeview', true],
    ['Dorian Pell was arrested in Lakeview on Monday.', 'Dorian Pell', true],
    // a possessive pronoun before a noun that is no event
    ['Dorian Pell crashed his van into a wall in Lakeview.', 'his', false],
    // before an event the possessor takes part in: it stays
    [
      'Dorian Pell was charged in Lakeview on Monday. Police said his arrest followed a long search.',
      'his',
      true,
    ],
  ];
  for (const [text, mention, kept] of cases)
    it(`${kept ? 'keeps' : 'leaves out'} "${mention}" in "${text}"`, () => {
      assert.equal(mentions(text, true).includes(mention), kept);
    });

  it('leaves claimgraph extract as it was', () => {
    const text = 'A Lakeview mother of four was hurt when Dorian Pell crashed his van.';
    assert.ok(mentions(text, false).includes('Lakeview'));
  });
});

describe('withoutModifierMentions: places and organisations inside longer names', () => {
  it('leaves out a town inside a title before a name ("the Bexley Sheriff Office Deputy Dana Holt")', () => {
    const text = 'Police said the Bexley Sheriff Office Deputy Dana Holt filed the charges on Monday.';
    assert.ok(mentions(text, false).includes('Bexley'));
    assert.ok(!mentions(text, true).includes('Bexley'));
  });
  it('keeps a town that is no modifier', () => {
    const text = 'Police said Dana Holt filed the charges in Harwick on Monday.';
    assert.ok(mentions(text, true).includes('Harwick'));
  });
});
