import { typePeriodicalNames } from './periodical-names.js';
import { table } from './test-table.js';

/** Every sentence below is invented for these tests. */

table('typePeriodicalNames', typePeriodicalNames, [
  // a magazine read as a place after "in"
  {
    text: 'Writing in Velmora Monthly, the critic praised the film.',
    given: [['Velmora Monthly', 'LOC']],
    expected: ['Velmora Monthly/ORG'],
  },
  {
    text: 'The Harbour Gazette and the Lindale Journal both ran the story.',
    given: [
      ['Harbour Gazette', 'LOC'],
      ['Lindale Journal', 'PERSON'],
    ],
    expected: ['Harbour Gazette/ORG', 'Lindale Journal/ORG'],
  },
  // a surname WordNet knows as one publisher is no magazine
  {
    text: 'The firm is controlled by Rupert Murdoch.',
    given: [['Rupert Murdoch', 'PERSON']],
    expected: ['Rupert Murdoch/PERSON'],
  },
  // a stretch of water is no medium; a one-word place stays
  {
    text: 'The ferry crossed the Velmar Channel to Ostrow.',
    given: [
      ['Velmar Channel', 'LOC'],
      ['Ostrow', 'LOC'],
    ],
    expected: ['Velmar Channel/LOC', 'Ostrow/LOC'],
  },
]);
