import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import { candidate, type CandidateSpec } from '../complete/test-fixture.js';
import { fitContentToComplement, othersThan } from './complement-content.js';

/** Every sentence below is invented for these tests. */

const cases: readonly (readonly [string, string, CandidateSpec, readonly string[]])[] = [
  [
    'a demonstrative object before a colon stands for the clause after it',
    'The coach said this: the club will be sold before the summer.',
    { cue: 'said', content: ['this'] },
    ['the club will be sold before the summer'],
  ],
  [
    'a demonstrative object with no clause after it stays',
    'The coach said this to the players before the match.',
    { cue: 'said', content: ['this'] },
    ['this'],
  ],
  [
    'a clause with its own subject that the parser coordinates with the cue verb is kept',
    'Ms Halvorsen said the deal was off and the board later sold the boats.',
    { cue: 'said', content: ['the deal was off and the board later sold the boats'] },
    ['the deal was off and the board later sold the boats'],
  ],
  [
    'a concessive clause hung on the cue verb is the writer’s',
    'Mr Berg said the canal would be dredged, though he admitted it was unlikely to happen soon.',
    {
      cue: 'said',
      content: ['the canal would be dredged, though he admitted it was unlikely to happen soon'],
    },
    ['the canal would be dredged'],
  ],
  [
    'the main clause a subordinate cue hangs on is the writer’s',
    'When the ministry announced that the minister would travel to Lagos this week, there was always the risk that protesters would respond.',
    {
      cue: 'announced',
      content: [
        'that the minister would travel to Lagos this week, there was always the risk that protesters would respond',
      ],
    },
    ['that the minister would travel to Lagos this week'],
  ],
  [
    'the channel and day of a nominal complement are the cue’s circumstances',
    'The union attacked the proposal in a long letter on Monday.',
    { cue: 'attacked', content: ['the proposal in a long letter on Monday'] },
    ['the proposal'],
  ],
  [
    'the object of the cue’s preposition without the speech it was made in',
    'The minister called for more rail investment in a speech on Thursday.',
    { cue: 'called for', content: ['more rail investment in a speech on Thursday'] },
    ['more rail investment'],
  ],
  [
    'a verb coordinated with the cue verb in its form is the source’s next act',
    'The mayor praised the volunteers and thanked the fire crews for their work.',
    { cue: 'praised', content: ['the volunteers and thanked the fire crews for their work'] },
    ['the volunteers'],
  ],
  [
    'a piece of the cue’s adjuncts after a quotation is dropped',
    '“We will not sell the mill,” Ms Ortiz, the firm’s chairwoman since 2019, said on Tuesday at a trade fair in Lyon.',
    {
      kind: 'mixed',
      cue: 'said',
      content: ['“We will not sell the mill,”', 'on Tuesday at a trade fair in Lyon'],
    },
    ['“We will not sell the mill,”'],
  ],
  [
    'the cue’s adjuncts before its complement are no part of it',
    'The mayor told reporters on Monday that the bridge would reopen.',
    { cue: 'told', content: ['on Monday that the bridge would reopen'] },
    ['that the bridge would reopen'],
  ],
  [
    'a second reported clause with "that" stays',
    'Officials said the strike would end on Friday and that talks would resume.',
    { cue: 'said', content: ['the strike would end on Friday and that talks would resume'] },
    ['the strike would end on Friday and that talks would resume'],
  ],
  [
    'a coordinated clause with a quotation in it is the source’s words',
    'The coach says the team has lost its way, and “we are going to find it again” after the break.',
    {
      kind: 'mixed',
      cue: 'says',
      content: ['the team has lost its way, and “we are going to find it again” after the break'],
    },
    ['the team has lost its way, and “we are going to find it again” after the break'],
  ],
  [
    'a conjunct with an auxiliary and no subject goes on with the reported clause',
    'The audit says the charity holds large reserves and would owe little tax on them.',
    { cue: 'says', content: ['the charity holds large reserves and would owe little tax on them'] },
    ['the charity holds large reserves and would owe little tax on them'],
  ],
  [
    'a conjunct in another verb form goes on with the reported clause',
    'The envoy declined to threaten the rebels or even directly blame them.',
    { cue: 'declined', content: ['to threaten the rebels or even directly blame them'] },
    ['to threaten the rebels or even directly blame them'],
  ],
  [
    'a time inside a clausal complement stays',
    'She said the bakery would close on Friday.',
    { cue: 'said', content: ['the bakery would close on Friday'] },
    ['the bakery would close on Friday'],
  ],
  [
    'an object’s own modifier stays',
    'The report criticised the council for its handling of the floods.',
    { cue: 'criticised', content: ['the council for its handling of the floods'] },
    ['the council for its handling of the floods'],
  ],
  [
    'a piece that stops inside a hyphenated figure runs on to the end of its phrase',
    'The club claims to have a deal with the 24-year-old Danish winger.',
    { cue: 'claims', content: ['to have a deal with the 24-year'] },
    ['to have a deal with the 24-year-old Danish winger'],
  ],
  [
    'a piece that stops inside a hyphenated word runs on',
    'The coach said the players were hand-picked by the board.',
    { cue: 'said', content: ['the players were hand'] },
    ['the players were hand-picked by the board'],
  ],
  [
    'a piece that stops on an opening quotation mark runs on past the quoted phrase',
    "A spokeswoman for the dairy claimed that the farmers asked for 'a silly sum of money' to sign the deal.",
    { cue: 'claimed', content: ["that the farmers asked for '"] },
    ["that the farmers asked for 'a silly sum of money' to sign the deal"],
  ],
  [
    'a piece that stops inside a word of several hyphens runs on past the whole word',
    'The senator pushed the paint-the-rival-as-a-crook plan.',
    { cue: 'pushed', content: ['the paint'] },
    ['the paint-the-rival-as-a-crook plan'],
  ],
  [
    'a piece that ends on a whole word is not run on',
    'The coach said the players were tired after the long trip to Bergen.',
    { cue: 'said', content: ['the players were tired'] },
    ['the players were tired'],
  ],
  [
    'the person told is no part of what was told',
    'The defendant told the jury he was at home all night.',
    { cue: 'told', content: ['the jury he was at home all night'] },
    ['he was at home all night'],
  ],
  [
    'the person warned is no part of the warning that follows with its "that"',
    'She warned the finance committee that the fund would run dry.',
    { cue: 'warned', content: ['the finance committee that the fund would run dry'] },
    ['that the fund would run dry'],
  ],
  [
    'the one urged to act is part of what was urged',
    'The minister urged his staff to stay calm.',
    { cue: 'urged', content: ['his staff to stay calm'] },
    ['his staff to stay calm'],
  ],
  [
    'a time before the subject of a reported clause with no "that" is when it was said',
    'The mayor said yesterday the road would close.',
    { cue: 'said', content: ['yesterday the road would close'] },
    ['the road would close'],
  ],
  [
    'a bare noun phrase of time before the subject is when it was said',
    'Police said Tuesday night two men were held.',
    { cue: 'said', content: ['Tuesday night two men were held'] },
    ['two men were held'],
  ],
  [
    'a time after the subject belongs to the reported clause',
    'The coach said his side would win on Sunday.',
    { cue: 'said', content: ['his side would win on Sunday'] },
    ['his side would win on Sunday'],
  ],
  [
    'a piece that stops before a modal conjunct of the reported clause runs on over it',
    'The treasurer argued that the fund was growing steadily, and would soon cover the deficit.',
    { cue: 'argued', content: ['that the fund was growing steadily'] },
    ['that the fund was growing steadily, and would soon cover the deficit'],
  ],
  [
    'a piece that stops before "but" and a conjunct with no subject runs on over it',
    'The engineer said the bridge was late but would still open in May.',
    { cue: 'said', content: ['the bridge was late'] },
    ['the bridge was late but would still open in May'],
  ],
  [
    'a conjunct whose verb agrees with the reported subject, not the speaker, runs on with the clause',
    'The coach insisted that his remarks were meant kindly, and were not intended to hurt anyone.',
    { cue: 'insisted', content: ['that his remarks were meant kindly'] },
    ['that his remarks were meant kindly, and were not intended to hurt anyone'],
  ],
  [
    'the source’s next act in the cue’s form is not taken in',
    'The harbour master said the pier was unsafe and closed it to walkers.',
    { cue: 'said', content: ['the pier was unsafe'] },
    ['the pier was unsafe'],
  ],
  [
    'a conjunct in the present after a past clause is the source’s own state, not taken in',
    'Police think the pair were driving a van, and are keen to hear from witnesses.',
    { cue: 'think', content: ['the pair were driving a van'] },
    ['the pair were driving a van'],
  ],
  [
    'a conjunct with a subject of its own is not taken in',
    'The harbour master said the pier was unsafe, but the council kept it open.',
    { cue: 'said', content: ['the pier was unsafe'] },
    ['the pier was unsafe'],
  ],
  [
    'a piece that stops on the closing mark of a quoted phrase runs on to the end of the clause',
    'Ms Dale claimed that the “forces of fashion” and “cheap imports” were hurting the town.',
    { cue: 'claimed', content: ['that the “forces of fashion”'] },
    ['that the “forces of fashion” and “cheap imports” were hurting the town'],
  ],
  [
    'a piece that stops inside a list of quoted names runs on to the list’s end',
    'The coach called the striker a "lazy player," a "liability" and "slow."',
    { cue: 'called', content: ['the striker a "lazy player,"'] },
    ['the striker a "lazy player," a "liability" and "slow."'],
  ],
  [
    'a circumstance after a quoted phrase is not run on over',
    'The union criticized the plan as a “costly mistake” during a meeting in Leeds.',
    { cue: 'criticized', content: ['the plan as a “costly mistake”'] },
    ['the plan as a “costly mistake”'],
  ],
  [
    'a clause the parser finds after the mark is not run on over when the piece does not open with its “that”',
    'She took the "stage name", Vera Lane, later legally adopted.',
    { cue: 'took', content: ['the "stage name"'] },
    ['the "stage name"'],
  ],
  [
    'a second clause that opens with its own “that” after the coordinator goes on with the report',
    'Mr Osei said that the ferry was late because the crew was ill, and that it would sail on Friday.',
    { cue: 'said', content: ['that the ferry was late because the crew was ill'] },
    ['that the ferry was late because the crew was ill, and that it would sail on Friday'],
  ],
];

describe('fitContentToComplement', () => {
  for (const [name, text, spec, expected] of cases)
    it(name, () => {
      const [result] = fitContentToComplement(text, segment(text), [candidate(text, spec)]);
      assert.deepEqual(
        result?.content.map((span) => text.slice(span.start, span.end)),
        expected,
      );
    });
});

describe('fitContentToComplement: a second report coordinated with the first', () => {
  const text = 'Marta Lenz said the bridge was safe and her deputy insisted the tests were complete.';
  it('ends the first report where the second one’s clause begins', () => {
    const [first] = fitContentToComplement(text, segment(text), [
      candidate(text, {
        cue: 'said',
        content: ['the bridge was safe and her deputy insisted the tests were complete'],
      }),
      candidate(text, { cue: 'insisted', content: ['the tests were complete'] }),
    ]);
    assert.deepEqual(
      first?.content.map((span) => text.slice(span.start, span.end)),
      ['the bridge was safe'],
    );
  });
  it('keeps a coordinated clause whose verb is no candidate’s cue', () => {
    const [first] = fitContentToComplement(text, segment(text), [
      candidate(text, {
        cue: 'said',
        content: ['the bridge was safe and her deputy insisted the tests were complete'],
      }),
    ]);
    assert.deepEqual(
      first?.content.map((span) => text.slice(span.start, span.end)),
      ['the bridge was safe and her deputy insisted the tests were complete'],
    );
  });
});

describe('othersThan (complement-content.ts)', () => {
  it('lists the other candidates’ cues, then the candidate’s other pieces, in order', () => {
    const piece = { start: 40, end: 50 };
    const otherPiece = { start: 60, end: 70 };
    const found = {
      kind: 'indirect',
      cue: { start: 30, end: 34 },
      source: null,
      content: [piece, otherPiece],
    } as const;
    const before = { kind: 'indirect', cue: { start: 0, end: 4 }, source: null, content: [] } as const;
    const after = { kind: 'indirect', cue: { start: 80, end: 84 }, source: null, content: [] } as const;
    assert.deepEqual(othersThan([before, found, after], found, found.content, piece), [
      { start: 0, end: 4 },
      { start: 80, end: 84 },
      { start: 60, end: 70 },
    ]);
  });
});
