import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conflictsText } from '../output/conflicts-text.js';
import { toContractJson } from '../output/contract.js';
import { processInput } from '../pipeline/pipeline.js';
import { corpusOf } from './corpus.js';
import { placeJoins } from './corpus-claims.js';
import type { ExtractDocument } from './types.js';

/** Every article below is invented for these tests. */

function article(source: string, published: string, body: string): ExtractDocument {
  const doc = processInput({ source, bytes: Buffer.from(body) }, { published });
  return toContractJson(doc) as unknown as ExtractDocument;
}

const STORY = 'Gunmen attacked the central market in Velmora.\n\n';

describe('corpus claims and contradictions across articles', () => {
  const documents = [
    article(
      'day-one.txt',
      '2025-05-12',
      `${STORY}Police said 8 people were killed in the attack.\n\nThe ministry said the Red Hand movement was behind the attack.`,
    ),
    article(
      'day-two.txt',
      '2025-05-13',
      `${STORY}Police said 15 people were killed in the attack.\n\nThe ministry said the Red Hand movement was not behind the attack.`,
    ),
    article(
      'denial.txt',
      '2025-05-12',
      `${STORY}The Red Hand movement denied that it was involved in the attack.\n\nThe hospital said 40 people were killed in the attack.`,
    ),
  ];
  const corpus = corpusOf(documents);

  it('groups the claims of every article by topic, with their history in date order', () => {
    const toll = corpus.claims.find((cluster) => cluster.topic.startsWith('how many were killed'));
    assert.ok(toll, JSON.stringify(corpus.claims.map((cluster) => cluster.topic)));
    assert.deepEqual(
      toll.history.map((entry) => [entry.doc, entry.answer, entry.date]),
      [
        [0, '8', '2025-05-12'],
        [2, '40', '2025-05-12'],
        [1, '15', '2025-05-13'],
      ],
    );
    assert.equal(toll.history[0]?.status, 'first');
    const blame = corpus.claims.find((cluster) => cluster.topic.startsWith('who is behind'));
    // the ministry's later account negates its first: a retraction
    assert.deepEqual(
      blame?.history.map((entry) => [entry.doc, entry.status]),
      [
        [0, 'first'],
        [2, 'differs'],
        [1, 'retracts'],
      ],
    );
  });

  it('finds conflicts between articles: a denial and a toll disputed the same day, not the next day’s update', () => {
    const summary = corpus.contradictions.map((entry) => [
      entry.kind,
      entry.a.map((side) => side.doc),
      entry.b.map((side) => side.doc),
    ]);
    assert.deepEqual(summary.sort(), [
      ['denies', [0], [1, 2]],
      // the police's next-day update joins the police's side; it is no conflict of its own
      ['disputes_value', [0, 1], [2]],
    ]);
  });

  it('prints them for people: topic, kind, each side with speaker, outlet and date', () => {
    const text = conflictsText(corpus);
    assert.match(text, /how many were killed at Velmora {2}\[disputes_value\]/);
    assert.match(
      text,
      /B {2}The hospital — 40 people were killed in the attack\n {7}denial\.txt · 2025-05-12/,
    );
    assert.equal(conflictsText({ ...corpus, contradictions: [] }), 'No conflicting accounts found.\n');
  });
});

describe('corpus claims: origins, noun denials and tolls of the dying across articles', () => {
  const RAID = 'Raiders attacked a grain convoy near Tolsk.\n\n';
  const corpus = corpusOf([
    article(
      'navy.txt',
      '2025-03-01',
      `${RAID}The navy said the raiders had come from Ostrel.\n\nThe Amber Fox network denied any involvement in the attack.\n\nThe Tolsk clinic said 3 drivers died.`,
    ),
    article(
      'police.txt',
      '2025-03-01',
      `${RAID}Police said the raiders came from Lemmin.\n\nPolice said the Amber Fox network was behind the attack.`,
    ),
    article('doctors.txt', '2025-03-02', `${RAID}Doctors at the Tolsk clinic said 6 drivers died.`),
  ]);

  it('disputes where the raiders came from and denies the accusation; the next day’s higher toll is an update', () => {
    const summary = corpus.contradictions.map((entry) => [
      entry.kind,
      entry.topic,
      entry.a.map((side) => side.doc),
      entry.b.map((side) => side.doc),
    ]);
    assert.deepEqual(summary.sort(), [
      ['denies', 'who is behind the attack at Tolsk', [0], [1]],
      ['disputes_value', 'where the raider came from', [0], [1]],
    ]);
    const toll = corpus.claims.find((cluster) => cluster.topic.startsWith('how many were killed'));
    assert.equal(toll?.members.length, 2);
  });
});

describe('corpus claims: a topic without a place joins its one placed twin', () => {
  it('asks "who is behind the attack" and "… at Velmora" as one question', () => {
    const corpus = corpusOf([
      article(
        'placed.txt',
        '2025-05-12',
        `${STORY}The Red Hand movement denied that it was involved in the attack.`,
      ),
      article(
        'unplaced.txt',
        '2025-05-12',
        'Gunmen opened fire at a crowded market.\n\nThe ministry said the Red Hand movement was behind the attack.',
      ),
    ]);
    const topics = corpus.claims
      .filter((cluster) => cluster.topic.startsWith('who is behind'))
      .map((cluster) => cluster.topic);
    assert.deepEqual(topics, ['who is behind the attack at Velmora']);
  });
});

describe('placeJoins: a question without a place joins the one asked with a place', () => {
  it('joins when exactly one placed variant exists, never otherwise', () => {
    assert.deepEqual(
      [
        ...placeJoins([
          'how many were injured',
          'how many were injured at Dunmore',
          'who is behind the fire',
          'who is behind the fire at Ostrava',
          'who is behind the fire at Brno',
          'whether the mayor resigned',
        ]),
      ],
      [['how many were injured', 'how many were injured at Dunmore']],
    );
  });
});

describe('corpus claims: a passive with no doer and the figures of any counted noun across articles', () => {
  const corpus = corpusOf([
    article(
      'opposition.txt',
      '2025-10-02',
      'Ballots were counted in Tarrow on Sunday.\n\nThe Harbour League said the mayor rigged the ballot in Tarrow.\n\nThe league said 9 ballot boxes were opened early.',
    ),
    article(
      'commission.txt',
      '2025-10-02',
      'Ballots were counted in Tarrow on Sunday.\n\nThe electoral board rejected claims that the ballot in Tarrow was rigged.\n\nThe board said 2 ballot boxes were opened early.',
    ),
    article(
      'later.txt',
      '2025-10-04',
      'Ballots were counted in Tarrow on Sunday.\n\nThe league said 11 ballot boxes were opened early.',
    ),
  ]);

  it('asks "rig(?, the ballot)" as the question "rig(the mayor, the ballot)" and finds the denial', () => {
    const rigged = corpus.contradictions.find((entry) => entry.topic.startsWith('rig('));
    assert.ok(rigged, JSON.stringify(corpus.contradictions));
    assert.equal(rigged.kind, 'denies');
    assert.equal(rigged.topic, 'rig(the mayor, the ballot)');
  });

  it('disputes the figures given the same day, not the higher one given two days later', () => {
    const boxes = corpus.contradictions.filter((entry) => entry.topic.startsWith('how many box'));
    assert.equal(boxes.length, 1, JSON.stringify(corpus.contradictions));
    const sides = [...boxes[0]!.a, ...boxes[0]!.b].map((side) => side.doc).sort();
    assert.ok(!boxes[0]!.b.some((side) => side.doc === 2) || !boxes[0]!.a.some((side) => side.doc === 1));
    assert.ok(sides.includes(0) && sides.includes(1));
  });
});

describe('corpus claims: a thing that passed an inspection was inspected', () => {
  const corpus = corpusOf([
    article(
      'council.txt',
      '2025-11-03',
      'The Kell bridge was closed on Monday.\n\nThe council said the bridge had passed a safety inspection in May.',
    ),
    article(
      'engineer.txt',
      '2025-11-04',
      'The Kell bridge was closed on Monday.\n\nAn engineer said the bridge had not been inspected for two years.',
    ),
  ]);

  it('reads "passed a safety inspection" as inspect(?, the bridge) and finds the conflict', () => {
    const inspected = corpus.contradictions.find((entry) => entry.topic.startsWith('inspect('));
    assert.ok(inspected, JSON.stringify(corpus.contradictions));
    assert.equal(inspected.topic, 'inspect(?, the bridge)');
  });
});

describe('corpus claims: a figure of the doers of a deed that another account denies', () => {
  const corpus = corpusOf([
    article(
      'company.txt',
      '2025-11-03',
      'Brevik Motors will close its plant in Corran.\n\nThe company said no jobs would be lost.',
    ),
    article(
      'union.txt',
      '2025-11-03',
      'Brevik Motors will close its plant in Corran.\n\nThe union said 300 workers would lose their jobs.',
    ),
  ]);

  it('"300 workers would lose their jobs" conflicts with "no jobs would be lost"', () => {
    const lost = corpus.contradictions.find((entry) => entry.topic.startsWith('lose('));
    assert.ok(lost, JSON.stringify(corpus.contradictions));
  });
});
