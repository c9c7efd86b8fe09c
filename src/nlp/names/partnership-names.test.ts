import { joinPartnershipNames } from './partnership-names.js';
import { table } from './test-table.js';

table('joinPartnershipNames', joinPartnershipNames, [
  // a partnership's legal form ends the row of surnames
  {
    text: 'The sale was handled by Barlow, Fenwick, Ostrander and Hale LLP, the filing said.',
    given: [
      ['Barlow', 'PERSON'],
      ['Fenwick', 'LOC'],
      ['Ostrander', 'PERSON'],
      ['Hale LLP', 'ORG'],
    ],
    expected: ['Barlow, Fenwick, Ostrander and Hale LLP/ORG'],
  },
  // "&" before the last surname, after a comma
  {
    text: 'The bank hired Barlow, Fenwick & Hale in May.',
    given: [
      ['Barlow', 'ORG'],
      ['Fenwick & Hale', 'ORG'],
    ],
    expected: ['Barlow, Fenwick & Hale/ORG'],
  },
  // "the firm of" before the row
  {
    text: 'A lawyer at the firm of Barlow, Fenwick declined to comment.',
    given: [
      ['Barlow', 'PERSON'],
      ['Fenwick', 'LOC'],
    ],
    expected: ['Barlow, Fenwick/ORG'],
  },
  // a list of people: nothing says it is a firm
  {
    text: 'Barlow, Fenwick and Hale all voted against the motion.',
    given: [
      ['Barlow', 'PERSON'],
      ['Fenwick', 'PERSON'],
      ['Hale', 'PERSON'],
    ],
    expected: ['Barlow/PERSON', 'Fenwick/PERSON', 'Hale/PERSON'],
  },
  // a place in the row: no partnership
  {
    text: 'Offices in Paris, Fenwick & Hale opened in May.',
    given: [
      ['Paris', 'LOC'],
      ['Fenwick & Hale', 'ORG'],
    ],
    expected: ['Paris/LOC', 'Fenwick & Hale/ORG'],
  },
]);
