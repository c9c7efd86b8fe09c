import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakers } from '../test-helpers.js';

/** Every text below is invented for these tests. */

describe('a source described first and named in the next sentence (named-later.ts)', () => {
  it('"A priest said … Father Tom Nolan said …": a title read in its priestly sense', () => {
    const text =
      'A priest said the Orlan family was devastated. Father Tom Nolan said the parish would hold a vigil on Sunday.';
    assert.deepEqual(speakers(text), ['A priest -> Tom Nolan', 'Father Tom Nolan -> Tom Nolan']);
  });

  it('must not change: a spokesman is not the priest named next', () => {
    const text =
      'A spokesman said the Orlan family was devastated. Father Tom Nolan said the parish would hold a vigil on Sunday.';
    assert.deepEqual(speakers(text), ['A spokesman -> -', 'Father Tom Nolan -> Tom Nolan']);
  });

  it('"one of its former managers believes … Former manager Jim Smith said …"', () => {
    const text =
      'Dunmore Rovers are struggling, and one of its former managers believes the club needs a new coach. ' +
      'Former manager Jim Smith said the squad was too small.';
    assert.deepEqual(speakers(text), [
      'one of its former managers -> Jim Smith',
      'Former manager Jim Smith -> Jim Smith',
    ]);
  });

  it('"an independent watchdog said. The Geneva-based Air Safety Office said": the body named next', () => {
    const text =
      '"The plane was not airworthy," an independent watchdog said. ' +
      'The Geneva-based Air Safety Office said the airline had ignored warnings.';
    assert.deepEqual(speakers(text), [
      'an independent watchdog -> Air Safety Office',
      'The Geneva-based Air Safety Office -> Air Safety Office',
    ]);
  });

  it('must not change: "a campaign group" says nothing of its kind, and stays itself', () => {
    const text =
      'A campaign group said the plan was flawed. The Harbour Rowing Club said it would appeal the ruling.';
    assert.notEqual(speakers(text)[0], 'A campaign group -> Harbour Rowing Club');
  });
});
