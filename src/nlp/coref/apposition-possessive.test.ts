import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entitiesOf, nameAt } from './test-helpers.js';

/** Every text below is invented for these tests (issue 10: pronouns on the wrong person). */
describe('resolveEntities: a possessive inside an apposition', () => {
  it('"James Acton, his team-mate, …": "his" is not Acton himself', () => {
    const { text, entities } = entitiesOf(
      '[Tom Reilly|PERSON] won the race by two seconds. [James Acton|PERSON], his team-mate, finished third.',
    );
    assert.equal(nameAt(text, entities, 'his'), 'Tom Reilly');
  });

  it('"X, his closest rival, …" when the sentence goes on about X', () => {
    const { text, entities } = entitiesOf(
      '[Tom Reilly|PERSON] won the race. [James Acton|PERSON], his closest rival, finished third, ' +
        'and [Acton|PERSON] said he was tired.',
    );
    assert.equal(nameAt(text, entities, 'his'), 'Tom Reilly');
  });

  it('must not change: "The pilot, Tom Reilly, and his crew" (no apposition holds "his")', () => {
    const { text, entities } = entitiesOf('The pilot, [Tom Reilly|PERSON], and his crew were rescued.');
    assert.equal(nameAt(text, entities, 'his'), 'Tom Reilly');
  });
});
