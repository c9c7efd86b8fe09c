import { joinLegislationNames } from './legislation-names.js';
import { table } from './test-table.js';

/** Every sentence below is invented for these tests. */

table('joinLegislationNames', joinLegislationNames, [
  // a law's last word kept alone as a person, or the name cut in two
  {
    text: 'Ministers tried to kill the Harbour Safety Bill in 1998.',
    given: [['Bill', 'PERSON']],
    expected: ['Harbour Safety Bill/MISC'],
  },
  {
    text: 'Peers amended the Rural Crime and Ferry Bill on Monday.',
    given: [
      ['Rural Crime', 'ORG'],
      ['Bill', 'PERSON'],
    ],
    expected: ['Rural Crime and Ferry Bill/MISC'],
  },
  {
    text: 'He cited the Coastal Waters Act twice.',
    given: [['Coastal Waters Act', 'ORG']],
    expected: ['Coastal Waters Act/MISC'],
  },
  // a longer name ending in a law's word that is no given name, without "the"
  {
    text: 'Firms obey federal Clean Mail Act rules.',
    given: [['Clean Mail Act', 'PERSON']],
    expected: ['Clean Mail Act/MISC'],
  },
  // "the Bill" once the law is named
  {
    text: 'MPs backed the Harbour Safety Bill. The Bill now goes to peers, who may reject the Bill.',
    given: [
      ['Harbour Safety Bill', 'MISC'],
      ['Bill', 'PERSON'],
      ['Bill', 'PERSON'],
    ],
    expected: ['Harbour Safety Bill/MISC', 'Bill/MISC', 'Bill/MISC'],
  },
  // people named Bill stay people
  {
    text: 'Bill Hale said the vote was close.',
    given: [['Bill Hale', 'PERSON']],
    expected: ['Bill Hale/PERSON'],
  },
  { text: 'The crowd cheered Bill after the race.', given: [['Bill', 'PERSON']], expected: ['Bill/PERSON'] },
  {
    text: 'Buffalo Bill rode in at dawn.',
    given: [['Buffalo Bill', 'PERSON']],
    expected: ['Buffalo Bill/PERSON'],
  },
  // no law named: "the Bill" alone is left to the recogniser
  { text: 'He met the Bill at the station.', given: [['Bill', 'PERSON']], expected: ['Bill/PERSON'] },
]);
