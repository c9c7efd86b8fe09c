import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc } from '../../model/index.js';
import { assertsDeed, atOtherTimes, withWhen, type ClaimView } from './claim-view.js';
import { compareClaims } from './compare-claims.js';
import { conflictsOf } from './sides.js';
import { claimView, runArticle } from './test-helpers.js';

/** Every sentence below is invented for these tests. */

function view(overrides: Partial<ClaimView>): ClaimView {
  return claimView({
    topic: 'pay(e3, the ransom)',
    frame: 'proposition',
    values: ['e3'],
    time: '2026-10-20',
    ...overrides,
  });
}

const run = (text: string): Doc => runArticle(text, '2026-10-20');

describe('assertsDeed: a deed asked for, wanted or tried is not asserted', () => {
  const cases: readonly [string | undefined, boolean][] = [
    [undefined, true],
    ['manage', true],
    ['force', true],
    ['continue', true],
    ['deny', true],
    ['admit', true],
    ['ask', false],
    ['want', false],
    ['try', false],
    ['plan', false],
    ['urge', false],
    ['go', false],
    ['likely', false],
    // a modifier the parse took for a controller ("troops from neighbouring Orsa crossed")
    ['neighbour', true],
  ];
  for (const [modality, expected] of cases)
    it(`${modality ?? '(none)'} → ${expected}`, () => {
      assert.equal(assertsDeed(view(modality === undefined ? {} : { modality })), expected);
    });

  it('sets no asked-for deed against its denial, but still an asserted one', () => {
    const denied = view({ key: 'c2', attribution: 'a2', speaker: 'e2', polarity: 'neg', order: 1 });
    assert.equal(compareClaims(view({ modality: 'ask' }), denied), null);
    assert.equal(compareClaims(view({ modality: 'try' }), denied), null);
    assert.equal(compareClaims(view({}), denied), 'contradicts');
    assert.equal(compareClaims(view({ modality: 'manage' }), denied), 'contradicts');
  });

  it('puts an asked-for deed on no side of the conflict between its assertion and its denial', () => {
    const asked = view({ key: 'c1', attribution: 'a1', speaker: 'e1', modality: 'ask', order: 0 });
    const paid = view({ key: 'c2', attribution: 'a2', speaker: 'e2', order: 1 });
    const denied = view({ key: 'c3', attribution: 'a3', speaker: 'e4', polarity: 'neg', order: 2 });
    const conflicts = conflictsOf([asked, paid, denied]);
    assert.deepEqual(
      conflicts.map((conflict) => [conflict.a.map((one) => one.key), conflict.b.map((one) => one.key)]),
      [[['c2'], ['c3']]],
    );
  });

  it('reads no conflict in an article between "was asked to pay" and "paid no ransom"', () => {
    const asked = run(
      'The Rellan clinic was hit by hackers on Monday.\n\n' +
        'The Grey Heron group said the clinic had been asked to pay a ransom of one million dollars.\n\n' +
        'The clinic director, Anna Morel, said the clinic had paid no ransom.',
    );
    assert.deepEqual(asked.contradictions, []);
    const paid = run(
      'The Rellan clinic was hit by hackers on Monday.\n\n' +
        'The Grey Heron group said the clinic had paid a ransom of one million dollars.\n\n' +
        'The clinic director, Anna Morel, said the clinic had paid no ransom.',
    );
    assert.equal(paid.contradictions.length, 1);
  });
});

describe('deeds told in other words: a word of result, a doer set aside', () => {
  it('sets "forced open the gate" against "did not open the gate"', () => {
    const doc = run(
      'Police said fans had forced open the gate at the Varel ground.\n\nThe club said fans did not open the gate.',
    );
    assert.equal(doc.contradictions.length, 1);
  });

  it('reads "opened on a commander\'s orders, not by fans" as fans not opening it', () => {
    const doc = run(
      'Police said fans had opened the gate at the Varel ground.\n\n' +
        'The club said the gate was opened on the orders of a police commander, not by fans.',
    );
    assert.ok(
      doc.claims.some((claim) => claim.predicate === 'open' && claim.polarity === 'neg'),
      JSON.stringify(doc.claims.map((claim) => [claim.predicate, claim.polarity])),
    );
    assert.equal(doc.contradictions.length, 1);
  });
});

describe('deeds placed at different times do not conflict', () => {
  it('keeps "passed every inspection this year" apart from a failure in November of the year before', () => {
    const story = (month: string): Doc =>
      run(
        'The Delsen dairy plant was closed on Monday.\n\n' +
          'The company said the plant had passed every inspection this year.\n\n' +
          `The food agency said the plant had failed an inspection in ${month}.`,
      );
    // (published 2026-10-20: "this year" is 2026)
    assert.deepEqual(story('November 2025').contradictions, []);
    assert.equal(story('March').contradictions.length, 1);
  });

  it('reads only calendar dates placed "at" as a deed\'s time', () => {
    assert.deepEqual(withWhen({ value: '2025-11', relation: 'at' }), { when: '2025-11' });
    assert.deepEqual(withWhen({ value: '2025-11', relation: 'before' }), {});
    assert.deepEqual(withWhen({ value: 'PRESENT_REF', relation: 'at' }), {});
    assert.equal(atOtherTimes(view({ when: '2026' }), view({ when: '2025-11' })), true);
    assert.equal(atOtherTimes(view({ when: '2026' }), view({ when: '2026-03' })), false);
    assert.equal(atOtherTimes(view({ when: '2026' }), view({})), false);
  });
});
