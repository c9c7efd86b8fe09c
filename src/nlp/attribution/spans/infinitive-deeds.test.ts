import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import { actionInfinitiveVerb, speechFirstVerb, thingInfinitiveVerb } from './reporting-predicate.js';
import { relativeReport } from './relative-reports.js';
import { DependencyTree } from '../../grammar/index.js';
import { reports } from './test-helpers.js';

/** Every sentence below is invented for these tests. */

/** Verbs of neither speech nor report before an infinitive or a noun (predicate-filter.ts, `actionInfinitive`). */
const none: readonly (readonly [string, string])[] = [
  ['an idiom parsed as an infinitive that is no complement', 'The skyline calls to mind an older city.'],
  ['the same idiom with a longer subject', 'The new stadium calls to mind the old arena.'],
  ['a refusal of a deed', 'Officials refuse to steer the debate.'],
  ['a refusal to pay', 'The company refused to pay the fine.'],
  ['a refusal to fight', 'He refused to fight the champion in the final.'],
  ['a threat posed by a thing', 'The cuts threatened to fuel more unrest.'],
  ['a threat posed by an event', 'The flood threatens to cut off the valley.'],
  ['a threat posed by "it"', 'It threatens to derail the peace talks.'],
  ['a verb of likeness with a thing as subject', 'Her voice recalls the sound of the eighties.'],
  [
    'a film that shows a topic, no proposition',
    'The documentary, which shows how the mine was built, airs tonight.',
  ],
];

const found: readonly (readonly [string, string, string])[] = [
  [
    'a threat made by people',
    'The rebels threatened to attack the town.',
    'threatened | The rebels | to attack the town',
  ],
  ['a vow', 'He vowed to fight on.', 'vowed | He | to fight on'],
  ['a promise', 'She promised to cut taxes.', 'promised | She | to cut taxes'],
  [
    'a refusal to say something',
    'He refused to apologise for the remarks.',
    'refused | He | to apologise for the remarks',
  ],
  ['a refusal to comment', 'The ministry declined to comment.', 'declined | The ministry | to comment'],
  [
    'a refusal of comment as a noun',
    'The ministry declined immediate comment.',
    'declined | The ministry | immediate comment',
  ],
  [
    'a call on somebody to act',
    'The union has called on the owners to withdraw the notice by Monday.',
    'has called on | The union | the owners to withdraw the notice by Monday',
  ],
  [
    'a claim of responsibility',
    'A little-known militia claimed responsibility for the blast.',
    'claimed | A little-known militia | responsibility for the blast',
  ],
  [
    'a report in a relative clause on the report',
    'The agency released a report that warns the river will flood.',
    'warns | a report | the river will flood',
  ],
  [
    'a statement in a "which" clause',
    'The union issued a statement which says the strike is over.',
    'says | a statement | the strike is over',
  ],
  [
    'a small clause in a relative clause on the statement',
    'The union issued a statement that declares the strike over.',
    'declares | a statement | the strike over',
  ],
  [
    'a small clause with an adjective',
    'The union issued a statement that declares the strike illegal.',
    'declares | a statement | the strike illegal',
  ],
  ['a letter that said', 'She wrote a letter that said she would quit.', 'said | a letter | she would quit'],
  [
    'a message after a preposition: the noun phrase without it',
    'The plan is backed by a survey which suggests that most tenants want the repairs.',
    'suggests | a survey | that most tenants want the repairs',
  ],
  [
    'a refusal to hand over words',
    'The owner refused to give any details of the sale.',
    'refused | The owner | to give any details of the sale',
  ],
  [
    'a refusal to rule something out',
    'The minister refused to rule out a bid.',
    'refused | The minister | to rule out a bid',
  ],
  [
    'a request to act',
    'The reporters have asked to see the files.',
    'have asked | The reporters | to see the files',
  ],
];

describe('no attribution from a deed before an infinitive, an idiom, a thing that threatens', () => {
  for (const [name, text] of none)
    it(`not: ${name}`, () => {
      assert.deepEqual(reports(text), []);
    });
  for (const [name, text, expected] of found)
    it(name, () => {
      assert.ok(reports(text).includes(expected), reports(text).join('\n'));
    });
});

describe('actionInfinitiveVerb', () => {
  it('a verb whose infinitive is a deed, not one that promises or threatens', () => {
    for (const word of ['refuse', 'refused', 'declines', 'undertake'])
      assert.equal(actionInfinitiveVerb(word), true, word);
    for (const word of ['promise', 'vow', 'threaten', 'swear', 'say', 'agree', 'want'])
      assert.equal(actionInfinitiveVerb(word), false, word);
  });
});

describe('thingInfinitiveVerb', () => {
  it("a verb whose infinitive may be a thing's", () => {
    assert.equal(thingInfinitiveVerb('threatened'), true);
    for (const word of ['ask', 'promise', 'vow', 'pledge', 'refuse'])
      assert.equal(thingInfinitiveVerb(word), false, word);
  });
});

describe('speechFirstVerb', () => {
  it('a verb whose first sense is speech or thought', () => {
    for (const word of ['comment', 'confirm', 'name', 'apologise', 'discuss'])
      assert.equal(speechFirstVerb(word), true, word);
    for (const word of ['pay', 'steer', 'resign', 'fuel', 'attend'])
      assert.equal(speechFirstVerb(word), false, word);
  });
});

describe('relativeReport', () => {
  it('only on a message noun, with a clause that opens with no question word', () => {
    const text = 'The firm sold a product that proved the doubters wrong.';
    const segments = segment(text);
    const tree = new DependencyTree(segments.tokens);
    for (let verb = 0; verb < segments.tokens.length; verb += 1)
      assert.equal(relativeReport(text, tree, verb), null);
  });
});
