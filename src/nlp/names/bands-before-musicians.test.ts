import { segment } from '../segment/segment.js';
import { typeBandsBeforeMusicians } from './bands-before-musicians.js';
import { table } from './test-table.js';

/** Every sentence below is invented for these tests. */

table('typeBandsBeforeMusicians', (text, names) => typeBandsBeforeMusicians(text, segment(text), names), [
  // a name typed LOC before a musician noun is the band
  {
    text: 'Former Quillhaven singer Ann Hale will join the tour.',
    given: [
      ['Quillhaven', 'LOC'],
      ['Ann Hale', 'PERSON'],
    ],
    expected: ['Quillhaven/ORG', 'Ann Hale/PERSON'],
  },
  // must not change: a known place (where the singer is from), and a noun that is no musician
  {
    text: 'Glasgow singer Ann Hale met Quillhaven fans.',
    given: [
      ['Glasgow', 'LOC'],
      ['Ann Hale', 'PERSON'],
      ['Quillhaven', 'LOC'],
    ],
    expected: ['Glasgow/LOC', 'Ann Hale/PERSON', 'Quillhaven/LOC'],
  },
]);
