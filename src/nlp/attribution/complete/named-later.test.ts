import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../extract.js';
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

describe('a description resolved to a name given later is a mention of that entity (named-later.ts)', () => {
  /** Each entity's mentions that are not names or pronouns, as "text -> name". */
  function nominals(text: string): string[] {
    const document = extract(text, { format: 'text', clean: false, published: '2026-03-02' });
    return document.entities.flatMap((entity) =>
      entity.mentions
        .filter((mention) => mention.kind === 'nominal')
        .map((mention) => `${document.text.slice(mention.start, mention.end)} -> ${entity.name}`),
    );
  }

  it('"A vicar who runs the food bank said … Father Piet Loman added": "A vicar" is his mention', () => {
    const text =
      'A vicar who runs the food bank said the queues had doubled since March. ' +
      'Father Piet Loman added that the council had not answered his letters.';
    assert.deepEqual(speakers(text), [
      'A vicar who runs the food bank -> Piet Loman',
      'Father Piet Loman -> Piet Loman',
    ]);
    assert.deepEqual(nominals(text), ['A vicar -> Piet Loman']);
  });

  it('"A federal judge in Denver ruled … Judge Ada Quist wrote": the judge, without the place', () => {
    const text =
      'A federal judge in Denver ruled on Tuesday that the merger could go ahead. ' +
      'Judge Ada Quist wrote that the regulators had shown no harm to buyers.';
    assert.ok(nominals(text).includes('A federal judge -> Ada Quist'));
  });

  it('"an independent watchdog said … The Rail Safety Office said": a mention of the body', () => {
    const text =
      'An independent watchdog said the line had failed its safety checks. ' +
      'The Rail Safety Office said its inspectors found cracked sleepers.';
    assert.ok(nominals(text).includes('An independent watchdog -> Rail Safety Office'));
  });

  it('must not change: a spokesman is not the priest named next, and no mention of him', () => {
    const text =
      'A spokesman said the Orlan family was devastated. Father Tom Nolan said the parish would hold a vigil.';
    assert.deepEqual(nominals(text), []);
  });
});

describe('an age description named in the next sentence (named-later.ts)', () => {
  it('"The 26-year-old told the court … Idris Vale, 26, said": the one person of that age', () => {
    const text =
      'The 26-year-old told the court he had acted alone. Idris Vale, 26, said he was sorry for the harm.';
    assert.deepEqual(speakers(text), ['The 26-year-old -> Idris Vale', 'Idris Vale, 26, -> Idris Vale']);
  });

  it('must not change: two people of that age, no one', () => {
    const text =
      'The 26-year-old told the court he had acted alone. Idris Vale, 26, and Bruno Keel, 26, said they were sorry.';
    assert.equal(speakers(text)[0], 'The 26-year-old -> -');
  });
});
