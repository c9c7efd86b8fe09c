import { segment } from '../segment/segment.js';
import { joinPossessiveBusinessNames } from './possessive-business-names.js';
import { table } from './test-table.js';

/** Every sentence below is invented for these tests. */

const step = (text: string, names: Parameters<typeof joinPossessiveBusinessNames>[2]) =>
  joinPossessiveBusinessNames(text, segment(text), names);

table('joinPossessiveBusinessNames', step, [
  // "X's said": the chain, and its other possessives too
  {
    text: "Kellinger's said its sales rose. Kellinger's shares fell 3%.",
    given: [
      ['Kellinger', 'PERSON'],
      ['Kellinger', 'ORG'],
    ],
    expected: ["Kellinger's/ORG", "Kellinger's/ORG"],
  },
  // a possessive that owns nothing before a comma or a full stop
  {
    text: "Shoppers at Brannock's, the discount chain, paid less.",
    given: [['Brannock', 'PERSON']],
    expected: ["Brannock's/ORG"],
  },
  // a possessive that owns something stays the owner
  {
    text: "Brannock's shares fell 3% on Monday.",
    given: [['Brannock', 'ORG']],
    expected: ['Brannock/ORG'],
  },
  // people: after an honorific, a known given name, the surname of a person named in full
  {
    text: "Mr Brannock's reported remarks angered the board, and the choice was Brannock's.",
    given: [
      ['Brannock', 'PERSON'],
      ['Brannock', 'PERSON'],
    ],
    expected: ['Brannock/PERSON', 'Brannock/PERSON'],
  },
  {
    text: "Ann Brannock said the decision was Brannock's.",
    given: [
      ['Ann Brannock', 'PERSON'],
      ['Brannock', 'PERSON'],
    ],
    expected: ['Ann Brannock/PERSON', 'Brannock/PERSON'],
  },
  {
    text: "We ate at Tom's.",
    given: [['Tom', 'PERSON']],
    expected: ['Tom/PERSON'],
  },
]);
