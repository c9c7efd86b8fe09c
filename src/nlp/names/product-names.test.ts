import { table } from './test-table.js';
import { typeProductNames } from './product-names.js';

/** Every sentence below is invented for these tests. */

table('typeProductNames', typeProductNames, [
  // a craft noun before a name: the vessel, even one named like a person or a place
  {
    text: 'Engineers grounded the shuttle Orla again. Launches of Orla slipped to March.',
    given: [
      ['Orla', 'PERSON'],
      ['Orla', 'PERSON'],
    ],
    expected: ['Orla/MISC', 'Orla/MISC'],
  },
  {
    text: 'The tanker Brisk Wren ran aground off Tolvik.',
    given: [
      ['Brisk Wren', 'ORG'],
      ['Tolvik', 'LOC'],
    ],
    expected: ['Brisk Wren/MISC', 'Tolvik/LOC'],
  },
  // a carrier is a person or a firm first, a probe an inquiry: no craft
  {
    text: 'The carrier Skylane Air cut fares; the probe Halvard Moss led ended.',
    given: [
      ['Skylane Air', 'ORG'],
      ['Halvard Moss', 'PERSON'],
    ],
    expected: ['Skylane Air/ORG', 'Halvard Moss/PERSON'],
  },
  // the person's reading of a product's name elsewhere goes too
  {
    text: 'Buyers get the Velmo software free, and Velmo will sync at night.',
    given: [
      ['Velmo', 'PERSON'],
      ['Velmo', 'PERSON'],
    ],
    expected: ['Velmo/MISC', 'Velmo/MISC'],
  },
  // the other mentions of a name read as a product are the product too
  {
    text: 'A flaw in Quillmark Studio worried teachers, who used the Quillmark Studio software.',
    given: [
      ['Quillmark Studio', 'ORG'],
      ['Quillmark Studio', 'ORG'],
    ],
    expected: ['Quillmark Studio/MISC', 'Quillmark Studio/MISC'],
  },
  // an owner elsewhere, even in tokenized text ("Skylane 's"): the organisation stays
  {
    text: "The Skylane Air tablet was lost . Skylane Air 's head office said so .",
    given: [
      ['Skylane Air', 'ORG'],
      ['Skylane Air', 'ORG'],
    ],
    expected: ['Skylane Air/ORG', 'Skylane Air/ORG'],
  },
  // a device noun after a name: the name is a product
  {
    text: 'Thieves took a Pellworth Q9 tablet from the van.',
    given: [['Pellworth Q9', 'ORG']],
    expected: ['Pellworth Q9/MISC'],
  },
  // a program noun after a name
  {
    text: 'Teachers tried the Quillmark Studio software last term.',
    given: [['Quillmark Studio', 'ORG']],
    expected: ['Quillmark Studio/MISC'],
  },
  // a work noun before a name
  {
    text: 'Her song Paper Lanterns topped the chart.',
    given: [['Paper Lanterns', 'LOC']],
    expected: ['Paper Lanterns/MISC'],
  },
  {
    text: 'The novel Hollow Orchard sold well in spring.',
    given: [['Hollow Orchard', 'PERSON']],
    expected: ['Hollow Orchard/MISC'],
  },
  // "The" between the work noun and the title
  {
    text: 'Her novel The Glass Orchard won the prize.',
    given: [['Glass Orchard', 'ORG']],
    expected: ['Glass Orchard/MISC'],
  },
  // the text uses the name as an actor: it stays an organisation
  {
    text: 'The Brightwick Labs tablet sold out. Brightwick Labs said more would come.',
    given: [
      ['Brightwick Labs', 'ORG'],
      ['Brightwick Labs', 'ORG'],
    ],
    expected: ['Brightwick Labs/ORG', 'Brightwick Labs/ORG'],
  },
  // a compound product noun: "music player"
  {
    text: 'She preferred the Harrow Vox 3 music player.',
    given: [['Harrow Vox 3', 'ORG']],
    expected: ['Harrow Vox 3/MISC'],
  },
  // a one-word name taken for a person before a program noun
  {
    text: 'Fans installed Tindle software overnight.',
    given: [['Tindle', 'PERSON']],
    expected: ['Tindle/MISC'],
  },
  // a verb after a person's name without a determiner: no product
  {
    text: 'Mara Quell shot a birdie on the ninth.',
    given: [['Mara Quell', 'PERSON']],
    expected: ['Mara Quell/PERSON'],
  },
  // an auxiliary then a verb that is also a work noun ("play"): no product
  {
    text: 'Dynamo Kesk must play the final away.',
    given: [['Dynamo Kesk', 'ORG']],
    expected: ['Dynamo Kesk/ORG'],
  },
  // a plain adjective before the name stands for a determiner ("card" may be a verb)
  {
    text: 'Buyers can add an optional Brenlow Arc 7 graphics card.',
    given: [['Brenlow Arc 7', 'PERSON']],
    expected: ['Brenlow Arc 7/MISC'],
  },
  // an inflected verb that is also a device noun ("spoke"): no product
  {
    text: 'Dorvel Quint spoke at noon.',
    given: [['Dorvel Quint', 'PERSON']],
    expected: ['Dorvel Quint/PERSON'],
  },
  // a person's name opens with a given name (a film named after a person stays a person)
  {
    text: 'The film Maria Lenk was shown.',
    given: [['Maria Lenk', 'PERSON']],
    expected: ['Maria Lenk/PERSON'],
  },
  // a one-word brand before a device noun is the maker
  { text: 'He bought a Pellworth tablet.', given: [['Pellworth', 'ORG']], expected: ['Pellworth/ORG'] },
  // the noun heads a longer phrase: "tablet maker"
  {
    text: 'The Nordvik Systems tablet maker hired staff.',
    given: [['Nordvik Systems', 'ORG']],
    expected: ['Nordvik Systems/ORG'],
  },
  // a building is no product
  {
    text: 'Workers left the Hollin Ridge plant at dusk.',
    given: [['Hollin Ridge', 'LOC']],
    expected: ['Hollin Ridge/LOC'],
  },
  // words said only of software before or after a name: "users of", "runs on", "launch of", "… users"
  {
    text: 'Users of Tessaly can download the new version from its website.',
    given: [['Tessaly', 'LOC']],
    expected: ['Tessaly/MISC'],
  },
  {
    text: 'The suite runs on Brenvik and Corlane users get it free.',
    given: [
      ['Brenvik', 'ORG'],
      ['Corlane', 'PERSON'],
    ],
    expected: ['Brenvik/MISC', 'Corlane/MISC'],
  },
  {
    text: 'The launch of Pellora Suite was delayed to May.',
    given: [['Pellora Suite', 'ORG']],
    expected: ['Pellora Suite/MISC'],
  },
  // a person is released or installed; a firm that acts keeps its type
  {
    text: 'The court ordered the release of Hanbury, and the board installed Carrow as chairman.',
    given: [
      ['Hanbury', 'PERSON'],
      ['Carrow', 'PERSON'],
    ],
    expected: ['Hanbury/PERSON', 'Carrow/PERSON'],
  },
  {
    text: 'Users of Dravmont complained, and Dravmont said it would refund them.',
    given: [
      ['Dravmont', 'ORG'],
      ['Dravmont', 'ORG'],
    ],
    expected: ['Dravmont/ORG', 'Dravmont/ORG'],
  },
]);
