import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import { candidate, type CandidateSpec } from '../complete/test-fixture.js';
import { addHedgedSourcing, sourcingAdverb } from './hedged-sourcing.js';
import { filterReportingPredicates } from './predicate-filter.js';

/** Every sentence below is invented for these tests. */

const slice = (text: string, span: { start: number; end: number } | null): string =>
  span === null ? '-' : text.slice(span.start, span.end);

/** [name, text, candidates the span finder gave, expected "cue | source | content" after the rule and the filter] */
const cases: readonly (readonly [string, string, readonly CandidateSpec[], readonly string[]])[] = [
  [
    'a sourcing adverb: the clause around it, in two pieces',
    'The convoy was reportedly carrying medical supplies to Estermoor.',
    [],
    ['reportedly | - | The convoy was / carrying medical supplies to Estermoor'],
  ],
  [
    'a raising passive of speech with a perfect infinitive',
    'The gunmen are said to have fled into the hills.',
    [],
    ['are said | - | The gunmen / to have fled into the hills'],
  ],
  [
    'a raising passive of speech told of a state',
    'The rebel leader is said to be in hiding.',
    [],
    ['is said | - | The rebel leader / to be in hiding'],
  ],
  [
    'a verb of thought with a perfect infinitive',
    'The regional governor is believed to have ordered an inquiry.',
    [],
    ['is believed | - | The regional governor / to have ordered an inquiry'],
  ],
  [
    '"understand" as believing, though it can be knowing',
    'Two drivers are understood to have been taken to hospital.',
    [],
    ['are understood | - | Two drivers / to have been taken to hospital'],
  ],
  [
    'in a relative clause: said of the noun the clause hangs on',
    'The driver, who is understood to have helped the robbers escape, was arrested on Sunday.',
    [],
    ['is understood | - | The driver / to have helped the robbers escape'],
  ],
  [
    'in a relative clause inside a clause that reports nothing ("is expected")',
    'The goalkeeper, who is understood to have rejected an approach from Porto, is expected to sign on Monday.',
    [
      {
        cue: 'is expected',
        content: [
          'The goalkeeper, who is understood to have rejected an approach from Porto',
          'to sign on Monday',
        ],
      },
    ],
    ['is understood | - | The goalkeeper / to have rejected an approach from Porto'],
  ],
  [
    'the span finder took the subject for the source: it has none',
    'The minister is reported to have resigned on Monday.',
    [{ cue: 'is reported', source: 'The minister', content: ['to have resigned on Monday'] }],
    ['is reported | - | The minister / to have resigned on Monday'],
  ],
  [
    'a sourcing adverb on a predicate with its copula',
    'The princess was reportedly keen to sell the house.',
    [],
    ['reportedly | - | The princess was / keen to sell the house'],
  ],
  [
    'a state held true',
    'The surgeon is believed to be in talks with the hospital.',
    [],
    ['is believed | - | The surgeon / to be in talks with the hospital'],
  ],
  ['no report: a state predicted', 'The surgeon is expected to be in court on Monday.', [], []],
  ['no report: a prediction', 'The storm is expected to reach the coast tonight.', [], []],
  ['no report: a prediction, even perfect in form', 'The storm is expected to weaken by dawn.', [], []],
  ['no report: a known fact', 'The castle is known to have been built in 1320.', [], []],
  [
    'no report: a judgement with a plain infinitive',
    'The tower is thought to be the oldest in the region.',
    [],
    [],
  ],
  ['no report: an order', 'The crew was ordered to leave the harbour.', [], []],
  ['no report: an obligation', 'The convoy was supposed to be escorted by police.', [], []],
  ['no report: an aside of the writer', 'Admittedly, the plan was risky.', [], []],
  [
    'no report: a relative clause says too little alone',
    'The man who reportedly fired the shots fled.',
    [],
    [],
  ],
  [
    'not inside the words of a reported speaker: the hedge is theirs',
    'An official said the attackers were believed to have fled south.',
    [{ cue: 'said', source: 'An official', content: ['the attackers were believed to have fled south'] }],
    ['said | An official | the attackers were believed to have fled south'],
  ],
  [
    'not inside a quotation',
    '“The gunmen are said to have fled,” the mayor said.',
    [{ kind: 'direct', cue: 'said', source: 'the mayor', content: ['“The gunmen are said to have fled,”'] }],
    ['said | the mayor | “The gunmen are said to have fled,”'],
  ],
];

describe('addHedgedSourcing', () => {
  for (const [name, text, specs, expected] of cases)
    it(name, () => {
      const segments = segment(text);
      const given = specs.map((spec) => candidate(text, spec));
      const found = filterReportingPredicates(text, segments, addHedgedSourcing(text, segments, given));
      assert.deepEqual(
        found.map(
          (item) =>
            `${slice(text, item.cue)} | ${slice(text, item.source)} | ${item.content.map((piece) => slice(text, piece)).join(' / ')}`,
        ),
        expected,
      );
    });
});

describe('sourcingAdverb', () => {
  for (const [word, expected] of [
    ['reportedly', true],
    ['Reportedly', true],
    ['reputedly', true],
    ['allegedly', false],
    ['repeatedly', false],
    ['admittedly', false],
    ['technically', false],
    ['quickly', false],
  ] as const)
    it(`${word}: ${String(expected)}`, () => assert.equal(sourcingAdverb(word), expected));
});
