import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import { candidate, type CandidateSpec } from '../complete/test-fixture.js';
import { trimContentBoundaries, wholeWordContent } from './content-boundaries.js';
import { reports } from './test-helpers.js';

/** Every sentence below is invented for these tests. */

const cases: readonly (readonly [string, string, CandidateSpec, readonly string[]])[] = [
  [
    'a quotation interrupted by the writer keeps only its quoted parts',
    '“We ran hard,” the running back said yesterday, “and it paid off.”',
    { cue: 'said', content: ['“We ran hard,” the running back said yesterday, “and it paid off.”'] },
    ['“We ran hard,”', '“and it paid off.”'],
  ],
  [
    'a writer’s attribution after the closing mark is cut off the quotation',
    '"Nobody panicked at the end," the veteran coach wrote in his column.',
    { cue: 'wrote', content: ['"Nobody panicked at the end," the veteran coach wrote in his column'] },
    ['"Nobody panicked at the end,"'],
  ],
  [
    'an interruption with no space after the closing mark is cut too',
    '"People think fame comes free,"he told a radio station. "It should be hard to earn."',
    {
      cue: 'told',
      content: ['"People think fame comes free,"he told a radio station. "It should be hard to earn."'],
    },
    ['"People think fame comes free,"', '"It should be hard to earn."'],
  ],
  [
    'a mixed report after the closing mark stays: no verb of saying',
    'She said the plan was "bold, new," and cheaper than the old one.',
    { cue: 'said', content: ['"bold, new," and cheaper than the old one'] },
    ['"bold, new," and cheaper than the old one'],
  ],
  [
    'a verb the parser coordinates with a noun cue is no next act of the source',
    'The envoy’s words contradict claims by the palace and top army officers that the rebels were armed by Oskar Lind and tried to cross there as part of a scheme.',
    {
      cue: 'claims',
      content: ['that the rebels were armed by Oskar Lind and tried to cross there as part of a scheme'],
    },
    ['that the rebels were armed by Oskar Lind and tried to cross there as part of a scheme'],
  ],
  [
    'a trailing citation of the speaker is no part of the reported clause',
    'The harbour chief said on Monday that the ferry will stop next month, he was quoted as saying by the Coast Post.',
    {
      cue: 'said',
      content: ['that the ferry will stop next month, he was quoted as saying by the Coast Post'],
    },
    ['that the ferry will stop next month'],
  ],
  [
    'a comma before the reported clause’s own verb is not cut',
    'The harbour chief said that the ferry, which was quoted as full, will stop next month.',
    {
      cue: 'said',
      content: ['that the ferry, which was quoted as full, will stop next month'],
    },
    ['that the ferry, which was quoted as full, will stop next month'],
  ],
  [
    'reported speech stays in the sentence of its cue',
    'New rules cut costs, she added. The airline chief also warned that fares would rise.',
    { cue: 'added', content: ['New rules cut costs', 'The airline chief also warned that fares would rise'] },
    ['New rules cut costs'],
  ],
  [
    'a paragraph-opening dateline is no part of the reported clause',
    'OSLO (Newswire) - The budget will be balanced next year, the finance minister said on Monday.',
    {
      cue: 'said',
      content: ['OSLO (Newswire) - The budget will be balanced next year'],
    },
    ['The budget will be balanced next year'],
  ],
  [
    'reported speech running over the end of its sentence is cut there, not inside "U.S."',
    'She said fares would rise in the U.S. Airlines disagree.',
    { cue: 'said', content: ['fares would rise in the U.S. Airlines disagree'] },
    ['fares would rise in the U.S.'],
  ],
  [
    'a quotation ends at its closing mark, not in the writer’s next sentence',
    'Ms Novak testified: “Nothing was agreed.” The hearing resumes on Monday.',
    { kind: 'direct', cue: 'testified', content: ['“Nothing was agreed.” The hearing resumes on Monday'] },
    ['“Nothing was agreed.”'],
  ],
  [
    'an apostrophe inside a name closes nothing',
    'She said: “O’Neill was there, hand-picked.” It rained.',
    { kind: 'direct', cue: 'said', content: ['“O’Neill was there, hand-picked.” It rained'] },
    ['“O’Neill was there, hand-picked.”'],
  ],
  [
    'the rest of a mixed report after a quoted fragment stays',
    'Dr Fauci estimated that “between 100,000 and 200,000” could die.',
    { kind: 'mixed', cue: 'estimated', content: ['“between 100,000 and 200,000” could die'] },
    ['“between 100,000 and 200,000” could die'],
  ],
  [
    'a quotation after the reported clause is kept as a piece of its own',
    'Ms Ivanova said prosecutors had drawn up a list. “We will return it.”',
    { kind: 'mixed', cue: 'said', content: ['prosecutors had drawn up a list. “We will return it.”'] },
    ['prosecutors had drawn up a list', '“We will return it.”'],
  ],
  [
    'the narrator’s next verb, which cannot share the reported modal, is no part of the content',
    'Mayor Ruth Alder said the bridge would reopen and then left for a meeting in the capital.',
    { cue: 'said', content: ['the bridge would reopen and then left for a meeting in the capital'] },
    ['the bridge would reopen'],
  ],
  [
    'two reported clauses joined by "and that" stay together',
    'Officials said the strike would end on Friday and that talks would resume.',
    { cue: 'said', content: ['the strike would end on Friday and that talks would resume'] },
    ['the strike would end on Friday and that talks would resume'],
  ],
  [
    'a verb that shares the modal stays',
    'Ms Alder said the council would study the plan and vote on it in May.',
    { cue: 'said', content: ['the council would study the plan and vote on it in May'] },
    ['the council would study the plan and vote on it in May'],
  ],
  [
    'a sentential "which" commenting on the report is the writer’s',
    'Carl Menz said the vote was rigged, which surprised many of his supporters.',
    { cue: 'said', content: ['the vote was rigged, which surprised many of his supporters'] },
    ['the vote was rigged'],
  ],
  [
    'a "which" on a noun inside the reported clause stays',
    'Mr Menz said the company, which employs 300 people, would close.',
    { cue: 'said', content: ['the company, which employs 300 people, would close'] },
    ['the company, which employs 300 people, would close'],
  ],
  [
    'a participle coordinated after a participle cue is the subject’s next act',
    'The captain stepped aside on Friday, saying she wanted time with her family and handing the armband to her deputy.',
    { cue: 'saying', content: ['she wanted time with her family and handing the armband to her deputy'] },
    ['she wanted time with her family'],
  ],
  [
    'participles coordinated inside the reported clause stay',
    'The coach said he was running and jumping again.',
    { cue: 'said', content: ['he was running and jumping again'] },
    ['he was running and jumping again'],
  ],
  [
    'the writer’s clause coordinated before a quotation is no part of it',
    'The other judges may have liked the show, but "I did not enjoy it," Ms Vale said.',
    {
      kind: 'mixed',
      cue: 'said',
      content: ['The other judges may have liked the show, but "I did not enjoy it,"'],
    },
    ['"I did not enjoy it,"'],
  ],
  [
    'a quoted fragment inside the reported clause keeps the clause',
    'The show was "a mess from start to finish," Ms Vale said.',
    { kind: 'mixed', cue: 'said', content: ['The show was "a mess from start to finish,"'] },
    ['The show was "a mess from start to finish,"'],
  ],
  [
    'a past form cannot share the progressive’s auxiliary: the source’s next report is cut off',
    'Rangers said the bear was raiding bins and said it had lost its fear of people.',
    { cue: 'said', content: ['the bear was raiding bins and said it had lost its fear of people'] },
    ['the bear was raiding bins'],
  ],
  [
    'progressives coordinated inside the reported clause stay',
    'Rangers said the bear was raiding bins and scaring campers.',
    { cue: 'said', content: ['the bear was raiding bins and scaring campers'] },
    ['the bear was raiding bins and scaring campers'],
  ],
  [
    'a verb coordinated with the cue’s own verb is the source’s next report',
    'The officers said his boat was drifting near the pier and said he had no licence.',
    { cue: 'said', content: ['his boat was drifting near the pier and said he had no licence'] },
    ['his boat was drifting near the pier'],
  ],
  [
    'a conjunct in another verb form than the cue goes on with the reported clause',
    'Rangers asked the campers to store their food and refrain from feeding the bears.',
    { cue: 'asked', content: ['the campers to store their food and refrain from feeding the bears'] },
    ['the campers to store their food and refrain from feeding the bears'],
  ],
  [
    'a ", which" right after a noun is that noun’s relative clause',
    'Analysts warned that the council was losing its grip on the port, which handles most imports.',
    {
      cue: 'warned',
      content: ['that the council was losing its grip on the port, which handles most imports'],
    },
    ['that the council was losing its grip on the port, which handles most imports'],
  ],
  [
    'a place name and a dash opening the paragraph are a dateline',
    'Lagos - The ministry is weighing a ban on plastic bags, local media reported on Monday.',
    { cue: 'reported', content: ['Lagos - The ministry is weighing a ban on plastic bags'] },
    ['The ministry is weighing a ban on plastic bags'],
  ],
  [
    'a non-restrictive relative clause holding the cue closes before the main clause’s verb',
    'The singer, who revealed last month that she was engaged, arrived at the gala in a vintage car.',
    {
      cue: 'revealed',
      source: 'who',
      content: ['that she was engaged, arrived at the gala in a vintage car'],
    },
    ['that she was engaged'],
  ],
  [
    'a comma inside the reported clause of a relative stays',
    'The singer, who said that she was tired, hungry and cold, left early.',
    { cue: 'said', source: 'who', content: ['that she was tired, hungry and cold'] },
    ['that she was tired, hungry and cold'],
  ],
  [
    'a modal conjunct of the reported clause is not the source’s next act',
    'The minister said that the new rules were not part of a treaty and could be changed again later.',
    {
      cue: 'said',
      content: ['that the new rules were not part of a treaty and could be changed again later'],
    },
    ['that the new rules were not part of a treaty and could be changed again later'],
  ],
  [
    'a conjunct that agrees with the speaker and not with the reported subject is the speaker’s next act',
    'The coach said the players were tired and was later fined for his remarks.',
    { cue: 'said', content: ['the players were tired and was later fined for his remarks'] },
    ['the players were tired'],
  ],
  [
    'a quoted phrase the piece opened runs on to its closing mark',
    'The coach later accused the striker of "diving" and was fined by the league.',
    { cue: 'accused', content: ['the striker of "diving'] },
    ['the striker of "diving"'],
  ],
  [
    'a bracket the piece opened runs on to its closing bracket',
    'The agency estimates that the trade is worth 90bn euros a year (£78bn; $98bn), or a tenth of all trade.',
    { cue: 'estimates', content: ['that the trade is worth 90bn euros a year (£78bn'] },
    ['that the trade is worth 90bn euros a year (£78bn; $98bn)'],
  ],
  [
    'a quoted phrase that does not close in the sentence is left as it is',
    'The critic called the staging "a triumph of nerve.',
    { cue: 'called', content: ['the staging "a triumph of nerve'] },
    ['the staging "a triumph of nerve'],
  ],
  [
    'the reported clause’s own verb group after its subject goes on with the piece',
    'Ms Varga said the roads were poor, adding that while the council has promised repairs little work has been done.',
    { cue: 'adding', content: ['that while the council has promised repairs little work'] },
    ['that while the council has promised repairs little work has been done'],
  ],
  [
    'a verb group with a subject of its own after the piece is not run on to',
    'The porter said that the lift was broken, and the guests were angry.',
    { cue: 'said', content: ['that the lift was broken'] },
    ['that the lift was broken'],
  ],
  [
    'a trailing citation with the people addressed is the writer’s',
    'Mr Ode said the bridge would close for a month, he told the council.',
    { cue: 'said', content: ['the bridge would close for a month, he told the council'] },
    ['the bridge would close for a month'],
  ],
  [
    'a trailing citation with a noun subject and nothing said after it is the writer’s',
    'The minister said the scheme was aimed at one town, the spokesman said.',
    { cue: 'said', content: ['the scheme was aimed at one town, the spokesman said'] },
    ['the scheme was aimed at one town'],
  ],
  [
    'a noun subject’s clause with an object after its verb stays',
    'The guide said the cave was closed, the visitors said nothing.',
    { cue: 'said', content: ['the cave was closed, the visitors said nothing'] },
    ['the cave was closed, the visitors said nothing'],
  ],
  [
    'the colon after the cue opens no content',
    'But Mr Dale added: "No offer has come in." The club meets on Friday.',
    { cue: 'added', content: [': "No offer has come in."'] },
    ['"No offer has come in."'],
  ],
];

describe('trimContentBoundaries', () => {
  for (const [name, text, spec, expected] of cases)
    it(name, () => {
      const [result] = trimContentBoundaries(text, segment(text), [candidate(text, spec)]);
      assert.deepEqual(
        result?.content.map((span) => text.slice(span.start, span.end)),
        expected,
      );
    });
});

/** Two candidates over one invented text: the first one's content after the second's is given. */
const pairs: readonly (readonly [string, string, CandidateSpec, CandidateSpec, readonly string[]])[] = [
  [
    'a quotation with its own frame after the report is the next report’s',
    'Stalls were busy all week, he said. "The main draw last year was price," he said. "Now it is ease."',
    {
      cue: 'said',
      source: 'he',
      content: [
        'Stalls were busy all week',
        '"The main draw last year was price," he said. "Now it is ease."',
      ],
    },
    {
      kind: 'direct',
      cue: 'said#2',
      source: 'he#2',
      content: ['"The main draw last year was price,"', '"Now it is ease."'],
    },
    ['Stalls were busy all week'],
  ],
  [
    'the quoted words before another speaker’s framed quotation stay',
    'The coach said: "We were lucky today. It was close," the keeper told reporters. "I saw nothing."',
    {
      cue: 'said',
      source: 'The coach',
      content: ['"We were lucky today. It was close," the keeper told reporters. "I saw nothing."'],
    },
    {
      kind: 'direct',
      cue: 'told',
      source: 'the keeper',
      content: ['"I saw nothing."'],
    },
    ['"We were lucky today. It was close,"'],
  ],
  [
    'a fronted report keeps the writer’s words after another report’s frame',
    '"Sales fell," said the analyst. Shops want bigger stores, rivals say.',
    { cue: 'say', source: 'rivals', content: ['"Sales fell," said the analyst. Shops want bigger stores'] },
    { kind: 'direct', cue: 'said', source: 'the analyst', content: ['"Sales fell,"'] },
    ['Shops want bigger stores'],
  ],
  [
    'the fronted words after another report’s frame start with the cue’s sentence',
    '"Sales fell," said the analyst. Rents went up. Shops want bigger stores, rivals say.',
    {
      cue: 'say',
      source: 'rivals',
      content: ['"Sales fell," said the analyst. Rents went up. Shops want bigger stores'],
    },
    { kind: 'direct', cue: 'said', source: 'the analyst', content: ['"Sales fell,"'] },
    ['Shops want bigger stores'],
  ],
  [
    'a report inside the quoted words is the speaker’s own',
    'The driver said: "I told him to stop, and he said "no way" to me."',
    { cue: 'said', source: 'The driver', content: ['"I told him to stop, and he said "no way" to me."'] },
    { cue: 'said#2', source: 'he', content: ['"no way"'] },
    ['"I told him to stop, and he said "no way" to me."'],
  ],
  [
    'a cue whose content is no quotation takes nothing from the piece',
    'The coach said: "We were lucky today. "We played our own attacking game," he said.',
    {
      cue: 'said',
      source: 'The coach',
      content: ['"We were lucky today. "We played our own attacking game," he said.'],
    },
    { cue: 'attacking', content: ['game'] },
    ['"We were lucky today. "We played our own attacking game,"'],
  ],
];

describe('trimContentBoundaries: another report inside a quoted piece', () => {
  for (const [name, text, first, second, expected] of pairs)
    it(name, () => {
      const [result] = trimContentBoundaries(text, segment(text), [
        candidate(text, first),
        candidate(text, second),
      ]);
      assert.deepEqual(
        result?.content.map((span) => text.slice(span.start, span.end)),
        expected,
      );
    });
});

describe('trimContentBoundaries: the writer’s words after another report', () => {
  it('a piece that goes on into the writer’s next report is dropped, not moved onto its quotation', () => {
    const text =
      'The deputy added: "Nothing will change," she said. Meanwhile the mayor said she hoped "that the town grows" soon.';
    const results = trimContentBoundaries(text, segment(text), [
      candidate(text, {
        cue: 'added',
        source: 'The deputy',
        content: [
          '"Nothing will change," she said. Meanwhile the mayor said she hoped "that the town grows" soon',
        ],
      }),
      candidate(text, { kind: 'direct', cue: 'said', source: 'she', content: ['"Nothing will change,"'] }),
    ]);
    // the first candidate is left with no content and goes; the second keeps its quotation
    assert.deepEqual(
      results.map((result) => result.content.map((span) => text.slice(span.start, span.end))),
      [['"Nothing will change,"']],
    );
  });
});

/** A report whose clause stands before its cue "said", with a piece after the cue. */
const trailing: readonly (readonly [string, string, string, readonly [string, string], readonly string[]])[] =
  [
    [
      'the writer’s participle after the cue is no part of the words',
      'The Orsa minister resigned on Friday, she said, adding to the pressure on the government.',
      'she',
      ['The Orsa minister resigned on Friday', 'adding to the pressure on the government'],
      ['The Orsa minister resigned on Friday'],
    ],
    [
      'the same with a participle that reports nothing',
      'The Tarnby ferry will run again in May, he said, smiling at the crowd.',
      'he',
      ['The Tarnby ferry will run again in May', 'smiling at the crowd'],
      ['The Tarnby ferry will run again in May'],
    ],
    [
      'a report that says something after it stays the source’s words when it has no candidate of its own',
      'The talks were not a failure, he said, claiming the Orsa delegates had agreed on most points.',
      'he',
      ['The talks were not a failure', 'claiming the Orsa delegates had agreed on most points'],
      ['The talks were not a failure', 'claiming the Orsa delegates had agreed on most points'],
    ],
    [
      'a gerund that is the subject of the piece’s clause stays',
      'Though the vote went smoothly, he said, replacing the Orsa mayor would be much harder.',
      'he',
      ['Though the vote went smoothly', 'replacing the Orsa mayor would be much harder'],
      ['Though the vote went smoothly', 'replacing the Orsa mayor would be much harder'],
    ],
    [
      'a preposition-like participle goes on with the content',
      'The letters were on many topics, the Corvo paper said, including rents and ferries.',
      'the Corvo paper',
      ['The letters were on many topics', 'including rents and ferries'],
      ['The letters were on many topics', 'including rents and ferries'],
    ],
  ];

describe('trimContentBoundaries: a participle after the cue', () => {
  for (const [name, text, source, content, expected] of trailing)
    it(name, () => {
      const [result] = trimContentBoundaries(text, segment(text), [
        candidate(text, { cue: 'said', source, content }),
      ]);
      assert.deepEqual(
        result?.content.map((span) => text.slice(span.start, span.end)),
        expected,
      );
    });
  it('a report after the cue that has a candidate of its own leaves the content to it', () => {
    const text = 'The Tarnby talks failed, he said, adding that the unions were to blame.';
    const [result] = trimContentBoundaries(text, segment(text), [
      candidate(text, {
        cue: 'said',
        source: 'he',
        content: ['The Tarnby talks failed', 'adding that the unions were to blame'],
      }),
      candidate(text, { cue: 'adding', source: 'he', content: ['that the unions were to blame'] }),
    ]);
    assert.deepEqual(
      result?.content.map((span) => text.slice(span.start, span.end)),
      ['The Tarnby talks failed'],
    );
  });
});

describe('wholeWordContent', () => {
  // invented sentences; pieces as the parse may leave them, cut inside a word
  const grown = (text: string, from: string, to: string): string => {
    const start = text.indexOf(from);
    const [found] = wholeWordContent(text, [
      { kind: 'indirect', cue: null, source: null, content: [{ start, end: start + from.length }] },
    ]);
    const piece = found!.content[0]!;
    assert.equal(text.slice(piece.start, piece.end), to);
    return to;
  };
  it('grows a piece cut before the rest of a web address', () => {
    const text = 'The letters show that they came from an abc.gov address, she said.';
    grown(text, 'that they came from an abc', 'that they came from an abc.gov');
  });
  it('grows a piece that starts inside "cannot"', () => {
    const text = 'He told delegates the council cannot be trusted on roads.';
    grown(text, 'not be trusted on roads', 'cannot be trusted on roads');
  });
  it('keeps a decimal, a hyphen and an apostrophe whole, without the final stop', () => {
    grown('She said the rate was 5.45.', 'the rate was 5', 'the rate was 5.45');
    grown('She said it was the ex-minister.', 'minister', 'ex-minister');
    grown('She said the abc.gov site was down.', 'the abc', 'the abc.gov');
    grown('She said it came from the U.S. and left.', 'it came from the U', 'it came from the U.S.');
    grown("She said it was O'Neill's, he added.", 'it was O', "it was O'Neill's");
  });
  it('does not grow into the cue', () => {
    const text = "HE'S BEEN PRAISED by colleagues.";
    const [found] = wholeWordContent(text, [
      { kind: 'indirect', cue: { start: 2, end: 17 }, source: null, content: [{ start: 0, end: 2 }] },
    ]);
    assert.deepEqual(found!.content, [{ start: 0, end: 2 }]);
  });
  it('leaves whole words alone', () => {
    grown('She said the talks had failed.', 'the talks had failed', 'the talks had failed');
  });
});

describe('a cue that runs over a semicolon (issue 10)', () => {
  // invented sentences
  it('ends the cue and the content before the writer’s next clause', () => {
    assert.deepEqual(reports('The deal is dead, he said; the talks continue on Monday.'), [
      'said | he | The deal is dead',
    ]);
    assert.deepEqual(reports('“We will appeal,” she said; the court has yet to respond.'), [
      'said | she | “We will appeal,”',
    ]);
  });
});
