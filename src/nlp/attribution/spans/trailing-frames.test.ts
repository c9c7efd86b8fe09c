import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reports } from './test-helpers.js';

/** Every sentence below is invented for these tests. */

/** [why, text, reports expected among those found, reports that must not be found] */
const cases: readonly (readonly [string, string, readonly string[], readonly string[]])[] = [
  [
    'a frame after a report of its own is found, around the whole sentence (issue 10)',
    'The Orsa mayor said the ferry will stop next week, a state-run daily reported.',
    [
      'said | The Orsa mayor | the ferry will stop next week',
      'reported | a state-run daily | The Orsa mayor said the ferry will stop next week',
    ],
    [],
  ],
  [
    'the inner report ends before the frame instead of swallowing it (issue 10)',
    'Rebels said they had seized the Tarnby airport, the website reports.',
    [
      'said | Rebels | they had seized the Tarnby airport',
      'reports | the website | Rebels said they had seized the Tarnby airport',
    ],
    ['said | Rebels | they had seized the Tarnby airport, the website reports'],
  ],
  [
    'a frame with a time after its verb',
    'The Orsa mayor said the ferry will stop on Monday, the paper reported on Sunday.',
    ['reported | the paper | The Orsa mayor said the ferry will stop on Monday'],
    [],
  ],
];

describe('a report frame that ends its sentence (trailing-frames.ts)', () => {
  for (const [name, text, expected, absent] of cases)
    it(name, () => {
      const found = reports(text);
      for (const report of expected) assert.ok(found.includes(report), found.join('\n'));
      for (const report of absent) assert.ok(!found.includes(report), found.join('\n'));
    });
});
