import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { examiningVerb } from './reporting-predicate.js';
import { reports } from './test-helpers.js';

/**
 * Issue 10, "no invented attributions": deeds, fragments and adjectives that printed as reports on
 * real news pages. Every sentence below is invented for these tests.
 */
const none: readonly (readonly [string, string])[] = [
  [
    'play-by-play: a thing added, with an infinitive of purpose on it (`purposeInfinitive`)',
    'Marcus Jones added a jumper to put the Hawks ahead 54-50.',
  ],
  [
    "play-by-play: a counted noun the tagger read as a verb is still the deed's object",
    'Jones added two free throws with 12 seconds left.',
  ],
  [
    'a place that counts things narrates a tally (`placeSubject`, `countedNoun`)',
    'Ohio has recorded 2,000 new cases since March.',
  ],
  ['the same with a country and deaths', 'Texas recorded 300 deaths on Monday.'],
  [
    'a participle opening a fragment is no cue (`participleFragment`)',
    'The board met on Monday. Explaining why the board quit. The chairman left.',
  ],
  [
    'examining a matter reports no words (`examiningVerb`)',
    'Investigators probing the case of Anna Berg found new evidence.',
  ],
  ['the same with claims examined', 'Police are probing claims that the mayor took bribes.'],
  ['the same with "investigate"', 'Police are investigating claims that the mayor took bribes.'],
  [
    '"said" as an adjective after a preposition or a wh-adverb (`adjectivalSaid`)',
    'Fans of said pop star gathered outside the hotel, where said star was staying.',
  ],
];

/** Reports that must stay, beside the cases above. */
const found: readonly (readonly [string, string, string])[] = [
  [
    'an inverted "said" after a quotation',
    '“It was great,” said pop star Mira Kell.',
    'said | pop star Mira Kell | “It was great,”',
  ],
  [
    'a person who adds a clause',
    'Jones added that the team had been tired.',
    'added | Jones | that the team had been tired',
  ],
  [
    'officials who report what a place recorded',
    'Ohio has recorded 2,000 new cases since March, officials said.',
    'said | officials | Ohio has recorded 2,000 new cases since March',
  ],
  [
    'a participle before the main clause that reports',
    'Explaining the decision, Mira Kell said the board had run out of money.',
    'said | Mira Kell | the board had run out of money',
  ],
];

describe('issue 10: printed attributions that were no reports of speech', () => {
  for (const [name, text] of none)
    it(name, () => {
      assert.deepEqual(reports(text), [], text);
    });
  for (const [name, text, expected] of found)
    it(`stays: ${name}`, () => {
      assert.ok(reports(text).includes(expected), `${text}\n${reports(text).join('\n')}`);
    });
});

describe('examiningVerb', () => {
  it('examining a matter, not saying, asking or judging', () => {
    for (const word of ['probe', 'probing', 'investigate', 'investigated', 'examine', 'explore'])
      assert.equal(examiningVerb(word), true, word);
    for (const word of ['say', 'ask', 'inquire', 'question', 'claim', 'conclude', 'find'])
      assert.equal(examiningVerb(word), false, word);
  });
});
