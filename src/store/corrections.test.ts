import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anchorOf, applyCorrections } from './corrections.js';
import { fixtureDocument, HARBOUR } from './test-fixtures.js';
import type { Correction, CorrectionChange, ExtractDocument } from './types.js';

const document = fixtureDocument(HARBOUR);
const links = new Map([
  ['e1', 'P-MIRZOYEV'],
  ['e2', 'O-UNION'],
  ['e3', 'L-VELMAR'],
]);

function correction(change: CorrectionChange, at: string, from: ExtractDocument = document): Correction {
  const attribution =
    change.kind === 'merge' ? undefined : from.attributions.find((entry) => entry.id === change.attribution);
  return {
    id: `c-${at}`,
    change,
    content_hash: 'h',
    anchor: attribution ? anchorOf(attribution) : null,
    before: attribution ?? null,
    author: null,
    note: null,
    created_at: `2025-01-01T00:00:0${at}Z`,
  };
}

describe('applying corrections', () => {
  it('leaves the extracted document alone and marks what it changed', () => {
    const frozen = JSON.stringify(document);
    const { document: view, applied } = applyCorrections(document, links, [
      correction({ kind: 'speaker', document: 'd', attribution: 'a1', speaker: 'O-UNION' }, '1'),
      correction(
        { kind: 'content', document: 'd', attribution: 'a2', content: [{ start: 82, end: 97 }] },
        '2',
      ),
      correction({ kind: 'not-attribution', document: 'd', attribution: 'a4' }, '3'),
    ]);
    assert.equal(JSON.stringify(document), frozen);
    assert.equal(applied.length, 3);
    const [a1, a2, a3] = view.attributions;
    assert.deepEqual([a1?.speaker, a1?.speaker_entities, a1?.corrected], ['e2', ['O-UNION'], true]);
    assert.deepEqual(a2?.content, [{ start: 82, end: 97, text: HARBOUR.text.slice(82, 97) }]);
    assert.deepEqual([a3?.id, a3?.corrected, a3?.speaker_entities], ['a3', undefined, ['P-MIRZOYEV']]);
    assert.equal(view.attributions.length, 3);
    assert.equal(view.entities[0]?.corpus_entity, 'P-MIRZOYEV');
  });

  it('a later correction of the same attribution wins; a speaker outside the article has no local id', () => {
    const { document: view } = applyCorrections(document, links, [
      correction({ kind: 'speaker', document: 'd', attribution: 'a2', speaker: 'SOMEONE-ELSE' }, '2'),
      correction({ kind: 'speaker', document: 'd', attribution: 'a2', speaker: null }, '1'),
    ]);
    const a2 = view.attributions.find((attribution) => attribution.id === 'a2');
    assert.deepEqual([a2?.speaker, a2?.speaker_entities], [null, ['SOMEONE-ELSE']]);
  });

  it('follows its words when a re-extraction renumbers the attributions, and drops out when they are gone', () => {
    const made = correction({ kind: 'not-attribution', document: 'd', attribution: 'a3' }, '1');
    const renumbered: ExtractDocument = {
      ...document,
      attributions: document.attributions.map((attribution, index) => ({
        ...attribution,
        id: `a${index + 10}`,
      })),
    };
    const { document: view, applied } = applyCorrections(renumbered, links, [made]);
    assert.deepEqual(
      view.attributions.map((attribution) => attribution.id),
      ['a10', 'a11', 'a13'],
    );
    assert.equal(applied.length, 1);
    const without: ExtractDocument = {
      ...document,
      attributions: document.attributions.filter((attribution) => attribution.id !== 'a3'),
    };
    const { applied: none, document: unchanged } = applyCorrections(without, links, [made]);
    assert.equal(none.length, 0);
    assert.equal(unchanged.attributions.length, 3);
  });
});
