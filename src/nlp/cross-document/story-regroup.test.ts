import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  coreWords,
  regroupInStories,
  sameFullName,
  shortNameTargets,
  spreadMoves,
  type RegroupMember,
} from './story-regroup.js';

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
    name: 'a lone given name goes to the one person of the story whose full name opens with it',
    // "Marisol" alone in one article, "Marisol Vantreck" in two; another story's "Marisol" has a
    // cluster of its own and stays
    members: [
      [0, 'PERSON', 'Marisol', 'given'],
      [1, 'PERSON', 'Marisol Vantreck', 'full'],
      [2, 'PERSON', 'Marisol Vantreck', 'full'],
      [3, 'PERSON', 'Marisol', 'other'],
    ],
    clusters: { given: 'PERSON', full: 'PERSON', other: 'PERSON' },
    stories: [0, 0, 0, 1],
    expected: ['full', 'full', 'full', 'other'],
  },
  {
    name: 'a lone given name stays when two people of the story bear it or the full name is no person',
    members: [
      [0, 'PERSON', 'Marisol', 'given'],
      [1, 'PERSON', 'Marisol Vantreck', 'full'],
      [2, 'PERSON', 'Marisol Dunhaven', 'second'],
      [3, 'PERSON', 'Gideon', 'gideon'],
      [4, 'PERSON', 'Gideon Friday', 'day'],
      [5, 'PERSON', 'Gideon', 'split'],
      [6, 'PERSON', 'Gideon', 'split'],
    ],
    clusters: {
      given: 'PERSON',
      full: 'PERSON',
      second: 'PERSON',
      gideon: 'PERSON',
      day: 'PERSON',
      split: 'PERSON',
    },
    stories: [0, 0, 0, 0, 0, 1, 2],
    expected: ['given', 'full', 'second', 'gideon', 'day', 'split', 'split'],
  },
  {
    name: "an organisation's acronym goes to the one organisation of the story whose initials it is",
    // "TLR" in two articles, "The Lakeview Register" in three; another story's "TLR" stays
    members: [
      [0, 'ORG', 'TLR', 'acronym'],
      [1, 'ORG', 'TLR', 'acronym'],
      [2, 'ORG', 'The Lakeview Register', 'spelled'],
      [3, 'ORG', 'Lakeview Register', 'spelled'],
      [4, 'ORG', 'TLR', 'acronym'],
    ],
    clusters: { acronym: 'ORG', spelled: 'ORG' },
    stories: [0, 0, 0, 0, 1],
    expected: ['spelled', 'spelled', 'spelled', 'spelled', 'acronym'],
  },
  {
    name: 'an acronym that two organisations of the story spell stays',
    members: [
      [0, 'ORG', 'LR', 'acronym'],
      [1, 'ORG', 'Lakeview Register', 'register'],
      [2, 'ORG', 'Lakeview Rangers', 'rangers'],
      [3, 'PERSON', 'Lena Reyes', 'person'],
    ],
    clusters: { acronym: 'ORG', register: 'ORG', rangers: 'ORG', person: 'PERSON' },
    stories: [0, 0, 0, 0],
    expected: ['acronym', 'register', 'rangers', 'person'],
  },
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
  {
    // "Tomas Alden Reyva" may be another man than "J. Tomas Reyva", and "Tomas Reyva" names no more
    // articles than it: it stays
    name: 'a full name without its initial goes to the form more articles use',
    members: [
      [0, 'PERSON', 'J. Tomas Reyva', 'initial'],
      [1, 'PERSON', 'J. Tomas Reyva', 'initial'],
      [2, 'PERSON', 'J. Tomas Reyva', 'initial'],
      [3, 'PERSON', 'Tomas Reyva', 'plain'],
      [4, 'PERSON', 'Tomas Alden Reyva', 'middle'],
      [4, 'PERSON', 'Ilse Reyva', 'sister'],
    ],
    clusters: { initial: 'PERSON', plain: 'PERSON', middle: 'PERSON', sister: 'PERSON' },
    stories: [0, 0, 0, 0, 0],
    expected: ['initial', 'initial', 'initial', 'initial', 'middle', 'sister'],
  },
  {
    name: 'a short form of a first name goes to the long form with a middle name; not in another story',
    members: [
      [0, 'PERSON', 'Frederick Calder Ombo', 'long'],
      [1, 'PERSON', 'Frederick Calder Ombo', 'long'],
      [2, 'PERSON', 'Fred Ombo', 'short'],
      [3, 'PERSON', 'Fred Ombo', 'short'],
    ],
    clusters: { long: 'PERSON', short: 'PERSON' },
    stories: [0, 0, 0, 1],
    expected: ['long', 'long', 'long', 'short'],
  },
  {
    name: 'a team named by its school or its place goes to the team the story names in full',
    // "Velmont beat the Denver Falcons ...": "Velmont" read as ORG, "Denver" as a place
    members: [
      [0, 'ORG', 'Velmont Ravens', 'ravens'],
      [1, 'ORG', 'Velmont', 'velmont'],
      [2, 'ORG', 'Velmont', 'velmont'],
      [0, 'ORG', 'the Denver Falcons', 'falcons'],
      [1, 'LOC', 'Denver', 'denver'],
    ],
    clusters: { ravens: 'ORG', velmont: 'ORG', falcons: 'ORG', denver: 'LOC' },
    stories: [0, 0, 0],
    expected: ['ravens', 'ravens', 'ravens', 'falcons', 'falcons'],
  },
  {
    name: "not a name that opens something other than a team, a place that opens no place's team, nor two teams",
    members: [
      [0, 'ORG', 'Velmont Research', 'research'],
      [1, 'ORG', 'Velmont', 'velmont'],
      [0, 'ORG', 'Zandro Hawks', 'hawks'],
      [1, 'LOC', 'Zandro', 'zandro'],
      [0, 'ORG', 'Denver Falcons', 'falcons'],
      [0, 'ORG', 'Denver Owls', 'owls'],
      [1, 'LOC', 'Denver', 'denver'],
    ],
    clusters: {
      research: 'ORG',
      velmont: 'ORG',
      hawks: 'ORG',
      zandro: 'LOC',
      falcons: 'ORG',
      owls: 'ORG',
      denver: 'LOC',
    },
    stories: [0, 0],
    expected: ['research', 'velmont', 'hawks', 'zandro', 'falcons', 'owls', 'denver'],
  },
  {
    name: 'an organisation named with or without middle words goes to the form more articles use',
    members: [
      [0, 'ORG', 'Harbin Bank', 'short'],
      [1, 'ORG', 'Harbin Bank', 'short'],
      [2, 'LOC', 'Harbin Trust Bank', 'long'],
      [2, 'ORG', 'Harbin Savings', 'savings'],
    ],
    clusters: { short: 'ORG', long: 'LOC', savings: 'ORG' },
    stories: [0, 0, 0],
    expected: ['short', 'short', 'short', 'savings'],
  },
];

describe('cross-document entities: one person under two forms of a full name', () => {
  const same: readonly [string, string, boolean][] = [
    ['w mark velt', 'mark velt', true],
    ['fred ombo', 'frederick calder ombo', true],
    ['r tomas reyva', 'r reyva', true],
    ['mark velt', 'joan velt', false],
    ['mark a velt', 'mark b velt', false],
    ['chris ombo', 'christine ombo', false],
    ['mark velt', 'mark velters', false],
    ['w velt', 'mark velt', false],
    // pet forms: all but two final letters of the short one open the long one, one gender
    ['katie ombo', 'kathryn ombo', true],
    ['dave velt', 'david velt', true],
    ['christian ombo', 'christopher ombo', false],
    ['mary velt', 'mark velt', false],
  ];
  for (const [left, right, expected] of same)
    it(`${left} / ${right}: ${expected}`, () => {
      assert.equal(sameFullName(left.split(' '), right.split(' ')), expected);
      assert.equal(sameFullName(right.split(' '), left.split(' ')), expected);
    });
});

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

interface SpreadCase {
  readonly name: string;
  /** [doc, type, name, first-pass cluster] */
  readonly members: readonly [number, string, string, string][];
  /** each member's cluster after regroupInStories */
  readonly moved: readonly string[];
  readonly stories: readonly number[];
  readonly expected: readonly string[];
}

const spreadCases: readonly SpreadCase[] = [
  {
    name: 'a surname left in another story follows the members of its cluster that moved',
    // "Vantelli" read as ORG everywhere; the story of articles 0–2 gave it to "Orsolya Vantelli",
    // the story of articles 3–4 names no one of that surname in full
    members: [
      [0, 'PERSON', 'Orsolya Vantelli', 'full'],
      [1, 'PERSON', 'Orsolya Vantelli', 'full'],
      [2, 'ORG', 'Vantelli', 'surname'],
      [3, 'ORG', 'Vantelli', 'surname'],
      [4, 'ORG', 'Vantelli', 'surname'],
    ],
    moved: ['full', 'full', 'full', 'surname', 'surname'],
    stories: [0, 0, 0, 1, 1],
    expected: ['full', 'full', 'full', 'full', 'full'],
  },
  {
    name: 'not when the story left behind names another person of that surname',
    members: [
      [0, 'PERSON', 'Orsolya Vantelli', 'full'],
      [1, 'ORG', 'Vantelli', 'surname'],
      [2, 'PERSON', 'Marek Vantelli', 'other'],
      [3, 'ORG', 'Vantelli', 'surname'],
    ],
    moved: ['full', 'full', 'other', 'surname'],
    stories: [0, 0, 1, 1],
    expected: ['full', 'full', 'other', 'surname'],
  },
  {
    name: 'two clusters that gave members to each other become the larger one',
    // "Grey Heron" (an informant's nickname) read as PERSON in one story and as ORG in the other
    members: [
      [0, 'PERSON', 'Grey Heron', 'person'],
      [1, 'PERSON', 'Grey Heron', 'person'],
      [2, 'ORG', 'Grey Heron', 'org'],
      [3, 'ORG', 'Grey Heron', 'org'],
      [4, 'ORG', 'Grey Heron', 'org'],
      [5, 'PERSON', 'Grey Heron', 'person'],
      [6, 'PERSON', 'Grey Heron', 'person'],
    ],
    moved: ['person', 'person', 'person', 'org', 'org', 'org', 'person'],
    stories: [0, 0, 0, 1, 1, 1, 0],
    expected: ['person', 'person', 'person', 'person', 'person', 'person', 'person'],
  },
  {
    name: 'a cluster whose members went to two clusters moves nothing more',
    members: [
      [0, 'ORG', 'Vantelli', 'surname'],
      [1, 'ORG', 'Vantelli', 'surname'],
      [2, 'ORG', 'Vantelli', 'surname'],
    ],
    moved: ['full', 'other', 'surname'],
    stories: [0, 1, 2],
    expected: ['full', 'other', 'surname'],
  },
];

describe('cross-document entities: what one story decided for a cluster', () => {
  for (const test of spreadCases)
    it(test.name, () => {
      const members: RegroupMember[] = test.members.map(([doc, type, name, cluster]) => ({
        doc,
        type,
        name,
        cluster,
      }));
      assert.deepEqual(spreadMoves(members, test.moved, test.stories), test.expected);
    });
});

describe('shortNameTargets (a team named by its short name in a story of its own)', () => {
  const table: {
    name: string;
    clusters: [string, string, number, string[]][];
    expected: [string, string][];
    /** The text of every article (one that names Harwick unless given). */
    text?: string;
  }[] = [
    {
      name: 'a short team name goes to the one longer name ending so',
      clusters: [
        ['a', 'ORG', 9, ['Harwick Falcons', 'the Harwick Falcons']],
        ['b', 'ORG', 1, ['Falcons', 'the Falcons']],
        ['c', 'MISC', 2, ['Falcons']],
      ],
      expected: [
        ['b', 'a'],
        ['c', 'a'],
      ],
    },
    {
      name: 'a name cut short counts as the longer one',
      clusters: [
        ['a', 'ORG', 9, ['North Harwick Falcons']],
        ['cut', 'ORG', 2, ['Harwick Falcons']],
        ['b', 'ORG', 1, ['Falcons']],
      ],
      text: 'The Falcons of North Harwick won.',
      expected: [
        ['cut', 'a'],
        ['b', 'a'],
      ],
    },
    {
      name: 'not when its articles never name the place of the team',
      clusters: [
        ['a', 'ORG', 9, ['Harwick Falcons']],
        ['b', 'ORG', 1, ['Falcons']],
      ],
      text: 'The Falcons of Bexley lost.',
      expected: [],
    },
    {
      name: 'two teams ending so: nothing',
      clusters: [
        ['a', 'ORG', 9, ['Harwick Falcons']],
        ['z', 'ORG', 3, ['Bexley Falcons']],
        ['b', 'ORG', 1, ['Falcons']],
      ],
      expected: [],
    },
    {
      name: 'not a plural name, nor a person, nor into a smaller cluster',
      clusters: [
        ['a', 'ORG', 9, ['Harwick Post']],
        ['b', 'ORG', 1, ['Post']],
        ['c', 'ORG', 1, ['Bexley Rovers']],
        ['d', 'ORG', 4, ['Rovers']],
        ['e', 'ORG', 5, ['Selmira Wardens']],
        ['f', 'PERSON', 1, ['Wardens']],
        ['g', 'ORG', 5, ['Dravan Motors']],
        ['h', 'ORG', 1, ['General Motors']],
      ],
      expected: [],
    },
  ];
  for (const test of table)
    it(test.name, () => {
      const clusters = test.clusters.map(([id, type, docs, names]) => ({
        id,
        type,
        docs,
        names,
        texts: [test.text ?? 'The Falcons of Harwick won again.'],
      }));
      assert.deepEqual(shortNameTargets(clusters), test.expected);
    });
});
