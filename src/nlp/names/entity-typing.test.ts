import { segment } from '../segment/segment.js';
import { trimLeadingPersonNouns, typeOrganisationsListedAfterNouns } from './document-evidence.js';
import { joinGivenNamesToSurnames, typePeopleBySignals } from './person-signals.js';
import { typeTownsOutsideSport } from './sports-teams.js';
import { typeWorksAfterNouns } from './works-after-nouns.js';
import { typeOrganisationsByContext } from './organisations-by-context.js';
import { table } from './test-table.js';

table('joinGivenNamesToSurnames', (text, names) => joinGivenNamesToSurnames(text, segment(text), names), [
  // a first name typed a place, its surname left out: an apposition with a person noun
  {
    text: 'Sofia Brandt, the mayor, said that the bridge had collapsed.',
    given: [['Sofia', 'LOC']],
    expected: ['Sofia Brandt/PERSON'],
  },
  // the subject of a speech verb; a country's name as a first name needs no more than that
  {
    text: 'Georgia Lindqvist said the plan would fail.',
    given: [['Georgia', 'LOC']],
    expected: ['Georgia Lindqvist/PERSON'],
  },
  // an agreeing pronoun; the surname typed PERSON on its own is taken in
  {
    text: 'Florence Hartley won the race, and her coach was delighted.',
    given: [
      ['Florence', 'LOC'],
      ['Hartley', 'PERSON'],
    ],
    expected: ['Florence Hartley/PERSON'],
  },
  // must not change: the place itself, a place's street, a company, no person signal
  {
    text: 'She moved from Sofia to Paris last year.',
    given: [
      ['Sofia', 'LOC'],
      ['Paris', 'LOC'],
    ],
    expected: ['Sofia/LOC', 'Paris/LOC'],
  },
  {
    text: 'The firm opened offices on Paris Street last year.',
    given: [['Paris', 'LOC']],
    expected: ['Paris/LOC'],
  },
  {
    text: 'Georgia Power said prices would rise.',
    given: [['Georgia', 'LOC']],
    expected: ['Georgia/LOC'],
  },
  {
    text: 'Flights to Florence Dellow were cancelled.',
    given: [['Florence', 'LOC']],
    expected: ['Florence/LOC'],
  },
  // a pronoun is not enough for a country's name
  {
    text: 'Jordan Kessel won, and he was pleased.',
    given: [['Jordan', 'LOC']],
    expected: ['Jordan/LOC'],
  },
]);

table(
  'typePeopleBySignals: first names of either gender',
  (text, names) => typePeopleBySignals(text, segment(text), names),
  [
    {
      text: 'Brenna Holt is tipped to win, while Morgan Trevelyan hopes to take home his first award.',
      given: [
        ['Brenna Holt', 'PERSON'],
        ['Morgan Trevelyan', 'ORG'],
      ],
      expected: ['Brenna Holt/PERSON', 'Morgan Trevelyan/PERSON'],
    },
    // a last word that is first a made thing or a group: a company named after a person
    {
      text: 'Morgan Motors said its profits rose, and his shares with them.',
      given: [['Morgan Motors', 'ORG']],
      expected: ['Morgan Motors/ORG'],
    },
    // a last word no name list holds, a common noun: a firm, even as the subject of "said"
    {
      text: 'Dorian Foods said its profits rose.',
      given: [['Dorian Foods', 'ORG']],
      expected: ['Dorian Foods/ORG'],
    },
  ],
);

table('typeOrganisationsListedAfterNouns', typeOrganisationsListedAfterNouns, [
  {
    text: 'Pledges came from companies such as Kvarna, Telvio, Brixo and Lumetra.',
    given: [
      ['Kvarna', 'LOC'],
      ['Telvio', 'LOC'],
      ['Brixo', 'PERSON'],
      ['Lumetra', 'LOC'],
    ],
    expected: ['Kvarna/ORG', 'Telvio/ORG', 'Brixo/ORG', 'Lumetra/ORG'],
  },
  // an item cut after a place is the whole item; the same word elsewhere with the same wrong type
  {
    text: 'Carmakers such as Kvarna, Norway Motors and Telvio gained. Kvarna rose most.',
    given: [
      ['Kvarna', 'LOC'],
      ['Norway', 'LOC'],
      ['Telvio', 'ORG'],
      ['Kvarna', 'LOC'],
    ],
    expected: ['Kvarna/ORG', 'Norway Motors/ORG', 'Telvio/ORG', 'Kvarna/ORG'],
  },
  // works after a noun for a work
  {
    text: 'The channel shows series like Kessel Close and Ferntop.',
    given: [
      ['Kessel Close', 'PERSON'],
      ['Ferntop', 'ORG'],
    ],
    expected: ['Kessel Close/MISC/WORK', 'Ferntop/MISC/WORK'],
  },
  // must not change: places in the list, the owner before a possessive, countries, software
  {
    text: 'Banks like Vestra in Norway and Ada Lind’s Kvarna lent more.',
    given: [
      ['Vestra', 'ORG'],
      ['Norway', 'LOC'],
      ['Ada Lind', 'PERSON'],
      ['Kvarna', 'ORG'],
    ],
    expected: ['Vestra/ORG', 'Norway/LOC', 'Ada Lind/PERSON', 'Kvarna/ORG'],
  },
  {
    text: 'The tour takes in countries such as Peru, Chile and Bolivia.',
    given: [
      ['Peru', 'LOC'],
      ['Chile', 'LOC'],
      ['Bolivia', 'LOC'],
    ],
    expected: ['Peru/LOC', 'Chile/LOC', 'Bolivia/LOC'],
  },
  {
    text: 'Users turned to free programs such as Spyblock and Adwiper.',
    given: [
      ['Spyblock', 'ORG'],
      ['Adwiper', 'ORG'],
    ],
    expected: ['Spyblock/ORG', 'Adwiper/ORG'],
  },
  {
    text: 'Singers such as Tamsin Loy performed.',
    given: [['Tamsin Loy', 'PERSON']],
    expected: ['Tamsin Loy/PERSON'],
  },
]);

table('typeTownsOutsideSport', (text, names) => typeTownsOutsideSport(text, segment(text), names), [
  {
    text: 'For years the parties have rotated between Blackpool, Bournemouth and Brighton.',
    given: [
      ['Blackpool', 'ORG'],
      ['Bournemouth', 'ORG'],
      ['Brighton', 'ORG'],
    ],
    expected: ['Blackpool/LOC/GPE', 'Bournemouth/LOC/GPE', 'Brighton/LOC/GPE'],
  },
  {
    text: 'She is asking a Los Angeles court to award her half the property.',
    given: [['Los Angeles', 'ORG']],
    expected: ['Los Angeles/LOC/GPE'],
  },
  // must not change: a score, a side of a competition verb, a sports noun in the text, an unknown name
  {
    text: 'Leeds beat Chelsea 2-0 at home.',
    given: [
      ['Leeds', 'ORG'],
      ['Chelsea', 'ORG'],
    ],
    expected: ['Leeds/ORG', 'Chelsea/ORG'],
  },
  {
    text: 'Leeds beat Chelsea and the crowd cheered. Newcastle lost again.',
    given: [
      ['Leeds', 'ORG'],
      ['Chelsea', 'ORG'],
      ['Newcastle', 'ORG'],
    ],
    expected: ['Leeds/ORG', 'Chelsea/ORG', 'Newcastle/ORG'],
  },
  {
    text: 'The club said Newcastle would appeal.',
    given: [['Newcastle', 'ORG']],
    expected: ['Newcastle/ORG'],
  },
  {
    text: 'Brighton Council voted on Tuesday.',
    given: [['Brighton', 'ORG']],
    expected: ['Brighton/ORG'],
  },
  // a town's name that speaks, or stands beside an organisation's, is the organisation (fixes19)
  {
    text: 'Prices rose in March, according to surveys from Vestra and Halifax. Halifax said demand was strong.',
    given: [
      ['Vestra', 'ORG'],
      ['Halifax', 'ORG'],
      ['Halifax', 'ORG'],
    ],
    expected: ['Vestra/ORG', 'Halifax/ORG', 'Halifax/ORG'],
  },
]);

table(
  'typeWorksAfterNouns: people after a work noun',
  (text, names) => typeWorksAfterNouns(text, segment(text), names),
  [
    {
      text: 'She won for her role in the gritty drama Vera Tolland.',
      given: [['Vera Tolland', 'PERSON']],
      expected: ['Vera Tolland/MISC/WORK'],
    },
    // must not change: the person is the subject of a clause about the work
    {
      text: 'It is a film Tom Lind directed.',
      given: [['Tom Lind', 'PERSON']],
      expected: ['Tom Lind/PERSON'],
    },
  ],
);

table('trimLeadingPersonNouns: a headline noun before a surname', trimLeadingPersonNouns, [
  {
    text: 'Singer Kessler backs song\n\nSoul star Maren Kessler has backed a new song.',
    given: [
      ['Singer Kessler', 'MISC'],
      ['Maren Kessler', 'PERSON'],
    ],
    expected: ['Kessler/PERSON', 'Maren Kessler/PERSON'],
  },
  // must not change: no person of that surname named in full
  {
    text: 'Singer Kessler backs song.',
    given: [['Singer Kessler', 'PERSON']],
    expected: ['Singer Kessler/PERSON'],
  },
]);

table('typeOrganisationsByContext', (text, names) => typeOrganisationsByContext(text, segment(text), names), [
  {
    text: 'Carsten Fremm, a strategist at Kvarnbank, said prices would fall.',
    given: [
      ['Carsten Fremm', 'PERSON'],
      ['Kvarnbank', 'LOC'],
    ],
    expected: ['Carsten Fremm/PERSON', 'Kvarnbank/ORG'],
  },
  {
    text: 'The deal joins Argentina’s Enarsol to the pipeline.',
    given: [
      ['Argentina', 'LOC'],
      ['Enarsol', 'LOC'],
    ],
    expected: ['Argentina/LOC', 'Enarsol/ORG'],
  },
  // a relative "who": a body, not a place (a person's name is left to the name steps)
  {
    text: 'The scheme was attacked by Vardexa, who said it would fail, and by Kimani, who agreed.',
    given: [
      ['Vardexa', 'LOC'],
      ['Kimani', 'LOC'],
    ],
    expected: ['Vardexa/ORG', 'Kimani/LOC'],
  },
  {
    text: 'Ask Dr Ana Vell of Vardexa, who runs the lab.',
    given: [
      ['Ana Vell', 'PERSON'],
      ['Vardexa', 'LOC'],
    ],
    expected: ['Ana Vell/PERSON', 'Vardexa/LOC'],
  },
  // must not change: a known place, a place word, no person noun before "at", a town's possessive
  {
    text: 'She is an analyst at Frankfurt and a guide at Kessel Hills.',
    given: [
      ['Frankfurt', 'LOC'],
      ['Kessel Hills', 'LOC'],
    ],
    expected: ['Frankfurt/LOC', 'Kessel Hills/LOC'],
  },
  {
    text: 'The talks at Varnholm ended. Leeds’s Kirkbury is wet.',
    given: [
      ['Varnholm', 'LOC'],
      ['Leeds', 'LOC'],
      ['Kirkbury', 'LOC'],
    ],
    expected: ['Varnholm/LOC', 'Leeds/LOC', 'Kirkbury/LOC'],
  },
  {
    text: 'He was a player at the Kessel Park club.',
    given: [['Kessel Park', 'LOC']],
    expected: ['Kessel Park/LOC'],
  },
]);
