import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Span } from '../../../model/index.js';
import { segment } from '../../segment/segment.js';
import { findQuotations } from './quotations.js';
import { quoteAttributions, type QuoteContentStyle } from './quote-attributions.js';

interface Shown {
  kind: string;
  cue: string | null;
  source: string | null;
  content: string[];
  continues?: number;
}

function attributions(text: string, content: QuoteContentStyle = 'inner'): Shown[] {
  const segments = segment(text);
  const candidates = quoteAttributions(text, segments, findQuotations(text, segments), { content });
  const show = (span: Span | null): string | null =>
    span === null ? null : text.slice(span.start, span.end);
  return candidates.map((candidate) => {
    for (const span of [candidate.cue, candidate.source, ...candidate.content]) {
      if (span !== null) assert.ok(0 <= span.start && span.start < span.end && span.end <= text.length);
    }
    const shown: Shown = {
      kind: candidate.kind,
      cue: show(candidate.cue),
      source: show(candidate.source),
      content: candidate.content.map((span) => show(span) as string),
    };
    if (candidate.continues !== undefined) shown.continues = candidate.continues;
    return shown;
  });
}

const direct = (cue: string | null, source: string | null, ...content: string[]): Shown => ({
  kind: 'direct',
  cue,
  source,
  content,
});

describe('quoteAttributions: cue after the quotation', () => {
  const cases: [string, Shown[]][] = [
    ['“The pier will reopen in May,” he said.', [direct('said', 'he', 'The pier will reopen in May,')]],
    [
      '“Nobody was hurt,” said the harbour master.',
      [direct('said', 'the harbour master', 'Nobody was hurt,')],
    ],
    [
      '“We need more buses,” a senior council official told the Gazette.',
      [direct('told', 'a senior council official', 'We need more buses,')],
    ],
    [
      '“The fund is empty,” the charity’s treasurer said on Friday.',
      [direct('said', 'the charity’s treasurer', 'The fund is empty,')],
    ],
    [
      '“The vote was fair,” Lena Ortiz, a spokeswoman for the election board, said.',
      [direct('said', 'Lena Ortiz, a spokeswoman for the election board', 'The vote was fair,')],
    ],
    [
      '“Prices will fall,” according to the bakers’ guild.',
      [direct('according to', 'the bakers’ guild', 'Prices will fall,')],
    ],
    ["''The roof leaks,'' the tenant said.", [direct('said', 'the tenant', 'The roof leaks,')]],
    [
      '“We are ready for winter,” Mayor Duval insists.',
      [direct('insists', 'Mayor Duval', 'We are ready for winter,')],
    ],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(attributions(text), expected));
});

describe('quoteAttributions: cue before the quotation', () => {
  const cases: [string, Shown[]][] = [
    [
      'The ranger said: “Stay on the marked paths.”',
      [direct('said', 'The ranger', 'Stay on the marked paths.')],
    ],
    [
      'A hospital spokesman told reporters “two patients were discharged.”',
      [direct('told', 'A hospital spokesman', 'two patients were discharged.')],
    ],
    [
      'According to the fire brigade, “the blaze started in the kitchen.”',
      [direct('According to', 'the fire brigade', 'the blaze started in the kitchen.')],
    ],
    [
      'The minister added in a statement on Monday: “Talks will resume.”',
      [direct('added', 'The minister', 'Talks will resume.')],
    ],
    [
      'The head of the port authority wrote:\n\n“Every crane is back in service.”',
      [direct('wrote', 'The head of the port authority', 'Every crane is back in service.')],
    ],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(attributions(text), expected));
});

describe('quoteAttributions: one attribution, several parts', () => {
  it('a quotation interrupted by its attribution', () => {
    assert.deepEqual(attributions('“The bridge is safe,” the engineer said, “but the road is not.”'), [
      direct('said', 'the engineer', 'The bridge is safe,', 'but the road is not.'),
    ]);
  });
  it('a quotation interrupted by its attribution and the day it was said', () => {
    assert.deepEqual(
      attributions('“We will rebuild the mill,” Ms Oduya said on Friday, “and we will hire again.”'),
      [direct('said', 'Ms Oduya', 'We will rebuild the mill,', 'and we will hire again.')],
    );
  });
  it('a quotation interrupted by its attribution and a participle of the writer’s', () => {
    assert.deepEqual(
      attributions(
        '“Every time you raise that,” Moreau said, pointing to the late fee, “you hand the critics a weapon.”',
      ),
      [direct('said', 'Moreau', 'Every time you raise that,', 'you hand the critics a weapon.')],
    );
  });
  it('a quotation after another speaker’s reply is not joined to the first', () => {
    const found = attributions(
      '“The dam will hold,” the engineer said, and the mayor replied, “We hope so.”',
    );
    assert.deepEqual(found[0]?.content, ['The dam will hold,']);
  });
  it('a quotation resumed after the attribution sentence', () => {
    assert.deepEqual(
      attributions('“We waited all night,” Ms Brandt said in an interview. “Nobody came. Nobody called.”'),
      [direct('said', 'Ms Brandt', 'We waited all night,', 'Nobody came. Nobody called.')],
    );
  });
  it('a quotation over three paragraphs', () => {
    assert.deepEqual(
      attributions('“The river rose fast.\n\n“Then the lights went out.\n\n“We swam,” the boy said.'),
      [direct('said', 'the boy', 'The river rose fast.', 'Then the lights went out.', 'We swam,')],
    );
  });
  it('the cue after a finished quotation that introduces the next one is not taken', () => {
    assert.deepEqual(attributions('The judge said, “The case is closed.” He added, “Go home.”'), [
      direct('said', 'The judge', 'The case is closed.'),
      direct('added', 'He', 'Go home.'),
    ]);
  });
});

describe('quoteAttributions: quotation paragraphs without a cue', () => {
  it('continue the previous direct quotation', () => {
    const text =
      '“The water came through the doors,” the shopkeeper said.\n\n“By noon the whole street was a river.”\n\n“We lost everything in the cellar.”';
    assert.deepEqual(attributions(text), [
      direct('said', 'the shopkeeper', 'The water came through the doors,'),
      { ...direct(null, null, 'By noon the whole street was a river.'), continues: 0 },
      { ...direct(null, null, 'We lost everything in the cellar.'), continues: 1 },
    ]);
  });
  it('not a subhead in single marks after a quotation in double marks', () => {
    const text =
      '“The shop will stay open,” the owner said.\n\n‘A quiet street for now’\n\nThe street was empty.';
    assert.deepEqual(attributions(text), [direct('said', 'the owner', 'The shop will stay open,')]);
  });
  it('not after a paragraph of narration', () => {
    const text = 'The storm passed in the night.\n\n“By noon the whole street was a river.”';
    assert.deepEqual(attributions(text), []);
  });
});

describe('quoteAttributions: quotations inside quotations', () => {
  it('the inner quotation gets its own speaker and cue', () => {
    const text = '“She asked me, ‘can you drive the van?’ and I said yes,” the volunteer said.';
    assert.deepEqual(attributions(text), [
      direct('said', 'the volunteer', 'She asked me, ‘can you drive the van?’ and I said yes,'),
      direct('asked', 'She', 'can you drive the van?'),
    ]);
  });
});

describe('quoteAttributions: mixed quotations', () => {
  const cases: [string, Shown[]][] = [
    [
      'A border guard said the two men were “free to cross at any time” before the new rules.',
      [
        {
          kind: 'mixed',
          cue: 'said',
          source: 'A border guard',
          content: ['the two men were “free to cross at any time” before the new rules'],
        },
      ],
    ],
    [
      'The club’s manager told the newspaper that the pitch was “unplayable.”',
      [
        {
          kind: 'mixed',
          cue: 'told',
          source: 'The club’s manager',
          content: ['that the pitch was “unplayable.”'],
        },
      ],
    ],
    [
      'The new timetable is “a small miracle,” the commuter group said.',
      [
        {
          kind: 'mixed',
          cue: 'said',
          source: 'the commuter group',
          content: ['The new timetable is “a small miracle,”'],
        },
      ],
    ],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(attributions(text), expected));
});

describe('quoteAttributions: naming verbs give mixed quotations up to the quotation', () => {
  const cases: [string, Shown[]][] = [
    [
      'The senator called the proposal “a gift to polluters.”',
      [
        {
          kind: 'mixed',
          cue: 'called',
          source: 'The senator',
          content: ['the proposal “a gift to polluters.”'],
        },
      ],
    ],
    [
      'The mayor described the talks as “very productive” on Tuesday.',
      [{ kind: 'mixed', cue: 'described', source: 'The mayor', content: ['the talks as “very productive”'] }],
    ],
    ['The union called for “immediate talks” with the owners.', []],
    [
      'The mayor opened the new library, which she called “a home for every reader.”',
      [{ kind: 'mixed', cue: 'called', source: 'she', content: ['“a home for every reader.”'] }],
    ],
    ['The festival showed a short film called “Harbour Lights” on Sunday.', []],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(attributions(text), expected));
});

describe('quoteAttributions: sources', () => {
  const cases: [string, Shown[]][] = [
    [
      '“Rents are too high,” Rep. Dana Fox (D-Maine) said.',
      [direct('said', 'Rep. Dana Fox (D-Maine)', 'Rents are too high,')],
    ],
    [
      '“We will appeal,” the left-leaning group wrote.',
      [direct('wrote', 'the left-leaning group', 'We will appeal,')],
    ],
    [
      'The newsletter went on to say: “Members should vote no.”',
      [direct('say', 'The newsletter', 'Members should vote no.')],
    ],
    [
      '“We will appeal,” Ms Reyes, who chairs the tenants’ board, said on Monday.',
      [direct('said', 'Ms Reyes, who chairs the tenants’ board', 'We will appeal,')],
    ],
    [
      'Ann Reyes, who chairs the board, once said, “Nothing is free.”',
      [direct('said', 'Ann Reyes, who chairs the board', 'Nothing is free.')],
    ],
    ['“The plan is sound,” Shook said.', [direct('said', 'Shook', 'The plan is sound,')]],
    ['“The roads are crumbling," she said.', [direct('said', 'she', 'The roads are crumbling,')]],
    [
      'The builder finished the roof and then added: “We are a week early.”',
      [direct('added', 'The builder', 'We are a week early.')],
    ],
    [
      'The council closed the pool, saying: “The pumps are broken.”',
      [direct('saying', 'The council', 'The pumps are broken.')],
    ],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(attributions(text), expected));
});

describe('quoteAttributions: cue-less paragraphs around a quotation', () => {
  it('continue a mixed quotation in the paragraph before', () => {
    const text = 'Ann Wu said the ferry was “a disgrace” to the town.\n\n“It breaks down every single week.”';
    assert.deepEqual(attributions(text), [
      { kind: 'mixed', cue: 'said', source: 'Ann Wu', content: ['the ferry was “a disgrace” to the town'] },
      { ...direct(null, null, 'It breaks down every single week.'), continues: 0 },
    ]);
  });
  it('join the quotation with a cue in the next paragraph', () => {
    const text =
      'The storm passed.\n\n“The roof held up well.”\n\n“The windows did not,” the caretaker said.';
    assert.deepEqual(attributions(text), [
      direct('said', 'the caretaker', 'The roof held up well.', 'The windows did not,'),
    ]);
  });
});

describe('quoteAttributions: what is not an attribution', () => {
  const cases: string[] = [
    'Residents call the old mill the “ghost factory” these days.',
    'The film “Silent Harbour” opens on Friday.',
    '“We won.” She said the team would celebrate at home.',
    'He spoke on the programme “Morning Desk” about his book.',
    'The mayor’s office and the teachers’ union met for talks.',
  ];
  for (const text of cases)
    it(text, () =>
      assert.deepEqual(
        attributions(text).filter((item) => item.kind === 'direct'),
        [],
      ),
    );
});

describe('quoteAttributions: content style', () => {
  it('outer (PolNeAR) keeps the marks and the comma inside them', () => {
    assert.deepEqual(attributions('“The pier will reopen,” he said.', 'outer'), [
      direct('said', 'he', '“The pier will reopen,”'),
    ]);
  });
});

describe('quoteAttributions: unbalanced input', () => {
  it('50,000 stray marks finish fast', () => {
    const text = Array.from(
      { length: 50_000 },
      (_, index) => `${'“”"\'«»'[index % 6]}said he${index % 9 === 0 ? '\n\n' : ' '}`,
    ).join('');
    const segments = segment(text);
    const started = performance.now();
    const candidates = quoteAttributions(text, segments, findQuotations(text, segments));
    assert.ok(performance.now() - started < 2_000);
    for (const candidate of candidates)
      for (const span of candidate.content) assert.ok(span.end - span.start < 400);
  });
});

describe('quoteAttributions: a frame before the quotation with no speech verb', () => {
  const cases: [string, Shown[]][] = [
    // a person's copular predicate before a colon
    [
      'The ferry captain was blunt: “We sailed too late.”',
      [direct('was blunt', 'The ferry captain', 'We sailed too late.')],
    ],
    [
      'But Ms Varga was more cautious: “The figures are early.”',
      [direct('was more cautious', 'Ms Varga', 'The figures are early.')],
    ],
    // no person: the writer's frame
    ['The reason was simple: “We had no money left.”', []],
    // a paragraph naming who speaks, then a paragraph that is the quotation
    [
      'Ms Lindqvist described the storm.\n\n“The roof lifted off and the rain came straight in.”',
      [direct('described', 'Ms Lindqvist', 'The roof lifted off and the rain came straight in.')],
    ],
    [
      'Mr Osei recalled his first winter.\n\n“We had no heating and the pipes froze twice.”',
      [direct('recalled', 'Mr Osei', 'We had no heating and the pipes froze twice.')],
    ],
    // a person's clause with no speech verb before a colon: its main verb
    [
      'Coach Ida Marsh offered words of comfort: “Just play your game and the points will come.”',
      [direct('offered', 'Coach Ida Marsh', 'Just play your game and the points will come.')],
    ],
    // not a title, a list with no verb, a short phrase, or a clause that is not a person's
    ['Ms Varga released a new single: “Rivers Will Carry Us Home.”', []],
    ['Mr Osei listed his priorities: “schools, clinics and roads.”', []],
    ['Ms Varga gave her verdict: “too slow.”', []],
    ['Dr Holt added that the lab was short of money: “We have one microscope for forty students.”', []],
    ['The storm shut the harbour: “We have never seen waves like it.”', []],
    // not a speech verb, or negated: no speaker
    ['Police arrested two men.\n\n“We will not tolerate this behaviour in our town.”', []],
    ['Mr Osei did not describe the winter.\n\n“We had no heating and the pipes froze twice.”', []],
  ];
  for (const [text, expected] of cases)
    it(text.replace(/\n/gu, ' '), () => assert.deepEqual(attributions(text), expected));
});
