import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_INGEST_OPTIONS } from '../../ingest/options.js';
import { processInput } from '../../pipeline/pipeline.js';

/** Every sentence below is invented for these tests. */

function triggers(text: string): string[] {
  const doc = processInput(
    { source: 'test.txt', bytes: Buffer.from(text) },
    { published: '2025-05-12', ingest: { ...DEFAULT_INGEST_OPTIONS, clean: false } },
  );
  return doc.events.map((event) => doc.text.slice(event.trigger.start, event.trigger.end));
}

describe('the verb of a title-case headline after its subject', () => {
  const cases: readonly [string, string, boolean][] = [
    [
      'Vantix Releases Urgent Browser Update After Attacks\nThe software maker Vantix shipped the fix on Tuesday.',
      'Releases',
      true,
    ],
    [
      'Lena Marsh Checks Into Seaview Clinic For Treatment\nActress Lena Marsh arrived at the clinic on Monday.',
      'Checks Into',
      true,
    ],
    // running text: the tagger's reading is kept
    ['Vantix Games opened a studio in Orvane, and Vantix Games hired forty people.', 'Games', false],
  ];
  for (const [text, trigger, expected] of cases)
    it(`${trigger}: ${String(expected)}`, () => {
      const found = triggers(text);
      assert.equal(found.includes(trigger), expected, found.join(' | '));
    });
});
