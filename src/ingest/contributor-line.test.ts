import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isContributorLine } from './contributor-line.js';
import { cleanText } from './text/clean-text.js';

/** Every line below is invented for these tests. */

describe('isContributorLine', () => {
  const cases: readonly (readonly [string, boolean])[] = [
    ['Staff writers Tom Bell and Ana Ruiz contributed to this report.', true],
    ['Reporting by Ana Ruiz in Lyon; Editing by Tom Bell', true],
    ['Ana Ruiz contributed reporting from Portmere.', true],
    ['The Associated Press contributed to this story.', true],
    // story sentences
    ['Ana Ruiz said the workers had contributed to the fund for years.', false],
    [
      'The report, to which more than forty researchers in six countries contributed additional reporting and analysis over three years of fieldwork, found that ports across the region had lost cargo to rail and that the losses would grow.',
      false,
    ],
  ];
  for (const [line, expected] of cases) it(line, () => assert.equal(isContributorLine(line), expected));
});

describe('contributor lines in scraped text', () => {
  it('are removed from the body as bylines', () => {
    const result = cleanText(
      'Dock workers in Portmere returned to work on Friday after the port authority agreed to talks, union leader Helena Varga said.\n\n' +
        'The strike had halted cargo traffic for four days and cost the port millions, officials said.\n\n' +
        'Staff writers Tom Bell and Ana Ruiz contributed to this report.\n',
    );
    assert.ok(!result.text.includes('contributed'));
    assert.ok(result.removed.some((block) => block.kind === 'byline' && block.origin === 'contributor-line'));
  });
});
