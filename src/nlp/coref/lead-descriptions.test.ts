import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { processInput } from '../../pipeline/pipeline.js';
import { CORPUS_STAGES } from '../../pipeline/stages.js';

/** Every sentence below is invented for these tests. */

/** The mention texts of the entity named `name` in `claimgraph corpus`. */
function mentionsOf(text: string, name: string): string[] {
  const doc = processInput(
    { source: 'test.txt', bytes: Buffer.from(text) },
    { published: '2025-04-01', stages: CORPUS_STAGES },
  );
  const entity = doc.entities.find((candidate) => candidate.name === name);
  assert.ok(entity, `no entity ${name}`);
  return entity.mentions.map((mention) => doc.text.slice(mention.start, mention.end));
}

describe('leadNamedPerson (claimgraph corpus only)', () => {
  it('joins the lead description to the person the next sentence names as its subject', () => {
    const text =
      'A convicted smuggler escaped from a prison van on Monday. Oren Vask, 41, was caught two hours later.';
    assert.ok(mentionsOf(text, 'Oren Vask').includes('A convicted smuggler'));
  });

  it('leaves a next sentence whose verb reports alone (a spokesman is named so)', () => {
    const text = 'A man was arrested in Harwick on Monday. Oren Vask said the arrest followed a long search.';
    assert.ok(!mentionsOf(text, 'Oren Vask').includes('A man'));
  });

  it('leaves a person named before the description alone', () => {
    const text =
      'Oren Vask opened the hearing on Monday. A convicted smuggler escaped from a prison van. Oren Vask was not there.';
    assert.ok(!mentionsOf(text, 'Oren Vask').includes('A convicted smuggler'));
  });

  it('leaves a description whose own sentence names a person alone', () => {
    const text =
      'A convicted smuggler escaped with Tal Brenn from a prison van on Monday. Oren Vask, 41, was caught later.';
    assert.ok(!mentionsOf(text, 'Oren Vask').includes('A convicted smuggler'));
  });
});
