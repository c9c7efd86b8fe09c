import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import { findAttributions, findReportedSpeech } from './index.js';

/** Every sentence below is invented for these tests. */

/** The reports with a dash as cue found in `text`, as "cue | source | content". */
function reports(text: string, find = findReportedSpeech): string[] {
  const slice = (span: { start: number; end: number } | null): string =>
    span === null ? '-' : text.slice(span.start, span.end);
  return find(text, segment(text))
    .filter((found) => found.cue !== null && /^[―—–-]+$/u.test(slice(found.cue)))
    .map((found) => `${slice(found.cue)} | ${slice(found.source)} | ${found.content.map(slice).join(' … ')}`);
}

const cases: readonly (readonly [string, string, readonly string[]])[] = [
  [
    'a paragraph that is a quotation signed with a dash and a name',
    'Letters from our readers.\n\n“The ferry has been late every day this month.” ― Ilse Marquardt\n\n' +
      '“Nobody at the council answers the phone.”— Mr. Okoro Bakare\n',
    [
      '― | Ilse Marquardt | “The ferry has been late every day this month.”',
      '— | Mr. Okoro Bakare | “Nobody at the council answers the phone.”',
    ],
  ],
  [
    'an initial and a full stop after the name',
    '“The buses never come on Sundays.” ― Ada J. Reyes.\n\nPhotos: the editors.\n',
    ['― | Ada J. Reyes | “The buses never come on Sundays.”'],
  ],
  [
    'a dash after a quotation inside a sentence is no signature',
    'The mayor has called the plan a “fantasy” ― just as she did last spring.\n',
    [],
  ],
  ['the quotation must open the paragraph', 'He read out a line, “We shall see.” ― Ilse Marquardt\n', []],
  [
    'more than a name after the dash is no signature',
    '“The ferry has been late every day this month.” ― and the ferry company says it is sorry.\n',
    [],
  ],
];

describe('signed quotations (signed-quotations.ts)', () => {
  for (const [name, text, expected] of cases)
    it(name, () => {
      assert.deepEqual(reports(text), expected);
    });

  it('are found by the span finder measured on PolNeAR too', () => {
    const text = '“The ferry has been late every day this month.” ― Ilse Marquardt\n';
    assert.deepEqual(reports(text, findAttributions), [
      '― | Ilse Marquardt | “The ferry has been late every day this month.”',
    ]);
    // a closing mark typed for the opening one
    const slip = '”The buses never come on Sundays.” ― Ada Reyes\n';
    assert.deepEqual(reports(slip, findAttributions), ['― | Ada Reyes | ”The buses never come on Sundays.”']);
  });
});
