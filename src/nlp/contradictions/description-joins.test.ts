import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { descriptionJoins, isEventKindOf, isKindOf } from './description-joins.js';

describe('descriptionJoins: a general word for the same thing', () => {
  it('"the vessel" joins "the ferry" for the same predicate', () => {
    const joins = descriptionJoins(['overload(?, the ferry)', 'overload(?, the vessel)']);
    assert.deepEqual([...joins], [['overload(?, the vessel)', 'overload(?, the ferry)']]);
  });
  it('works for subjects too, with the other party equal', () => {
    const joins = descriptionJoins(['sink(the ferry, ?)', 'sink(the vessel, ?)']);
    assert.equal(joins.get('sink(the vessel, ?)'), 'sink(the ferry, ?)');
  });
  it('no join across predicates, other parties, or two candidates', () => {
    assert.equal(descriptionJoins(['overload(?, the ferry)', 'inspect(?, the vessel)']).size, 0);
    assert.equal(descriptionJoins(['overload(the crew, the ferry)', 'overload(?, the vessel)']).size, 0);
    assert.equal(
      descriptionJoins(['overload(?, the ferry)', 'overload(?, the tanker)', 'overload(?, the vessel)']).size,
      0,
    );
  });
  it('names and people never generalise', () => {
    assert.equal(descriptionJoins(['arrest(?, the soldier)', 'arrest(?, the man)']).size, 0);
    assert.equal(descriptionJoins(['close(?, Velmora)', 'close(?, the city)']).size, 0);
  });
  it('a kind by a hypernym of another sense of the word, or by the gloss of a hypernym', () => {
    // a blaze is {fire, flame}, the third sense of "fire"
    assert.equal(isKindOf('blaze', 'fire'), true);
    // warehouse → storehouse → depository → facility, "a building or place that provides …"
    assert.equal(isKindOf('warehouse', 'building'), true);
    assert.equal(
      descriptionJoins(['inspect(?, the building)', 'inspect(?, the warehouse)']).get(
        'inspect(?, the building)',
      ),
      'inspect(?, the warehouse)',
    );
    // "payment": "a sum of money paid …" (WordNet has "sum_of_money")
    assert.equal(isKindOf('payment', 'money'), true);
    // must not change: a vessel, a bridge or a person is no building; a fire is no blaze; a ferry no money
    assert.equal(isKindOf('ferry', 'money'), false);
    assert.equal(isKindOf('ferry', 'building'), false);
    assert.equal(isKindOf('bridge', 'building'), false);
    assert.equal(isKindOf('fire', 'blaze'), false);
    assert.equal(descriptionJoins(['inspect(?, the building)', 'inspect(?, the ferry)']).size, 0);
  });
  it('"what caused the fire" joins the one cause question of a kind of it', () => {
    const joins = descriptionJoins(['what caused the fire', 'what caused the blaze']);
    assert.deepEqual([...joins], [['what caused the fire', 'what caused the blaze']]);
    assert.equal(descriptionJoins(['what caused the fire', 'what caused the collapse']).size, 0);
  });
  it('"what caused the explosion" joins "what caused the blast" (a blast is an explosion, an event sense)', () => {
    assert.equal(isEventKindOf('blast', 'explosion'), true);
    assert.deepEqual(
      [...descriptionJoins(['what caused the blast', 'what caused the explosion'])],
      [['what caused the explosion', 'what caused the blast']],
    );
    // must not change: never the other way round, nor events of other kinds
    assert.equal(isEventKindOf('explosion', 'blast'), false);
    assert.equal(isEventKindOf('crash', 'collision'), false);
    assert.equal(isEventKindOf('flood', 'fire'), false);
    assert.equal(descriptionJoins(['what caused the crash', 'what caused the explosion']).size, 0);
    assert.equal(descriptionJoins(['what caused the blast', 'what caused the fire']).size, 0);
  });
  it('isKindOf by WordNet hypernyms', () => {
    assert.equal(isKindOf('ferry', 'vessel'), true);
    assert.equal(isKindOf('vessel', 'ferry'), false);
    assert.equal(isKindOf('bridge', 'vessel'), false);
  });
});
