import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isUsStateAbbreviation } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';
import { typeOrganisationHeads } from './organisation-heads.js';
import { dropPartyLabels } from './party-labels.js';
import { dropRoleComplements, typePeopleByNameLists } from './people-by-name-lists.js';
import { typePlacesAfterLocatives } from './places-after-locatives.js';
import { table } from './test-table.js';
import { typePlacesBySenses } from './word-senses.js';

/** Every sentence below is invented for these tests. */

describe('isUsStateAbbreviation', () => {
  const cases: readonly (readonly [string, boolean])[] = [
    ['Ill.', true],
    ['Mass', true],
    ['Calif.', true],
    ['N.Y.', true],
    ['Ky.', true],
    ['Texas', true],
    ['New Mexico', true],
    ['Qz', false],
    ['Zorb', false],
    ['A', false],
  ];
  for (const [word, expected] of cases) it(word, () => assert.equal(isUsStateAbbreviation(word), expected));
});

table('dropPartyLabels', dropPartyLabels, [
  {
    text: 'Sen. Ada Reyes, D-Ill., backed the bill.',
    given: [
      ['Ada Reyes', 'PERSON'],
      ['D-Ill', 'PERSON'],
    ],
    expected: ['Ada Reyes/PERSON'],
  },
  {
    text: 'Rep. Tom Vane (R-Texas) objected, as did Sen. Ida Cole, D-N.Y.',
    given: [
      ['Tom Vane', 'PERSON'],
      ['R-Texas', 'PERSON'],
      ['Ida Cole', 'PERSON'],
      ['Y.', 'PERSON'],
    ],
    expected: ['Tom Vane/PERSON', 'Ida Cole/PERSON'],
  },
  // a hyphenated name that is no state stays
  {
    text: 'The striker, D-Zorbek, scored twice.',
    given: [['D-Zorbek', 'PERSON']],
    expected: ['D-Zorbek/PERSON'],
  },
  // no comma or bracket before it: no label
  {
    text: 'Vote D-Mass now, the flyer said.',
    given: [['D-Mass', 'MISC']],
    expected: ['D-Mass/MISC'],
  },
]);

table('typeOrganisationHeads (legal forms)', typeOrganisationHeads, [
  {
    text: 'She drove for Ada Lind Inc. last season.',
    given: [['Ada Lind Inc.', 'PERSON']],
    expected: ['Ada Lind Inc./ORG'],
  },
  {
    text: 'Tom Vane Ltd won the contract.',
    given: [['Tom Vane Ltd', 'PERSON']],
    expected: ['Tom Vane Ltd/ORG'],
  },
  // an ordinary surname stays a person
  { text: 'Tom Incey won.', given: [['Tom Incey', 'PERSON']], expected: ['Tom Incey/PERSON'] },
]);

table('typePeopleByNameLists', typePeopleByNameLists, [
  // a person typed ORG, and his surname and given name alone
  {
    text: 'Dana Lowry resigned as coach. Lowry said Dana had earned it.',
    given: [
      ['Dana Lowry', 'ORG'],
      ['Lowry', 'LOC'],
      ['Dana', 'ORG'],
    ],
    expected: ['Dana Lowry/PERSON', 'Lowry/PERSON', 'Dana/PERSON'],
  },
  // words WordNet knows as places or things are no given name: a club, a city
  {
    text: 'Real Madrid beat Leyton Orient. St Louis won.',
    given: [
      ['Real Madrid', 'ORG'],
      ['Leyton Orient', 'ORG'],
      ['St Louis', 'ORG'],
    ],
    expected: ['Real Madrid/ORG', 'Leyton Orient/ORG', 'St Louis/ORG'],
  },
  // a plural WordNet does not list whose singular is a made thing ("lab") ends a firm's name
  {
    text: 'Dana Labs said the test was safe. Dana Banks agreed.',
    given: [
      ['Dana Labs', 'ORG'],
      ['Dana Banks', 'ORG'],
    ],
    expected: ['Dana Labs/ORG', 'Dana Banks/PERSON'],
  },
  // a role word in the plural ends a team's name, not a surname
  {
    text: 'The Los Feliz Kings won.',
    given: [['Los Feliz Kings', 'ORG']],
    expected: ['Los Feliz Kings/ORG'],
  },
  // a headline's two names run together give no surname
  {
    text: 'Lebed Chechnya talks. Lebed flew to Chechnya.',
    given: [
      ['Lebed Chechnya', 'PERSON'],
      ['Lebed', 'PERSON'],
      ['Chechnya', 'LOC'],
    ],
    expected: ['Lebed Chechnya/PERSON', 'Lebed/PERSON', 'Chechnya/LOC'],
  },
  // given names the gender lists lack, and an Arabic surname with its article
  {
    text: 'The film is Subhash Ghai’s. Premier Nouri al-Rashid met him; al-Rashid smiled.',
    given: [
      ['Subhash Ghai', 'ORG'],
      ['Nouri al-Rashid', 'PERSON'],
      ['al-Rashid', 'ORG'],
    ],
    expected: ['Subhash Ghai/PERSON', 'Nouri al-Rashid/PERSON', 'al-Rashid/PERSON'],
  },
  // a possessive after the name: an owner, even after "in"
  {
    text: 'They appear in Atul Varma’s film.',
    given: [['Atul Varma', 'LOC']],
    expected: ['Atul Varma/PERSON'],
  },
  // a word WordNet knows in any part of speech is no unknown given name
  {
    text: 'The All Blacks won.',
    given: [['All Blacks', 'ORG']],
    expected: ['All Blacks/ORG'],
  },
  // after a preposition of place, a name stays as typed
  {
    text: 'The town of Dana Lowry flooded.',
    given: [['Dana Lowry', 'LOC']],
    expected: ['Dana Lowry/LOC'],
  },
  // a surname alone after an initial fused to it
  {
    text: 'K.Pillai spoke first. Later Pillai left.',
    given: [
      ['K.Pillai', 'PERSON'],
      ['Pillai', 'ORG'],
    ],
    expected: ['K.Pillai/PERSON', 'Pillai/PERSON'],
  },
  // the surname is a known place, written where a place goes: it stays a place
  {
    text: 'Mara Austin grew up in Austin.',
    given: [
      ['Mara Austin', 'PERSON'],
      ['Austin', 'LOC'],
    ],
    expected: ['Mara Austin/PERSON', 'Austin/LOC'],
  },
  // a company whose last word is a common noun stays a company
  {
    text: 'Jordan Brand signed him.',
    given: [['Jordan Brand', 'ORG']],
    expected: ['Jordan Brand/ORG'],
  },
  // a known place or organisation stays
  { text: 'They flew to San Diego.', given: [['San Diego', 'LOC']], expected: ['San Diego/LOC'] },
  // a nationality word stays
  {
    text: 'Ana Dutch met the Dutch envoy.',
    given: [
      ['Ana Dutch', 'PERSON'],
      ['Dutch', 'MISC'],
    ],
    expected: ['Ana Dutch/PERSON', 'Dutch/MISC'],
  },
]);

table('typePlacesAfterLocatives', typePlacesAfterLocatives, [
  {
    text: 'The levee broke 30 miles east of Reno on Sunday.',
    given: [['Reno', 'PERSON']],
    expected: ['Reno/LOC/GPE'],
  },
  {
    text: 'The club trained in Munich all week.',
    given: [['Munich', 'ORG']],
    expected: ['Munich/LOC/GPE'],
  },
  // the surname of a person of the text stays hers
  {
    text: 'Lena Reno spoke. Crowds gathered near Reno later.',
    given: [
      ['Lena Reno', 'PERSON'],
      ['Reno', 'PERSON'],
    ],
    expected: ['Lena Reno/PERSON', 'Reno/PERSON'],
  },
  // no locative before it: the recogniser's type stays
  { text: 'Reno said no.', given: [['Reno', 'PERSON']], expected: ['Reno/PERSON'] },
  // a name the place lexicon does not know stays
  { text: 'She lives near Zorbek.', given: [['Zorbek', 'PERSON']], expected: ['Zorbek/PERSON'] },
]);

/** The places as `retype` leaves them: LOC with the default subtype GPE. */
const placesBySenses = (text: string, names: readonly NameMention[]): NameMention[] =>
  typePlacesBySenses(
    text,
    names.map((name) => (name.type === 'LOC' ? { ...name, subtype: 'GPE' } : name)),
  );

table('typePlacesBySenses', placesBySenses, [
  // a built thing is a facility
  {
    text: 'They play at Norvik Field on Sunday, then dance at the Lumo Nightclub.',
    given: [
      ['Norvik Field', 'LOC'],
      ['Lumo Nightclub', 'LOC'],
    ],
    expected: ['Norvik Field/LOC/FAC', 'Lumo Nightclub/LOC/FAC'],
  },
  // a head that is no place: a restaurant, a people
  {
    text: 'Dinner is at six; Spice serves it. Black voters turned out.',
    given: [
      ['Spice', 'LOC'],
      ['Black', 'LOC'],
    ],
    expected: ['Spice/MISC', 'Black/MISC'],
  },
  // towns stay places: unknown heads, place heads, people's names, state abbreviations
  {
    text: 'Floods hit Fernley, Cedar Valley and Port Louis, Calif. overnight.',
    given: [
      ['Fernley', 'LOC'],
      ['Cedar Valley', 'LOC'],
      ['Port Louis', 'LOC'],
      ['Calif', 'LOC'],
    ],
    expected: ['Fernley/LOC/GPE', 'Cedar Valley/LOC/GPE', 'Port Louis/LOC/GPE', 'Calif/LOC/GPE'],
  },
  // where a place goes, the type stays
  { text: 'Rain fell at the Oval.', given: [['Oval', 'LOC']], expected: ['Oval/LOC/GPE'] },
  { text: 'They ate in a Spice.', given: [['Spice', 'LOC']], expected: ['Spice/LOC/GPE'] },
]);

table('dropRoleComplements', dropRoleComplements, [
  {
    text: 'Secretary of State Ada Reyes flew in.',
    given: [['State Ada Reyes', 'ORG']],
    expected: ['Ada Reyes/PERSON'],
  },
  // no role word before "of": the name stays
  {
    text: 'The Bank of State Ada Reyes opened.',
    given: [['State Ada Reyes', 'ORG']],
    expected: ['State Ada Reyes/ORG'],
  },
  // no given name second: an organisation's name stays
  {
    text: 'The Minister of Home Affairs Office replied.',
    given: [['Home Affairs Office', 'ORG']],
    expected: ['Home Affairs Office/ORG'],
  },
]);
