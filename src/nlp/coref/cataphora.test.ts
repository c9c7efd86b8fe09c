import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entitiesOf, nameAt } from './test-helpers.js';

/** Every sentence below is invented for these tests. */

describe('cataphoricName: a pronoun in an opening adverbial clause', () => {
  it('refers forward to the main clause subject ("After she left …, Mira Talbeck …")', () => {
    const { text, entities } = entitiesOf(
      '[Orrin Dask|PERSON] moved to a new firm. After she abruptly left a clinic in [Harwick|LOC] on Thursday, [Mira Talbeck|PERSON] checked into another centre.',
    );
    assert.equal(nameAt(text, entities, 'she'), 'Mira Talbeck');
  });

  it('leaves a pronoun whose main clause subject is of the other gender', () => {
    const { text, entities } = entitiesOf(
      '[Mira Talbeck|PERSON] moved to a new firm. When she called on Thursday, [Mr Orrin Dask|PERSON] was out.',
    );
    assert.notEqual(nameAt(text, entities, 'she'), 'Orrin Dask');
  });
});
