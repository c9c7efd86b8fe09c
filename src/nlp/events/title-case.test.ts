import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_INGEST_OPTIONS } from '../../ingest/options.js';
import { processInput } from '../../pipeline/pipeline.js';
import { headlineVerbs, sentenceCase, titledHeadline, type CaseCounts, type LineWord } from './title-case.js';
import { segment } from '../segment/segment.js';
import { taggedSenses } from './wordnet.js';

/** Every sentence below is invented for these tests. */

function triggers(text: string): string[] {
  const doc = processInput(
    { source: 'test.txt', bytes: Buffer.from(text) },
    { published: '2025-05-12', ingest: { ...DEFAULT_INGEST_OPTIONS, clean: false } },
  );
  return doc.events.map((event) => doc.text.slice(event.trigger.start, event.trigger.end));
}

describe('events of headlines read in sentence case', () => {
  const cases: readonly [string, string, boolean][] = [
    // title case, the subject no name: the verb, read in lower case
    [
      'Harbour Pilot Rescues Stranded Kayakers Near Ostend Pier\nThe pilot spotted the two kayakers at dawn on Sunday.',
      'Rescues',
      true,
    ],
    [
      'Orchestra Cancels Tour Over Unpaid Wages\nThe musicians said they had not been paid since May.',
      'Cancels',
      true,
    ],
    // all in capitals: an event noun
    [
      'FERRY SERVICE HALTED AFTER ENGINE FIRE\nThe operator said the fire on the Dunmore ferry was put out.',
      'FIRE',
      true,
    ],
    // the multiword verb WordNet lists, in title case and in sentence case
    [
      'Injured Climber Checks Into Mountain Clinic\nThe climber fell on the north face on Friday.',
      'Checks Into',
      true,
    ],
    [
      'Injured climber checks into mountain clinic\nThe climber fell on the north face on Friday.',
      'checks into',
      true,
    ],
    // a headline in sentence case: a verb the tagger reads as a plural noun
    [
      'Tallinn baker sacks manager, closes second shop\nThe owner of the bakery said sales had fallen in spring.',
      'sacks',
      true,
    ],
    // a word more in use as a noun stays a noun
    ['Rowing club titles celebrated in Ghent\nThe club won four races this year.', 'titles', false],
  ];
  for (const [text, trigger, expected] of cases)
    it(`${trigger}: ${String(expected)}`, () => {
      const found = triggers(text);
      assert.equal(found.includes(trigger), expected, found.join(' | '));
    });
});

describe('sentence case of a title-case line', () => {
  const counts = (capitalised: Record<string, number>, lower: Record<string, number> = {}): CaseCounts => ({
    capitalised: new Map(Object.entries(capitalised)),
    capitals: new Map(),
    lower: new Map(Object.entries(lower)),
  });
  const words = (line: string): LineWord[] =>
    [...line.matchAll(/\S+/g)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      first: match.index === 0,
      inName: false,
    }));
  const cases: readonly [string, CaseCounts, string][] = [
    // "Marsh" is a name the article gives elsewhere; "Seaview" is no word WordNet knows
    ['Lena Marsh Checks Into Seaview Clinic', counts({ marsh: 3 }), 'Lena Marsh checks into Seaview clinic'],
    // the article writes "marsh" in lower case more often: a word
    [
      'Lena Marsh Checks Into Seaview Clinic',
      counts({}, { marsh: 2 }),
      'Lena marsh checks into Seaview clinic',
    ],
    // capitals: an acronym kept in a title-case line, every word read in an all-capitals line
    ['NATO Envoy Visits Port', counts({}), 'NATO envoy visits port'],
    ['OSLO FERRY SUSPENDED AFTER FIRE', counts({ oslo: 2 }), 'Oslo ferry suspended after fire'],
  ];
  for (const [line, given, expected] of cases)
    it(line, () => assert.equal(sentenceCase(line, words(line), given), expected));
});

describe('which lines are title-case headlines', () => {
  const cases: readonly [string, boolean][] = [
    ['Harbour Pilot Rescues Stranded Kayakers Near Ostend Pier', true],
    // a sentence with a full stop and a longer word in lower case: its capitals are names
    ['Mirela Kovac was born on June 9, 1974, in Split, Croatia.', false],
  ];
  for (const [line, expected] of cases) it(line, () => assert.equal(titledHeadline(line), expected));
});

describe('verbs of a headline in sentence case', () => {
  const cases: readonly [string, string[]][] = [
    ['Tallinn baker sacks manager, closes second shop', ['sacks', 'closes']],
    ['Quarry workers stops digging', ['stops']],
    ['Rowing club titles celebrated in Ghent', ['celebrated']],
  ];
  for (const [line, expected] of cases)
    it(line, () =>
      assert.deepEqual(
        headlineVerbs(line, segment(line)).map((verb) => line.slice(verb.start, verb.end)),
        expected,
      ),
    );
});

describe("WordNet's tagged senses", () => {
  it('counts the concordance senses of a lemma, none for a lemma it lacks', () => {
    assert.ok(taggedSenses('check', 'verb') > 0);
    assert.equal(taggedSenses('arhat', 'noun'), 0);
    assert.equal(taggedSenses('qwzx', 'noun'), 0);
  });
});
