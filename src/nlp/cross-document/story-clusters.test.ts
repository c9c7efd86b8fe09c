import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitByPeople, storiesSharingPeople, storyClusters } from './story-clusters.js';

describe('stories: which articles tell the same one', () => {
  it('groups the reports of one story apart from a story of the same kind', () => {
    const stories = storyClusters([
      {
        text: 'Police in Velmar arrested the dock foreman Ivan Mirzoyev after the crane collapse.',
        entities: ['mirzoyev', 'velmar'],
      },
      {
        text: 'Harbour workers protested in Oskaven over unpaid wages and blocked the ferry terminal.',
        entities: ['oskaven'],
      },
      {
        text: 'Mirzoev, the Velmar dock foreman, was arrested on Tuesday; the crane collapse killed two.',
        entities: ['mirzoyev', 'velmar'],
      },
      {
        text: 'The ferry terminal in Oskaven stayed blocked as workers protested over wages.',
        entities: ['oskaven'],
      },
    ]);
    assert.equal(stories[0], stories[2]);
    assert.equal(stories[1], stories[3]);
    assert.notEqual(stories[0], stories[1]);
  });

  it('keeps an article with nothing in common apart, and numbers stories in order', () => {
    assert.deepEqual(
      storyClusters([
        { text: 'Orchard growers expect a late apple harvest.', entities: [] },
        { text: 'The chess federation elected a new chairman.', entities: [] },
      ]),
      [0, 1],
    );
  });

  it('groups the same articles alike whatever their order', () => {
    const articles = [
      { text: 'Police in Velmar arrested the dock foreman after the crane collapse.', entities: ['velmar'] },
      {
        text: 'Harbour workers in Oskaven blocked the ferry terminal over unpaid wages.',
        entities: ['oskaven'],
      },
      {
        text: 'The Velmar foreman arrested after the crane collapse appeared in court.',
        entities: ['velmar'],
      },
      {
        text: 'The Oskaven ferry terminal stayed blocked as harbour workers demanded wages.',
        entities: ['oskaven'],
      },
      { text: 'Orchard growers expect a late apple harvest.', entities: [] },
    ];
    const partition = (stories: readonly number[], order: readonly number[]) =>
      order.map((article) =>
        order.filter((other) => stories[order.indexOf(other)] === stories[order.indexOf(article)]).sort(),
      );
    const forward = [0, 1, 2, 3, 4];
    const backward = [4, 3, 2, 1, 0];
    const groups = (order: number[]) => {
      const stories = storyClusters(order.map((article) => articles[article]!));
      const of = new Map(
        order.map((article, index) => [article, partition(stories, order)[index]!.join(',')]),
      );
      return forward.map((article) => of.get(article));
    };
    assert.deepEqual(groups(forward), groups(backward));
    assert.deepEqual(groups(forward), ['0,2', '1,3', '0,2', '1,3', '4']);
  });
});

describe('stories: two incidents of one kind told with other people', () => {
  // one story of seven articles: three name the victim Oda Renn and the gunman Tobias Hale in
  // Marlow, three the victim Lise Varga and the gunman Piet Oram in Kessby, one names only Kessby
  const people = [
    new Set(['renn', 'hale']),
    new Set(['renn']),
    new Set(['hale', 'renn']),
    new Set(['varga', 'oram']),
    new Set(['oram']),
    new Set(['varga']),
    new Set<string>(),
  ];
  const places = [
    ['marlow'],
    ['marlow'],
    [],
    ['kessby', 'kessby-court'],
    ['kessby'],
    ['kessby-court'],
    ['kessby', 'kessby-court'],
  ];
  const entities = people.map((names, article) => new Set([...names, ...places[article]!]));

  it('splits a story whose articles fall into groups naming no person in common', () => {
    const stories = splitByPeople([0, 0, 0, 0, 0, 0, 0, 1], [...people, new Set()], [...entities, new Set()]);
    assert.deepEqual(stories, [0, 0, 0, 2, 2, 2, 2, 1]);
  });

  it('makes an article that shares one entity only with the groups a story of its own', () => {
    const loose = entities.map((set, article) => (article === 6 ? new Set(['kessby']) : set));
    assert.deepEqual(splitByPeople([0, 0, 0, 0, 0, 0, 0], people, loose), [0, 0, 0, 1, 1, 1, 2]);
  });

  it('keeps them one story when both groups name one entity in half their articles', () => {
    const shared = entities.map((set) => new Set([...set, 'harbour-police']));
    assert.deepEqual(splitByPeople([0, 0, 0, 0, 0, 0, 0], people, shared), [0, 0, 0, 0, 0, 0, 0]);
  });

  it('keeps a group of fewer than three articles in its story', () => {
    assert.deepEqual(
      splitByPeople([0, 0, 0, 0, 0, 0], people.slice(0, 5).concat([new Set()]), entities.slice(0, 6)),
      [0, 0, 0, 0, 0, 0],
    );
  });
});

describe('storiesSharingPeople: two stories of one main person', () => {
  // stories 0 and 1 both tell of Dana Krell (an admission and a release); story 2 names her once
  // in three articles; story 3 is one article that names her
  const people = [
    new Set(['krell']),
    new Set(['krell', 'voss']),
    new Set(['krell']),
    new Set(['krell']),
    new Set(['krell', 'oram']),
    new Set(['oram']),
    new Set(['oram']),
    new Set(['krell']),
  ];
  const storyOf = [0, 0, 1, 1, 2, 2, 2, 3];

  it('groups stories whose articles name one person in half of each', () => {
    assert.deepEqual(storiesSharingPeople(storyOf, people), [0, 0, 0, 0, 2, 2, 2, 3]);
  });
  it('keeps stories apart when the person is no main person of one of them', () => {
    const once = [
      new Set(['krell']),
      new Set(['krell']),
      new Set(['krell']),
      new Set(['oram']),
      new Set(['oram']),
    ];
    assert.deepEqual(storiesSharingPeople([0, 0, 1, 1, 1], once), [0, 0, 1, 1, 1]);
  });
});
