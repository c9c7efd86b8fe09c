import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import { candidate, type CandidateSpec } from '../complete/test-fixture.js';
import { addQuoteContinuations } from './quote-continuations.js';

/** Every sentence below is invented for these tests. */

const cases: readonly (readonly [string, string, readonly CandidateSpec[], readonly string[]])[] = [
  [
    'a quoted sentence after its speaker’s cue in the same paragraph',
    '“It is up to each leader,” said Lord Vale. “The broadcasters could then go ahead without him.”',
    [{ kind: 'direct', cue: 'said', source: 'Lord Vale', content: ['“It is up to each leader,”'] }],
    ['“The broadcasters could then go ahead without him.”'],
  ],
  [
    'in the next paragraph, followed by the writer’s words',
    '“It is up to each leader,” said Lord Vale.\n\n“Either way would be better than a veto.” The society has long campaigned for debates.',
    [{ kind: 'direct', cue: 'said', source: 'Lord Vale', content: ['“It is up to each leader,”'] }],
    ['“Either way would be better than a veto.”'],
  ],
  [
    'a quotation whose sentences run together without their paragraph breaks is one continuation',
    '“It is up to each leader,” said Lord Vale.\n\n“If he wants to come, he must say so. “The broadcasters would then go ahead. “Either way works for us.” The society has campaigned.',
    [{ kind: 'direct', cue: 'said', source: 'Lord Vale', content: ['“It is up to each leader,”'] }],
    [
      '“If he wants to come, he must say so. | “The broadcasters would then go ahead. | “Either way works for us.”',
    ],
  ],
  [
    'not after reported speech',
    'Lord Vale said the leaders should decide. “The broadcasters could then go ahead without him.”',
    [{ cue: 'said', source: 'Lord Vale', content: ['the leaders should decide'] }],
    [],
  ],
  [
    'a quotation paragraph after a paragraph that ends with its speaker’s reported speech',
    'Dr Anna Lind said she was impressed by the plan.\n\n“We spoke for an hour about the harbour and the new ferry.”',
    [{ cue: 'said', source: 'Dr Anna Lind', content: ['she was impressed by the plan'] }],
    ['“We spoke for an hour about the harbour and the new ferry.”'],
  ],
  [
    'and the quotation paragraphs after it',
    'Dr Anna Lind said she was impressed by the plan.\n\n“We spoke for an hour about the harbour.”\n\n“It was a good day for the town.”',
    [{ cue: 'said', source: 'Dr Anna Lind', content: ['she was impressed by the plan'] }],
    ['“We spoke for an hour about the harbour.”', '“It was a good day for the town.”'],
  ],
  [
    'after a report whose cue the parser made a conjunct of a relative clause’s verb',
    'Vale, who had never met the new coach before, said he was impressed by his energy.\n\n“We talked about a lot of things, but mostly it was a chance to meet.”',
    [{ cue: 'said', source: 'Vale', content: ['he was impressed by his energy'] }],
    ['“We talked about a lot of things, but mostly it was a chance to meet.”'],
  ],
  [
    'after a report whose source opens its sentence, whatever the parser made of the cue',
    'Vale,who had never met Ann Lee, said he was impressed by the coach.\n\n“We spoke about many things, but mostly it was a chance to meet.”',
    [{ cue: 'said', source: 'Vale,who had never met Ann Lee,', content: ['he was impressed by the coach'] }],
    ['“We spoke about many things, but mostly it was a chance to meet.”'],
  ],
  [
    'after reported speech in the sentence before, when the quotation speaks of no third person',
    'Greta Lund believes she lost the race in the heats. “In my heat I was saving energy for the final.”',
    [{ cue: 'believes', source: 'Greta Lund', content: ['she lost the race in the heats'] }],
    ['“In my heat I was saving energy for the final.”'],
  ],
  [
    'not after reported speech that the sentence before quotes',
    '“Vale said we should be bold in the final,” said Ann Lee. “That is the way we want to play this week.”',
    [
      { cue: 'said', source: 'Vale', content: ['we should be bold in the final'] },
      {
        kind: 'direct',
        cue: 'said',
        source: 'Ann Lee',
        content: ['“Vale said we should be bold in the final,”'],
      },
    ],
    [],
  ],
  [
    'not after reported speech in a relative clause',
    'This contradicts Dr Anna Lind, who said the plan was safe.\n\n“It was a shock for me to read about the plan.”',
    [{ cue: 'said', source: 'who', content: ['the plan was safe'] }],
    [],
  ],
  [
    'not after reported speech followed by the writer’s sentence',
    'Dr Anna Lind said the plan was safe. The ferry sank in May.\n\n“It was a shock for me to read about the plan.”',
    [{ cue: 'said', source: 'Dr Anna Lind', content: ['the plan was safe'] }],
    [],
  ],
  [
    'not a scare quote inside a sentence',
    '“It is up to each leader,” said Lord Vale. Critics call it “a local loop” of power.',
    [{ kind: 'direct', cue: 'said', source: 'Lord Vale', content: ['“It is up to each leader,”'] }],
    [],
  ],
  [
    'not a quotation with a cue of its own',
    '“It is up to each leader,” said Lord Vale. “We will see about that,” Ms Hale replied.',
    [
      { kind: 'direct', cue: 'said', source: 'Lord Vale', content: ['“It is up to each leader,”'] },
      { kind: 'direct', cue: 'replied', source: 'Ms Hale', content: ['“We will see about that,”'] },
    ],
    [],
  ],
];

describe('addQuoteContinuations', () => {
  for (const [name, text, specs, expected] of cases)
    it(name, () => {
      const given = specs.map((spec) => candidate(text, spec));
      const added = addQuoteContinuations(text, segment(text), given).slice(given.length);
      assert.deepEqual(
        added.map((found) => found.content.map((span) => text.slice(span.start, span.end)).join(' | ')),
        expected,
      );
      // each continues the candidate before it: the given one or the continuation just added
      added.forEach((found, position) =>
        assert.equal(found.continues, position === 0 ? 0 : given.length + position - 1),
      );
    });
});

describe('addQuoteContinuations: a quotation after narration that names its speaker', () => {
  const narrated: readonly (readonly [string, string, readonly CandidateSpec[], string | null])[] = [
    [
      'the name that is the subject of the sentence before, after an indirect report',
      'Tony Vale said on Monday that his party had changed.\n\nMr Vale went on to list the deeds of his government. “So now we have a choice, and I say we have to fight.”',
      [{ kind: 'indirect', cue: 'said', source: 'Tony Vale', content: ['that his party had changed'] }],
      'Mr Vale',
    ],
    [
      'the name of the subject, two paragraphs after the last quotation',
      '“We deserved the points,” said Tom Reid.\n\nThe game was played in the rain.\n\nWexby coach Ian Pole was less happy. “We were poor and we know it, so we must work harder.”',
      [{ kind: 'direct', cue: 'said', source: 'Tom Reid', content: ['“We deserved the points,”'] }],
      'Ian Pole',
    ],
    [
      'the name of the subject when the parser tags its last word a noun',
      'The race was run in the rain.\n\nKevin Moon was in a reflective mood. “It has been a hard year for all of us.”',
      [],
      'Kevin Moon',
    ],
    [
      'a noun for a person as the subject, with no other candidate in the text',
      'The coach talked like a proud father after the win. “I think our players grew up today.”',
      [],
      'The coach',
    ],
    [
      'not a quotation about a third person',
      'Midfielder Ian Pole scored twice on Saturday. “He was superb for us and I am delighted.”',
      [],
      null,
    ],
  ];
  for (const [name, text, specs, source] of narrated)
    it(name, () => {
      const given = specs.map((spec) => candidate(text, spec));
      const added = addQuoteContinuations(text, segment(text), given).slice(given.length);
      if (source === null) {
        assert.deepEqual(added, []);
        return;
      }
      assert.equal(added.length, 1);
      const found = added[0]!;
      assert.equal(found.cue, null);
      assert.equal(found.continues, undefined);
      assert.equal(found.source && text.slice(found.source.start, found.source.end), source);
    });
});
