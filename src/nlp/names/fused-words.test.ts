import { segment } from '../segment/segment.js';
import { typePeopleBySignals } from './person-signals.js';
import { trimFusedWords } from './fused-words.js';
import { typePeopleListedAfterPersonNouns } from './document-evidence.js';
import type { NameMention } from './name-mention.js';
import { table } from './test-table.js';

/** Every sentence below is invented for these tests. */

const step = (text: string, names: readonly NameMention[]): NameMention[] =>
  trimFusedWords(text, segment(text), names);

table('trimFusedWords', step, [
  // a greeting before a name
  {
    text: 'Hi Torvan, thanks for the quick reply.',
    given: [['Hi Torvan', 'PERSON']],
    expected: ['Torvan/PERSON'],
  },
  // a month and a day after a company
  {
    text: 'Velmora Telecom Dec. 18 announced a new tariff.',
    given: [['Velmora Telecom Dec.', 'ORG']],
    expected: ['Velmora Telecom/ORG'],
  },
  // a hyphenated number word before a hotel
  {
    text: 'The delegates stayed at the five-star Quillon Hotel in the old town.',
    given: [['star Quillon Hotel', 'ORG']],
    expected: ['Quillon Hotel/ORG'],
  },
  // adjectives made of a name and a hyphen: the award kept, a common noun dropped
  {
    text: 'The Brindle-winning singer sold her songs on an Internet-based store.',
    given: [
      ['Brindle-winning', 'MISC'],
      ['Internet-based', 'MISC'],
    ],
    expected: ['Brindle/MISC'],
  },
  // tickers in brackets: the company before them is an organisation; the exchange is dropped there
  {
    text: 'Shares of Corvale (ZSX:CRV) (NASDAQ:CRVL) rose after the results.',
    given: [
      ['Corvale', 'LOC'],
      ['ZSX', 'LOC'],
      ['NASDAQ', 'MISC'],
    ],
    expected: ['Corvale/ORG'],
  },
  {
    text: 'Harrow Corp (NYSE: HRW) cut its forecast; the NYSE fell.',
    given: [
      ['Harrow Corp', 'ORG'],
      ['NYSE: HRW', 'ORG'],
      ['NYSE', 'ORG'],
    ],
    expected: ['Harrow Corp/ORG', 'NYSE/ORG'],
  },
  {
    text: 'Corvale (ZSX:CRV) said its sales rose.',
    given: [],
    expected: ['Corvale/ORG'],
  },
  // a bare ticker after a company is no company of its own; one coreference joins to it stays
  {
    text: 'Shares of Talvex Corp. (TLVX) and Orrin Holdings (OH) fell.',
    given: [
      ['Talvex Corp.', 'ORG'],
      ['TLVX', 'ORG'],
      ['Orrin Holdings', 'ORG'],
      ['OH', 'ORG'],
    ],
    expected: ['Talvex Corp./ORG', 'Orrin Holdings/ORG', 'OH/ORG'],
  },
  {
    text: 'The Trans-Pacific Grain Board (TPGB) met on Monday.',
    given: [
      ['Trans-Pacific Grain Board', 'ORG'],
      ['TPGB', 'ORG'],
    ],
    expected: ['Trans-Pacific Grain Board/ORG', 'TPGB/ORG'],
  },
  // a reader's signature under a letter: the writer, then the town
  {
    text: 'I could not agree more with your editorial.\n— Tarquin Belvedere, Chennai',
    given: [
      ['Tarquin Belvedere', 'LOC'],
      ['Chennai', 'LOC'],
    ],
    expected: ['Tarquin Belvedere/PERSON', 'Chennai/LOC'],
  },
  // a name modifying a report: its publisher, even when a small town bears it; a country stays
  {
    text: 'A Forbes report ranked the port first.',
    given: [['Forbes', 'LOC']],
    expected: ['Forbes/ORG'],
  },
  {
    text: 'A Kenya report ranked the port first.',
    given: [['Kenya', 'LOC']],
    expected: ['Kenya/LOC'],
  },
  // left alone: a song's title after a noun
  {
    text: 'Their first single Hey Marlowe, signed by the band, was sold.',
    given: [['Hey Marlowe', 'PERSON']],
    expected: ['Hey Marlowe/PERSON'],
  },
  // left alone: a greeting that is no part of the name, a date that is no abbreviation
  {
    text: 'Hello, Mara Quell said on Dec. 18.',
    given: [['Mara Quell', 'PERSON']],
    expected: ['Mara Quell/PERSON'],
  },
]);

table(
  'typePeopleBySignals (institutions named after titled people)',
  (text, names) => typePeopleBySignals(text, segment(text), names),
  [
    {
      text: 'Doctors at the Sir Tavish Morrow Hospital treated the injured.',
      given: [['Tavish Morrow Hospital', 'ORG']],
      expected: ['Tavish Morrow Hospital/ORG'],
    },
  ],
);

table(
  'typePeopleListedAfterPersonNouns (a list opened by a capitalised plural, its first name mistyped)',
  (text, names) => typePeopleListedAfterPersonNouns(text, segment(text), names),
  [
    {
      text: 'Leaders Varrick, Osterholt and Denmane visited the camp.',
      given: [
        ['Varrick', 'LOC'],
        ['Osterholt', 'LOC'],
        ['Denmane', 'ORG'],
      ],
      expected: ['Varrick/PERSON', 'Osterholt/PERSON', 'Denmane/PERSON'],
    },
    {
      text: 'The talks included leaders Varrick, Osterholt and Denmane.',
      given: [
        ['Varrick', 'ORG'],
        ['Osterholt', 'PERSON'],
        ['Denmane', 'ORG'],
      ],
      expected: ['Varrick/PERSON', 'Osterholt/PERSON', 'Denmane/PERSON'],
    },
    // a name ending in a plural is a group
    {
      text: 'Fans cheered headliners Velvet Tanners and Ossian Drake.',
      given: [
        ['Velvet Tanners', 'ORG'],
        ['Ossian Drake', 'PERSON'],
      ],
      expected: ['Velvet Tanners/ORG', 'Ossian Drake/PERSON'],
    },
    // names all typed ORG after a person noun are clubs or firms
    {
      text: 'Rivals Quenby and Hollisford both gained.',
      given: [
        ['Quenby', 'ORG'],
        ['Hollisford', 'ORG'],
      ],
      expected: ['Quenby/ORG', 'Hollisford/ORG'],
    },
  ],
);
