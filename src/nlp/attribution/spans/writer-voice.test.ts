import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import { findReportedSpeech } from './index.js';

/** Every sentence below is invented for these tests. */

const cases: readonly (readonly [string, string, readonly string[]])[] = [
  ['the writer\'s "I" in the narration', 'I suspect the lighthouse keepers wanted a museum.', []],
  ['the reader addressed', 'You see, the choreographer never lets the dancers rest.', []],
  ['a question to the reader', 'Can you honestly say the remake needed four hours?', []],
  ['the writer\'s "we"', 'We can only guess that the publisher trimmed the ending.', []],
  ["the writer's gloss", 'Which is to say, the harbour was never a safe place to anchor.', []],
  [
    'a third-person source stays',
    'The curator suspects the lighthouse keepers wanted a museum.',
    ['suspects | The curator | the lighthouse keepers wanted a museum'],
  ],
  [
    '"I" inside a quotation is the quoted speaker',
    '"I suspect the keepers wanted a museum," the curator said.',
    ['said | the curator | "I suspect the keepers wanted a museum,"'],
  ],
];

describe('dropWriterVoice (through findReportedSpeech)', () => {
  for (const [name, text, expected] of cases)
    it(name, () => {
      const found = findReportedSpeech(text, segment(text)).map((candidate) =>
        [candidate.cue, candidate.source, candidate.content[0] ?? null]
          .map((span) => (span === null ? '-' : text.slice(span.start, span.end)))
          .join(' | '),
      );
      assert.deepEqual(found, expected);
    });
});
