import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../extract.js';
import {
  dropDecades,
  dropLeadingNumbers,
  dropTitlesAsOrganisations,
  joinDirectionalPlaceWords,
  joinHyphenatedNameParts,
  joinLinkedObjects,
  splitPoliceRanks,
} from './name-fragments.js';
import { table } from './test-table.js';

/** Every sentence below is invented for these tests. */

table('splitPoliceRanks', splitPoliceRanks, [
  // the rank between the force's first word and the officer
  {
    text: 'Metro Police Const. Dave Ruiz said the driver had fled.',
    given: [
      ['Metro', 'ORG'],
      ['Dave Ruiz', 'PERSON'],
    ],
    expected: ['Metro Police/ORG', 'Dave Ruiz/PERSON'],
  },
  // the force, the rank and the officer in one name
  {
    text: 'Harbourton Police Sgt. Ann Kowal said two men were arrested.',
    given: [['Harbourton Police Sgt. Ann Kowal', 'PERSON']],
    expected: ['Harbourton Police/ORG', 'Ann Kowal/PERSON'],
  },
  // a name that is no force keeps its words
  {
    text: 'Dr. Ann Kowal met Sgt. Pepperfield.',
    given: [['Ann Kowal', 'PERSON']],
    expected: ['Ann Kowal/PERSON'],
  },
]);

table('dropDecades', dropDecades, [
  {
    text: 'In the Nineties the town grew; in the Seventies it shrank, said Ann Sixties.',
    given: [
      ['Nineties', 'MISC'],
      ['Seventies', 'MISC'],
      ['Ann Sixties', 'PERSON'],
    ],
    expected: ['Ann Sixties/PERSON'],
  },
  {
    text: 'The Rockies were covered in snow.',
    given: [['Rockies', 'LOC']],
    expected: ['Rockies/LOC'],
  },
]);

table('dropLeadingNumbers', dropLeadingNumbers, [
  {
    text: 'More than 1,000 Canadians signed the petition, and 300 Tarvel Street residents too.',
    given: [
      ['1,000 Canadians', 'MISC'],
      ['300 Tarvel Street', 'LOC'],
    ],
    expected: ['Canadians/MISC/NORP', '300 Tarvel Street/LOC'],
  },
]);

table('joinHyphenatedNameParts', joinHyphenatedNameParts, [
  {
    text: 'He wrote a column for the Port Arlen Union-Tribune last year.',
    given: [['Port Arlen Union', 'LOC']],
    expected: ['Port Arlen Union-Tribune/ORG'],
  },
  // a place joined to another by a hyphen stays apart
  {
    text: 'The New York-Tarvelle flight was cancelled.',
    given: [['New York', 'LOC']],
    expected: ['New York/LOC'],
  },
]);

table('joinDirectionalPlaceWords', joinDirectionalPlaceWords, [
  {
    text: 'She grew up on the Upper West Side of Tarvelle.',
    given: [
      ['West Side', 'LOC'],
      ['Tarvelle', 'LOC'],
    ],
    expected: ['Upper West Side/LOC', 'Tarvelle/LOC'],
  },
  // opening a sentence, "Upper" may be anything
  {
    text: 'Upper Tarvelle is quiet.',
    given: [['Tarvelle', 'LOC']],
    expected: ['Tarvelle/LOC'],
  },
]);

table('joinLinkedObjects', joinLinkedObjects, [
  {
    text: 'A spokesman for the Kelvish Society for the Prevention of Cruelty to Animals said the dog was safe.',
    given: [['Kelvish Society for the Prevention of Cruelty', 'ORG']],
    expected: ['Kelvish Society for the Prevention of Cruelty to Animals/ORG'],
  },
  // "to" before a place is no part of the name
  {
    text: 'The Bank of Tarvelle to Tarvelle Town loans rose.',
    given: [['Bank of Tarvelle', 'ORG']],
    expected: ['Bank of Tarvelle/ORG'],
  },
]);

table('dropTitlesAsOrganisations', dropTitlesAsOrganisations, [
  {
    text: 'The Interior Minister said the border would stay closed.',
    given: [['Interior Minister', 'ORG']],
    expected: [],
  },
  // without "the", a title-like name is a name ("Football Manager", a game)
  {
    text: 'Pitch Manager sold well this winter.',
    given: [['Pitch Manager', 'ORG']],
    expected: ['Pitch Manager/ORG'],
  },
  // a person's name after the title is left to the recogniser
  {
    text: 'The Interior Minister Ann Kowal said the border would stay closed.',
    given: [['Interior Minister', 'ORG']],
    expected: ['Interior Minister/ORG'],
  },
]);

/** The entities of a whole extraction, as "TYPE name". */
function entities(text: string): string[] {
  return extract(text, { published: '2026-03-02' }).entities.map((entity) => `${entity.type} ${entity.name}`);
}

describe('streets, natural places, ships, titles and negated groups in whole texts', () => {
  const cases: readonly [string, string, string][] = [
    ['a street abbreviation', 'Residents of Kestrel St were evacuated.', 'LOC Kestrel St'],
    ['a street typed a person', 'Police closed Dunmore Blvd on Friday.', 'LOC Dunmore Blvd'],
    ['an office known by its street', 'Downing St said the plan was sound.', 'ORG Downing St'],
    ['a drive', 'The crash happened on Renwick Drive late on Friday.', 'LOC Renwick Drive'],
    ['a strait', 'The ferry sailed through the Tarvel Strait on Monday.', 'LOC Tarvel Strait'],
    ['a ship', 'The crew of the SS Gorlan were rescued.', 'MISC SS Gorlan'],
  ];
  for (const [name, text, expected] of cases)
    it(name, () => assert.ok(entities(text).includes(expected), `${entities(text).join(', ')}`));
  it('a title speaking is no organisation', () =>
    assert.deepEqual(entities('The Interior Minister said the border would stay closed.'), []));
  it('"No group" is nobody', () =>
    assert.deepEqual(entities('No group has claimed responsibility for the attack.'), []));
});
