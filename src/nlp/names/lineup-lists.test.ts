import { table } from './test-table.js';
import { typeLineupLists } from './lineup-lists.js';

/** Every line below is invented for these tests. */

table('typeLineupLists', typeLineupLists, [
  // players of a line-up are people; the heading of common words is no name
  {
    text: 'Subs Not Used: Ferrow, Lindqvist, Mabaso.',
    given: [
      ['Subs', 'ORG'],
      ['Ferrow', 'PERSON'],
      ['Lindqvist', 'LOC'],
      ['Mabaso', 'ORG'],
    ],
    expected: ['Ferrow/PERSON', 'Lindqvist/PERSON', 'Mabaso/PERSON'],
  },
  // a club in brackets keeps its type
  {
    text: 'Replacements: T Ferrow (Ashby), J Lindqvist (Dunmere).',
    given: [
      ['T Ferrow', 'PERSON'],
      ['Ashby', 'ORG'],
      ['J Lindqvist', 'LOC'],
      ['Dunmere', 'ORG'],
    ],
    expected: ['T Ferrow/PERSON', 'Ashby/ORG', 'J Lindqvist/PERSON', 'Dunmere/ORG'],
  },
  // must not change: a list of places with no person in it
  {
    text: 'Venues: Cardiff, Swansea, Newport.',
    given: [
      ['Cardiff', 'LOC'],
      ['Swansea', 'LOC'],
      ['Newport', 'LOC'],
    ],
    expected: ['Cardiff/LOC', 'Swansea/LOC', 'Newport/LOC'],
  },
]);
