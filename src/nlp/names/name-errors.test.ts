import { segment } from '../segment/segment.js';
import { splitCoordinatedNames } from './coordinated-names.js';
import { dropInterjections } from './drop-interjections.js';
import { joinNameNumbers, typeHolidaysAndContests, typePeopleAfterPersonNouns } from './events-and-roles.js';
import { typeSportsTeams } from './sports-teams.js';
import { typeInstitutionsNamedAfterPeople } from './institutions-named-after-people.js';
import {
  joinGenerationalSuffixes,
  joinMultiwordSurnames,
  joinUntaggedGivenNames,
} from './multiword-surnames.js';
import { addSurnameRepeats } from './surname-repeats.js';
import { table } from './test-table.js';
import { typeOrganisationHeads } from './organisation-heads.js';
import { typePostNominalHonours } from './post-nominal-honours.js';
import { typeQuotedTitles } from './quoted-titles.js';
import { findStageNames } from './stage-names.js';
import { retypeUnknownSingleNames } from './unknown-single-names.js';

/** Every sentence below is invented for these tests. */

table('dropInterjections', (text, names) => dropInterjections(text, segment(text), names), [
  {
    text: 'OK, the ferry will sail, Mara Lind said.',
    given: [
      ['OK', 'LOC'],
      ['Mara Lind', 'PERSON'],
    ],
    expected: ['Mara Lind/PERSON'],
  },
  {
    text: '“Wow,” said Tom Bell.',
    given: [
      ['Wow', 'PERSON'],
      ['Tom Bell', 'PERSON'],
    ],
    expected: ['Tom Bell/PERSON'],
  },
  // a name that is not an interjection stays
  { text: 'The ferry left Oslo on time.', given: [['Oslo', 'LOC']], expected: ['Oslo/LOC'] },
  // a first-person contraction is never a name, nor the first word of one
  { text: 'I’m not worried about the ferry.', given: [['I’m', 'ORG']], expected: [] },
  { text: 'I’ve Got Mail is on tonight.', given: [['I’ve Got Mail', 'ORG']], expected: ['Got Mail/ORG'] },
  {
    text: "I'll be there, said Ida Moss.",
    given: [
      ["I'll", 'MISC'],
      ['Ida Moss', 'PERSON'],
    ],
    expected: ['Ida Moss/PERSON'],
  },
  // a name that only starts with the letters stays
  {
    text: 'Imre Toth and Ilka Varga met.',
    given: [
      ['Imre Toth', 'PERSON'],
      ['Ilka Varga', 'PERSON'],
    ],
    expected: ['Imre Toth/PERSON', 'Ilka Varga/PERSON'],
  },
]);

table(
  'typeInstitutionsNamedAfterPeople',
  (text, names) => typeInstitutionsNamedAfterPeople(text, segment(text), names),
  [
    {
      text: 'She was taken to the Harold Wood Hospital on Monday.',
      given: [['Harold Wood', 'PERSON']],
      expected: ['Harold Wood Hospital/ORG'],
    },
    {
      text: 'The Anna Ruiz Memorial Foundation gave the money.',
      given: [['Anna Ruiz', 'PERSON']],
      expected: ['Anna Ruiz Memorial Foundation/ORG'],
    },
    {
      text: 'The match is at the Piet Lind Stadium tonight.',
      given: [
        ['Piet Lind', 'PERSON'],
        ['Stadium', 'ORG'],
      ],
      expected: ['Piet Lind Stadium/LOC/FAC'],
    },
    {
      text: 'Students at Tomas Okafor University protested.',
      given: [['Tomas Okafor University', 'PERSON']],
      expected: ['Tomas Okafor University/ORG'],
    },
    // the head must follow on the same line, capitalised
    {
      text: 'Harold Wood said the hospital would close.',
      given: [['Harold Wood', 'PERSON']],
      expected: ['Harold Wood/PERSON'],
    },
  ],
);

table('joinGenerationalSuffixes', joinGenerationalSuffixes, [
  // the suffix, and the surname the recogniser read as a title before it
  {
    text: 'Marten Oduya King Jr. spoke in Lagos.',
    given: [
      ['Marten Oduya', 'PERSON'],
      ['Lagos', 'LOC'],
    ],
    expected: ['Marten Oduya King Jr./PERSON', 'Lagos/LOC'],
  },
  {
    text: 'Tomas Harlow Sr. and Henrik Vale III voted.',
    given: [
      ['Tomas Harlow', 'PERSON'],
      ['Henrik Vale', 'PERSON'],
    ],
    expected: ['Tomas Harlow Sr./PERSON', 'Henrik Vale III/PERSON'],
  },
  {
    text: 'Ana Ruiz King Jr. won.',
    given: [
      ['Ana Ruiz', 'PERSON'],
      ['King Jr.', 'MISC'],
    ],
    expected: ['Ana Ruiz King Jr./PERSON'],
  },
  // must not change: not a person, a pronoun "I", a suffix after a comma
  {
    text: 'Harlow Motors II fell. Ana Ruiz I said. Ana Ruiz, Jr. won.',
    given: [
      ['Harlow Motors', 'ORG'],
      ['Ana Ruiz', 'PERSON'],
      ['Ana Ruiz', 'PERSON'],
    ],
    expected: ['Harlow Motors/ORG', 'Ana Ruiz/PERSON', 'Ana Ruiz/PERSON'],
  },
]);

table('joinUntaggedGivenNames', (text, names) => joinUntaggedGivenNames(text, segment(text), names), [
  // a first name that is also a verb, left out by the recogniser
  { text: 'Finance Minister Sue Lorne said no.', given: [['Lorne', 'ORG']], expected: ['Sue Lorne/PERSON'] },
  {
    text: 'Sue Harrow said the plan was fair.',
    given: [['Harrow', 'PERSON']],
    expected: ['Sue Harrow/PERSON'],
  },
  // must not change: a title, a month, an organisation with no title before the first name
  { text: 'Jerry Yang, the Chief Yahoo, smiled.', given: [['Yahoo', 'PERSON']], expected: ['Yahoo/PERSON'] },
  {
    text: 'On 14 October Vexmont released a tool.',
    given: [['Vexmont', 'PERSON']],
    expected: ['Vexmont/PERSON'],
  },
]);

table('joinMultiwordSurnames', (text, names) => joinMultiwordSurnames(text, segment(text), names), [
  {
    text: 'The head of the firm, Pieter van Graan, said no.',
    given: [
      ['Pieter', 'ORG'],
      ['van Graan', 'PERSON'],
    ],
    expected: ['Pieter van Graan/PERSON'],
  },
  {
    text: 'Anna de la Cruz Marquez spoke next.',
    given: [['Anna de la Cruz', 'PERSON']],
    expected: ['Anna de la Cruz Marquez/PERSON'],
  },
  // a weekday, a capitalised verb in a headline or another name is not a surname
  { text: 'Tom Bell Monday said no.', given: [['Tom Bell', 'PERSON']], expected: ['Tom Bell/PERSON'] },
  { text: 'MARA LIND WINS TITLE', given: [['MARA LIND', 'PERSON']], expected: ['MARA LIND/PERSON'] },
  {
    text: 'Coach Tom Bell Portmere fans know well.',
    given: [
      ['Tom Bell', 'PERSON'],
      ['Portmere', 'LOC'],
    ],
    expected: ['Tom Bell/PERSON', 'Portmere/LOC'],
  },
  // after a given name, a capitalised common word is the surname ("Felt", "Cook")
  {
    text: 'Yesterday J. Robert Felt left the bureau.',
    given: [['J. Robert', 'PERSON']],
    expected: ['J. Robert Felt/PERSON'],
  },
  {
    text: 'Officials said Anna Cook had resigned.',
    given: [['Anna', 'PERSON']],
    expected: ['Anna Cook/PERSON'],
  },
  // not after a word that is no given name, nor in a headline in title case
  {
    text: 'Ask Dr. Zorbel Found the cure.',
    given: [['Dr. Zorbel', 'PERSON']],
    expected: ['Dr. Zorbel/PERSON'],
  },
  {
    text: 'Mayor Anna Resigns After Long Budget Dispute',
    given: [['Anna', 'PERSON']],
    expected: ['Anna/PERSON'],
  },
]);

table('addSurnameRepeats', (text, names) => addSurnameRepeats(text, segment(text), names), [
  {
    text: 'J. Robert Felt died on Friday. Felt was 91. His son said Felt had been ill.',
    given: [['J. Robert Felt', 'PERSON']],
    expected: ['J. Robert Felt/PERSON', 'Felt/PERSON', 'Felt/PERSON'],
  },
  // a surname with a capital inside, and one before a generational suffix
  {
    text: 'Omar DeVane spoke first. The mayor thanked DeVane later.',
    given: [['Omar DeVane', 'PERSON']],
    expected: ['Omar DeVane/PERSON', 'DeVane/PERSON'],
  },
  {
    text: 'Carl Hobb Sr. retired. The board praised Hobb on Monday.',
    given: [['Carl Hobb Sr.', 'PERSON']],
    expected: ['Carl Hobb Sr./PERSON', 'Hobb/PERSON'],
  },
  // a given name before a surname particle the recogniser left out: one name
  {
    text: 'Otmar von Greiff, the owner, sold the mill. Von Greiff said he was tired.',
    given: [
      ['Otmar', 'PERSON'],
      ['Von Greiff', 'PERSON'],
    ],
    expected: ['Otmar von Greiff/PERSON', 'Von Greiff/PERSON'],
  },
  {
    text: 'Ilse van der Rijn and Tobias Rijn met. The trainer called van der Rijn twice.',
    given: [
      ['Ilse van der Rijn', 'PERSON'],
      ['Tobias Rijn', 'PERSON'],
    ],
    expected: ['Ilse van der Rijn/PERSON', 'Tobias Rijn/PERSON', 'Rijn/PERSON'],
  },
  // not a sentence-opening verb, a number's label or part of another name
  {
    text: 'Anna Page spoke first. See Page 3 for the list. Page Street was closed.',
    given: [['Anna Page', 'PERSON']],
    expected: ['Anna Page/PERSON'],
  },
]);

table('retypeUnknownSingleNames', (text, names) => retypeUnknownSingleNames(text, segment(text), names), [
  { text: 'Zango was blocked by the site.', given: [['Zango', 'PERSON']], expected: ['Zango/ORG'] },
  {
    text: 'Sophos said it had found the adware.',
    given: [['Sophos', 'PERSON']],
    expected: ['Sophos/ORG'],
  },
  { text: 'The Sharks lost again.', given: [['Sharks', 'PERSON']], expected: ['Sharks/ORG'] },
  // a known surname, a titled name or a word of a full name stays a person
  { text: 'Okafor said no.', given: [['Okafor', 'PERSON']], expected: ['Okafor/PERSON'] },
  { text: 'Mr Zorbiq said no.', given: [['Zorbiq', 'PERSON']], expected: ['Zorbiq/PERSON'] },
  // a lower-case noun for a person before the name: a player, not a club
  {
    text: 'Vellmar striker Zorbiq scored twice.',
    given: [
      ['Vellmar', 'ORG'],
      ['Zorbiq', 'PERSON'],
    ],
    expected: ['Vellmar/ORG', 'Zorbiq/PERSON'],
  },
  // a noun for no person before it does not count
  { text: 'The software Zorbiq was blocked.', given: [['Zorbiq', 'PERSON']], expected: ['Zorbiq/ORG'] },
  // an agent noun a company is called by too
  {
    text: 'The game came from developer Zorbiq last week.',
    given: [['Zorbiq', 'PERSON']],
    expected: ['Zorbiq/ORG'],
  },
  { text: 'He thanked his wife Zorbiq.', given: [['Zorbiq', 'PERSON']], expected: ['Zorbiq/PERSON'] },
  {
    text: 'Ilse Zorbiq arrived. Zorbiq said no.',
    given: [
      ['Ilse Zorbiq', 'PERSON'],
      ['Zorbiq', 'PERSON'],
    ],
    expected: ['Ilse Zorbiq/PERSON', 'Zorbiq/PERSON'],
  },
]);

table('typeQuotedTitles', typeQuotedTitles, [
  {
    text: 'She played Mara Lind on the drama “The Harbour,” which ran for years.',
    given: [
      ['Mara Lind', 'PERSON'],
      ['Harbour', 'LOC'],
    ],
    expected: ['Mara Lind/PERSON', 'Harbour/MISC'],
  },
  {
    text: 'Her debut came in the festival favourite "Lawn Dogs" in 1997.',
    given: [['Lawn Dogs', 'LOC']],
    expected: ['Lawn Dogs/MISC'],
  },
  // a name inside a longer quotation is speech, not a title
  {
    text: '“We will go to Portmere,” she said.',
    given: [['Portmere', 'LOC']],
    expected: ['Portmere/LOC'],
  },
]);

table('typePostNominalHonours', (text, names) => typePostNominalHonours(text, segment(text), names), [
  {
    text: 'The claim is made in a memoir by Ruth Amari QC, a barrister.',
    given: [['Ruth Amari QC', 'ORG']],
    expected: ['Ruth Amari/PERSON'],
  },
  {
    text: 'Local MP Dan Orrell MP OBE opened the fair.',
    given: [['Dan Orrell MP OBE', 'ORG']],
    expected: ['Dan Orrell/PERSON'],
  },
  {
    text: 'A letter from Hana Brisk MEP reached the council.',
    given: [['Hana Brisk', 'ORG']],
    expected: ['Hana Brisk/PERSON'],
  },
  {
    text: 'They hired a QC, Tom Hale, for the appeal.',
    given: [
      ['QC', 'LOC'],
      ['Tom Hale', 'PERSON'],
    ],
    expected: ['Tom Hale/PERSON'],
  },
  // letters that are also names stay: a state's code, a one-word name before "MP"
  {
    text: 'Floods hit MP and Bihar again.',
    given: [
      ['MP', 'LOC'],
      ['Bihar', 'LOC'],
    ],
    expected: ['MP/LOC', 'Bihar/LOC'],
  },
  {
    text: 'Green Left MP Sara Lee said no.',
    given: [
      ['Green Left', 'ORG'],
      ['Sara Lee', 'PERSON'],
    ],
    expected: ['Green Left/ORG', 'Sara Lee/PERSON'],
  },
  {
    text: 'Green Left MP Sara Lee said no.',
    given: [
      ['Green Left MP', 'ORG'],
      ['Sara Lee', 'PERSON'],
    ],
    expected: ['Green Left MP/ORG', 'Sara Lee/PERSON'],
  },
  {
    text: 'The vote was called by a Green Left MP, who asked for it.',
    given: [['Green Left MP', 'ORG']],
    expected: ['Green Left MP/ORG'],
  },
  { text: 'The Lexa Group MPs met.', given: [['Lexa Group', 'ORG']], expected: ['Lexa Group/ORG'] },
]);

table('findStageNames', (text, names) => findStageNames(text, segment(text), names), [
  {
    text: 'The singer 7 Crows said he would tour. Fans of 7 Crows queued all night, and 7 Crows thanked them.',
    given: [],
    expected: ['7 Crows/PERSON', '7 Crows/PERSON', '7 Crows/PERSON'],
  },
  {
    text: 'Yesterday The Falcon said he had left the band. The Falcon’s manager agreed. Fans still love The Falcon.',
    given: [],
    expected: ['The Falcon/PERSON', 'The Falcon/PERSON', 'The Falcon/PERSON'],
  },
  // once only, no sign of a person, or a street: nothing added
  {
    text: 'Mara Lind said 7 Crows was a fine album.',
    given: [['Mara Lind', 'PERSON']],
    expected: ['Mara Lind/PERSON'],
  },
  {
    text: 'He read The Harbour twice. The Harbour sold well, and The Harbour won a prize.',
    given: [],
    expected: [],
  },
  { text: 'She lives at 12 Elm Road. He said 12 Elm Road was empty.', given: [], expected: [] },
  { text: 'On 5 May the vote was held. By 5 May he said it was over.', given: [], expected: [] },
]);

table('typeOrganisationHeads', typeOrganisationHeads, [
  {
    text: 'The Small Ports Association said fees would rise.',
    given: [['Small Ports Association', 'PERSON']],
    expected: ['Small Ports Association/ORG'],
  },
  {
    text: 'A claim by the Harbour Pilots Union was rejected.',
    given: [['Harbour Pilots Union', 'PERSON']],
    expected: ['Harbour Pilots Union/ORG'],
  },
  // a person, a one-word name and a surname that is also a word stay
  {
    text: 'Mara Lind and Tom Court spoke to Union officials.',
    given: [
      ['Mara Lind', 'PERSON'],
      ['Tom Court', 'PERSON'],
      ['Union', 'PERSON'],
    ],
    expected: ['Mara Lind/PERSON', 'Tom Court/PERSON', 'Union/PERSON'],
  },
]);

table('splitCoordinatedNames', splitCoordinatedNames, [
  {
    text: 'Fans of Harbor City and San Antonio cheered.',
    given: [['Harbor City and San Antonio', 'ORG']],
    expected: ['Harbor City/ORG', 'San Antonio/ORG'],
  },
  {
    text: 'Awards went to the Eastport Gulls and Mara Lind of the Westfield Herons.',
    given: [['Eastport Gulls and Mara Lind of the Westfield Herons', 'ORG']],
    expected: ['Eastport Gulls/ORG', 'Mara Lind/PERSON', 'Westfield Herons/ORG'],
  },
  {
    text: 'Eastport Gulls beat Westfield. Eastport Gulls and Westfield meet again.',
    given: [
      ['Eastport Gulls', 'ORG'],
      ['Westfield', 'ORG'],
      ['Eastport Gulls and Westfield', 'ORG'],
    ],
    expected: ['Eastport Gulls/ORG', 'Westfield/ORG', 'Eastport Gulls/ORG', 'Westfield/ORG'],
  },
  // the last two entries of a list
  {
    text: 'He played for Tarvo United, Harbor Central and Eastport.',
    given: [
      ['Tarvo United', 'ORG'],
      ['Harbor Central and Eastport', 'ORG'],
    ],
    expected: ['Tarvo United/ORG', 'Harbor Central/ORG', 'Eastport/ORG'],
  },
  // a name does not run on over "and" into lower-case words
  {
    text: 'He left Harbor City and the former Gulls coach stayed.',
    given: [['Harbor City and the former Gulls', 'ORG']],
    expected: ['Harbor City/ORG'],
  },
  {
    text: 'Backed by Senator Mara Lind and the Rev. Tom Court, he won.',
    given: [['Mara Lind and the Rev. Tom Court', 'PERSON']],
    expected: ['Mara Lind/PERSON', 'Rev. Tom Court/PERSON'],
  },
  // a team of its league
  {
    text: 'He spent two years with the Tarvo Gulls of the WHL.',
    given: [['Tarvo Gulls of the WHL', 'ORG']],
    expected: ['Tarvo Gulls/ORG', 'WHL/ORG'],
  },
  {
    text: 'The Friends of the Earth met.',
    given: [['Friends of the Earth', 'ORG']],
    expected: ['Friends of the Earth/ORG'],
  },
  // organisation names with "and" stay whole
  {
    text: 'The Department of Health and Human Services said no.',
    given: [['Department of Health and Human Services', 'ORG']],
    expected: ['Department of Health and Human Services/ORG'],
  },
  {
    text: 'Greaves and Tolley Holdings posted a loss.',
    given: [['Greaves and Tolley Holdings', 'ORG']],
    expected: ['Greaves and Tolley Holdings/ORG'],
  },
  {
    text: 'He flew to Trinidad and Tobago.',
    given: [['Trinidad and Tobago', 'LOC']],
    expected: ['Trinidad and Tobago/LOC'],
  },
  {
    text: 'He toured Fiji, Trinidad and Tobago.',
    given: [
      ['Fiji', 'LOC'],
      ['Trinidad and Tobago', 'LOC'],
    ],
    expected: ['Fiji/LOC', 'Trinidad and Tobago/LOC'],
  },
  {
    text: 'It hit Velor Inc., the Department of Health and Human Services and others.',
    given: [
      ['Velor Inc.', 'ORG'],
      ['Department of Health and Human Services', 'ORG'],
    ],
    expected: ['Velor Inc./ORG', 'Department of Health and Human Services/ORG'],
  },
  // "X of the Y" alone is a person of a team only when the name was a person's
  {
    text: 'The Bank of the Northern Isles lent more.',
    given: [['Bank of the Northern Isles', 'ORG']],
    expected: ['Bank of the Northern Isles/ORG'],
  },
]);

table('typeSportsTeams', typeSportsTeams, [
  {
    text: 'The Nashville Herons lost. The Herons play again on Friday.',
    given: [
      ['Nashville Herons', 'PERSON'],
      ['Herons', 'LOC'],
    ],
    expected: ['Nashville Herons/ORG', 'Herons/ORG'],
  },
  { text: 'The N.Y. Otters won.', given: [['N.Y. Otters', 'PERSON']], expected: ['N.Y. Otters/ORG'] },
  { text: 'He is as hopeful about the Glaks as ever.', given: [['Glaks', 'LOC']], expected: ['Glaks/ORG'] },
  {
    text: 'He is hopeful about the Glaks. Every Glak player trained.',
    given: [
      ['Glaks', 'LOC'],
      ['Glak', 'LOC'],
    ],
    expected: ['Glaks/ORG', 'Glak/ORG'],
  },
  // places stay places
  { text: 'They hiked in the Alps.', given: [['Alps', 'LOC']], expected: ['Alps/LOC'] },
  {
    text: 'A storm hit the Cayman Islands.',
    given: [['Cayman Islands', 'LOC']],
    expected: ['Cayman Islands/LOC'],
  },
  {
    text: 'She moved to Colorado Springs.',
    given: [['Colorado Springs', 'LOC']],
    expected: ['Colorado Springs/LOC'],
  },
  { text: 'Tom Hale met Mara Lind.', given: [['Mara Lind', 'PERSON']], expected: ['Mara Lind/PERSON'] },
]);

table('typeHolidaysAndContests', typeHolidaysAndContests, [
  { text: 'The shop closed for Christmas.', given: [['Christmas', 'ORG']], expected: ['Christmas/MISC'] },
  { text: 'He died on Christmas Day.', given: [['Christmas Day', 'LOC']], expected: ['Christmas Day/MISC'] },
  {
    text: 'They won the Harbour Cup twice.',
    given: [['Harbour Cup', 'ORG']],
    expected: ['Harbour Cup/MISC'],
  },
  {
    text: 'Tickets for the Eastport Classic sold out.',
    given: [['Eastport Classic', 'PERSON']],
    expected: ['Eastport Classic/MISC'],
  },
  // a person or organisation stays
  {
    text: 'Mara Christmas said no.',
    given: [['Mara Christmas', 'PERSON']],
    expected: ['Mara Christmas/PERSON'],
  },
  { text: 'The Harbour Board met.', given: [['Harbour Board', 'ORG']], expected: ['Harbour Board/ORG'] },
]);

table('typePeopleAfterPersonNouns', (text, names) => typePeopleAfterPersonNouns(text, segment(text), names), [
  {
    text: 'The candidates are defensive coordinator Richie Brandt and others.',
    given: [['Richie Brandt', 'LOC']],
    expected: ['Richie Brandt/PERSON'],
  },
  {
    text: 'They hired coach Kent Dorval.',
    given: [['Kent Dorval', 'ORG']],
    expected: ['Kent Dorval/PERSON'],
  },
  // no person noun before it, or a place: unchanged
  { text: 'They flew to Kent Dorval.', given: [['Kent Dorval', 'LOC']], expected: ['Kent Dorval/LOC'] },
  { text: 'The coach New York hired left.', given: [['New York', 'LOC']], expected: ['New York/LOC'] },
]);

table(
  'joinMultiwordSurnames: particles and initials between names',
  (text, names) => joinMultiwordSurnames(text, segment(text), names),
  [
    {
      text: 'A tape from Yusuf bin Hadar was aired.',
      given: [
        ['Yusuf', 'ORG'],
        ['Hadar', 'PERSON'],
      ],
      expected: ['Yusuf bin Hadar/PERSON'],
    },
    {
      text: 'The rapper R.J. Dorval sold a startup.',
      given: [
        ['R.J.', 'ORG'],
        ['Dorval', 'PERSON'],
      ],
      expected: ['R.J. Dorval/PERSON'],
    },
    // a country's initials are not a given name
    {
      text: 'The U.S. Dorval case went on.',
      given: [
        ['U.S.', 'LOC'],
        ['Dorval', 'PERSON'],
      ],
      expected: ['U.S./LOC', 'Dorval/PERSON'],
    },
    // two names with "and" between them stay two
    {
      text: 'Yusuf and Hadar left.',
      given: [
        ['Yusuf', 'PERSON'],
        ['Hadar', 'PERSON'],
      ],
      expected: ['Yusuf/PERSON', 'Hadar/PERSON'],
    },
  ],
);

table('typeSportsTeams: people whose given name is a place', typeSportsTeams, [
  {
    text: 'Austin Roberts, an analyst, said so.',
    given: [['Austin Roberts', 'PERSON']],
    expected: ['Austin Roberts/PERSON'],
  },
  {
    text: 'Dallas Evans spoke. Later Evans left.',
    given: [
      ['Dallas Evans', 'PERSON'],
      ['Evans', 'PERSON'],
    ],
    expected: ['Dallas Evans/PERSON', 'Evans/PERSON'],
  },
]);

table('joinNameNumbers', (text, names) => joinNameNumbers(text, segment(text), names), [
  {
    text: 'Harbourshire 352 for 5 at lunch.',
    given: [['Harbourshire', 'ORG']],
    expected: ['Harbourshire/ORG'],
  },
  { text: 'They met in the Mega 12 final.', given: [['Mega', 'ORG']], expected: ['Mega 12/MISC'] },
  { text: 'He coached in the Mega 12.', given: [['Mega', 'ORG']], expected: ['Mega 12/MISC'] },
  // a score line, a place, a person: no number joins
  {
    text: 'Eastport 105, Westfield 98.',
    given: [
      ['Eastport', 'ORG'],
      ['Westfield', 'ORG'],
    ],
    expected: ['Eastport/ORG', 'Westfield/ORG'],
  },
  { text: 'Boston 3 times won.', given: [['Boston', 'LOC']], expected: ['Boston/LOC'] },
  { text: 'Mara Lind 45 years old.', given: [['Mara Lind', 'PERSON']], expected: ['Mara Lind/PERSON'] },
  // a possessed number belongs to the name, which keeps its type; the same name and number again join too
  {
    text: "She told Kestrel Radio 6's breakfast show. Later Kestrel Radio 6 said it was sorry, and Radio 6 too.",
    given: [
      ['Kestrel Radio', 'ORG'],
      ['Kestrel Radio', 'ORG'],
      ['Radio', 'ORG'],
    ],
    expected: ['Kestrel Radio 6/ORG', 'Kestrel Radio 6/ORG', 'Radio 6/ORG'],
  },
  {
    text: "The film was shown on Vista 7. Vista 7's chief spoke.",
    given: [
      ['Vista', 'ORG'],
      ['Vista', 'ORG'],
    ],
    expected: ['Vista 7/ORG', 'Vista 7/ORG'],
  },
  {
    text: 'Reeve Stage 3 will open in May.',
    given: [['Reeve Stage', 'MISC']],
    expected: ['Reeve Stage/MISC'],
  },
  {
    text: "Eastport 3's fans sang. Then Eastport 3-1 Westfield.",
    given: [
      ['Eastport', 'ORG'],
      ['Eastport', 'ORG'],
      ['Westfield', 'ORG'],
    ],
    expected: ['Eastport 3/ORG', 'Eastport/ORG', 'Westfield/ORG'],
  },
  {
    text: "Aid Song 9's site opened. The Aid Song 9 single sold well.",
    given: [
      ['Aid Song', 'ORG'],
      ['Aid Song', 'ORG'],
    ],
    expected: ['Aid Song 9/MISC', 'Aid Song 9/MISC'],
  },
  // a possessive after another number, a person: no join
  {
    text: "Harbour Mail 12 said. Mara Lind 4's fan.",
    given: [
      ['Harbour Mail', 'ORG'],
      ['Mara Lind', 'PERSON'],
    ],
    expected: ['Harbour Mail/ORG', 'Mara Lind/PERSON'],
  },
]);

table('typeHolidaysAndContests: contest words', typeHolidaysAndContests, [
  {
    text: 'He set a record at the Eastport Winter Test.',
    given: [['Eastport Winter Test', 'ORG']],
    expected: ['Eastport Winter Test/MISC'],
  },
  {
    text: 'The Harbour Electronics Show opens today.',
    given: [['Harbour Electronics Show', 'ORG']],
    expected: ['Harbour Electronics Show/MISC'],
  },
]);
