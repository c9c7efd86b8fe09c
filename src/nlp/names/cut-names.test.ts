import { table } from './test-table.js';
import {
  dropAcronymsSpelledInLowerCase,
  joinHyphenatedSurnames,
  joinNamesBeforeAcronyms,
  joinNamesCutAtInitials,
  joinOrganisationsAcrossAnd,
  joinPlacesBeforeMastheads,
  typeMastheadNames,
} from './cut-names.js';

/** Every sentence below is invented for these tests. */

table('joinNamesBeforeAcronyms', joinNamesBeforeAcronyms, [
  // cut at "and": the bracketed acronym shows the whole name
  {
    text: 'Officers of Tolvik Harbour and Border Watch (HBW) boarded the ship.',
    given: [
      ['Tolvik Harbour', 'ORG'],
      ['Border Watch', 'ORG'],
      ['HBW', 'ORG'],
    ],
    expected: ['Tolvik Harbour and Border Watch/ORG', 'HBW/ORG'],
  },
  // cut at "of"/"for": a head the recogniser left out
  {
    text: 'The Bureau for Marren Fisheries (BMF) said quotas would fall.',
    given: [
      ['Marren Fisheries', 'ORG'],
      ['BMF', 'ORG'],
    ],
    expected: ['Bureau for Marren Fisheries/ORG', 'BMF/ORG'],
  },
  // a lower-case letter of the acronym from a linking word
  {
    text: 'A report by the Department of Kelp (DoK) was leaked.',
    given: [
      ['Kelp', 'LOC'],
      ['DoK', 'ORG'],
    ],
    expected: ['Department of Kelp/ORG', 'DoK/ORG'],
  },
  // a later mention cut the same way is joined too
  {
    text: 'The Council for Orla and the Isles met. Later the Council for Orla and the Isles (COI) voted.',
    given: [
      ['Council for Orla', 'ORG'],
      ['the Isles', 'LOC'],
      ['Council for Orla', 'ORG'],
      ['the Isles', 'LOC'],
      ['COI', 'ORG'],
    ],
    expected: ['Council for Orla and the Isles/ORG', 'Council for Orla and the Isles/ORG', 'COI/ORG'],
  },
  // letters that do not fit the words: nothing joined (a ticker, a stray bracket)
  {
    text: 'Shares in Velor Mining and Kestrel Foods (VMX) rose.',
    given: [
      ['Velor Mining', 'ORG'],
      ['Kestrel Foods', 'ORG'],
      ['VMX', 'ORG'],
    ],
    expected: ['Velor Mining/ORG', 'Kestrel Foods/ORG', 'VMX/ORG'],
  },
  // a whole name already: unchanged; and no name is made where the recogniser found none
  {
    text: 'The Marren Wildlife Fund (MWF) and the Gross Tidal Output (GTO) fell.',
    given: [
      ['Marren Wildlife Fund', 'ORG'],
      ['MWF', 'ORG'],
      ['GTO', 'ORG'],
    ],
    expected: ['Marren Wildlife Fund/ORG', 'MWF/ORG', 'GTO/ORG'],
  },
  // the parts' and the acronym's types were the cut's guesses: an organisation
  {
    text: 'Fighters of the Orlan Democratic Forces (ODF) and the (ODF) flag.',
    given: [
      ['Orlan', 'MISC'],
      ['Democratic Forces', 'MISC'],
      ['ODF', 'LOC'],
    ],
    expected: ['Orlan Democratic Forces/ORG', 'ODF/ORG'],
  },
]);

table('joinHyphenatedSurnames', joinHyphenatedSurnames, [
  // the part after the hyphen read as a name of its own, or left out
  {
    text: 'Presenter Ana Reyes-Holm said she would stand. Reyes-Holm smiled.',
    given: [
      ['Ana Reyes', 'PERSON'],
      ['Holm', 'ORG'],
      ['Reyes-Holm', 'MISC'],
    ],
    expected: ['Ana Reyes-Holm/PERSON', 'Reyes-Holm/PERSON'],
  },
  {
    text: 'Coach Tomas Brel-Vik was sacked.',
    given: [['Tomas Brel', 'PERSON']],
    expected: ['Tomas Brel-Vik/PERSON'],
  },
  // two people paired by a hyphen, each named alone elsewhere: unchanged
  {
    text: 'The Lind-Marsh debate was tense. Marsh spoke first.',
    given: [
      ['Lind', 'PERSON'],
      ['Marsh', 'PERSON'],
      ['Marsh', 'PERSON'],
    ],
    expected: ['Lind/PERSON', 'Marsh/PERSON', 'Marsh/PERSON'],
  },
  {
    text: 'After the Ada Lind-Tom Marsh meeting, Tom Marsh left.',
    given: [
      ['Ada Lind', 'PERSON'],
      ['Tom Marsh', 'PERSON'],
      ['Tom Marsh', 'PERSON'],
    ],
    expected: ['Ada Lind/PERSON', 'Tom Marsh/PERSON', 'Tom Marsh/PERSON'],
  },
  // a place after the hyphen, or a lower-case word: unchanged
  {
    text: 'The Ada Lind-Paris flight and the Ada Lind-led team.',
    given: [
      ['Ada Lind', 'PERSON'],
      ['Paris', 'LOC'],
      ['Ada Lind', 'PERSON'],
    ],
    expected: ['Ada Lind/PERSON', 'Paris/LOC', 'Ada Lind/PERSON'],
  },
]);

table('joinPlacesBeforeMastheads', joinPlacesBeforeMastheads, [
  {
    text: 'According to the Tolvik Herald, the mayor resigned; the Paris Globe agreed.',
    given: [
      ['Tolvik', 'LOC'],
      ['Paris', 'LOC'],
      ['Globe', 'ORG'],
    ],
    expected: ['Tolvik Herald/ORG', 'Paris Globe/ORG'],
  },
  // the noun opens a longer name, or is no masthead: unchanged
  {
    text: 'He queued at the Tolvik Post Office and the Tolvik News desk.',
    given: [
      ['Tolvik', 'LOC'],
      ['Tolvik', 'LOC'],
    ],
    expected: ['Tolvik/LOC', 'Tolvik/LOC'],
  },
]);

table('joinNamesCutAtInitials', joinNamesCutAtInitials, [
  // cut after a middle initial, the surname a name of its own (or typed ORG)
  {
    text: 'The inquiry spoke to Marta J. Lind and to Judge Oren K. Vass.',
    given: [
      ['Marta J.', 'PERSON'],
      ['Lind', 'PERSON'],
      ['Oren K.', 'ORG'],
      ['Vass', 'PERSON'],
    ],
    expected: ['Marta J. Lind/PERSON', 'Oren K. Vass/PERSON'],
  },
  // an abbreviation, a comma or a longer place after the initial: unchanged
  {
    text: 'In the U.S. Senate, Marta J., Lind and Ada B. Tolvik Harbour Works.',
    given: [
      ['U.S.', 'LOC'],
      ['Senate', 'ORG'],
      ['Marta J.', 'PERSON'],
      ['Lind', 'PERSON'],
      ['Ada B.', 'PERSON'],
      ['Tolvik Harbour Works', 'ORG'],
    ],
    expected: [
      'U.S./LOC',
      'Senate/ORG',
      'Marta J./PERSON',
      'Lind/PERSON',
      'Ada B./PERSON',
      'Tolvik Harbour Works/ORG',
    ],
  },
]);

table('joinOrganisationsAcrossAnd', joinOrganisationsAcrossAnd, [
  // cut at "and": common words, then common words ending in an organisation's head
  {
    text: 'Staff of Reed and Heron International counted the birds.',
    given: [
      ['Reed', 'ORG'],
      ['Heron', 'MISC'],
    ],
    expected: ['Reed and Heron International/ORG'],
  },
  {
    text: 'A report said the Finance and Harbour Ministry agreed.',
    given: [
      ['the Finance', 'ORG'],
      ['Harbour Ministry', 'ORG'],
    ],
    expected: ['the Finance and Harbour Ministry/ORG'],
  },
  // two bodies each ending in an organisation's head: unchanged
  {
    text: 'The Harbour Pilots Association and Tug Owners Association wrote.',
    given: [
      ['The Harbour Pilots Association', 'ORG'],
      ['Tug Owners Association', 'ORG'],
    ],
    expected: ['The Harbour Pilots Association/ORG', 'Tug Owners Association/ORG'],
  },
  // two bodies, a proper name on the left, a person, or a name running on: unchanged
  {
    text: 'The House and Senate met; Velor and Heron Council spoke; Reed and Heron Council Director Ada Lind left.',
    given: [
      ['The House', 'ORG'],
      ['Senate', 'ORG'],
      ['Velor', 'ORG'],
      ['Heron Council', 'ORG'],
      ['Reed', 'ORG'],
      ['Heron Council', 'ORG'],
      ['Ada Lind', 'PERSON'],
    ],
    expected: [
      'The House/ORG',
      'Senate/ORG',
      'Velor/ORG',
      'Heron Council/ORG',
      'Reed/ORG',
      'Heron Council/ORG',
      'Ada Lind/PERSON',
    ],
  },
]);

table('typeMastheadNames', typeMastheadNames, [
  // a paper read as a place or a facility
  {
    text: 'She told The Herald, and the Paris Examiner agreed.',
    given: [
      ['The Herald', 'LOC'],
      ['the Paris Examiner', 'LOC'],
    ],
    expected: ['The Herald/ORG', 'the Paris Examiner/ORG'],
  },
  // a masthead noun alone, or after no place: unchanged
  {
    text: 'Post was busy; Ada Herald and the Velor Times spoke.',
    given: [
      ['Post', 'LOC'],
      ['Ada Herald', 'PERSON'],
      ['Velor Times', 'MISC'],
    ],
    expected: ['Post/LOC', 'Ada Herald/PERSON', 'Velor Times/MISC'],
  },
]);

table('dropAcronymsSpelledInLowerCase', dropAcronymsSpelledInLowerCase, [
  // spelled out in lower case: a common noun at every mention, its plural too
  {
    text: 'Stores fit radio frequency identification (RFID) tags. RFID tags cost little, and RFIDs last.',
    given: [
      ['RFID', 'ORG'],
      ['RFID', 'ORG'],
      ['RFIDs', 'MISC'],
    ],
    expected: [],
  },
  // a sentence's first word may be capitalised; hyphened parts give initials
  {
    text: 'Shares rose. Ultra-wideband technology (UWB) is fast, said Velmar Ltd.',
    given: [
      ['UWB', 'ORG'],
      ['Velmar Ltd', 'ORG'],
    ],
    expected: ['Velmar Ltd/ORG'],
  },
  // a body written in lower case, or letters that do not fit, stay
  {
    text: 'The Tolvian football federation (TFF) fined him, and the TFF said so.',
    given: [
      ['Tolvian', 'MISC'],
      ['TFF', 'ORG'],
      ['TFF', 'ORG'],
    ],
    expected: ['Tolvian/MISC', 'TFF/ORG', 'TFF/ORG'],
  },
  {
    text: 'The plan was lawful under the existing (VRB) rules of the board.',
    given: [['VRB', 'ORG']],
    expected: ['VRB/ORG'],
  },
]);
