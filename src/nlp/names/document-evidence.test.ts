import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NameMention } from './name-mention.js';
import { WORK_SUBTYPE } from './works-after-nouns.js';
import { segment } from '../segment/segment.js';
import {
  dropSentenceInitialAdjectives,
  joinNameSuffixes,
  joinPlaceHeads,
  joinSurnamesUsedAlone,
  trimLeadingPersonNouns,
  splitCoordinatedOrganisations,
  typeAgencyDatelinePlaces,
  trimTrailingRoleWords,
  typeBySensesAndGivenNames,
  typePeopleListedAfterPersonNouns,
  typePluralNamedGroups,
  typeSingularsOfPluralGroups,
  splitMemberWordsBeforePeople,
  trimPositionAbbreviations,
  typeWebDomainNames,
  webDomainStarts,
  typeWorkLists,
  typePlacesInPersonLists,
  typePlacesCoordinatedWithPeople,
} from './document-evidence.js';
import { table } from './test-table.js';

/** Every sentence below is invented for these tests. */

table('typePluralNamedGroups', typePluralNamedGroups, [
  // typed LOC: a band named by a plural of a plant or a person noun; "Heights" and "in the" stay places
  {
    text: 'The Velvet Peas and Paper Fighters played; fans camped in the Tarn Sisters and on Marrow Heights.',
    given: [
      ['The Velvet Peas', 'LOC'],
      ['Paper Fighters', 'LOC'],
      ['Tarn Sisters', 'LOC'],
      ['Marrow Heights', 'LOC'],
    ],
    expected: ['The Velvet Peas/ORG', 'Paper Fighters/ORG', 'Tarn Sisters/LOC', 'Marrow Heights/LOC'],
  },
  // a place or unknown word and a plural of a common noun, the plural never used alone: a team or firm
  {
    text: 'Harbour Cove beat the Millbrook Otters on Sunday.',
    given: [
      ['Harbour Cove', 'PERSON'],
      ['Millbrook Otters', 'PERSON'],
    ],
    expected: ['Harbour Cove/PERSON', 'Millbrook Otters/ORG'],
  },
  // a last word that is also a surname, after an unknown first word: a person
  {
    text: '2. Jorla Miles 50.42',
    given: [['Jorla Miles', 'PERSON']],
    expected: ['Jorla Miles/PERSON'],
  },
  // the first word a given name, but used alone for the club elsewhere
  {
    text: 'He left Stanley Rovers in June. Stanley fans cheered.',
    given: [
      ['Stanley Rovers', 'PERSON'],
      ['Stanley', 'ORG'],
    ],
    expected: ['Stanley Rovers/ORG', 'Stanley/ORG'],
  },
  // a surname that is a plural noun, used alone: a person
  {
    text: 'Dorian Mills scored twice. Mills said it was easy.',
    given: [
      ['Dorian Mills', 'PERSON'],
      ['Mills', 'PERSON'],
    ],
    expected: ['Dorian Mills/PERSON', 'Mills/PERSON'],
  },
  // a given name first: a person even when named once
  {
    text: 'The fund is run by Laura Fields.',
    given: [['Laura Fields', 'PERSON']],
    expected: ['Laura Fields/PERSON'],
  },
]);

table('trimTrailingRoleWords', trimTrailingRoleWords, [
  {
    text: 'Delia Frayne, Stonebridge Captain, scored. Stonebridge won again.',
    given: [
      ['Delia Frayne', 'PERSON'],
      ['Stonebridge Captain', 'ORG'],
      ['Stonebridge', 'ORG'],
    ],
    expected: ['Delia Frayne/PERSON', 'Stonebridge/ORG', 'Stonebridge/ORG'],
  },
  // no shorter name in the text: left alone
  {
    text: 'The Harbour Chancellor spoke first.',
    given: [['Harbour Chancellor', 'ORG']],
    expected: ['Harbour Chancellor/ORG'],
  },
]);

const listed = (text: string, names: Parameters<typeof typePeopleListedAfterPersonNouns>[2]) =>
  typePeopleListedAfterPersonNouns(text, segment(text), names);

table('typePeopleListedAfterPersonNouns', listed, [
  {
    text: 'Officials named singers Tamsin Loy, 40 Below, Brevik and Corvane Delacroix.',
    given: [
      ['Tamsin Loy', 'PERSON'],
      ['Brevik', 'LOC'],
      ['Corvane Delacroix', 'LOC'],
    ],
    expected: ['Tamsin Loy/PERSON', 'Brevik/PERSON', 'Corvane Delacroix/PERSON'],
  },
  // no person noun before the list: types kept
  {
    text: 'They visited Tamsin Loy, Brevik and Corvane.',
    given: [
      ['Tamsin Loy', 'PERSON'],
      ['Brevik', 'LOC'],
      ['Corvane', 'LOC'],
    ],
    expected: ['Tamsin Loy/PERSON', 'Brevik/LOC', 'Corvane/LOC'],
  },
]);

table('typePlacesCoordinatedWithPeople', typePlacesCoordinatedWithPeople, [
  // a surname read as a town, joined to a person by "and"
  {
    text: 'Goals from Darnell and Okafor sealed the win.',
    given: [
      ['Darnell', 'PERSON'],
      ['Okafor', 'LOC'],
    ],
    expected: ['Darnell/PERSON', 'Okafor/PERSON'],
  },
  // a place the lexicon knows keeps its type
  {
    text: 'Darnell and London were the talk of the week.',
    given: [
      ['Darnell', 'PERSON'],
      ['London', 'LOC'],
    ],
    expected: ['Darnell/PERSON', 'London/LOC'],
  },
]);

table('typePlacesInPersonLists', typePlacesInPersonLists, [
  // one-word members of a list of people read as towns are people
  {
    text: 'Squad: Vale, Orrin, Tarbet, Moss, Ruddock.',
    given: [
      ['Vale', 'PERSON'],
      ['Orrin', 'PERSON'],
      ['Tarbet', 'LOC'],
      ['Moss', 'PERSON'],
      ['Ruddock', 'PERSON'],
    ],
    expected: ['Vale/PERSON', 'Orrin/PERSON', 'Tarbet/PERSON', 'Moss/PERSON', 'Ruddock/PERSON'],
  },
  // a country keeps its type; a list of places stays a list of places
  {
    text: 'Vale, Orrin, Moss and France signed.',
    given: [
      ['Vale', 'PERSON'],
      ['Orrin', 'PERSON'],
      ['Moss', 'PERSON'],
      ['France', 'LOC'],
    ],
    expected: ['Vale/PERSON', 'Orrin/PERSON', 'Moss/PERSON', 'France/LOC'],
  },
  // a team sheet: substitutes in brackets; surnames read as clubs or towns are players, everywhere
  {
    text: 'Orrin and Tarbet scored. Vale, Orrin (Moss 67), Tarbet, Ruddock, Lind (Brevik 80).',
    given: [
      ['Orrin', 'ORG'],
      ['Tarbet', 'LOC'],
      ['Vale', 'PERSON'],
      ['Orrin', 'ORG'],
      ['Moss', 'PERSON'],
      ['Tarbet', 'LOC'],
      ['Ruddock', 'PERSON'],
      ['Lind', 'PERSON'],
      ['Brevik', 'ORG'],
    ],
    expected: [
      'Orrin/PERSON',
      'Tarbet/PERSON',
      'Vale/PERSON',
      'Orrin/PERSON',
      'Moss/PERSON',
      'Tarbet/PERSON',
      'Ruddock/PERSON',
      'Lind/PERSON',
      'Brevik/PERSON',
    ],
  },
  // a list of clubs the lexicon knows keeps them; without brackets, half people is no list of people
  {
    text: 'Vale, Orrin, Chelsea and Arsenal.',
    given: [
      ['Vale', 'PERSON'],
      ['Orrin', 'PERSON'],
      ['Chelsea', 'ORG'],
      ['Arsenal', 'ORG'],
    ],
    expected: ['Vale/PERSON', 'Orrin/PERSON', 'Chelsea/ORG', 'Arsenal/ORG'],
  },
  {
    text: 'Vale, Orrin, Brevik, Tarbet and Moss.',
    given: [
      ['Vale', 'PERSON'],
      ['Orrin', 'PERSON'],
      ['Brevik', 'ORG'],
      ['Tarbet', 'ORG'],
      ['Moss', 'PERSON'],
    ],
    expected: ['Vale/PERSON', 'Orrin/PERSON', 'Brevik/ORG', 'Tarbet/ORG', 'Moss/PERSON'],
  },
  {
    text: 'Tours stop in Tolvik, Marlow, Brenton and Ashby.',
    given: [
      ['Tolvik', 'LOC'],
      ['Marlow', 'PERSON'],
      ['Brenton', 'LOC'],
      ['Ashby', 'LOC'],
    ],
    expected: ['Tolvik/LOC', 'Marlow/PERSON', 'Brenton/LOC', 'Ashby/LOC'],
  },
]);

table('typeWorkLists', typeWorkLists, [
  {
    text: 'Critics liked films such as Owls for Otters, Dusk, the forthcoming In the Shade of Marrow, and Tallow.',
    given: [
      ['Owls', 'ORG'],
      ['Otters', 'ORG'],
      ['Shade', 'LOC'],
      ['Marrow', 'LOC'],
      ['Tallow', 'PERSON'],
    ],
    expected: ['Owls for Otters/MISC/WORK', 'In the Shade of Marrow/MISC/WORK', 'Tallow/MISC/WORK'],
  },
  // not a work noun
  {
    text: 'She met ministers such as Arlo Venn and Bea Tross.',
    given: [
      ['Arlo Venn', 'PERSON'],
      ['Bea Tross', 'PERSON'],
    ],
    expected: ['Arlo Venn/PERSON', 'Bea Tross/PERSON'],
  },
]);

table('dropSentenceInitialAdjectives', dropSentenceInitialAdjectives, [
  {
    text: 'The cast shone. Podgy critics aside, the film works.',
    given: [['Podgy', 'LOC']],
    expected: [],
  },
  // a relational adjective ("pertaining to") may be a proper one: kept
  {
    text: 'RESULTS. Olympic champion Dara Venn won.',
    given: [
      ['Olympic', 'MISC'],
      ['Dara Venn', 'PERSON'],
    ],
    expected: ['Olympic/MISC', 'Dara Venn/PERSON'],
  },
  // a name that is also an adjective but is a name elsewhere in the text stays
  {
    text: 'Frank spoke first. Later, Frank left.',
    given: [
      ['Frank', 'PERSON'],
      ['Frank', 'PERSON'],
    ],
    expected: ['Frank/PERSON', 'Frank/PERSON'],
  },
  // an adverb and nothing else opening a sentence: dropped; a noun or verb too ("Still", "Well"): kept
  {
    text: 'The vote passed. Likewise, Tolvik Port Authority agreed. Still, Orla Brann left.',
    given: [
      ['Likewise', 'ORG'],
      ['Tolvik Port Authority', 'ORG'],
      ['Still', 'ORG'],
      ['Orla Brann', 'PERSON'],
    ],
    expected: ['Tolvik Port Authority/ORG', 'Still/ORG', 'Orla Brann/PERSON'],
  },
]);

table('typeWebDomainNames', typeWebDomainNames, [
  {
    text: 'The decision by Harlow Brand.com came late. Harlow Brand said nothing.',
    given: [
      ['Harlow Brand', 'PERSON'],
      ['Harlow Brand', 'PERSON'],
    ],
    expected: ['Harlow Brand/ORG', 'Harlow Brand/ORG'],
  },
  // the name with its domain anywhere in the text, after the bare name too
  {
    text: 'Harlow Brand said nothing. Later, Harlow Brand.co.uk wrote to customers.',
    given: [['Harlow Brand', 'PERSON']],
    expected: ['Harlow Brand/ORG'],
  },
  // must not change: a longer name holds the domain, or the ending runs on ("Brand.commission")
  {
    text: 'Harlow Brand left. The site Harlow Brandt.com and Harlow Brand.commission were sold.',
    given: [['Harlow Brand', 'PERSON']],
    expected: ['Harlow Brand/PERSON'],
  },
]);

describe('webDomainStarts', () => {
  it('finds each domain ending once, where its full stop stands', () =>
    assert.deepEqual(webDomainStarts('Go to a.com, b.co.uk or c.org.uk; not d.commerce.'), [7, 14, 25]));
  it('finds none in a text without one', () => assert.deepEqual(webDomainStarts('No site. Net gain.'), []));
});

table('typeBySensesAndGivenNames', typeBySensesAndGivenNames, [
  {
    text: 'Two trips to the West Coast tired the team.',
    given: [['West Coast', 'ORG']],
    expected: ['West Coast/LOC'],
  },
  // a city typed ORG without the article is a team
  {
    text: 'New York won for the fifth time.',
    given: [['New York', 'ORG']],
    expected: ['New York/ORG'],
  },
  {
    text: 'It was a job with the Bruins, sources said.',
    given: [['Bruins', 'MISC']],
    expected: ['Bruins/ORG'],
  },
  {
    text: 'Voters backed the Democrats.',
    given: [['Democrats', 'MISC']],
    expected: ['Democrats/MISC'],
  },
  {
    text: 'He joined the Nation of Islam group.',
    given: [['Islam', 'MISC']],
    expected: ['Islam/MISC'],
  },
  {
    text: '"Mike and I thank him," the chairman said.',
    given: [['Mike', 'MISC']],
    expected: ['Mike/PERSON'],
  },
]);

table('splitCoordinatedOrganisations', splitCoordinatedOrganisations, [
  {
    text: 'The Sunday Globe and The Herald agreed. Both the Globe and Herald said so.',
    given: [
      ['The Sunday Globe', 'ORG'],
      ['The Herald', 'ORG'],
      ['Globe and Herald', 'ORG'],
    ],
    expected: ['The Sunday Globe/ORG', 'The Herald/ORG', 'Globe/ORG', 'Herald/ORG'],
  },
  // one name of its own ("Marks and Lind" alone)
  {
    text: 'She shops at Marks and Lind.',
    given: [['Marks and Lind', 'ORG']],
    expected: ['Marks and Lind/ORG'],
  },
]);

table('typeAgencyDatelinePlaces', typeAgencyDatelinePlaces, [
  {
    text: 'Kesrana (PTI): The institute paid tribute.',
    given: [
      ['Kesrana', 'ORG'],
      ['PTI', 'ORG'],
    ],
    expected: ['Kesrana/LOC', 'PTI/ORG'],
  },
  // an agency of several words after a known city and its state
  {
    text: 'Denver, CO (Kestrel Wire) - The home side won again.',
    given: [
      ['Denver', 'ORG'],
      ['CO', 'LOC'],
    ],
    expected: ['Denver/LOC', 'CO/LOC'],
  },
  // not at the start of a paragraph
  {
    text: 'He joined Kesrana (PTI): no.',
    given: [['Kesrana', 'ORG']],
    expected: ['Kesrana/ORG'],
  },
]);

table('joinNameSuffixes', joinNameSuffixes, [
  {
    text: 'He began at Harbury F.C. in 1990.',
    given: [
      ['Harbury', 'ORG'],
      ['F.C.', 'LOC'],
    ],
    expected: ['Harbury F.C./ORG'],
  },
]);

table('joinSurnamesUsedAlone', joinSurnamesUsedAlone, [
  {
    text: 'They met UCLA Chancellor Ada Stone today. Both have met with Stone.',
    given: [
      ['UCLA', 'ORG'],
      ['Ada', 'PERSON'],
    ],
    expected: ['UCLA/ORG', 'Ada Stone/PERSON'],
  },
  // the word never stands alone as a name: no join
  {
    text: 'They met Ada Stone walls today.',
    given: [['Ada', 'PERSON']],
    expected: ['Ada/PERSON'],
  },
]);

table('trimLeadingPersonNouns', trimLeadingPersonNouns, [
  {
    text: 'They honoured Sherpa Tenzin Lamu. Sherpa Lamu smiled at the Sherpa people.',
    given: [
      ['Sherpa Tenzin Lamu', 'PERSON'],
      ['Sherpa Lamu', 'PERSON'],
      ['Sherpa', 'PERSON'],
    ],
    expected: ['Tenzin Lamu/PERSON', 'Lamu/PERSON', 'Sherpa/MISC'],
  },
  {
    text: 'Tessa Lind, 24, faces the vote. Londoner Tessa was put up for eviction.',
    given: [
      ['Tessa Lind', 'PERSON'],
      ['Londoner Tessa', 'PERSON'],
    ],
    expected: ['Tessa Lind/PERSON', 'Tessa/PERSON'],
  },
  {
    text: 'General Tessa Lind met the Inspector General.',
    given: [
      ['General Tessa Lind', 'PERSON'],
      ['Inspector General', 'PERSON'],
    ],
    expected: ['General Tessa Lind/PERSON', 'Inspector General/PERSON'],
  },
  // two words with no person of that given name in the text: left alone
  {
    text: 'Londoner Mara was put up for eviction.',
    given: [['Londoner Mara', 'PERSON']],
    expected: ['Londoner Mara/PERSON'],
  },
  // no given name after the first word: left alone
  {
    text: '8. Inger Miller 11.37',
    given: [['Inger Miller', 'PERSON']],
    expected: ['Inger Miller/PERSON'],
  },
]);

table('joinPlaceHeads', joinPlaceHeads, [
  {
    text: 'The board turns over at Harlow Park every week.',
    given: [['Park', 'MISC']],
    expected: ['Harlow Park/LOC'],
  },
  {
    text: 'He took charge at St Agnes’ Park in May.',
    given: [
      ['St Agnes', 'LOC'],
      ['Park', 'LOC'],
    ],
    expected: ['St Agnes’ Park/LOC'],
  },
  // a place's own name is no head: "The August Chicago index"
  {
    text: 'The August Chicago index rose.',
    given: [['Chicago', 'LOC']],
    expected: ['Chicago/LOC'],
  },
]);

describe('typeBySensesAndGivenNames: works', () => {
  it('keeps a work titled with a given name a work', () => {
    const text = 'She had a small role in Elizabeth last year.';
    const start = text.indexOf('Elizabeth');
    const given: NameMention[] = [{ start, end: start + 9, type: 'MISC', subtype: WORK_SUBTYPE }];
    assert.deepEqual(typeBySensesAndGivenNames(text, given), given);
  });
  it('still makes a lone MISC given name a person', () => {
    const text = 'Elizabeth and I went home.';
    assert.equal(typeBySensesAndGivenNames(text, [{ start: 0, end: 9, type: 'MISC' }])[0]?.type, 'PERSON');
  });
});

table('trimPositionAbbreviations (issue 10, entities41)', trimPositionAbbreviations, [
  // a position's abbreviation before a player's name is cut off; a club's initials before a place stay
  {
    text: 'RW Aaron Vane scored twice as RB Harwick won.',
    given: [
      ['RW Aaron Vane', 'ORG'],
      ['RB Harwick', 'ORG'],
    ],
    expected: ['Aaron Vane/PERSON', 'RB Harwick/ORG'],
  },
]);

table('splitMemberWordsBeforePeople (issue 10, entities41)', splitMemberWordsBeforePeople, [
  // the singular of a side named in the plural, fused before a player's name: cut in two
  {
    text: 'The Grey Herons won 30-12. Grey Heron Aaron Vane kicked 10 points.',
    given: [
      ['Grey Herons', 'ORG'],
      ['Grey Heron Aaron Vane', 'ORG'],
    ],
    expected: ['Grey Herons/ORG', 'Grey Heron/ORG', 'Aaron Vane/PERSON'],
  },
  // no given name after the singular, or no plural in the text: the name stays whole
  {
    text: 'The Grey Herons won 30-12. Grey Heron Park Stadium was full and Blue Kite Aaron Vane scored.',
    given: [
      ['Grey Herons', 'ORG'],
      ['Grey Heron Park Stadium', 'ORG'],
      ['Blue Kite Aaron Vane', 'PERSON'],
    ],
    expected: ['Grey Herons/ORG', 'Grey Heron Park Stadium/ORG', 'Blue Kite Aaron Vane/PERSON'],
  },
]);

table('typeSingularsOfPluralGroups (issue 10, speakers24)', typeSingularsOfPluralGroups, [
  // a name the text also puts in the plural is a group's member, not a person
  {
    text: 'The Fen Dems say no. Fen Dem leader Ann Hale agreed.',
    given: [
      ['Fen Dems', 'ORG'],
      ['Fen Dem', 'PERSON'],
      ['Ann Hale', 'PERSON'],
    ],
    expected: ['Fen Dems/ORG', 'Fen Dem/ORG', 'Ann Hale/PERSON'],
  },
  {
    text: 'The Whigs say no. A Whig agreed.',
    given: [
      ['Whigs', 'ORG'],
      ['Whig', 'PERSON'],
    ],
    expected: ['Whigs/ORG', 'Whig/ORG'],
  },
  // must not change: a person whose first word is a given name ("the Jacksons" the band)
  {
    text: 'The Jacksons played. Tom Jackson and Jackson spoke.',
    given: [
      ['Jacksons', 'ORG'],
      ['Tom Jackson', 'PERSON'],
      ['Jackson', 'PERSON'],
    ],
    expected: ['Jacksons/ORG', 'Tom Jackson/PERSON', 'Jackson/PERSON'],
  },
  // must not change: no plural in the text
  { text: 'Fen Dem spoke first.', given: [['Fen Dem', 'PERSON']], expected: ['Fen Dem/PERSON'] },
]);
