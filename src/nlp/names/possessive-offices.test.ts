import { joinPossessiveOffices } from './possessive-offices.js';
import { table } from './test-table.js';

/** Every sentence below is invented for these tests. */

table('joinPossessiveOffices', joinPossessiveOffices, [
  // the office of a role named after the county
  {
    text: 'The Pell Ridge County Sheriff’s Office found the van.',
    given: [['Pell Ridge County Sheriff', 'ORG']],
    expected: ['Pell Ridge County Sheriff’s Office/ORG'],
  },
  // only the county was found: the role words are taken in
  {
    text: 'A Dunmore County Coroner’s Office spokesman said so.',
    given: [['Dunmore County', 'LOC']],
    expected: ['Dunmore County Coroner’s Office/ORG'],
  },
  // a name inside the office is taken in
  {
    text: "The Kettering Attorney's Office said Lisa Marne would testify.",
    given: [
      ['Kettering Attorney', 'ORG'],
      ['Office', 'ORG'],
      ['Lisa Marne', 'PERSON'],
    ],
    expected: ["Kettering Attorney's Office/ORG", 'Lisa Marne/PERSON'],
  },
  // a role's deputy is a person, not an office
  {
    text: "The Velm County Sheriff's Deputy spoke.",
    given: [['Velm County Sheriff', 'ORG']],
    expected: ['Velm County Sheriff/ORG'],
  },
  // a person's own office stays apart
  {
    text: "Mayor Ada Lindqvist's Office called.",
    given: [['Ada Lindqvist', 'PERSON']],
    expected: ['Ada Lindqvist/PERSON'],
  },
  // a place's possessive before an office that no role names stays apart
  {
    text: "Brenford's Tourist Office reopened.",
    given: [['Brenford', 'LOC']],
    expected: ['Brenford/LOC'],
  },
]);
