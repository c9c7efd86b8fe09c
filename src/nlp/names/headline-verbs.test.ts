import { cutHeadlineVerbs } from './headline-verbs.js';
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
