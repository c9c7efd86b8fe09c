import { joinAmpersandNames } from './ampersand-names.js';
import { table } from './test-table.js';

/** Every sentence below is invented for these tests. */

table('joinAmpersandNames', joinAmpersandNames, [
  // the recogniser kept one side only, with or without the ampersand
  {
    text: 'Shoppers went to stores such as Harwick & Dale on Monday.',
    given: [['Dale', 'PERSON']],
    expected: ['Harwick & Dale/ORG'],
  },
  {
    text: 'Shoppers went to stores such as Harwick & Dale on Monday.',
    given: [['& Dale', 'PERSON']],
    expected: ['Harwick & Dale/ORG'],
  },
  {
    text: 'Analysts at Brenner & Lusk said so.',
    given: [['Brenner', 'PERSON']],
    expected: ['Brenner & Lusk/ORG'],
  },
  // both sides named apart: one name
  {
    text: 'Profits at Tamsin & Rowe rose.',
    given: [
      ['Tamsin', 'PERSON'],
      ['Rowe', 'PERSON'],
    ],
    expected: ['Tamsin & Rowe/ORG'],
  },
  // a duo read as one person is no person
  {
    text: 'Hale & Morrow played last.',
    given: [['Hale & Morrow', 'PERSON']],
    expected: ['Hale & Morrow/ORG'],
  },
  // a possessive after the name is no part of it
  {
    text: "A rival of Brenner & Lusk's fell.",
    given: [['Brenner', 'PERSON']],
    expected: ['Brenner & Lusk/ORG'],
  },
  // a work keeps its type
  {
    text: 'She reread Salt & Honey twice.',
    given: [['Salt', 'MISC']],
    expected: ['Salt & Honey/MISC'],
  },
  // two people the text names in full elsewhere stay two
  {
    text: 'Hale & Morrow win awards. Ann Hale and Tom Morrow were named.',
    given: [
      ['Hale', 'PERSON'],
      ['Morrow', 'PERSON'],
      ['Ann Hale', 'PERSON'],
      ['Tom Morrow', 'PERSON'],
    ],
    expected: ['Hale/PERSON', 'Morrow/PERSON', 'Ann Hale/PERSON', 'Tom Morrow/PERSON'],
  },
  // nothing capitalised across the ampersand: left alone
  { text: 'Fish & chips cost more at Dale.', given: [['Dale', 'PERSON']], expected: ['Dale/PERSON'] },
]);
