import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity, EntityType } from '../../model/index.js';
import { entitiesOf } from './test-helpers.js';

/**
 * Which entity, of which type, each name mention ends up in when the recogniser typed the same
 * name differently. Each case: names marked as the recogniser would give them, then mentions
 * (surface text and its occurrence in the plain text) with the type their entity must have, and
 * groups of those mentions that must be one entity (`same`) or must not (`apart`), by index.
 * Every sentence was written for these tests.
 */
interface At {
  readonly surface: string;
  readonly nth?: number;
  readonly type?: EntityType;
}

interface Case {
  readonly title: string;
  readonly marked: string;
  readonly at: readonly At[];
  readonly same?: readonly (readonly number[])[];
  readonly apart?: readonly (readonly number[])[];
  /** Surfaces that must be no name mention at all. */
  readonly none?: readonly string[];
}

/** The entity with a name mention exactly at the `nth` occurrence of `surface`. */
function entityAt(
  text: string,
  entities: readonly Entity[],
  surface: string,
  nth: number,
): Entity | undefined {
  let start = -1;
  for (let count = 0; count <= nth; count += 1) {
    start = text.indexOf(surface, start + 1);
    if (start < 0) return undefined;
  }
  const end = start + surface.length;
  return entities.find((entity) =>
    entity.mentions.some(
      (mention) => mention.kind === 'name' && mention.start === start && mention.end === end,
    ),
  );
}

const cases: readonly Case[] = [
  {
    title: 'a city and the club named after it are two entities, each with its own type',
    marked:
      '[Leeds|ORG] beat [Hull City|ORG] 2-1 on Saturday. The match was played in [Leeds|LOC] in heavy rain. ' +
      '[Leeds|ORG] now lead the table.',
    at: [
      { surface: 'Leeds', nth: 0, type: 'ORG' },
      { surface: 'Leeds', nth: 1, type: 'LOC' },
      { surface: 'Leeds', nth: 2, type: 'ORG' },
    ],
    same: [[0, 2]],
    apart: [[0, 1]],
  },
  {
    title: 'a city named once as the dateline and thrice as a team keeps the dateline a place',
    marked:
      '[BRISTOL|LOC] 2031-05-02\n[Bristol|ORG] signed a new coach. [Bristol|ORG] lost twice in May. ' +
      'Fans of [Bristol|ORG] were angry.',
    at: [
      { surface: 'BRISTOL', type: 'LOC' },
      { surface: 'Bristol', nth: 0, type: 'ORG' },
      { surface: 'Bristol', nth: 2, type: 'ORG' },
    ],
    same: [[1, 2]],
    apart: [[0, 1]],
  },
  {
    title: 'a country typed ORG once in a political story stays one place',
    marked:
      '[Portugal|LOC] signed the fishing accord. [Portugal|ORG] said it would comply. ' +
      'Trade with [Portugal|LOC] grew last year.',
    at: [
      { surface: 'Portugal', nth: 0, type: 'LOC' },
      { surface: 'Portugal', nth: 1, type: 'LOC' },
      { surface: 'Portugal', nth: 2, type: 'LOC' },
    ],
    same: [[0, 1, 2]],
  },
  {
    title: 'a country typed ORG as often as LOC is still a place',
    marked: '[Portugal|ORG] protested on Monday. Ships left [Portugal|LOC] at dawn.',
    at: [
      { surface: 'Portugal', nth: 0, type: 'LOC' },
      { surface: 'Portugal', nth: 1, type: 'LOC' },
    ],
    same: [[0, 1]],
  },
  {
    title: 'an unknown name typed LOC once against two ORG is one organisation',
    marked:
      '[Tarrowick Mills|ORG] cut 40 jobs. Workers at [Tarrowick Mills|LOC] walked out. ' +
      '[Tarrowick Mills|ORG] declined to comment.',
    at: [
      { surface: 'Tarrowick Mills', nth: 0, type: 'ORG' },
      { surface: 'Tarrowick Mills', nth: 1, type: 'ORG' },
    ],
    same: [[0, 1]],
  },
  {
    title: 'an unknown name typed LOC and ORG equally often stays two entities',
    marked: '[Dunmere|ORG] won 3-0 away. The crowd in [Dunmere|LOC] celebrated late.',
    at: [
      { surface: 'Dunmere', nth: 0, type: 'ORG' },
      { surface: 'Dunmere', nth: 1, type: 'LOC' },
    ],
    apart: [[0, 1]],
  },
  {
    title: 'an acronym joined to its long form keeps the long form’s type',
    marked: 'The [Central Bank of Vesland|ORG] raised rates. The [CBV|MISC] move surprised traders.',
    at: [
      { surface: 'Central Bank of Vesland', type: 'ORG' },
      { surface: 'CBV', type: 'ORG' },
    ],
    same: [[0, 1]],
  },
  {
    title: 'a surname spelt like a place joins the person, and the place stays a place',
    marked:
      '[Martha Washington|PERSON] wrote to her sister. Later she travelled to [Washington|LOC] by coach. ' +
      '[Washington|PERSON] arrived tired.',
    at: [
      { surface: 'Martha Washington', type: 'PERSON' },
      { surface: 'Washington', nth: 1, type: 'LOC' },
      { surface: 'Washington', nth: 2, type: 'PERSON' },
    ],
    same: [[0, 2]],
    apart: [[0, 1]],
  },
  {
    title: 'a place named first and a person of the same surname later',
    marked:
      'Rain fell on [Washington|LOC] all week. [Martha Washington|PERSON] stayed home. ' +
      '[Washington|PERSON] wrote letters instead.',
    at: [
      { surface: 'Washington', nth: 0, type: 'LOC' },
      { surface: 'Martha Washington', type: 'PERSON' },
      { surface: 'Washington', nth: 2, type: 'PERSON' },
    ],
    same: [[1, 2]],
    apart: [[0, 1]],
  },
  {
    title: 'a place spelt like a person named by one word alone',
    marked: '[Washington|PERSON] led the march. Days later the marchers reached [Washington|LOC].',
    at: [
      { surface: 'Washington', nth: 0, type: 'PERSON' },
      { surface: 'Washington', nth: 1, type: 'LOC' },
    ],
    apart: [[0, 1]],
  },
  {
    title: 'a nationality adjective is not the country',
    marked: 'The [Czech Republic|LOC] voted no. [Czech|MISC] diplomats left early.',
    at: [
      { surface: 'Czech Republic', type: 'LOC' },
      { surface: 'Czech', nth: 1, type: 'MISC' },
    ],
    apart: [[0, 1]],
  },
  {
    title: 'a religious adjective before a group noun is no organisation',
    marked: 'Police questioned members of the [Islamic|MISC] group on Tuesday.',
    at: [{ surface: 'Islamic', type: 'MISC' }],
  },
  {
    title: 'the recogniser’s ORG on a person’s surname still joins the person',
    marked: '[Ilse Brandauer|PERSON] won the vote. [Brandauer|ORG] thanked her staff.',
    at: [
      { surface: 'Ilse Brandauer', type: 'PERSON' },
      { surface: 'Brandauer', nth: 1, type: 'PERSON' },
    ],
    same: [[0, 1]],
  },
];

/** Spans the recogniser gives that coreference must keep as they are, or drop. */
const spanCases: readonly Case[] = [
  {
    title: 'a title that is also a surname stays a name when no name follows it',
    marked: '[Billie Jo King|PERSON] lost the final. [King|PERSON] said she was tired.',
    at: [
      { surface: 'Billie Jo King', type: 'PERSON' },
      { surface: 'King', nth: 1, type: 'PERSON' },
    ],
    same: [[0, 1]],
  },
  {
    title: 'a courtesy title alone is no name',
    marked: 'The visitor was polite. [Mr|PERSON] , he said, would do.',
    at: [],
    none: ['Mr'],
  },
  {
    title: 'a bracket closed inside the name is kept',
    marked: '[Radnik ( N )|ORG] beat [Borik ( V )|ORG] 2-0.',
    at: [
      { surface: 'Radnik ( N )', type: 'ORG' },
      { surface: 'Borik ( V )', type: 'ORG' },
    ],
  },
  {
    title: 'a name of another type that starts with a title word is a name of its own',
    marked: '[Major League|MISC] standings were published. The [Queen of the Isles|ORG] ferry sailed late.',
    at: [
      { surface: 'Major League', type: 'MISC' },
      { surface: 'Queen of the Isles', type: 'ORG' },
    ],
  },
];

function runCases(list: readonly Case[]): void {
  for (const testCase of list) {
    it(testCase.title, () => {
      const { text, entities } = entitiesOf(testCase.marked);
      const found = testCase.at.map((at) => entityAt(text, entities, at.surface, at.nth ?? 0));
      testCase.at.forEach((at, index) => {
        const entity = found[index];
        assert.ok(entity, `no name mention at "${at.surface}" #${at.nth ?? 0}`);
        if (at.type) assert.equal(entity.type, at.type, `type of "${at.surface}" #${at.nth ?? 0}`);
      });
      for (const group of testCase.same ?? [])
        for (const index of group)
          assert.equal(found[index]?.id, found[group[0] as number]?.id, 'same entity');
      for (const group of testCase.apart ?? [])
        for (const index of group.slice(1))
          assert.notEqual(found[index]?.id, found[group[0] as number]?.id, 'different entities');
      for (const surface of testCase.none ?? [])
        assert.equal(entityAt(text, entities, surface, 0), undefined, `"${surface}" is no name`);
    });
  }
}

describe('resolveEntities: the same name typed differently', () => runCases(cases));
describe('resolveEntities: spans kept or dropped', () => runCases(spanCases));

describe('resolveEntities: names of other types keep their words', () => {
  it('"Major League" is named "Major League", not "League"', () => {
    const { entities } = entitiesOf('[Major League|MISC] clubs met in June.');
    assert.deepEqual(
      entities.map((entity) => entity.name),
      ['Major League'],
    );
  });
});

describe('a business named in the possessive keeps its "\'s"', () => {
  // the refiner took the "'s" in (src/nlp/names/possessive-business-names.ts); a person's stays cut
  it('an ORG of one word and its possessive is named with it', () => {
    const { entities } = entitiesOf("[Kellinger's|ORG] said its sales rose.");
    assert.deepEqual(
      entities.map((entity) => entity.name),
      ["Kellinger's"],
    );
  });
  it("a person's possessive is cut", () => {
    const { entities } = entitiesOf("[Ann Hale's|PERSON] sales rose.");
    assert.deepEqual(
      entities.map((entity) => entity.name),
      ['Ann Hale'],
    );
  });
});
