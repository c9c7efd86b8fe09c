import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { holdingTrueSense, messageOrBeliefNoun } from './reporting-predicate.js';
import { synsetsOf } from '../../events/wordnet.js';
import { reports } from './test-helpers.js';

/** Every sentence below is invented for these tests. */

const found: readonly (readonly [string, string, string])[] = [
  [
    'a perfect tense after a plural subject the parser rooted in "have"',
    'Union leaders have denied that the strike will go ahead.',
    'have denied | Union leaders | that the strike will go ahead',
  ],
  [
    'the same with a possessive in the subject',
    "The band's managers have denied that the agreement affects the contract.",
    "have denied | The band's managers | that the agreement affects the contract",
  ],
  [
    'an expletive passive of thinking with a bare clause',
    'It is thought the ferry could stop running.',
    'is thought | - | the ferry could stop running',
  ],
  [
    'a speech verb about a topic',
    'He also complained about fences that block the path.',
    'also complained about | He | fences that block the path',
  ],
  [
    'a speech verb of a topic',
    'The mayor spoke of his pride in the rowing team.',
    'spoke of | The mayor | his pride in the rowing team',
  ],
  [
    'a position with a possessive pronoun and a that-clause',
    'Mr Okafor stuck to his position that the council must repay the grant.',
    'position | his | that the council must repay the grant',
  ],
  [
    'a view held by the possessor',
    'Ms Brandt kept to her view that the bridge was unsafe.',
    'view | her | that the bridge was unsafe',
  ],
  [
    'a quotation introduced by "e-mailed this:"',
    'The harbour master e-mailed this: "We will reopen the pier on Friday."',
    'e-mailed | The harbour master | "We will reopen the pier on Friday."',
  ],
  [
    'a quotation introduced by "said this:" starts after the colon',
    'The skipper said this: "The race is lost."',
    'said | The skipper | "The race is lost."',
  ],
];

const unchanged: readonly (readonly [string, readonly [string, string]])[] = [
  ['a perfect "have" with an object', ['Residents have had enough of the noise.', '']],
  [
    '"is thought to be" judges, it reports nothing',
    ['It is thought to be the oldest mill in the valley.', ''],
  ],
  ['"is expected" predicts', ['It is expected the ferry could stop running.', '']],
  [
    'a participle asked about something names who was asked',
    ['When asked about the poster, Mr Hale left.', ''],
  ],
  ['"about" as a number\'s adverb', ['The hotel boasts about 200 rooms.', '']],
  ['a passive headline of a verb that needs an object', ['Council accused of broken pledge', '']],
  ['talk planned or intended', ['The mayor is to talk about the budget on Monday.', '']],
  ['thinking about a topic is no speech', ['He thought about the offer for a week.', '']],
  ['writing about a topic creates a work', ['She wrote about the war in her first novel.', '']],
  ['a relative clause on a belief noun', ['The mayor dropped the view that he had held for years.', '']],
  ['a feeling with a clause is no belief noun', ['She lost her hope that the mill would reopen.', '']],
  [
    'a verb that already holds the noun keeps one report',
    [
      'Ms Lane maintained her view that the board must resign.',
      'maintained her view | Ms Lane | that the board must resign',
    ],
  ],
  [
    'a plain perfect report',
    [
      'The firm has denied that the merger will cost jobs.',
      'has denied | The firm | that the merger will cost jobs',
    ],
  ],
];

describe('missed kinds of report (issue 10)', () => {
  for (const [name, text, expected] of found)
    it(name, () => {
      assert.ok(reports(text).includes(expected), reports(text).join('\n'));
    });
  for (const [name, [text, expected]] of unchanged)
    it(`unchanged: ${name}`, () => {
      assert.deepEqual(reports(text), expected === '' ? [] : [expected]);
    });
});

describe('the WordNet tests behind them', () => {
  it('holdingTrueSense: a sense of think that has "believe" among its words; not expecting', () => {
    assert.equal(synsetsOf('think', 'verb').some(holdingTrueSense), true);
    assert.equal(synsetsOf('believe', 'verb').some(holdingTrueSense), true);
    assert.equal(synsetsOf('expect', 'verb').some(holdingTrueSense), false);
    assert.equal(synsetsOf('hope', 'verb').some(holdingTrueSense), false);
  });
  it('messageOrBeliefNoun: messages and beliefs, not feelings, knowledge or plans', () => {
    for (const word of ['position', 'view', 'belief', 'claim', 'argument', 'opinion', 'denial', 'conclusion'])
      assert.equal(messageOrBeliefNoun(word), true, word);
    for (const word of ['fear', 'knowledge', 'house', 'plan', 'phone'])
      assert.equal(messageOrBeliefNoun(word), false, word);
  });
});
