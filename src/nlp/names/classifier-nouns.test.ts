import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../segment/segment.js';
import { isPersonClassifier, typePeopleByClassifierNouns } from './classifier-nouns.js';
import { table } from './test-table.js';

/** Every sentence below is invented for these tests. */

describe('isPersonClassifier', () => {
  const cases: readonly (readonly [string, boolean])[] = [
    ['singer', true],
    ['rapper', true],
    ['artist', true],
    ['actor', true],
    ['striker', true],
    ['novelist', true],
    // people in business, contests and broadcasting also name firms, teams and stations
    ['retailer', false],
    ['lender', false],
    ['rival', false],
    ['champion', false],
    ['broadcaster', false],
    // a group sense: a firm as often as a person
    ['publisher', false],
    ['manufacturer', false],
    ['company', false],
  ];
  for (const [word, expected] of cases) it(word, () => assert.equal(isPersonClassifier(word), expected));
});

table(
  'typePeopleByClassifierNouns',
  (text, names) => typePeopleByClassifierNouns(text, segment(text), names),
  [
    // a street artist, an actor, a rapper after a place: people; the other mentions follow
    {
      text: 'The street artist Kasmo painted the bridge overnight.',
      given: [['Kasmo', 'ORG']],
      expected: ['Kasmo/PERSON'],
    },
    {
      text: 'He thanked the actor Dovrel. Dovrel smiled.',
      given: [
        ['Dovrel', 'LOC'],
        ['Dovrel', 'LOC'],
      ],
      expected: ['Dovrel/PERSON', 'Dovrel/PERSON'],
    },
    {
      text: 'Welsh rapper Velko released a single.',
      given: [
        ['Welsh', 'MISC'],
        ['Velko', 'LOC'],
      ],
      expected: ['Welsh/MISC', 'Velko/PERSON'],
    },
    // must not change: a firm's noun, a name ending in a group's noun, a noun that is no classifier
    {
      text: 'The retailer Brightmark said sales fell.',
      given: [['Brightmark', 'ORG']],
      expected: ['Brightmark/ORG'],
    },
    {
      text: 'She won a best new artist Oscar in 2003.',
      given: [['Oscar', 'ORG']],
      expected: ['Oscar/ORG'],
    },
    {
      text: 'He collected a best new artist Zelvy in 2003.',
      given: [['Zelvy', 'ORG']],
      expected: ['Zelvy/ORG'],
    },
    {
      text: 'The singer Velko Records signed last year is touring.',
      given: [['Velko Records', 'ORG']],
      expected: ['Velko Records/ORG'],
    },
    {
      text: 'The singer flew to Kelmora. Fans in Kelmora cheered.',
      given: [
        ['Kelmora', 'LOC'],
        ['Kelmora', 'LOC'],
      ],
      expected: ['Kelmora/LOC', 'Kelmora/LOC'],
    },
  ],
);
