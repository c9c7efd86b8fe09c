import { table } from './test-table.js';
import { dropTitleCaseWordNames, typeLegalFormNames } from './press-release-names.js';

/** Every sentence below is invented for these tests. */

table('dropTitleCaseWordNames', dropTitleCaseWordNames, [
  // ordinary words of a title-case headline, written in lower case in the body: no name
  {
    text: 'Firms Treat Shared Code As Route To Lower Bills\nMost firms treat shared code as a route to lower bills, Tarnwell found.',
    given: [
      ['Firms Treat Shared', 'MISC'],
      ['Tarnwell', 'ORG'],
    ],
    expected: ['Tarnwell/ORG'],
  },
  // words of common use that the body does not write: no name either
  {
    text: 'Orvane Unveils Data Service To Analyse Records\nOrvane said on Monday that its tools were ready.',
    given: [
      ['Orvane', 'ORG'],
      ['Data Service', 'MISC'],
      ['Orvane', 'ORG'],
    ],
    expected: ['Orvane/ORG', 'Orvane/ORG'],
  },
  // ordinary words after a name the body writes are cut off
  {
    text: 'Shoppers Back Local Stores, Halbrook Survey Finds\nThe survey by Halbrook asked 900 shoppers where they buy food.',
    given: [
      ['Halbrook Survey Finds', 'ORG'],
      ['Halbrook', 'ORG'],
    ],
    expected: ['Halbrook/ORG', 'Halbrook/ORG'],
  },
  // a name the body writes again, a word the body capitalises, a word WordNet does not know: kept
  {
    text: 'Grey Harbour Bank Opens Branch In Tolvane\nGrey Harbour Bank said the Tolvane branch would open.',
    given: [
      ['Grey Harbour Bank', 'ORG'],
      ['Tolvane', 'LOC'],
      ['Grey Harbour Bank', 'ORG'],
      ['Tolvane', 'LOC'],
    ],
    expected: ['Grey Harbour Bank/ORG', 'Tolvane/LOC', 'Grey Harbour Bank/ORG', 'Tolvane/LOC'],
  },
  // lines of results and lists are no headlines; a person's name and a body's name stay
  {
    text: 'Liam Forget Beats Orla Hendry In Three Sets, 6-4 6-2\nPaying Agent Harbour National Bank Opens\nThe draw was made on Sunday and the final is on Friday.',
    given: [
      ['Liam Forget', 'PERSON'],
      ['Orla Hendry', 'PERSON'],
      ['Harbour National Bank', 'ORG'],
    ],
    expected: ['Liam Forget/PERSON', 'Orla Hendry/PERSON', 'Harbour National Bank/ORG'],
  },
  // not a title-case line: nothing changes
  {
    text: 'Firms treat shared code as a route to Lower Bills, the study found.',
    given: [['Lower Bills', 'MISC']],
    expected: ['Lower Bills/MISC'],
  },
]);

table('typeLegalFormNames', typeLegalFormNames, [
  {
    text: 'Kestrin Networks Corp. said it would ship in May; Parlow Ltd declined to comment.',
    given: [
      ['Kestrin Networks Corp.', 'PERSON'],
      ['Parlow Ltd', 'LOC'],
    ],
    expected: ['Kestrin Networks Corp./ORG', 'Parlow Ltd/ORG'],
  },
  {
    text: 'Colin Inch said the Corpus fund grew.',
    given: [
      ['Colin Inch', 'PERSON'],
      ['Corpus', 'MISC'],
    ],
    expected: ['Colin Inch/PERSON', 'Corpus/MISC'],
  },
]);
