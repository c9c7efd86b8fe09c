import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { processInput } from '../../pipeline/pipeline.js';
import { opensCompoundNoun } from './compound-nouns.js';

/** Every sentence below is invented for these tests. */

describe('opensCompoundNoun (a verb form opening a WordNet compound noun)', () => {
  const cases: readonly [string, string, boolean][] = [
    ['running', 'back', true],
    ['running', 'mate', true],
    ['turning', 'point', true],
    ['living', 'room', true],
    // a verb with its particle, not a noun
    ['set', 'up', false],
    ['broke', 'in', false],
    // no compound noun
    ['running', 'away', false],
    ['killed', 'two', false],
    // no verb form
    ['death', 'penalty', false],
  ];
  for (const [word, next, expected] of cases)
    it(`${word} ${next}: ${String(expected)}`, () => assert.equal(opensCompoundNoun(word, next), expected));
});

describe('compound nouns in events[]', () => {
  it('leaves out "running" of "running back" and keeps the verb', () => {
    const text = 'Tarvell running back Dion Marsh was placed on the reserve list on Monday.';
    const doc = processInput({ source: 'test.txt', bytes: Buffer.from(text) }, { published: '2025-05-12' });
    const triggers = doc.events.map((event) => doc.text.slice(event.trigger.start, event.trigger.end));
    assert.ok(!triggers.includes('running'), triggers.join(' '));
    assert.ok(
      triggers.some((word) => word.startsWith('placed')),
      triggers.join(' '),
    );
  });
});
