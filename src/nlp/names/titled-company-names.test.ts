import { joinTitledCompanyNames } from './titled-company-names.js';
import { table } from './test-table.js';

/** Every sentence below is invented for these tests. */

table('joinTitledCompanyNames', joinTitledCompanyNames, [
  // a rank before a company plural: the company, rank included
  {
    text: 'The carmaker General Motors cut 900 jobs in Ohio.',
    given: [['Motors', 'PERSON']],
    expected: ['General Motors/ORG'],
  },
  // a courtesy title: a person
  { text: 'Mr Keys said no.', given: [['Keys', 'PERSON']], expected: ['Keys/PERSON'] },
  // the word written without the rank elsewhere: a person
  {
    text: 'Major Coates led the patrol. Coates said it was quiet.',
    given: [
      ['Coates', 'PERSON'],
      ['Coates', 'PERSON'],
    ],
    expected: ['Coates/PERSON', 'Coates/PERSON'],
  },
  // a surname WordNet lists as a person: a person
  { text: 'General Mills spoke to the troops.', given: [['Mills', 'PERSON']], expected: ['Mills/PERSON'] },
]);
