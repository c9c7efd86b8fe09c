import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import { candidate, type CandidateSpec } from '../complete/test-fixture.js';
import { repairSourcePhrases } from './source-phrases.js';

/** Every sentence below is invented for these tests. */

const cases: readonly (readonly [string, string, CandidateSpec, string | null])[] = [
  [
    'the subject of the sentence taken for the source of a cue after a "whose" apposition: the person named',
    'Hartford is preparing for a cup tie against Ridgeway Athletic, whose manager, Colm Darragh, says he is puzzled by the fixture list.',
    { cue: 'says', source: 'Hartford', content: ['he is puzzled by the fixture list'] },
    'whose manager, Colm Darragh',
  ],
  [
    'a "whose" phrase with no name after it is no source of its own',
    'Hartford, whose ground is closed, says the match will move to Lane Park.',
    { cue: 'says', source: 'Hartford', content: ['the match will move to Lane Park'] },
    'Hartford',
  ],
  [
    'the subject of an earlier clause taken for the source: the cue verb’s own subject',
    'Officials at the ministry declined to comment, but a spokeswoman, Ana Reis, said the talks would go on.',
    { cue: 'said', source: 'Officials at the ministry', content: ['the talks would go on'] },
    'a spokeswoman, Ana Reis',
  ],
  [
    'a passive cue’s subject is the one spoken of, not the source: the pointer’s choice stays',
    'Police said on Monday that the driver was accused by two passengers of speeding.',
    { cue: 'was accused', source: 'two passengers', content: ['of speeding'] },
    'two passengers',
  ],
  [
    'a relative clause taken for the source: the whole subject',
    'The director of a museum where a painting was stolen last week has admitted that the alarm was off.',
    { cue: 'has admitted', source: 'a painting was stolen last week', content: ['that the alarm was off'] },
    'The director of a museum where a painting was stolen last week',
  ],
  [
    'a clause before a participle cue: the noun phrase it modifies',
    'Judges allowed prosecutors to play videos of witnesses describing how they were threatened.',
    {
      cue: 'describing',
      source: 'Judges allowed prosecutors to play videos of witnesses',
      content: ['how they were threatened'],
    },
    'witnesses',
  ],
  [
    'a participle after the name and a comma is no part of the source',
    '“We are sure,” said prosecutor Lena Brandt, arguing for the videos.',
    {
      kind: 'direct',
      cue: 'said',
      source: 'prosecutor Lena Brandt, arguing for the videos',
      content: ['“We are sure,”'],
    },
    'prosecutor Lena Brandt',
  ],
  [
    'a reduced relative stays in its phrase',
    'Footage released on Telegram showed that the men fled.',
    { cue: 'showed', source: 'Footage released on Telegram', content: ['that the men fled'] },
    'Footage released on Telegram',
  ],
  [
    'an apposition with no verb stays whole',
    'Ms Ortiz, the company’s chairwoman since 2020, said the plan was dead.',
    { cue: 'said', source: 'Ms Ortiz, the company’s chairwoman since 2020,', content: ['the plan was dead'] },
    'Ms Ortiz, the company’s chairwoman since 2020,',
  ],
  [
    'a hyphenated participle is part of its phrase',
    'One of the bidders, Rotterdam-based Arvola, said it would bid again.',
    { cue: 'said', source: 'One of the bidders, Rotterdam-based Arvola,', content: ['it would bid again'] },
    'One of the bidders, Rotterdam-based Arvola,',
  ],
  [
    'a dateline with its wire before the subject is cut',
    'OSLO (Newswire) - Finance minister Eva Dahl said the budget was balanced.',
    {
      cue: 'said',
      source: 'OSLO (Newswire) - Finance minister Eva Dahl',
      content: ['the budget was balanced'],
    },
    'Finance minister Eva Dahl',
  ],
  [
    'a dateline with a country and a colon dateline are cut',
    'PORT LOUIS, Mauritius – Harbour master Ravi Dookun said the port would reopen.',
    {
      cue: 'said',
      source: 'PORT LOUIS, Mauritius – Harbour master Ravi Dookun',
      content: ['the port would reopen'],
    },
    'Harbour master Ravi Dookun',
  ],
  [
    'a dateline with a date and its wire, and a double hyphen',
    'OSLO, Jan 7 (Newswire) -- Finance minister Eva Dahl said the budget was balanced.',
    {
      cue: 'said',
      source: 'OSLO, Jan 7 (Newswire) -- Finance minister Eva Dahl',
      content: ['the budget was balanced'],
    },
    'Finance minister Eva Dahl',
  ],
  [
    'a capitalised acronym that is the subject is not a dateline',
    'NATO said the exercise would go ahead.',
    { cue: 'said', source: 'NATO', content: ['the exercise would go ahead'] },
    'NATO',
  ],
  [
    'not a dateline inside a paragraph',
    'The storm passed. OSLO - Finance minister Eva Dahl said the budget was balanced.',
    { cue: 'said', source: 'OSLO - Finance minister Eva Dahl', content: ['the budget was balanced'] },
    'OSLO - Finance minister Eva Dahl',
  ],
  [
    'a plain subject is kept',
    'The harbour master said the port would reopen.',
    { cue: 'said', source: 'The harbour master', content: ['the port would reopen'] },
    'The harbour master',
  ],
  [
    'a fronted clause before the subject is no part of the source, and the name in apposition is',
    'Several hours before the report was published, the top army commander in the north, Gen. Olaf Brenner, said the pass was open.',
    {
      cue: 'said',
      source: 'Several hours before the report was published, the top army commander in the north',
      content: ['the pass was open'],
    },
    'the top army commander in the north, Gen. Olaf Brenner',
  ],
  [
    'a fronted clause that swallowed the subject in the parse ("told" has none)',
    'After meeting the families, the governor, Ed Morales, told reporters that the search would go on.',
    {
      cue: 'told',
      source: 'the families, the governor, Ed Morales,',
      content: ['that the search would go on'],
    },
    'the governor, Ed Morales',
  ],
  [
    'a source after the fronted clause stands',
    'While visiting the port, the minister, Ada Penn, said the ferry would run.',
    {
      cue: 'said',
      source: 'the minister, Ada Penn',
      content: ['the ferry would run'],
    },
    'the minister, Ada Penn',
  ],
  [
    'a fronted clause opened by "after"',
    'After the ferry was cancelled, the harbour master said the port would close.',
    {
      cue: 'said',
      source: 'After the ferry was cancelled, the harbour master',
      content: ['the port would close'],
    },
    'the harbour master',
  ],
  [
    'an apposition with a clause in it is not a fronted clause',
    'Ada Quill, who runs the shelter, said the beds were full.',
    { cue: 'said', source: 'Ada Quill, who runs the shelter,', content: ['the beds were full'] },
    'Ada Quill, who runs the shelter,',
  ],
  [
    'a lower-case word between the source and the cue is no apposition',
    'The mayor, however, said the pass was open.',
    { cue: 'said', source: 'The mayor', content: ['the pass was open'] },
    'The mayor',
  ],
];

describe('repairSourcePhrases: the source is the noun phrase that speaks', () => {
  for (const [name, text, spec, expected] of cases)
    it(name, () => {
      const segments = segment(text);
      const [repaired] = repairSourcePhrases(text, segments, [candidate(text, spec)]);
      const source = repaired?.source ?? null;
      assert.equal(source === null ? null : text.slice(source.start, source.end), expected);
    });
});
