import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reports } from './test-helpers.js';

/**
 * Issue 10: the writer's own asides ("to say the least") and refusals of a request printed as
 * reports. Every sentence below is invented for these tests.
 */
const none: readonly (readonly [string, string])[] = [
  [
    'an infinitive aside set off by commas (`writersAsideInfinitive`)',
    'The harvest was, to say the least, a disappointment.',
  ],
  ['the same opening the sentence', 'To say the least, the orchard had a poor year.'],
  [
    'a denial of a request is a refusal (`refusalOfAsking`)',
    'The county denied a request by the farmers to extend the deadline.',
  ],
  ['the same with permission refused', 'The harbour master refused permission for the regatta.'],
  ['the same with access denied', 'The museum denied access to the photographers on Tuesday.'],
];

/** Reports that must stay. */
const found: readonly (readonly [string, string, string])[] = [
  [
    'a denial of an allegation',
    'The harbour master denied the allegation.',
    'denied | The harbour master | the allegation',
  ],
  [
    'an infinitive of saying a verb governs',
    'The baker declined to say whether the market would move.',
    'declined to say | The baker | whether the market would move',
  ],
];

describe('issue 10: asides and refusals that are no reports', () => {
  for (const [name, text] of none)
    it(name, () => {
      assert.deepEqual(reports(text), [], text);
    });
  for (const [name, text, expected] of found)
    it(`stays: ${name}`, () => {
      assert.ok(reports(text).includes(expected), `${text}\n${reports(text).join('\n')}`);
    });
});
