import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  sentenceBreaksUpTo,
  speakerPronounGender,
  surnameHolder,
  type SurnameCandidate,
} from './cluster-names.js';
import { entitiesOf, nameAt } from './test-helpers.js';

/** Relatives who share a surname (issue 10): each stays a person of their own; a bare surname goes to one. */
describe('resolveEntities: people who share a surname', () => {
  const cases: readonly { title: string; marked: string; surface: string; nth?: number; expected: string }[] =
    [
      {
        title: 'two given names one form apart in one sentence are two people',
        marked: '[Danielle Moss|PERSON] and her brother [Daniel Moss|PERSON] won gold.',
        surface: 'Daniel Moss',
        expected: 'Daniel Moss',
      },
      {
        title: 'a pet form after a kinship noun is another person',
        marked: '[Tom Reyes|PERSON] and his son [Tommy Reyes|PERSON] run the farm.',
        surface: 'Tom Reyes',
        expected: 'Tom Reyes',
      },
      {
        title: 'a kinship noun keeps a near spelling apart across sentences',
        marked: '[Christina Vale|PERSON] ran first. Then her twin [Christine Vale|PERSON] ran.',
        surface: 'Christina Vale',
        expected: 'Christina Vale',
      },
      {
        title: 'a middle initial left out in a later sentence is still the same person',
        marked: '[Oren K. Tallis|PERSON] won. [Oren Tallis|PERSON] thanked the crowd.',
        surface: 'Oren Tallis',
        expected: 'Oren K. Tallis',
      },
      {
        title: 'a generational suffix is no surname: the bare surname finds the name it ends',
        marked: '[Lorne Mullen Jr|PERSON] played drums. Later [Mullen|PERSON] thanked the crowd.',
        surface: 'Mullen',
        expected: 'Lorne Mullen Jr',
      },
      {
        title: 'no chain yet: the bare surname goes to the sister named last',
        marked:
          '[Lena Marsh|PERSON] beat her sister [Carla Marsh|PERSON] 6-3, 6-4. [Marsh|PERSON], the older sister, said she felt calm.',
        surface: 'Marsh',
        nth: 2,
        expected: 'Carla Marsh',
      },
      {
        title: 'the son named last in the sentence before',
        marked:
          '[Tom Reyes|PERSON] and his son [Daniel Reyes|PERSON] run the farm. [Daniel Reyes|PERSON] joined in 2010. [Reyes|PERSON] said the drought had been hard.',
        surface: 'Reyes',
        nth: 3,
        expected: 'Daniel Reyes',
      },
      {
        title: 'the person the text already calls by the surname keeps it',
        marked:
          '[Ravi Okoro|PERSON] vanished in 1995. [Okoro|PERSON] had played guitar. His parents, [Ada|PERSON] and [Femi Okoro|PERSON], flew to Spain in 1996. They found nothing. Fans said they saw [Okoro|PERSON] in Goa.',
        surface: 'Okoro',
        nth: 3,
        expected: 'Ravi Okoro',
      },
      {
        title: 'a relative named in full in the sentence before borrows the surname for a moment',
        marked:
          '[Ravi Okoro|PERSON] coached the side. [Okoro|PERSON] picked the team. He said full-back [Femi Okoro|PERSON] would start. [Okoro|PERSON] was blamed for the loss. [Okoro|PERSON] defended the coach.',
        surface: 'Okoro',
        nth: 3,
        expected: 'Femi Okoro',
      },
      {
        title: 'a given name alone is no use of the surname',
        marked:
          '[Dora Pell|PERSON], whose daughter [Lina|PERSON] died in 2003, is suing. The case is long. [Ms Pell|PERSON] filed it in May. [Lina Pell|PERSON] was 40.',
        surface: 'Ms Pell',
        expected: 'Dora Pell',
      },
      {
        title: 'the pronoun of the surname’s own speech verb agrees with the person',
        marked:
          '[Danielle Moss|PERSON] and her brother [Daniel Moss|PERSON] won gold. [Moss|PERSON] said she was delighted.',
        surface: 'Moss',
        nth: 2,
        expected: 'Danielle Moss',
      },
    ];
  for (const testCase of cases)
    it(testCase.title, () => {
      const { text, entities } = entitiesOf(testCase.marked);
      assert.equal(nameAt(text, entities, testCase.surface, testCase.nth ?? 0), testCase.expected);
    });

  it('two relatives stay two entities', () => {
    const { entities } = entitiesOf(
      '[Lena Marsh|PERSON] beat her sister [Carla Marsh|PERSON]. [Marsh|PERSON] said she was calm. [Carla Marsh|PERSON] was tired.',
    );
    assert.deepEqual(
      entities.filter((entity) => entity.type === 'PERSON').map((entity) => entity.name),
      ['Lena Marsh', 'Carla Marsh'],
    );
  });
});

describe('surnameHolder', () => {
  const candidate = (cluster: number, fullStarts: number[], latestSurname = -1, namedJustBefore = -1) =>
    ({ cluster, fullStarts, latestSurname, namedJustBefore }) satisfies SurnameCandidate;
  const cases: readonly [string, SurnameCandidate[], number, number | undefined, number | undefined][] = [
    ['the only one', [candidate(0, [50])], 10, undefined, 0],
    ['none', [], 10, undefined, undefined],
    ['named last before', [candidate(0, [0]), candidate(1, [20])], 40, undefined, 1],
    ['a bare surname counts as named', [candidate(0, [0], 30), candidate(1, [20])], 40, undefined, 0],
    ['the chain wins over recency', [candidate(0, [0]), candidate(1, [20])], 40, 0, 0],
    [
      'a full name just before wins over the chain',
      [candidate(0, [0]), candidate(1, [20], -1, 20)],
      40,
      0,
      1,
    ],
    ['the first named after, when none before', [candidate(0, [90]), candidate(1, [60])], 10, undefined, 1],
    ['a chain holder that is no candidate is ignored', [candidate(0, [0]), candidate(1, [20])], 40, 7, 1],
  ];
  for (const [title, candidates, position, previous, expected] of cases)
    it(title, () => assert.equal(surnameHolder(candidates, position, previous), expected));
});

describe('speakerPronounGender', () => {
  const cases: readonly [string, 'm' | 'f' | undefined][] = [
    [' said she was delighted.', 'f'],
    [' says that he will stay.', 'm'],
    [', 54, said he was tired.', 'm'],
    [' told reporters she had won.', 'f'],
    [' said the team had won.', undefined],
    [' and she left.', undefined],
  ];
  for (const [after, expected] of cases)
    it(JSON.stringify(after), () => assert.equal(speakerPronounGender(`Moss${after}`, 4), expected));
});

describe('sentenceBreaksUpTo', () => {
  const cases: readonly [string, number, number][] = [
    [' left. She said. He went. Then', 5, 3],
    [' left. She said. He went. Then', 2, 2],
    [' said, “Go.” Then\nMoss', 5, 2],
    [' and then Moss', 5, 0],
  ];
  for (const [between, most, expected] of cases)
    it(`${JSON.stringify(between)} up to ${most}`, () =>
      assert.equal(sentenceBreaksUpTo(between, most), expected));
});
