import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../segment/segment.js';
import {
  joinArabicParticles,
  joinLinkedOrganisationNames,
  joinNationalOrganisations,
  joinOrganisationsCutAtAnd,
  typeShips,
} from './linked-names.js';
import { typePeopleBySignals } from './person-signals.js';
import {
  isGameNoun,
  isSportsText,
  typeCityTeamsInResults,
  typeCityTeamsInSportsReports,
  typeShortTeamNames,
} from './sports-teams.js';
import { typeOrganisationHeads } from './organisation-heads.js';
import type { NameMention } from './name-mention.js';
import { table } from './test-table.js';

/** Every sentence below is invented for these tests. */

table('joinLinkedOrganisationNames', joinLinkedOrganisationNames, [
  // a date after "on" is no part of the name
  {
    text: 'He will appear at the Crown Court on 20 March.',
    given: [['Crown Court', 'LOC']],
    expected: ['Crown Court/LOC'],
  },
  // a WordNet noun.group head ("Guild") read as a person takes the run and the words before it
  {
    text: 'Several members of the Glassblowers Guild of Marrovia walked out.',
    given: [
      ['Guild', 'PERSON'],
      ['Marrovia', 'LOC'],
    ],
    expected: ['Glassblowers Guild of Marrovia/ORG'],
  },
  // "for the" and a run of capitalised words
  {
    text: 'The Academy for the Study of Tidal Mills opened a library.',
    given: [
      ['Academy', 'ORG'],
      ['Study of Tidal Mills', 'ORG'],
    ],
    expected: ['Academy for the Study of Tidal Mills/ORG'],
  },
  // an institution WordNet files as a building
  {
    text: 'She lent the vase to the Museum of Coastal Pottery last year.',
    given: [
      ['Museum', 'ORG'],
      ['Coastal Pottery', 'ORG'],
    ],
    expected: ['Museum of Coastal Pottery/ORG'],
  },
  // a person's name of several words stays a person
  {
    text: 'Ada Guild of Marrovia wrote the letter.',
    given: [
      ['Ada Guild', 'PERSON'],
      ['Marrovia', 'LOC'],
    ],
    expected: ['Ada Guild/PERSON', 'Marrovia/LOC'],
  },
  {
    text: 'The chair of the Senate Committee on Harbours and Inland Waterways, Ada Kerr, spoke.',
    given: [
      ['Senate Committee', 'ORG'],
      ['Inland Waterways', 'ORG'],
      ['Ada Kerr', 'PERSON'],
    ],
    expected: ['Senate Committee on Harbours and Inland Waterways/ORG', 'Ada Kerr/PERSON'],
  },
  {
    text: 'The Northern Coalition for Rural Broadband Access said the plan was late.',
    given: [
      ['Northern Coalition', 'ORG'],
      ['Rural Broadband Access', 'MISC'],
    ],
    expected: ['Northern Coalition for Rural Broadband Access/ORG'],
  },
  // a place right after the link word belongs to the name
  {
    text: 'The Ministry of Fisheries of Veltria denied it.',
    given: [
      ['Ministry', 'ORG'],
      ['Fisheries', 'ORG'],
      ['Veltria', 'LOC'],
    ],
    expected: ['Ministry of Fisheries of Veltria/ORG'],
  },
  // after "and", a place or an acronym is a name of its own: the run stops before "and"
  {
    text: 'The Council of Elders and Veltria signed it.',
    given: [
      ['Council', 'ORG'],
      ['Elders', 'MISC'],
      ['Veltria', 'LOC'],
    ],
    expected: ['Council of Elders/ORG', 'Veltria/LOC'],
  },
  {
    text: 'The Agency for Road Safety and NRSB disagreed.',
    given: [
      ['Agency', 'ORG'],
      ['NRSB', 'ORG'],
    ],
    expected: ['Agency for Road Safety/ORG', 'NRSB/ORG'],
  },
  // "and the …" begins another name; a weekday ends the run; a person is never taken in
  {
    text: 'The Commission of Inquiry and the Port Authority met.',
    given: [
      ['Commission', 'ORG'],
      ['Port Authority', 'ORG'],
    ],
    expected: ['Commission of Inquiry/ORG', 'Port Authority/ORG'],
  },
  {
    text: 'The Ministry on Monday said nothing.',
    given: [['Ministry', 'ORG']],
    expected: ['Ministry/ORG'],
  },
  {
    text: 'The League for Tomas Verhoek raised money.',
    given: [
      ['League', 'ORG'],
      ['Tomas Verhoek', 'PERSON'],
    ],
    expected: ['League/ORG', 'Tomas Verhoek/PERSON'],
  },
  // a head word that is no organisation's, or no link word: unchanged
  {
    text: 'Lake Dorn of Veltria froze.',
    given: [
      ['Lake Dorn', 'LOC'],
      ['Veltria', 'LOC'],
    ],
    expected: ['Lake Dorn/LOC', 'Veltria/LOC'],
  },
]);

table('joinArabicParticles', joinArabicParticles, [
  {
    text: 'The cell was run by Abu Karim al-Tamimi until 2009.',
    given: [
      ['Abu Karim', 'PERSON'],
      ['Tamimi', 'ORG'],
    ],
    expected: ['Abu Karim al-Tamimi/PERSON'],
  },
  {
    text: 'Said el-Masrawi’s lawyer, Hana Odeh, spoke.',
    given: [
      ['Said', 'PERSON'],
      ['Hana Odeh', 'PERSON'],
    ],
    expected: ['Said el-Masrawi/PERSON', 'Hana Odeh/PERSON'],
  },
  // no particle, or a place before it: unchanged
  {
    text: 'Rami Haddad al-though tired, ran on.',
    given: [['Rami Haddad', 'PERSON']],
    expected: ['Rami Haddad/PERSON'],
  },
  {
    text: 'They drove from Veltria al-Sharq road.',
    given: [['Veltria', 'LOC']],
    expected: ['Veltria/LOC'],
  },
]);

table('typeShips', typeShips, [
  {
    text: 'The USS Harlan Pike docked as the HMS Tern left.',
    given: [
      ['USS Harlan Pike', 'ORG'],
      ['HMS Tern', 'LOC'],
    ],
    expected: ['USS Harlan Pike/MISC/PRODUCT', 'HMS Tern/MISC/PRODUCT'],
  },
  {
    text: 'USS officials and Dora Lind met.',
    given: [
      ['USS', 'ORG'],
      ['Dora Lind', 'PERSON'],
    ],
    expected: ['USS/ORG', 'Dora Lind/PERSON'],
  },
]);

table('joinNationalOrganisations', joinNationalOrganisations, [
  {
    text: 'A spokeswoman for the Danish Fisheries Board declined to comment.',
    given: [
      ['Danish', 'MISC'],
      ['Fisheries Board', 'ORG'],
    ],
    expected: ['Danish Fisheries Board/ORG'],
  },
  // the common words up to the link word
  {
    text: 'The Danish Board of Harbour Pilots met in May.',
    given: [
      ['Danish', 'MISC'],
      ['Board of Harbour Pilots', 'ORG'],
    ],
    expected: ['Danish Board of Harbour Pilots/ORG'],
  },
  // a proper name after the nationality stays apart ("Danish" + "Norvik Shipping")
  {
    text: 'The Danish Norvik Group bought the yard.',
    given: [
      ['Danish', 'MISC'],
      ['Norvik Group', 'ORG'],
    ],
    expected: ['Danish/MISC', 'Norvik Group/ORG'],
  },
]);

table('joinOrganisationsCutAtAnd', joinOrganisationsCutAtAnd, [
  {
    text: 'The Union of Ferry Pilots and Harbour Clerks called a strike.',
    given: [
      ['Union of Ferry Pilots', 'ORG'],
      ['Harbour Clerks', 'ORG'],
    ],
    expected: ['Union of Ferry Pilots and Harbour Clerks/ORG'],
  },
  // a second organisation, not a plural of common words
  {
    text: 'The Ministry of Ports and Norvik Shipping signed the deal.',
    given: [
      ['Ministry of Ports', 'ORG'],
      ['Norvik Shipping', 'ORG'],
    ],
    expected: ['Ministry of Ports/ORG', 'Norvik Shipping/ORG'],
  },
]);

table('typeCityTeamsInResults', (text, names) => typeCityTeamsInResults(text, segment(text), names), [
  // a known city the recogniser took for a person is a side too (else it joins the dateline's city)
  {
    text: 'Ann Hale scored 30 points as Denver beat Utah 102-99. The Denver Nuggets have won five.',
    given: [
      ['Ann Hale', 'PERSON'],
      ['Denver', 'PERSON'],
      ['Utah', 'LOC'],
      ['Denver Nuggets', 'ORG'],
    ],
    expected: ['Ann Hale/PERSON', 'Denver/ORG', 'Utah/ORG', 'Denver Nuggets/ORG'],
  },
  // no team named after the city, or a headline's capitals: the person stays
  {
    text: 'Austin beat Ann Hale 6-3 6-4 in the final.',
    given: [
      ['Austin', 'PERSON'],
      ['Ann Hale', 'PERSON'],
    ],
    expected: ['Austin/PERSON', 'Ann Hale/PERSON'],
  },
  {
    text: 'DENVER BEATS HALE 6-3 6-4 IN FINAL. The Denver Nuggets lost.',
    given: [
      ['DENVER', 'PERSON'],
      ['HALE', 'PERSON'],
      ['Denver Nuggets', 'ORG'],
    ],
    expected: ['DENVER/PERSON', 'HALE/PERSON', 'Denver Nuggets/ORG'],
  },
  {
    text: 'Hale scored 30 points as Denver beat Utah 102-99 on Sunday.',
    given: [
      ['Hale', 'PERSON'],
      ['Denver', 'LOC'],
      ['Utah', 'LOC'],
    ],
    expected: ['Hale/PERSON', 'Denver/ORG', 'Utah/ORG'],
  },
  // no score, but a noun for a game in the sentence: a state named as a side is a (university) team
  {
    text: 'Oregon lost the game to Utah on a late field goal.',
    given: [
      ['Oregon', 'LOC'],
      ['Utah', 'LOC'],
    ],
    expected: ['Oregon/ORG', 'Utah/ORG'],
  },
  {
    text: 'Nevada won the final in front of a full stadium.',
    given: [['Nevada', 'LOC']],
    expected: ['Nevada/ORG'],
  },
  // no score and no game: the state itself
  {
    text: 'Nevada lost 2,000 jobs last year.',
    given: [['Nevada', 'LOC']],
    expected: ['Nevada/LOC'],
  },
  {
    text: 'Ohio won the election by a narrow margin and Oregon lost the court case.',
    given: [
      ['Ohio', 'LOC'],
      ['Oregon', 'LOC'],
    ],
    expected: ['Ohio/LOC', 'Oregon/LOC'],
  },
  {
    text: 'Boston beat Denver 4-2 on Sunday night.',
    given: [
      ['Boston', 'LOC'],
      ['Denver', 'LOC'],
    ],
    expected: ['Boston/ORG', 'Denver/ORG'],
  },
  {
    text: 'Seattle lost to Chicago 101-95 in overtime.',
    given: [
      ['Seattle', 'LOC'],
      ['Chicago', 'LOC'],
    ],
    expected: ['Seattle/ORG', 'Chicago/ORG'],
  },
  // a gerund clause, and a score followed by a comma
  {
    text: 'The Hornets closed the trip strongly, defeating Tulsa, 81-77, on Friday.',
    given: [
      ['Hornets', 'ORG'],
      ['Tulsa', 'LOC'],
    ],
    expected: ['Hornets/ORG', 'Tulsa/ORG'],
  },
  // a gerund the tagger read as a noun
  {
    text: 'Mara Lind led the Hawks to two wins last week, beating Tulsa, 70-61.',
    given: [
      ['Mara Lind', 'PERSON'],
      ['Hawks', 'ORG'],
      ['Tulsa', 'LOC'],
    ],
    expected: ['Mara Lind/PERSON', 'Hawks/ORG', 'Tulsa/ORG'],
  },
  // a side the parse reads as a modifier ("as Denver beat …"): the verb right after the name
  {
    text: 'Mara Lind had nine steals as Denver beat Omaha 70-58 on Friday.',
    given: [
      ['Mara Lind', 'PERSON'],
      ['Denver', 'LOC'],
      ['Omaha', 'LOC'],
    ],
    expected: ['Mara Lind/PERSON', 'Denver/ORG', 'Omaha/ORG'],
  },
  // no score: a war, not a game
  {
    text: 'Boston defeated Denver in the long dispute.',
    given: [
      ['Boston', 'LOC'],
      ['Denver', 'LOC'],
    ],
    expected: ['Boston/LOC', 'Denver/LOC'],
  },
  // the venue keeps its type; a country keeps its type (national sides stay as CoNLL marks them)
  {
    text: 'Boston beat them 3-1 in Denver.',
    given: [
      ['Boston', 'LOC'],
      ['Denver', 'LOC'],
    ],
    expected: ['Boston/ORG', 'Denver/LOC'],
  },
  {
    text: 'France beat Denmark 2-0 in the final.',
    given: [
      ['France', 'LOC'],
      ['Denmark', 'LOC'],
    ],
    expected: ['France/LOC', 'Denmark/LOC'],
  },
  // not a competition verb
  {
    text: 'Fans in Boston watched the 4-2 game.',
    given: [['Boston', 'LOC']],
    expected: ['Boston/LOC'],
  },
]);

table(
  'typeCityTeamsInSportsReports',
  (text, names) => typeCityTeamsInSportsReports(text, segment(text), names),
  [
    // the city of a team named in full is the team, except after a locative
    {
      text: 'The Tulsa Otters won 5-3. Ada Lind made 30 saves for Tulsa, which plays again in Tulsa on Monday.',
      given: [
        ['Tulsa Otters', 'ORG'],
        ['Ada Lind', 'PERSON'],
        ['Tulsa', 'LOC'],
        ['Tulsa', 'LOC'],
      ],
      expected: ['Tulsa Otters/ORG', 'Ada Lind/PERSON', 'Tulsa/ORG', 'Tulsa/LOC'],
    },
    // the dateline keeps its type: a place follows after a comma
    {
      text: 'Tulsa, Okla. - The Tulsa Otters edged the visitors 2-1.',
      given: [
        ['Tulsa', 'LOC'],
        ['Okla.', 'LOC'],
        ['Tulsa Otters', 'ORG'],
      ],
      expected: ['Tulsa/LOC', 'Okla./LOC', 'Tulsa Otters/ORG'],
    },
    // the city and a capitalised plural no name covered: the team's full name
    {
      text: 'The Otters won 4-1 over the Fresno Owls on Tuesday.',
      given: [
        ['Otters', 'ORG'],
        ['Fresno', 'LOC'],
      ],
      expected: ['Otters/ORG', 'Fresno Owls/ORG'],
    },
    // a city's player, a result noun, a city beside a city team
    {
      text: 'The Tulsa Otters won 3-2, and Denver guard Mara Lind missed the loss to Omaha against Dallas and Reno.',
      given: [
        ['Tulsa Otters', 'ORG'],
        ['Denver', 'LOC'],
        ['Mara Lind', 'PERSON'],
        ['Omaha', 'LOC'],
        ['Dallas', 'ORG'],
        ['Reno', 'LOC'],
      ],
      expected: ['Tulsa Otters/ORG', 'Denver/ORG', 'Mara Lind/PERSON', 'Omaha/ORG', 'Dallas/ORG', 'Reno/ORG'],
    },
    // "rout of": the routed side
    {
      text: 'The Tulsa Otters won 7-2, their second rout of Omaha this month.',
      given: [
        ['Tulsa Otters', 'ORG'],
        ['Omaha', 'LOC'],
      ],
      expected: ['Tulsa Otters/ORG', 'Omaha/ORG'],
    },
    // a side of a contest verb without a score in its sentence
    {
      text: 'The Tulsa Otters lost 90-88. Later Denver beat Omaha in overtime.',
      given: [
        ['Tulsa Otters', 'ORG'],
        ['Denver', 'LOC'],
        ['Omaha', 'LOC'],
      ],
      expected: ['Tulsa Otters/ORG', 'Denver/ORG', 'Omaha/ORG'],
    },
    // no score in the article: not a sports report
    {
      text: 'The Tulsa Otters sold tickets for Tulsa, and Denver beat Omaha in the bidding.',
      given: [
        ['Tulsa Otters', 'ORG'],
        ['Tulsa', 'LOC'],
        ['Denver', 'LOC'],
        ['Omaha', 'LOC'],
      ],
      expected: ['Tulsa Otters/ORG', 'Tulsa/LOC', 'Denver/LOC', 'Omaha/LOC'],
    },
  ],
);

table('typePeopleBySignals', (text, names) => typePeopleBySignals(text, segment(text), names), [
  // an honorific before the name beats the place list
  {
    text: 'Mr. Jordan said the ferry would sail to Georgia.',
    given: [
      ['Jordan', 'LOC'],
      ['Georgia', 'LOC'],
    ],
    expected: ['Jordan/PERSON', 'Georgia/LOC'],
  },
  // a first name and the subject of a speech verb
  {
    text: 'Paris Dorland said the tour was over.',
    given: [['Paris Dorland', 'ORG']],
    expected: ['Paris Dorland/PERSON'],
  },
  // a first name and an agreeing pronoun in the sentence
  {
    text: 'Tiger Brennan won on Sunday and his caddie wept.',
    given: [['Tiger Brennan', 'LOC']],
    expected: ['Tiger Brennan/PERSON'],
  },
  // the last word after an honorific elsewhere in the text
  {
    text: 'Sydney Harlow was third. Mr Harlow said little.',
    given: [
      ['Sydney Harlow', 'LOC'],
      ['Harlow', 'PERSON'],
    ],
    expected: ['Sydney Harlow/PERSON', 'Harlow/PERSON'],
  },
  // a pronoun of the other gender, another person first, an organisation's head, or no signal: unchanged
  {
    text: 'Paris Dorland opened and he sang for the guests.',
    given: [['Paris Dorland', 'ORG']],
    expected: ['Paris Dorland/ORG'],
  },
  {
    text: 'Victoria Harbour hosted Tom Lind and his crew.',
    given: [
      ['Victoria Harbour', 'LOC'],
      ['Tom Lind', 'PERSON'],
    ],
    expected: ['Victoria Harbour/LOC', 'Tom Lind/PERSON'],
  },
  {
    text: 'Jordan Dairy Association said prices would rise.',
    given: [['Jordan Dairy Association', 'ORG']],
    expected: ['Jordan Dairy Association/ORG'],
  },
  {
    text: 'Flights from Austin Bergstrom resumed.',
    given: [['Austin Bergstrom', 'LOC']],
    expected: ['Austin Bergstrom/LOC'],
  },
]);

table('typePeopleBySignals: titles', (text, names) => typePeopleBySignals(text, segment(text), names), [
  // a title left as an ORG before a person is the person's
  {
    text: 'Senator Maren Lind spoke, and the Senator left.',
    given: [
      ['Senator', 'ORG'],
      ['Maren Lind', 'PERSON'],
      ['Senator', 'ORG'],
    ],
    expected: ['Maren Lind/PERSON'],
  },
  // a title, then a first name, typed ORG
  {
    text: 'Senator Maren Lind spoke.',
    given: [['Senator Maren Lind', 'ORG']],
    expected: ['Senator Maren Lind/PERSON'],
  },
  // not a title: unchanged
  {
    text: 'The Senate Ethics Committee met.',
    given: [['Senate Ethics Committee', 'ORG']],
    expected: ['Senate Ethics Committee/ORG'],
  },
]);

table('typeShortTeamNames', typeShortTeamNames, [
  {
    text: 'The Boston Gales won again, and the Gales now lead.',
    given: [
      ['Boston Gales', 'ORG'],
      ['Gales', 'MISC'],
    ],
    expected: ['Boston Gales/ORG', 'Gales/ORG'],
  },
  // not led by a place, or the short form a person: unchanged
  {
    text: 'The Harlow Gales won, and Gales was pleased.',
    given: [
      ['Harlow Gales', 'ORG'],
      ['Gales', 'PERSON'],
    ],
    expected: ['Harlow Gales/ORG', 'Gales/PERSON'],
  },
  // a repeat of a plural short form the recogniser left untagged is the club too
  {
    text: 'The Boston Gales won. The Gales play again on Monday, and Gales fans cheered.',
    given: [['Boston Gales', 'ORG']],
    expected: ['Boston Gales/ORG', 'Gales/ORG', 'Gales/ORG'],
  },
  // not where the word is a person's name
  {
    text: 'The Boston Gales won. Tom Gales said the Gales were lucky.',
    given: [
      ['Boston Gales', 'ORG'],
      ['Tom Gales', 'PERSON'],
    ],
    expected: ['Boston Gales/ORG', 'Tom Gales/PERSON'],
  },
  // a word in -s that is no plural ("Economics") is left to the recogniser
  {
    text: 'The Boston Economics report came out. Economics is hard.',
    given: [['Boston Economics', 'ORG']],
    expected: ['Boston Economics/ORG'],
  },
  // a short form typed a place is the club too
  {
    text: 'The Boston Gales won, and he will stay at Gales.',
    given: [
      ['Boston Gales', 'ORG'],
      ['Gales', 'LOC'],
    ],
    expected: ['Boston Gales/ORG', 'Gales/ORG'],
  },
]);

// a nationality that ends a club's name is the club where the parse makes it no noun's modifier
describe('typeShortTeamNames with a parse', () => {
  const step = (text: string, names: readonly NameMention[]): NameMention[] =>
    typeShortTeamNames(text, names, segment(text));
  const norp = (text: string, surface: string, from = 0): NameMention => {
    const start = text.indexOf(surface, from);
    return { start, end: start + surface.length, type: 'MISC', subtype: 'NORP' };
  };
  it('types "Welsh replied" ORG beside "Cardiff Welsh", and keeps "the Welsh fans"', () => {
    const text =
      'Bristol Rangers beat Cardiff Welsh on Saturday. Welsh replied late, to the dismay of the Welsh fans.';
    const club = text.indexOf('Cardiff Welsh');
    const names: NameMention[] = [
      { start: 0, end: 14, type: 'ORG' },
      { start: club, end: club + 13, type: 'ORG' },
      norp(text, 'Welsh replied'.slice(0, 5), club + 13),
      norp(text, 'Welsh', text.indexOf('Welsh fans')),
    ];
    const types = step(text, names).map(
      (name) => `${name.type}${name.subtype === undefined ? '' : '/' + name.subtype}`,
    );
    assert.deepEqual(types, ['ORG', 'ORG', 'ORG', 'MISC/NORP']);
  });
});

table('typeOrganisationHeads: places', typeOrganisationHeads, [
  {
    text: 'As part of Kestrel Networks coverage, the channel will air it.',
    given: [['Kestrel Networks', 'LOC']],
    expected: ['Kestrel Networks/ORG'],
  },
  // a place the lexicon knows keeps its type
  { text: 'The Soviet Union fell.', given: [['Soviet Union', 'LOC']], expected: ['Soviet Union/LOC'] },
]);

// in a sports text a side needs no score or game noun in its own sentence
table(
  'typeCityTeamsInResults in a sports text',
  (text, names) => {
    const segments = segment(text);
    return typeCityTeamsInResults(text, segments, names, false, isSportsText(segments));
  },
  [
    {
      text: 'The game was tight. Oregon scored twice in the fourth quarter. The home side won the match.',
      given: [['Oregon', 'LOC']],
      expected: ['Oregon/ORG'],
    },
    // "go" is a move first, a competition far down its senses
    {
      text: 'The final was close. The selectors will send three hurdlers to go to Madrid. Ada won the match.',
      given: [['Madrid', 'LOC']],
      expected: ['Madrid/LOC'],
    },
    // a dateline the parse made the subject of "scored" stays the place
    {
      text: 'Denver, CO (Kestrel Wire) - Tom Vane scored twice in the game. The next game is on Monday.',
      given: [
        ['Denver', 'LOC'],
        ['CO', 'LOC'],
        ['Tom Vane', 'PERSON'],
      ],
      expected: ['Denver/LOC', 'CO/LOC', 'Tom Vane/PERSON'],
    },
    // one game noun is no sports text
    {
      text: 'Oregon scored a victory in court. The game of politics goes on.',
      given: [['Oregon', 'LOC']],
      expected: ['Oregon/LOC'],
    },
  ],
);

describe('isGameNoun', () => {
  for (const word of ['game', 'match', 'final', 'tournament', 'touchdown', 'goal'])
    it(`${word} names a game or a score in one`, () => assert.equal(isGameNoun(word), true));
  for (const word of ['election', 'battle', 'case', 'jobs', 'vote'])
    it(`${word} does not`, () => assert.equal(isGameNoun(word), false));
});
