import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cutHeadlineVerbs, titleCase } from './headline-verbs.js';
import { table } from './test-table.js';

/** Every sentence below is invented for these tests. */

table('cutHeadlineVerbs', cutHeadlineVerbs, [
  {
    text: 'Vantix Releases Urgent Browser Update After Attacks\nThe software maker Vantix shipped the fix on Tuesday.',
    given: [
      ['Vantix Releases Urgent Browser Update', 'ORG'],
      ['Vantix', 'ORG'],
    ],
    expected: ['Vantix/ORG', 'Vantix/ORG'],
  },
  {
    text: 'Lena Marsh Checks Into Seaview Clinic For Treatment\nActress Lena Marsh entered the clinic on Monday.',
    given: [
      ['Lena Marsh Checks', 'ORG'],
      ['Seaview Clinic', 'ORG'],
      ['Lena Marsh', 'PERSON'],
    ],
    expected: ['Lena Marsh/PERSON', 'Seaview Clinic/ORG', 'Lena Marsh/PERSON'],
  },
  {
    // the words before the verb are no name the article gives elsewhere
    text: 'Orvane Harbor Patrols Expanded After Storm Damage\nThe harbor board met on Monday.',
    given: [['Orvane Harbor Patrols', 'ORG']],
    expected: ['Orvane Harbor Patrols/ORG'],
  },
  {
    // not a title-case line: a name with a plural noun in running text stays whole
    text: 'Vantix Games is hiring, a spokesman for Vantix said on Monday in the city.',
    given: [
      ['Vantix Games', 'ORG'],
      ['Vantix', 'ORG'],
    ],
    expected: ['Vantix Games/ORG', 'Vantix/ORG'],
  },
  {
    // a base form is no inflected verb: "Vantix Word" stays whole
    text: 'Vantix Word Gains Dictation Feature For Writers\nVantix announced the feature.',
    given: [
      ['Vantix Word', 'ORG'],
      ['Vantix', 'ORG'],
    ],
    expected: ['Vantix Word/ORG', 'Vantix/ORG'],
  },
]);

describe('titleCase', () => {
  /** The definition: WORD's words of four letters or more, at least 80 % capitalised, four at least. */
  const reference = (line: string): boolean => {
    const words = (line.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).filter((word) => word.length >= 4);
    if (words.length < 4) return false;
    return words.filter((word) => word[0] !== word[0]!.toLowerCase()).length >= 0.8 * words.length;
  };
  it('reads the same words as the pattern, accents, apostrophes and astral letters included', () => {
    const lines = [
      'Vantix Releases Urgent Update For Phones',
      'Lena Marsh Checks Into Clinic After Fall',
      'the council voted on the plan after a long night',
      'Ólafur Ängström Quits Über-Board Meeting Early',
      'Mayor’s Office Denies Rumours About Budget',
      "O'Brien's Team Wins Again Tonight, Fans Cheer",
      'Élan and émigré and Zoë Waits Here Today',
      '𝐁old Letters 𝐀nd Words Here Stand Tall',
      'Three Short Ones: Cat Dog Bat Rat',
      'Gold-Plated Results Shine Through Thick Clouds, then fade',
      'Δελτίο Ειδήσεων Σήμερα Πρωί νέα',
      '',
      'Four Words Just Here',
    ];
    for (const line of lines) assert.equal(titleCase(line), reference(line), line);
  });
});
