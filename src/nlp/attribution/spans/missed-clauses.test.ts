import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reports } from './test-helpers.js';

/** Every sentence below is invented for these tests. */

/** [name, text, expected "cue | source | content" among the reports] */
const found: readonly (readonly [string, string, string])[] = [
  [
    'a fronted "while" clause goes on to its main clause (fronted-subordinate.ts)',
    'The harbour master said that while trade fell in March, fees rose sharply in April.',
    'said | The harbour master | that while trade fell in March, fees rose sharply in April',
  ],
  [
    'a fronted "although" clause without "that"',
    'Ms Varga said although the ferry was late, nobody had complained.',
    'said | Ms Varga | although the ferry was late, nobody had complained',
  ],
  [
    'a fronted "if" clause after "that"',
    'The union warned that if the talks fail, the dockers will strike on Monday.',
    'warned | The union | that if the talks fail, the dockers will strike on Monday',
  ],
  [
    'quoted words inside the main clause',
    'He warned that unless ministers backed down over the harbour master remaining a member of the board, the council would have "great difficulty" in getting the plan through.',
    'warned | He | that unless ministers backed down over the harbour master remaining a member of the board, the council would have "great difficulty" in getting the plan through',
  ],
  [
    'a past reporting verb the tagger read as an adjective (adjective-reports.ts)',
    'The opposition leader alleged that the vote in Harbour County had been rigged.',
    'alleged | The opposition leader | that the vote in Harbour County had been rigged',
  ],
  [
    'the same without "that"',
    'Police alleged he had taken the boat without asking.',
    'alleged | Police | he had taken the boat without asking',
  ],
];

/** [name, text, a report that must not be found] */
const notFound: readonly (readonly [string, string, string])[] = [
  [
    '"asked if …" is the whole question; the rest is another report',
    'He asked if the plant would close, the mayor said.',
    'asked | He | if the plant would close, the mayor said',
  ],
  [
    'a report after its content keeps the content it has',
    'While the ferry was late, nobody complained, the harbour master said.',
    'said | the harbour master | While the ferry was late, nobody complained, the harbour master said',
  ],
];

/** [name, text]: no report at all */
const none: readonly (readonly [string, string])[] = [
  ['an adjective before its noun', 'The alleged fraud came to light in May.'],
  ['a participle with a copula', 'The harbour master was convinced of the plan.'],
];

describe('missed reports and contents cut short', () => {
  for (const [name, text, expected] of found)
    it(name, () => {
      assert.ok(reports(text).includes(expected), reports(text).join('\n'));
    });
  for (const [name, text, wrong] of notFound)
    it(`not: ${name}`, () => {
      assert.ok(!reports(text).includes(wrong), reports(text).join('\n'));
    });
  for (const [name, text] of none)
    it(`none: ${name}`, () => {
      assert.deepEqual(reports(text), []);
    });
});
