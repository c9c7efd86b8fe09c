import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corpusOf } from './corpus.js';
import { CAPITAL, fixtureDocument, HARBOUR, LONE_SURNAME, UNION } from './test-fixtures.js';

describe('claimgraph corpus: what links several articles', () => {
  const documents = [HARBOUR, UNION, CAPITAL, LONE_SURNAME].map(fixtureDocument);
  const corpus = corpusOf(documents);

  it('puts every entity of every article in exactly one cluster, variants together', () => {
    const seen = corpus.entities.flatMap((cluster) =>
      cluster.members.map((member) => `${member.doc}:${member.entity}`),
    );
    const all = documents.flatMap((document, doc) =>
      document.entities.map((entity) => `${doc}:${entity.id}`),
    );
    assert.deepEqual([...seen].sort(), [...all].sort());
    const clusterOf = (doc: number, entity: string) =>
      corpus.entities.find((cluster) =>
        cluster.members.some((member) => member.doc === doc && member.entity === entity),
      );
    const cases: [number, string, number, string, boolean][] = [
      [0, 'e1', 1, 'e3', true], // Ivan Mirzoyev / Ivan Mirzoev
      [0, 'e2', 1, 'e2', true], // Velmar Dock Union
      [2, 'e1', 3, 'e1', true], // Alexander Lukashenka / Mr Lukashenko
      [2, 'e2', 2, 'e3', false], // Nigeria / Niger
      [0, 'e3', 0, 'e2', false], // Velmar / Velmar Dock Union
    ];
    for (const [docA, a, docB, b, same] of cases) {
      assert.equal(clusterOf(docA, a)?.id === clusterOf(docB, b)?.id, same, `${docA}:${a} ${docB}:${b}`);
    }
    assert.deepEqual(clusterOf(0, 'e1')?.aliases.sort(), [
      'Ivan Mirzoev',
      'Mirzoyev',
      'Mr Ivan Mirzoyev',
      'Mr Mirzoev',
    ]);
  });

  it('clusters claims by topic and finds contradictions inside and across articles', () => {
    assert.deepEqual(corpus.claims.find((cluster) => cluster.topic === 'union-warned-crane')?.members, [
      { doc: 0, claim: 'k1' },
      { doc: 1, claim: 'k1' },
    ]);
    assert.deepEqual(
      corpus.contradictions.map((entry) => [entry.kind, entry.a, entry.b]),
      [
        ['denies', [{ doc: 0, attribution: 'a3' }], [{ doc: 0, attribution: 'a4' }]],
        ['contradicts', [{ doc: 0, attribution: 'a3' }], [{ doc: 1, attribution: 'a1' }]],
      ],
    );
    assert.equal(corpus.events.length, 2);
    assert.equal(corpus.documents.length, 4);
  });
});
