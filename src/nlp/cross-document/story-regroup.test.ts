import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { coreWords, regroupInStories, type RegroupMember } from './story-regroup.js';

interface Case {
  readonly name: string;
  /** [doc, type, name, first-pass cluster] */
  readonly members: readonly [number, string, string, string][];
  readonly clusters: Record<string, string>;
  readonly stories: readonly number[];
  readonly expected: readonly string[];
}

const cases: readonly Case[] = [
  {
    name: 'a title taken into a name goes to the shorter name, counted over every type it was read as',
    // "The Wild Dorota Kensal" (a film title) in two articles; "Dorota Kensal" as PERSON in two
    // and as ORG in one: three articles name her without the title, where one name alone had two
    members: [
      [0, 'PERSON', 'Wild Dorota Kensal', 'titled'],
      [1, 'PERSON', 'Wild Dorota Kensal', 'titled'],
      [2, 'PERSON', 'Dorota Kensal', 'person'],
      [3, 'PERSON', 'Dorota Kensal', 'person'],
      [4, 'ORG', 'Dorota Kensal', 'org'],
    ],
    clusters: { titled: 'PERSON', person: 'PERSON', org: 'ORG' },
    stories: [0, 0, 0, 0, 0],
    expected: ['person', 'person', 'person', 'person', 'person'],
  },
  {
    name: 'a word after a name taken in from a headline goes to the shorter name',
    // "Lena Marsh Checks Into Clinic" read as the name "Lena Marsh Checks" in one article
    members: [
      [0, 'PERSON', 'Lena Marsh Checks', 'headline'],
      [1, 'PERSON', 'Lena Marsh', 'person'],
      [2, 'PERSON', 'Lena Marsh', 'person'],
      [3, 'PERSON', 'Lena Marsh Checks', 'headline-elsewhere'],
    ],
    clusters: { headline: 'PERSON', person: 'PERSON', 'headline-elsewhere': 'PERSON' },
    stories: [0, 0, 0, 1],
    expected: ['person', 'person', 'person', 'headline-elsewhere'],
  },
  {
    name: 'the shorter name named by no more articles moves nothing',
    members: [
      [0, 'PERSON', 'Wild Dorota Kensal', 'titled'],
      [1, 'PERSON', 'Wild Dorota Kensal', 'titled'],
      [2, 'PERSON', 'Dorota Kensal', 'person'],
      [3, 'MISC', 'Dorota Kensal', 'misc'],
    ],
    clusters: { titled: 'PERSON', person: 'PERSON', misc: 'MISC' },
    stories: [0, 0, 0, 0],
    expected: ['titled', 'titled', 'person', 'misc'],
  },
  {
    name: 'a lone surname goes to the full name most articles of the story use',
    members: [
      [0, 'PERSON', 'Orsolya Vantelli', 'full1'],
      [1, 'PERSON', 'Orsolya Vantelli', 'full1'],
      [2, 'PERSON', 'Marek Vantelli', 'full2'],
      [2, 'PERSON', 'Vantelli', 'lone'],
    ],
    clusters: { full1: 'PERSON', full2: 'PERSON', lone: 'PERSON' },
    stories: [0, 0, 0],
    expected: ['full1', 'full1', 'full2', 'full1'],
  },
  {
    name: 'a tie between two full names moves nothing',
    members: [
      [0, 'PERSON', 'Orsolya Vantelli', 'full1'],
      [1, 'PERSON', 'Marek Vantelli', 'full2'],
      [2, 'PERSON', 'Vantelli', 'lone'],
    ],
    clusters: { full1: 'PERSON', full2: 'PERSON', lone: 'PERSON' },
    stories: [0, 0, 0],
    expected: ['full1', 'full2', 'lone'],
  },
  {
    name: 'another story does not count',
    members: [
      [0, 'PERSON', 'Orsolya Vantelli', 'full1'],
      [1, 'PERSON', 'Vantelli', 'lone'],
    ],
    clusters: { full1: 'PERSON', lone: 'PERSON' },
    stories: [0, 1],
    expected: ['full1', 'lone'],
  },
  {
    name: 'a surname typed ORG joins the person only when more articles name the person',
    members: [
      [0, 'PERSON', 'Orsolya Vantelli', 'full1'],
      [1, 'PERSON', 'Orsolya Vantelli', 'full1'],
      [2, 'ORG', 'Vantelli', 'org'],
    ],
    clusters: { full1: 'PERSON', org: 'ORG' },
    stories: [0, 0, 0],
    expected: ['full1', 'full1', 'full1'],
  },
  {
    name: 'a company named by more articles than the person keeps its surname',
    members: [
      [0, 'PERSON', 'Orsolya Vantelli', 'full1'],
      [1, 'ORG', 'Vantelli', 'org'],
      [2, 'ORG', 'Vantelli', 'org'],
    ],
    clusters: { full1: 'PERSON', org: 'ORG' },
    stories: [0, 0, 0],
    expected: ['full1', 'org', 'org'],
  },
  {
    name: 'a short team name joins the one longer name ending in it; a company suffix is dropped',
    members: [
      [0, 'ORG', 'Brennick Otters', 'long'],
      [1, 'ORG', 'the Otters', 'short'],
      [2, 'ORG', 'Otters', 'short2'],
      [3, 'ORG', 'Zandro Corp.', 'corp'],
      [4, 'ORG', 'Zandro', 'bare'],
      [4, 'ORG', 'Zandro', 'bare'],
    ],
    clusters: { long: 'ORG', short: 'ORG', short2: 'ORG', corp: 'ORG', bare: 'ORG' },
    stories: [0, 0, 0, 0, 0],
    expected: ['long', 'long', 'long', 'bare', 'bare', 'bare'],
  },
  {
    name: 'two longer names ending in the same word: no move',
    members: [
      [0, 'ORG', 'Brennick Otters', 'long1'],
      [1, 'ORG', 'Salvo Otters', 'long2'],
      [2, 'ORG', 'Otters', 'short'],
    ],
    clusters: { long1: 'ORG', long2: 'ORG', short: 'ORG' },
    stories: [0, 0, 0],
    expected: ['long1', 'long2', 'short'],
  },
  {
    name: 'the same name under another type goes to the type more articles give it',
    members: [
      [0, 'PERSON', 'Velia Brandt', 'person'],
      [1, 'PERSON', 'Velia Brandt', 'person'],
      [2, 'ORG', 'Velia Brandt', 'org'],
    ],
    clusters: { person: 'PERSON', org: 'ORG' },
    stories: [0, 0, 0],
    expected: ['person', 'person', 'person'],
  },
  {
    name: 'words taken in before a person name',
    members: [
      [0, 'PERSON', 'Tomas Reyva', 'person'],
      [1, 'PERSON', 'Tomas Reyva', 'person'],
      [2, 'PERSON', 'Otters RB Tomas Reyva', 'long'],
    ],
    clusters: { person: 'PERSON', long: 'PERSON' },
    stories: [0, 0, 0],
    expected: ['person', 'person', 'person'],
  },
];

describe('cross-document entities: a second pass inside each story', () => {
  for (const test of cases)
    it(test.name, () => {
      const members: RegroupMember[] = test.members.map(([doc, type, name, cluster]) => ({
        doc,
        type,
        name,
        cluster,
      }));
      const clusters = new Map(Object.entries(test.clusters).map(([id, type]) => [id, { id, type }]));
      assert.deepEqual(regroupInStories(members, clusters, test.stories), test.expected);
    });

  it('reads a name without "the", titles and company suffixes', () => {
    assert.deepEqual(coreWords('The Zandro Corp.'), ['zandro']);
    assert.deepEqual(coreWords('Mr Tomas Reyva'), ['tomas', 'reyva']);
    assert.deepEqual(coreWords('Inc'), ['inc']);
  });
});
