import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import { findReportedSpeech } from './index.js';
import { dropWriterVoice } from './writer-voice.js';
import type { AttributionCandidate } from '../candidate.js';

/** Every sentence below is invented for these tests. */

const cases: readonly (readonly [string, string, readonly string[]])[] = [
  ['the writer\'s "I" in the narration', 'I suspect the lighthouse keepers wanted a museum.', []],
  ['the reader addressed', 'You see, the choreographer never lets the dancers rest.', []],
  ['a question to the reader', 'Can you honestly say the remake needed four hours?', []],
  ['the writer\'s "we"', 'We can only guess that the publisher trimmed the ending.', []],
  ["the writer's gloss", 'Which is to say, the harbour was never a safe place to anchor.', []],
  ['a remark the writer bids', 'It should be noted that the Dunmore ferry never ran on Sundays.', []],
  [
    'a remark the writer deems worth making',
    "It's worth pointing out that the Dunmore ferry never ran on Sundays.",
    [],
  ],
  [
    'a remark worth making, the gerund parsed as a noun',
    'It is worth remembering that the Dunmore ferry never ran on Sundays.',
    [],
  ],
  ['a remark the writer grants', 'It could be argued that the Dunmore ferry was never needed.', []],
  [
    'a lesson for the writer and the readers',
    'The long strike tells us that the Dunmore yard was badly run.',
    [],
  ],
  ['the writer judges the saying', 'It is no exaggeration to say that the Dunmore ferry was a disaster.', []],
  ["the writer's imperative, read as a name", 'Note that the Dunmore ferry never ran on Sundays.', []],
  [
    'an infinitive with a subject of its own reports it',
    'It is unusual for the mayor to say that the ferry was a mistake.',
    ['say | the mayor | the ferry was a mistake'],
  ],
  [
    'a report with no speaker in the text stays',
    'It was announced that the Dunmore ferry would stop running.',
    ['was announced | - | that the Dunmore ferry would stop running'],
  ],
  [
    'a person who told "us" stays: the outlet was told',
    'The harbour master told us that the Dunmore ferry would stop running.',
    ['told | The harbour master | that the Dunmore ferry would stop running'],
  ],
  [
    'a group that reminded "us" stays',
    'The council reminded us that the Dunmore ferry would stop running.',
    ['reminded | The council | that the Dunmore ferry would stop running'],
  ],
  [
    "a remark worth making inside a quotation is the speaker's",
    '"It is worth pointing out that the ferry never ran on Sundays," the harbour master said.',
    ['said | the harbour master | "It is worth pointing out that the ferry never ran on Sundays,"'],
  ],
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

/** The span of the `occurrence`-th `part` of `text` (0 the first). */
function at(text: string, part: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) start = text.indexOf(part, start + 1);
  assert.ok(start >= 0, part);
  return { start, end: start + part.length };
}

describe('dropWriterVoice: the quoted speaker telling of their own words', () => {
  const text =
    'The harbour master said: "The gangs use the port. We believe that the smugglers moved 200 crates. I told them it was over."';
  const quotation = at(
    text,
    'The gangs use the port. We believe that the smugglers moved 200 crates. I told them it was over.',
  );
  const outer: AttributionCandidate = {
    kind: 'direct',
    cue: at(text, 'said:'),
    source: at(text, 'The harbour master'),
    content: [quotation],
  };
  const inner = (cue: string, source: string, content: string): AttributionCandidate => ({
    kind: 'indirect',
    cue: at(text, cue),
    source: at(text, source),
    content: [at(text, content)],
  });
  const cases: readonly (readonly [string, AttributionCandidate, boolean])[] = [
    [
      '"we believe" inside the quotation is part of it',
      inner('believe', 'We', 'the smugglers moved 200 crates'),
      false,
    ],
    ['"I told them" inside the quotation is part of it', inner('told', 'I', 'it was over'), false],
    [
      'a third person inside the quotation is left to the other rules',
      inner('use', 'The gangs', 'the port'),
      true,
    ],
  ];
  for (const [name, candidate, kept] of cases)
    it(name, () => {
      const found = dropWriterVoice(text, segment(text), [outer, candidate]);
      assert.equal(found.length, kept ? 2 : 1);
      assert.deepEqual(found[0], outer);
    });
});
