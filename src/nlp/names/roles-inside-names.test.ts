import { splitRolesInsidePersonNames } from './roles-inside-names.js';
import { table } from './test-table.js';

/** Every sentence below is invented for these tests. */

table('splitRolesInsidePersonNames', splitRolesInsidePersonNames, [
  // an office in capitals ends the name: a description, no person
  {
    text: 'A Whig MP said so.',
    given: [['Whig MP', 'PERSON']],
    expected: ['Whig/ORG'],
  },
  // must not change: the office before the person's name
  {
    text: 'Whig MP Ana Lind said so.',
    given: [['Ana Lind', 'PERSON']],
    expected: ['Ana Lind/PERSON'],
  },
  // a body and its office before the person
  {
    text: 'Velmar Treasury Secretary Ana Lind spoke.',
    given: [['Velmar Treasury Secretary Ana Lind', 'PERSON']],
    expected: ['Velmar Treasury/ORG', 'Ana Lind/PERSON'],
  },
  // a place and an office
  {
    text: 'Paris Mayor Anne Roux spoke.',
    given: [['Paris Mayor Anne Roux', 'PERSON']],
    expected: ['Paris/LOC/GPE', 'Anne Roux/PERSON'],
  },
  // a work and a lower-case role before the person
  {
    text: 'Harbour Lights star Tom Vale arrived.',
    given: [['Harbour Lights star Tom Vale', 'PERSON']],
    expected: ['Tom Vale/PERSON'],
  },
  // a body coordinated with common nouns before the office
  {
    text: 'Farming and Fisheries Secretary Ana Lind spoke.',
    given: [['Fisheries Secretary Ana Lind', 'PERSON']],
    expected: ['Farming and Fisheries/ORG', 'Ana Lind/PERSON'],
  },
  // a longer list is left as it was
  {
    text: 'Energy, Water and Mining Secretary Tom Vale spoke.',
    given: [['Mining Secretary Tom Vale', 'PERSON']],
    expected: ['Mining/ORG', 'Tom Vale/PERSON'],
  },
  // a person or a place coordinated before the office stays apart
  {
    text: 'Jones and Treasury Secretary Ana Lind met.',
    given: [['Treasury Secretary Ana Lind', 'PERSON']],
    expected: ['Treasury/ORG', 'Ana Lind/PERSON'],
  },
  {
    text: 'Paris and Treasury Secretary Ana Lind met.',
    given: [['Treasury Secretary Ana Lind', 'PERSON']],
    expected: ['Treasury/ORG', 'Ana Lind/PERSON'],
  },
  {
    text: 'Marek Holt and Treasury Secretary Ana Lind met.',
    given: [
      ['Marek Holt', 'PERSON'],
      ['Treasury Secretary Ana Lind', 'PERSON'],
    ],
    expected: ['Marek Holt/PERSON', 'Treasury/ORG', 'Ana Lind/PERSON'],
  },
  // a people and a role
  {
    text: 'Kenyan President Mara Odhiambo spoke.',
    given: [['Kenyan President Mara Odhiambo', 'PERSON']],
    expected: ['Kenyan/MISC/NORP', 'Mara Odhiambo/PERSON'],
  },
  // particles of a surname are no roles
  {
    text: 'Tomas van der Berg scored.',
    given: [['Tomas van der Berg', 'PERSON']],
    expected: ['Tomas van der Berg/PERSON'],
  },
  // a short name with a role word stays for other steps
  {
    text: 'Chef Anna Lind cooked.',
    given: [['Chef Anna Lind', 'PERSON']],
    expected: ['Chef Anna Lind/PERSON'],
  },
]);
