import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../segment/segment.js';
import { isMediaNoun, typeMediaAppositions } from './media-appositions.js';
import type { NameMention } from './name-mention.js';
import { table } from './test-table.js';

/** Every sentence below is invented for these tests. */

const step = (text: string, names: readonly NameMention[]): NameMention[] =>
  typeMediaAppositions(text, segment(text), names);

describe('isMediaNoun', () => {
  for (const word of ['newspaper', 'daily', 'tabloid', 'magazine', 'weekly', 'broadcaster', 'agency'])
    it(`${word} names a news medium`, () => assert.equal(isMediaNoun(word), true));
  for (const word of ['paper', 'book', 'minister', 'city', 'film'])
    it(`${word} does not`, () => assert.equal(isMediaNoun(word), false));
});

table('typeMediaAppositions', step, [
  {
    text: "Ebro's newspaper, the Corvin Ledger, reported on Tuesday that the minister had resigned.",
    given: [
      ['Ebro', 'LOC'],
      ['Corvin Ledger', 'MISC'],
    ],
    expected: ['Ebro/LOC', 'Corvin Ledger/ORG'],
  },
  {
    text: 'The daily Morning Lantern said he lied.',
    given: [['Morning Lantern', 'PERSON']],
    expected: ['Morning Lantern/ORG'],
  },
  {
    text: 'The tabloid Sunday Crier printed the photographs.',
    given: [['Sunday Crier', 'PERSON']],
    expected: ['Sunday Crier/ORG'],
  },
  {
    text: 'Vell Weekly, a local magazine, said the mayor had lied.',
    given: [['Vell Weekly', 'PERSON']],
    expected: ['Vell Weekly/ORG'],
  },
  {
    text: 'Marta, who runs the website, collects letters from readers.',
    given: [['Marta', 'PERSON']],
    expected: ['Marta/PERSON'],
  },
  {
    text: 'Lena Vos, a local reporter for the daily, said the mayor had lied.',
    given: [['Lena Vos', 'PERSON']],
    expected: ['Lena Vos/PERSON'],
  },
  {
    text: "Ebro's daily, the Corvin Ledger, said the mayor had lied.",
    given: [
      ['Ebro', 'LOC'],
      ['Corvin Ledger', 'MISC'],
    ],
    expected: ['Ebro/LOC', 'Corvin Ledger/ORG'],
  },
  // named again by its last word
  {
    text: 'The daily Morning Lantern said he lied. He said he would sue the Lantern.',
    given: [
      ['Morning Lantern', 'PERSON'],
      ['Lantern', 'PERSON'],
    ],
    expected: ['Morning Lantern/ORG', 'Lantern/ORG'],
  },
  {
    text: 'German broadcaster Kanal Vier aired the interview.',
    given: [
      ['German', 'MISC'],
      ['Kanal Vier', 'PERSON'],
    ],
    expected: ['German/MISC', 'Kanal Vier/ORG'],
  },
  // the name is no apposition of the noun: the subject of the next clause
  {
    text: 'He told the newspaper Tom Lind had left the company.',
    given: [['Tom Lind', 'PERSON']],
    expected: ['Tom Lind/PERSON'],
  },
  // a person, not the firm: a given name opens the name
  {
    text: "It wrote to Kavel Post's publisher Jason Brevik on Monday.",
    given: [
      ['Kavel Post', 'ORG'],
      ['Jason Brevik', 'PERSON'],
    ],
    expected: ['Kavel Post/ORG', 'Jason Brevik/PERSON'],
  },
  {
    text: 'Speaking to the Kavel News website Mr Brevik said he was honoured.',
    given: [
      ['Kavel News', 'ORG'],
      ['Mr Brevik', 'PERSON'],
    ],
    expected: ['Kavel News/ORG', 'Mr Brevik/PERSON'],
  },
  // "wireless" (a radio) is an adjective here: no title before a name
  {
    text: 'It could be a gaming or wireless Midwinter this year.',
    given: [['Midwinter', 'MISC']],
    expected: ['Midwinter/MISC'],
  },
  // a person who writes for a newspaper is no newspaper
  {
    text: 'The newspaper columnist Ada Brevik wrote about it.',
    given: [['Ada Brevik', 'PERSON']],
    expected: ['Ada Brevik/PERSON'],
  },
  // a place or a nationality before the noun says where the medium is from
  {
    text: 'The singer topped a list in US magazine Vell Review this week.',
    given: [
      ['US', 'PERSON'],
      ['Vell Review', 'ORG'],
    ],
    expected: ['US/PERSON', 'Vell Review/ORG'],
  },
  // a modifier before the name is no name of the paper
  {
    text: 'It owns the top daily newspaper, the Tamil-language Kavel Dinam, in the south.',
    given: [
      ['Tamil-language', 'MISC'],
      ['Kavel Dinam', 'PERSON'],
    ],
    expected: ['Tamil-language/MISC', 'Kavel Dinam/PERSON'],
  },
  // an event after "weekly" read as an adjective
  {
    text: 'She spoke during the weekly Harbour Questions on Monday.',
    given: [['Harbour Questions', 'MISC']],
    expected: ['Harbour Questions/MISC'],
  },
]);
