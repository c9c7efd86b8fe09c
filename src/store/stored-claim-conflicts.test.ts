import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storedClaimConflicts, type StoredClaimRow } from './stored-claim-conflicts.js';

/** Invented stored claims: two articles on who is behind an attack. */

function row(document: string, attribution: string, polarity: string, party: string): StoredClaimRow {
  return {
    document_id: document,
    attribution,
    topic: 'who is behind the attack at Velmora',
    polarity,
    claim: JSON.stringify({ frame: 'responsibility', value: { text: party, entities: [party] } }),
    published: '2025-05-12',
    source_text: null,
    anonymous: 0,
  };
}

describe('storedClaimConflicts', () => {
  const corpusEntity = new Map([
    ['d1\u0000e1', 'RED'],
    ['d2\u0000e4', 'RED'],
    ['d2\u0000e5', 'DAWN'],
  ]);
  const speakers = new Map([
    ['d1\u0000a1', ['MINISTRY']],
    ['d2\u0000a1', ['RED']],
    ['d2\u0000a2', ['DAWN']],
  ]);

  it('finds the same party blamed in one article and cleared in another', () => {
    const found = storedClaimConflicts(
      [row('d1', 'a1', 'pos', 'e1'), row('d2', 'a1', 'neg', 'e4')],
      corpusEntity,
      speakers,
    );
    assert.deepEqual(found, [
      {
        topic: 'who is behind the attack at Velmora',
        kind: 'contradicts',
        a: [['d1', 'a1']],
        b: [['d2', 'a1']],
      },
    ]);
  });

  it('reports nothing when another party is cleared', () => {
    assert.deepEqual(
      storedClaimConflicts(
        [row('d1', 'a1', 'pos', 'e1'), row('d2', 'a2', 'neg', 'e5')],
        corpusEntity,
        speakers,
      ),
      [],
    );
  });
});
