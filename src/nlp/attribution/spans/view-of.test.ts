import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reports } from './test-helpers.js';

/** Every sentence below is invented for these tests. */

const cases: readonly (readonly [string, string, readonly string[]])[] = [
  [
    'whose view the sentence before is (view-of.ts)',
    'The tunnel is too costly for the valley. That is the view of Dr Mira Tesh, who costed it.',
    ['is the view | Dr Mira Tesh | The tunnel is too costly for the valley'],
  ],
  [
    'a message of a group',
    'The canal must be dredged. This is the message of the boat owners.',
    ['is the message | the boat owners | The canal must be dredged'],
  ],
  ['a view of a place is no opinion', 'We climbed the ridge. That is the view of the lake from the top.', []],
  ['negated', 'The canal must be dredged. That is not the view of the boat owners.', []],
  [
    'a verb with "back" before a that-clause is a reply (wordnet-cues.ts)',
    'The councillor hit back that the survey was out of date.',
    ['hit back | The councillor | the survey was out of date'],
  ],
  [
    'the same before a quotation (cue-wordnet.ts)',
    'Mr Tamsin fired back: “The survey is out of date.”',
    ['fired back: | Mr Tamsin | “The survey is out of date.”'],
  ],
  ['no clause: no report', 'The guards fired back at the car.', []],
  [
    'a paragraph of quoted words after its speaker (quote-attributions.ts, merge.ts)',
    'Mr Halvard recalled the first week of the drought.\n\n“The wells ran dry and the cattle had to be sold.”',
    ['recalled | Mr Halvard | “The wells ran dry and the cattle had to be sold.”'],
  ],
];

describe('findReportedSpeech: frames without a speech verb', () => {
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(reports(text), expected));
});
