import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entitiesOf } from './test-helpers.js';

/** Every sentence below is invented for these tests. */

const names = (marked: string): string[] => {
  const { text, entities } = entitiesOf(marked);
  return entities
    .filter((entity) => entity.subtype !== 'GROUP')
    .map(
      (entity) =>
        `${entity.type} ${entity.name}: ${entity.mentions.map((mention) => text.slice(mention.start, mention.end)).join(' | ')}`,
    );
};

describe('resolveEntities: hyphenated surnames, clubs, lists', () => {
  it('the last part of a hyphenated surname names the person', () => {
    assert.deepEqual(names('Manager [Sven Goran-Lindqvist|PERSON] came. Later [Lindqvist|PERSON] left.'), [
      'PERSON Sven Goran-Lindqvist: Sven Goran-Lindqvist | Lindqvist',
    ]);
  });
  it('a club named "X County" is "X" too', () => {
    assert.deepEqual(names('[Harbury County|ORG] lost again. [Harbury|ORG] have not won since May.'), [
      'ORG Harbury County: Harbury County | Harbury',
    ]);
  });
  it('a club named "X F.C." is "X" too', () => {
    assert.deepEqual(names('He joined [Harbury F.C.|ORG] in May. [Harbury|ORG] won the cup.'), [
      'ORG Harbury F.C.: Harbury F.C. | Harbury',
    ]);
  });
  it('the last two names of a longer list borrow no surname', () => {
    assert.deepEqual(
      names('Singers [Ada Voss|PERSON], 40 Below, [Brevik|PERSON] and [Corvane Lind|PERSON] were named.'),
      ['PERSON Ada Voss: Ada Voss', 'PERSON Brevik: Brevik', 'PERSON Corvane Lind: Corvane Lind'],
    );
  });
  it('two names alone still share a surname', () => {
    assert.deepEqual(names('Brothers [Dilo|PERSON] and [Amin Rask|PERSON] were held.'), [
      'PERSON Dilo Rask: Dilo',
      'PERSON Amin Rask: Amin Rask',
    ]);
  });
});
