import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../segment/segment.js';
import { isEventHead, joinEventNames } from './event-names.js';
import type { NameMention } from './name-mention.js';
import { table } from './test-table.js';

/** Every sentence below is invented for these tests. */

const step = (text: string, names: readonly NameMention[]): NameMention[] =>
  joinEventNames(text, segment(text), names);

describe('isEventHead', () => {
  for (const word of ['Bowl', 'Cup', 'Open', 'Festival', 'Awards', 'Marathon', 'Games', 'Classic'])
    it(`${word} heads an event's name`, () => assert.equal(isEventHead(word), true));
  for (const word of ['Party', 'Conference', 'League', 'Street', 'Hall', 'Film', 'Act', 'cup'])
    it(`${word} does not`, () => assert.equal(isEventHead(word), false));
});

table('joinEventNames', step, [
  {
    text: 'Fans travelled to the Maple Leaf Bowl in January.',
    given: [['Leaf Bowl', 'MISC']],
    expected: ['Maple Leaf Bowl/MISC'],
  },
  {
    text: 'They won the Harbor City Bowl on Friday.',
    given: [['City Bowl', 'LOC']],
    expected: ['Harbor City Bowl/MISC'],
  },
  {
    text: 'The band was named best act at the 2004 Glimmer Awards in London.',
    given: [
      ['Glimmer', 'ORG'],
      ['London', 'LOC'],
    ],
    expected: ['Glimmer Awards/MISC', 'London/LOC'],
  },
  {
    text: "Organisers say this year's Tarnow Film Festival opens on Thursday.",
    given: [['Tarnow', 'LOC']],
    expected: ['Tarnow Film Festival/MISC'],
  },
  {
    text: 'She ran in the Tarnow Marathon last spring.',
    given: [['Tarnow', 'LOC']],
    expected: ['Tarnow Marathon/MISC'],
  },
  // a name of its own before the event keeps to itself
  {
    text: 'He was named England Davis Cup captain.',
    given: [
      ['England', 'LOC'],
      ['Davis Cup', 'MISC'],
    ],
    expected: ['England/LOC', 'Davis Cup/MISC'],
  },
  // the head is inside a body's name that runs on
  {
    text: 'The committee set up by the Kessel Athletics Federation met.',
    given: [['Kessel', 'MISC']],
    expected: ['Kessel/MISC'],
  },
  // a body, not an event
  {
    text: 'The Kessel Party won the vote.',
    given: [['Kessel', 'PERSON']],
    expected: ['Kessel/PERSON'],
  },
  // the sentence's first word is no part of the name unless a proper noun
  {
    text: 'Organisers said the Dunmore Cup would go ahead.',
    given: [['Dunmore Cup', 'MISC']],
    expected: ['Dunmore Cup/MISC'],
  },
]);
