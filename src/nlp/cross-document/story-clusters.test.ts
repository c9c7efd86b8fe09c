import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storyClusters } from './story-clusters.js';

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
