import { table } from './test-table.js';
import { joinQuotedNicknames } from './quoted-nicknames.js';

/** Every sentence below is invented for these tests. */

table('joinQuotedNicknames', joinQuotedNicknames, [
  // cut at the marks: one person
  {
    text: "Marco 'The Hawk' Bellini, the last of the old bosses, died on Monday.",
    given: [["Hawk' Bellini", 'PERSON']],
    expected: ["Marco 'The Hawk' Bellini/PERSON"],
  },
  {
    text: 'Police said Joaquin "El Lobo" Ferraz was flown to the capital.',
    given: [
      ['Joaquin "El Lobo', 'PERSON'],
      ['Ferraz', 'PERSON'],
    ],
    expected: ['Joaquin "El Lobo" Ferraz/PERSON'],
  },
  {
    text: 'The drummer David “Ziggy” Marlow joined later.',
    given: [
      ['David', 'PERSON'],
      ['Ziggy', 'MISC'],
      ['Marlow', 'PERSON'],
    ],
    expected: ['David “Ziggy” Marlow/PERSON'],
  },
  // no first name before the marks: a word quoted in the sentence
  {
    text: 'The Americanised "Jimmy" Dorne sold well.',
    given: [['Dorne', 'PERSON']],
    expected: ['Dorne/PERSON'],
  },
  // marks of two kinds, or a name reaching past the span, stay as they were
  {
    text: 'Anna "Kit\' Varo left.',
    given: [['Varo', 'PERSON']],
    expected: ['Varo/PERSON'],
  },
  {
    text: "Visitors toured the Maria 'Bella' Conti Foundation on Sunday.",
    given: [["Maria 'Bella' Conti Foundation", 'ORG']],
    expected: ["Maria 'Bella' Conti Foundation/ORG"],
  },
]);
