import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { candidate, type CandidateSpec } from '../complete/test-fixture.js';
import { endBeforeOtherReports } from './other-reports.js';

/** Every sentence below is invented for these tests. */

const cases: readonly (readonly [string, string, readonly CandidateSpec[], readonly string[]])[] = [
  [
    'a question runs into the answer’s speaker and cue',
    'When asked if the bridge would reopen the mayor replied: “Not this year.”',
    [
      { cue: 'asked', content: ['if the bridge would reopen the mayor replied'] },
      { kind: 'direct', cue: 'replied:', source: 'the mayor', content: ['“Not this year.”'] },
    ],
    ['if the bridge would reopen', '“Not this year.”'],
  ],
  [
    'a belief runs into the adjoined argument',
    'The minister does not believe the tax should rise, arguing it would hurt farmers.',
    [
      { cue: 'does not believe', source: 'The minister', content: ['the tax should rise, arguing it'] },
      { cue: 'arguing', source: 'The minister', content: ['it would hurt farmers'] },
    ],
    ['the tax should rise', 'it would hurt farmers'],
  ],
  [
    'a report nested in the content stays whole',
    'She said he had told police that the car was stolen.',
    [
      { cue: 'said', source: 'She', content: ['he had told police that the car was stolen'] },
      { cue: 'told', source: 'he#2', content: ['that the car was stolen'] },
    ],
    ['he had told police that the car was stolen', 'that the car was stolen'],
  ],
  [
    'the writer’s “according to” inside the words is no end',
    'She said the bridge, which cost 30 million according to the council, would close.',
    [
      {
        cue: 'said',
        source: 'She',
        content: ['the bridge, which cost 30 million according to the council, would close'],
      },
      { cue: 'according to', source: 'the council', content: ['which cost 30 million'] },
    ],
    ['the bridge, which cost 30 million according to the council, would close', 'which cost 30 million'],
  ],
  [
    'a cue inside quoted words is the speaker’s own',
    'The coach said: “I told him he could stay and he said ‘I will’.”',
    [
      { cue: 'said', source: 'The coach', content: ['I told him he could stay and he said ‘I will’'] },
      { kind: 'direct', cue: 'said#2', source: 'he#2', content: ['‘I will’.”'] },
    ],
    ['I told him he could stay and he said ‘I will’', '‘I will’.”'],
  ],
  [
    'a cue after a quotation that has closed ends the reported words',
    'The minister said he was taking "nothing for granted" before the vote - warning that rivals would cheat.',
    [
      {
        cue: 'said',
        source: 'The minister',
        content: ['he was taking "nothing for granted" before the vote - warning that rivals would cheat'],
      },
      { cue: 'warning', source: 'The minister', content: ['that rivals would cheat'] },
    ],
    ['he was taking "nothing for granted" before the vote', 'that rivals would cheat'],
  ],
  [
    'the writer’s “according to” aside just before the next report goes with the cut',
    'He had vowed to keep the club "lean and hungry," and, according to the paper, once told fans that he would never sell.',
    [
      {
        cue: 'had vowed',
        source: 'He',
        content: [
          'to keep the club "lean and hungry," and, according to the paper, once told fans that he would never sell',
        ],
      },
      {
        cue: 'according to',
        source: 'the paper',
        content: ['He had vowed to keep the club "lean and hungry,"'],
      },
      { cue: 'told', source: 'He', content: ['that he would never sell'] },
    ],
    [
      'to keep the club "lean and hungry,"',
      'He had vowed to keep the club "lean and hungry,"',
      'that he would never sell',
    ],
  ],
  [
    'a report whose source opens a clause joined on after a comma is the writer’s next clause',
    'Mr Lund agreed that the rules should change, but his aide said the debate should wait.',
    [
      {
        cue: 'agreed',
        source: 'Mr Lund',
        content: ['that the rules should change, but his aide said the debate should wait'],
      },
      { cue: 'said', source: 'his aide', content: ['the debate should wait'] },
    ],
    ['that the rules should change', 'the debate should wait'],
  ],
  [
    'a concessive clause with a report of its own ends the words too',
    'Ms Orr said the fees were fair, though she noted that parents had complained.',
    [
      {
        cue: 'said',
        source: 'Ms Orr',
        content: ['the fees were fair, though she noted that parents had complained'],
      },
      { cue: 'noted', source: 'she', content: ['that parents had complained'] },
    ],
    ['the fees were fair', 'that parents had complained'],
  ],
  [
    'a joined clause under “according to” stays: its words are the whole sentence',
    'According to the police, the men fled on foot, and witnesses said they were armed.',
    [
      {
        cue: 'According to',
        source: 'the police',
        content: ['the men fled on foot, and witnesses said they were armed'],
      },
      { cue: 'said', source: 'witnesses', content: ['they were armed'] },
    ],
    ['the men fled on foot, and witnesses said they were armed', 'they were armed'],
  ],
];

describe('endBeforeOtherReports: reported speech ends where another report begins', () => {
  for (const [name, text, specs, expected] of cases)
    it(name, () => {
      const found = endBeforeOtherReports(
        text,
        specs.map((spec) => candidate(text, spec)),
      );
      assert.deepEqual(
        found.map((one) => one.content.map((piece) => text.slice(piece.start, piece.end)).join(' | ')),
        expected,
      );
    });
});
