import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { descriptionJoins, isKindOf } from './description-joins.js';

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
  it('isKindOf by WordNet hypernyms', () => {
    assert.equal(isKindOf('ferry', 'vessel'), true);
    assert.equal(isKindOf('vessel', 'ferry'), false);
    assert.equal(isKindOf('bridge', 'vessel'), false);
  });
});
