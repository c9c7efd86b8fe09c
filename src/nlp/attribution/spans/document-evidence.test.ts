import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reports } from './test-helpers.js';
import { evidenceVerb, rulingVerb, signVerb, speakingNoun } from './document-evidence.js';

/** Every sentence below is invented for these tests. */

describe('a thing that shows or rules is no speaker (issue 10)', () => {
  it('reads the verbs and nouns by WordNet', () => {
    assert.ok(evidenceVerb('show'));
    assert.ok(evidenceVerb('demonstrate'));
    assert.ok(!evidenceVerb('say'));
    assert.ok(!evidenceVerb('suggest'));
    assert.ok(rulingVerb('prohibit'));
    assert.ok(rulingVerb('require'));
    assert.ok(!rulingVerb('say'));
    assert.ok(!speakingNoun('figures'));
    assert.ok(!speakingNoun('law'));
    assert.ok(!speakingNoun('survey'));
    assert.ok(speakingNoun('ministry'));
    assert.ok(speakingNoun('union'));
    assert.ok(speakingNoun('researchers'));
  });
  for (const sentence of [
    'Prices at the pump rose by 4% in June, official figures showed.',
    'The survey showed that most cyclists ignore the new lanes.',
    'The latest figures show that rents in the valley are still climbing.',
    'The new rules require landlords to publish their fees.',
    'Surveys show that most tenants never read the contract.',
    'The audit was leaked on Monday. It shows the mayor has no case to answer.',
    'Ms Hart has read the letter. It proves the council knew about the fault.',
  ])
    it(`drops "${sentence}"`, () => {
      assert.deepEqual(reports(sentence), []);
    });
  for (const [sentence, cue] of [
    ['The ferry union demanded that the harbour managers resign.', 'demanded'],
    ['The council said that the bridge would reopen in May.', 'said'],
  ] as const)
    it(`keeps "${sentence}"`, () => {
      assert.equal(reports(sentence)[0]?.split(' | ')[0], cue);
    });
});

describe('a message noun before its that-clause joins the cue (issue 10)', () => {
  it('gives the clause as content', () => {
    assert.deepEqual(
      reports('The bakery chain reiterated its insistence that the Oldham site would stay open.'),
      ['reiterated its insistence | The bakery chain | that the Oldham site would stay open'],
    );
  });
  it("leaves another's message denied in the content", () => {
    assert.deepEqual(reports('The bakery chain rejected allegations that it had cut wages.'), [
      'rejected | The bakery chain | allegations that it had cut wages',
    ]);
  });
  it('leaves a clause after a verb alone', () => {
    assert.deepEqual(reports('The bakery chain insisted that the Oldham site would stay open.'), [
      'insisted | The bakery chain | that the Oldham site would stay open',
    ]);
  });
});

describe('a progressive the tagger read as an adjective (issue 10)', () => {
  it('keeps "is promising to …"', () => {
    assert.deepEqual(reports('The governor is promising to cut fuel duty next spring.'), [
      'is promising | The governor | to cut fuel duty next spring',
    ]);
  });
});

describe('a thing that is a sign of something is no speaker (issue 10)', () => {
  it('reads the verbs by WordNet', () => {
    assert.ok(signVerb('suggest'));
    assert.ok(signVerb('indicate'));
    assert.ok(!signVerb('say'));
    assert.ok(!signVerb('claim'));
  });
  for (const sentence of [
    'The price of copper suggests demand is weak.',
    'The falling price of wheat indicates that stocks are high.',
  ])
    it(`drops "${sentence}"`, () => {
      assert.deepEqual(reports(sentence), []);
    });
  for (const [sentence, cue] of [
    ['The poll suggests voters are angry.', 'suggests'],
    ['Research indicates the drug works.', 'indicates'],
    ['A Treasury leak suggested taxes would rise.', 'suggested'],
    ['Twelve percent indicated that they were undecided.', 'indicated'],
    ['The minister suggested the tax would rise.', 'suggested'],
  ] as const)
    it(`keeps "${sentence}"`, () => {
      assert.equal(reports(sentence)[0]?.split(' | ')[0], cue);
    });
});
