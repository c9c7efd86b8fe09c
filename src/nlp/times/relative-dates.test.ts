import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findTimeExpressions, resolveTimeExpression } from './index.js';

/** Every sentence below is invented for these tests. The reference day 2025-06-11 is a Wednesday. */
const REFERENCE = '2025-06-11';

describe('resolveTimeExpression', () => {
  const cases: readonly [string, string | null, string | null][] = [
    ['on Wednesday', REFERENCE, '2025-06-11'],
    ['on Monday', REFERENCE, '2025-06-09'],
    ['On Thursday', REFERENCE, '2025-06-05'],
    ['on Monday evening', REFERENCE, '2025-06-09TEV'],
    ['Tuesday morning', REFERENCE, '2025-06-10TMO'],
    ['Friday night', REFERENCE, '2025-06-06TNI'],
    ['on Sunday afternoon', REFERENCE, '2025-06-08TAF'],
    ['last Wednesday', REFERENCE, '2025-06-04'],
    ['next Monday', REFERENCE, '2025-06-16'],
    ['yesterday', REFERENCE, '2025-06-10'],
    ['yesterday evening', REFERENCE, '2025-06-10TEV'],
    ['today', REFERENCE, '2025-06-11'],
    ['tonight', REFERENCE, '2025-06-11TNI'],
    ['last night', REFERENCE, '2025-06-10TNI'],
    ['this morning', REFERENCE, '2025-06-11TMO'],
    ['June 3', REFERENCE, '2025-06-03'],
    ['on 3 June', REFERENCE, '2025-06-03'],
    ['the 3rd of June', REFERENCE, '2025-06-03'],
    ['Sept. 14, 2019', REFERENCE, '2019-09-14'],
    ['until May 22', REFERENCE, '2025-05-22'],
    ['December 28', '2026-01-03', '2025-12-28'],
    ['January 5', '2025-12-30', '2026-01-05'],
    ['on Monday', null, null],
    ['March 22', null, 'XXXX-03-22'],
    ['February 30', REFERENCE, null],
    ['it may 22 times', REFERENCE, null],
    ['nothing here', REFERENCE, null],
  ];
  for (const [expression, reference, expected] of cases) {
    it(`${JSON.stringify(expression)} against ${String(reference)} → ${String(expected)}`, () => {
      assert.equal(resolveTimeExpression(expression, reference), expected);
    });
  }
});

describe('findTimeExpressions', () => {
  it('finds spans with their preposition inside a sentence', () => {
    const text = 'On Monday evening the mayor said she would resign on June 30.';
    const found = findTimeExpressions(text, REFERENCE);
    assert.deepEqual(
      found.map((time) => [text.slice(time.start, time.end), time.value, time.day]),
      [
        ['On Monday evening', '2025-06-09TEV', '2025-06-09'],
        ['on June 30', '2025-06-30', '2025-06-30'],
      ],
    );
  });

  it('searches only the given region and keeps offsets into the whole text', () => {
    const text = 'On Friday it rained. The clerk said on Tuesday that the files were lost.';
    const from = text.indexOf('The clerk');
    const found = findTimeExpressions(text, REFERENCE, from, text.length);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0]?.start, found[0]?.end), 'on Tuesday');
    assert.equal(found[0]?.value, '2025-06-10');
  });
});

describe('findTimeExpressions with past only', () => {
  const cases: readonly [string, string, string][] = [
    ['said on June 20', '2025-06-11', '2024-06-20'],
    ['said on June 2', '2025-06-11', '2025-06-02'],
    ['said on June 11', '2025-06-11', '2025-06-11'],
    ['said on Monday', '2025-06-11', '2025-06-09'],
  ];
  for (const [text, reference, expected] of cases) {
    it(`${text} against ${reference} → ${expected}`, () => {
      const found = findTimeExpressions(text, reference, 0, text.length, { past: true });
      assert.equal(found[0]?.value, expected);
    });
  }

  it('without it, a near future date keeps its year', () => {
    assert.equal(resolveTimeExpression('on June 20', '2025-06-11'), '2025-06-20');
  });
});
