import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entitiesOf, entityWithMention, nameAt } from './test-helpers.js';

/** Every sentence below is invented for these tests. */

describe('unnamedOrganisation: "it" and "its" for an organisation no name stands for', () => {
  it('gives "it" to "the council" in its own and the next sentence', () => {
    const { text, entities } = entitiesOf(
      'The council said it would reopen the lane by the mill. It said the repairs would take a week.',
    );
    assert.equal(nameAt(text, entities, 'it'), 'The council');
    assert.equal(nameAt(text, entities, 'It'), 'The council');
  });

  it('does so with a named person and place around ("its" is not the town\'s)', () => {
    const { text, entities } = entitiesOf(
      '[Petra Vell|PERSON] toured [Ormsby|LOC] on Monday. The council said it would sell the depot. Its leader called the plan fair.',
    );
    assert.equal(nameAt(text, entities, 'it'), 'The council');
    assert.equal(nameAt(text, entities, 'Its'), 'The council');
  });

  it('prefers the organisation to a place after a preposition ("the ministry in Ormsby … Its")', () => {
    const { text, entities } = entitiesOf(
      'Campaigners criticised the ministry in [Ormsby|LOC] on Friday. Its report had been delayed twice.',
    );
    assert.equal(nameAt(text, entities, 'Its'), 'the ministry');
  });

  it('takes a name the recogniser missed after an organisation noun ("The charity Brightwell")', () => {
    const { text, entities } = entitiesOf(
      'The charity Brightwell said rents had risen in [Ormsby|LOC]. Its survey found families were struggling.',
    );
    assert.equal(nameAt(text, entities, 'Its'), 'The charity Brightwell');
  });

  it('reads a speech verb the tagger took for a noun ("While Tarvex claims that it …")', () => {
    const { text, entities } = entitiesOf(
      'While [Tarvex|ORG] claims that it has received many complaints, critics disagree.',
    );
    assert.equal(entityWithMention(text, entities, 'it')?.name, 'Tarvex');
  });

  it('gives "they" to the council the text treats as plural ("The council said they …")', () => {
    const { text, entities } = entitiesOf(
      '[Petra Vell|PERSON] wrote to the mill. The council said they would reopen the lane by Friday.',
    );
    assert.equal(entityWithMention(text, entities, 'they')?.name, 'The council');
  });
});
