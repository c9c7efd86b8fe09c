import { table } from './test-table.js';
import { typeRegionNames } from './region-names.js';

/** Every sentence below is invented for these tests; the regions are real names from the place lexicon. */

table('typeRegionNames', typeRegionNames, [
  // a region's name read as an organisation, or cut in two
  {
    text: 'Crews from British Columbia flew in; British Columbia paid.',
    given: [
      ['British Columbia', 'ORG'],
      ['British', 'MISC'],
      ['Columbia', 'ORG'],
    ],
    expected: ['British Columbia/LOC/GPE', 'British Columbia/LOC/GPE'],
  },
  {
    text: 'Voters in New Hampshire queued for hours.',
    given: [['New Hampshire', 'ORG']],
    expected: ['New Hampshire/LOC/GPE'],
  },
  // one word, a city (even one that is a state too), a person, or an unknown name: unchanged
  {
    text: 'Columbia won, New York lost, Boston lost, and Ada Lind of Velor Works spoke.',
    given: [
      ['Columbia', 'ORG'],
      ['New York', 'ORG'],
      ['Boston', 'ORG'],
      ['Ada Lind', 'PERSON'],
      ['Velor Works', 'ORG'],
    ],
    expected: ['Columbia/ORG', 'New York/ORG', 'Boston/ORG', 'Ada Lind/PERSON', 'Velor Works/ORG'],
  },
]);
