import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { processInput } from '../../pipeline/pipeline.js';

/** Every sentence below is invented for these tests. */

function triggers(text: string): string[] {
  const doc = processInput({ source: 'test.txt', bytes: Buffer.from(text) }, { published: '2025-03-02' });
  return doc.events.map((event) => doc.text.slice(event.trigger.start, event.trigger.end));
}

describe('multiword verbs keep their particle in the trigger', () => {
  const cases: readonly [string, string, string | null][] = [
    // [sentence, trigger expected, a word that must not be a trigger of its own]
    ['A blaze broke out at the Norwick depot.', 'broke out', 'broke'],
    ['Two riders gunned him down near the quay.', 'gunned him down', null],
    ['The singer checked into a clinic in Dunmore.', 'checked into', 'checked'],
    ['The singer checked herself into a clinic in Dunmore.', 'checked herself into', 'checked'],
    ['The thieves made off with three paintings.', 'made off', 'made'],
    ['Guards opened fire on the crowd.', 'opened fire', 'fire'],
    // a preposition before its noun is no particle
    ['The hearing was held on Tuesday in Dunmore.', 'held', 'held on'],
    ['The rovers hope to win over the Tarlow fans.', 'win', 'win over'],
  ];
  for (const [text, expected, absent] of cases)
    it(`${text} → "${expected}"`, () => {
      const found = triggers(text);
      assert.ok(found.includes(expected), found.join(' | '));
      if (absent !== null) assert.ok(!found.includes(absent), found.join(' | '));
    });
});
