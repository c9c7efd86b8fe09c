import {
  dropBoilerplateNames,
  dropLegalFormsAndSigns,
  joinWordsBeforeLegalForms,
  typeCompaniesByLegalForms,
} from './boilerplate-names.js';
import { table } from './test-table.js';

/** Every sentence below is invented for these tests. */

table('dropBoilerplateNames', dropBoilerplateNames, [
  // a link's label repeated after the companies a web page names is no name (issue 10, speakers24)
  {
    text: 'Velor Systems (Quote - Watch) bought Tarn Media (Quote - Watch) on Monday.',
    given: [
      ['Velor Systems', 'ORG'],
      ['Watch', 'ORG'],
      ['Tarn Media', 'ORG'],
      ['Watch', 'ORG'],
    ],
    expected: ['Velor Systems/ORG', 'Tarn Media/ORG'],
  },
  // must not change: the same aside once, or a name used outside the asides too
  {
    text: 'Velor Systems (Quote - Watch) bought Tarn Media on Monday.',
    given: [
      ['Velor Systems', 'ORG'],
      ['Watch', 'ORG'],
      ['Tarn Media', 'ORG'],
    ],
    expected: ['Velor Systems/ORG', 'Watch/ORG', 'Tarn Media/ORG'],
  },
  {
    text: 'Ann Hale (Fen Party) and Tom Rusk (Fen Party) spoke. The Fen Party agreed.',
    given: [
      ['Ann Hale', 'PERSON'],
      ['Fen Party', 'ORG'],
      ['Tom Rusk', 'PERSON'],
      ['Fen Party', 'ORG'],
      ['Fen Party', 'ORG'],
    ],
    expected: ['Ann Hale/PERSON', 'Fen Party/ORG', 'Tom Rusk/PERSON', 'Fen Party/ORG', 'Fen Party/ORG'],
  },
  // a clock time is no name
  {
    text: 'The bakery in Tolvik opens at 4am.',
    given: [
      ['Tolvik', 'LOC'],
      ['4am', 'ORG'],
    ],
    expected: ['Tolvik/LOC'],
  },
  // a zone after a clock time or a number is no name
  { text: 'The ferry docked at 0915 GMT on Sunday.', given: [['GMT', 'MISC']], expected: [] },
  { text: 'Voting closes at 6pm AEST tonight.', given: [['AEST', 'ORG']], expected: [] },
  { text: 'The launch slipped to 3:40 a.m. (1310 IST).', given: [['IST', 'ORG']], expected: [] },
  // the same letters as a name elsewhere stay
  { text: 'Lumen shares EST gains today.', given: [['EST', 'ORG']], expected: ['EST/ORG'] },
  { text: 'Petrol prices rose 4 GST points.', given: [['GST', 'ORG']], expected: [] },
  { text: 'The GST rise was shelved.', given: [['GST', 'ORG']], expected: ['GST/ORG'] },
  // a postal box is no place
  {
    text: 'Entries go to P.O. Box 77, Marlow Creek.',
    given: [
      ['P.O. Box 77', 'LOC'],
      ['Marlow Creek', 'LOC'],
    ],
    expected: ['Marlow Creek/LOC'],
  },
  // figures and per cent columns are no names
  {
    text: 'She led the league in FG% and hit .615 from deep.',
    given: [
      ['FG%', 'MISC'],
      ['615', 'MISC'],
    ],
    expected: [],
  },
  // a stock symbol after its exchange is no name; the company before it stays
  {
    text: 'Velkor Labs (NYSE: VKL) rose on Monday.',
    given: [
      ['Velkor Labs', 'ORG'],
      ['NYSE', 'ORG'],
      ['VKL', 'ORG'],
    ],
    expected: ['Velkor Labs/ORG', 'NYSE/ORG'],
  },
]);

table('dropLegalFormsAndSigns', dropLegalFormsAndSigns, [
  // a legal form after a comma goes; the name before it is an organisation
  {
    text: 'Marks of Velkor Holdings, Inc. are shown.',
    given: [
      ['Velkor Holdings', 'PERSON'],
      ['Inc.', 'ORG'],
    ],
    expected: ['Velkor Holdings/ORG'],
  },
  // one space apart, it joins the name
  {
    text: 'The Brannock Group owns Tarrow Lane & Co., a publisher.',
    given: [
      ['Brannock Group', 'ORG'],
      ['Tarrow Lane', 'MISC'],
      ['& Co.', 'ORG'],
    ],
    expected: ['Brannock Group/ORG', 'Tarrow Lane & Co./ORG'],
  },
  // with no name right before it, a legal form alone is dropped
  { text: 'Shares of the firm, Inc. rose.', given: [['Inc.', 'MISC']], expected: [] },
  // trademark signs in brackets are no names
  {
    text: 'The Glide(TM) and Lumo(R) pumps ship in May.',
    given: [
      ['Glide', 'MISC'],
      ['TM', 'MISC'],
      ['Lumo', 'MISC'],
      ['R', 'MISC'],
    ],
    expected: ['Glide/MISC', 'Lumo/MISC'],
  },
  // a common noun alone on its line is a heading; a place or a group alone there stays
  {
    text: 'The match ended early.\n\nSCORECARD\n\nTolvik: 212',
    given: [
      ['SCORECARD', 'ORG'],
      ['Tolvik', 'LOC'],
    ],
    expected: ['Tolvik/LOC'],
  },
  {
    text: 'Gifts arrived.\n\nUNICEF\n\nMore to come.',
    given: [['UNICEF', 'ORG']],
    expected: ['UNICEF/ORG'],
  },
  // a heading word inside a sentence stays for the other steps to judge
  { text: 'The LYRICS site went dark.', given: [['LYRICS', 'ORG']], expected: ['LYRICS/ORG'] },
]);

table('typeCompaniesByLegalForms', typeCompaniesByLegalForms, [
  // a company named once with its legal form is the company without it
  {
    text: 'The Walt Lumen Co. posted a loss; Walt Lumen shares fell and Lumen Labs, Inc. sued Lumen Labs staff.',
    given: [
      ['Walt Lumen Co.', 'ORG'],
      ['Walt Lumen', 'PERSON'],
      ['Lumen Labs, Inc.', 'ORG'],
      ['Lumen Labs', 'LOC'],
    ],
    expected: ['Walt Lumen Co./ORG', 'Walt Lumen/ORG', 'Lumen Labs, Inc./ORG', 'Lumen Labs/ORG'],
  },
  // a nationality or a place with a subtype keeps it; no legal form, no change
  {
    text: 'Walt Lumen spoke to Danish buyers.',
    given: [
      ['Walt Lumen', 'PERSON'],
      ['Danish', 'MISC'],
    ],
    expected: ['Walt Lumen/PERSON', 'Danish/MISC'],
  },
]);

table('joinWordsBeforeLegalForms', joinWordsBeforeLegalForms, [
  // the capitalised word the recogniser left out before a company with its legal form joins it
  {
    text: 'Copyright (c) Wire Bulletin Services Ltd. 2011.',
    given: [['Bulletin Services Ltd.', 'ORG']],
    expected: ['Wire Bulletin Services Ltd./ORG'],
  },
  // a word opening the sentence, "The", a word of another name, or no legal form: nothing joins
  {
    text: 'Yesterday Orlen Tooling Ltd. said so. The Harbin Mills Inc. staff met Kara Velm Works Corp. and Dunmore Press.',
    given: [
      ['Orlen Tooling Ltd.', 'ORG'],
      ['Harbin Mills Inc.', 'ORG'],
      ['Kara', 'PERSON'],
      ['Velm Works Corp.', 'ORG'],
      ['Dunmore Press', 'ORG'],
    ],
    expected: [
      'Orlen Tooling Ltd./ORG',
      'Harbin Mills Inc./ORG',
      'Kara/PERSON',
      'Velm Works Corp./ORG',
      'Dunmore Press/ORG',
    ],
  },
]);
