import { dropBoilerplateNames } from './boilerplate-names.js';
import { table } from './test-table.js';

/** Every sentence below is invented for these tests. */

table('dropBoilerplateNames', dropBoilerplateNames, [
  // a clock time is no name
  {
    text: 'The bakery in Tolvik opens at 4am.',
    given: [
      ['Tolvik', 'LOC'],
      ['4am', 'ORG'],
    ],
    expected: ['Tolvik/LOC'],
  },
  // a zone after a clock time or a number is no name
  { text: 'The ferry docked at 0915 GMT on Sunday.', given: [['GMT', 'MISC']], expected: [] },
  { text: 'Voting closes at 6pm AEST tonight.', given: [['AEST', 'ORG']], expected: [] },
  { text: 'The launch slipped to 3:40 a.m. (1310 IST).', given: [['IST', 'ORG']], expected: [] },
  // the same letters as a name elsewhere stay
  { text: 'Lumen shares EST gains today.', given: [['EST', 'ORG']], expected: ['EST/ORG'] },
  { text: 'Petrol prices rose 4 GST points.', given: [['GST', 'ORG']], expected: [] },
  { text: 'The GST rise was shelved.', given: [['GST', 'ORG']], expected: ['GST/ORG'] },
  // a postal box is no place
  {
    text: 'Entries go to P.O. Box 77, Marlow Creek.',
    given: [
      ['P.O. Box 77', 'LOC'],
      ['Marlow Creek', 'LOC'],
    ],
    expected: ['Marlow Creek/LOC'],
  },
  // figures and per cent columns are no names
  {
    text: 'She led the league in FG% and hit .615 from deep.',
    given: [
      ['FG%', 'MISC'],
      ['615', 'MISC'],
    ],
    expected: [],
  },
  // a stock symbol after its exchange is no name; the company before it stays
  {
    text: 'Velkor Labs (NYSE: VKL) rose on Monday.',
    given: [
      ['Velkor Labs', 'ORG'],
      ['NYSE', 'ORG'],
      ['VKL', 'ORG'],
    ],
    expected: ['Velkor Labs/ORG', 'NYSE/ORG'],
  },
]);
