import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHumanDate } from '../dates.js';
import { bylineNames, datelineDate, publisherMention } from './metadata-lines.js';

describe('parseHumanDate with no day/month convention (plain text)', () => {
  const cases: { input: string; expected: string | null }[] = [
    { input: 'Published 12 March 2025 6:00am', expected: '2025-03-12' },
    { input: 'March 4, 2019', expected: '2019-03-04' },
    { input: 'Updated: Mon 7 Jul 2031 06.00 BST', expected: '2031-07-07' },
    { input: 'Veröffentlicht am 3. Oktober 2022', expected: '2022-10-03' },
    { input: 'Publié le 21 février 2020', expected: '2020-02-21' },
    { input: 'Publicado el 5 de mayo de 2018', expected: '2018-05-05' },
    { input: '2024-11-30T08:15:00Z', expected: '2024-11-30' },
    { input: '14.02.2016', expected: '2016-02-14' },
    { input: '25/12/2010', expected: '2010-12-25' },
    // Day and month cannot be told apart: no guess.
    { input: '03/04/2010', expected: null },
    { input: 'No date here at all', expected: null },
  ];
  for (const { input, expected } of cases)
    it(input, () => assert.equal(parseHumanDate(input, null), expected));
});

describe('datelineDate', () => {
  const cases: { input: string; expected: string | null }[] = [
    { input: 'Published 12 March 2025 6:00am', expected: '2025-03-12' },
    { input: 'Last updated on Tuesday, 9 June 2026 at 14:05 GMT', expected: '2026-06-09' },
    // A story sentence that names a date is not a dateline.
    { input: 'On 12 March 2025 the council approved the new budget for schools.', expected: null },
  ];
  for (const { input, expected } of cases) it(input, () => assert.equal(datelineDate(input), expected));
});

describe('bylineNames', () => {
  const cases: { input: string; expected: string | null }[] = [
    { input: 'By Harriet Okonkwo', expected: 'Harriet Okonkwo' },
    {
      input: 'By Lena Fischer and Tom Abara, Political Correspondents',
      expected: 'Lena Fischer and Tom Abara',
    },
    { input: 'Von Klara Brandt', expected: 'Klara Brandt' },
    { input: 'By Monday, the protesters had left the square.', expected: null },
    { input: 'By the end of the week prices had doubled', expected: null },
  ];
  for (const { input, expected } of cases) it(input, () => assert.equal(bylineNames(input), expected));
});

describe('publisherMention', () => {
  const cases: { input: string; expected: string | null }[] = [
    { input: 'Subscribe to The Daily Lantern', expected: 'The Daily Lantern' },
    {
      input: 'Try The Northern Courier free for 3 months with unlimited access.',
      expected: 'The Northern Courier',
    },
    { input: '© 2025 Riverside News Ltd. All rights reserved.', expected: 'Riverside News' },
    { input: 'Copyright © 2019 The Coastal Gazette', expected: 'The Coastal Gazette' },
    { input: 'The Valley Examiner', expected: 'The Valley Examiner' },
    {
      input: 'Get the best of The Lakeside Observer. Subscribe today for unlimited access.',
      expected: 'The Lakeside Observer',
    },
    { input: 'Sign up for our newsletter', expected: null },
    { input: 'The ministers met again', expected: null },
  ];
  for (const { input, expected } of cases)
    it(input, () => assert.equal(publisherMention(input)?.name ?? null, expected));
});
