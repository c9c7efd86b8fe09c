import assert from 'node:assert/strict';
import type { Doc } from '../../model/index.js';
import { findInvariantViolations } from '../../pipeline/invariants.js';
import { processInput } from '../../pipeline/pipeline.js';
import type { ClaimView } from './claim-view.js';

/** A claim view for the comparison tests: one speaker's responsibility claim, overridden as needed. */
export function claimView(overrides: Partial<ClaimView>): ClaimView {
  return {
    key: 'c1',
    attribution: 'a1',
    speaker: 'e1',
    topic: 't',
    frame: 'responsibility',
    polarity: 'pos',
    values: ['e9'],
    exclusive: false,
    time: '2025-05-12',
    denial: false,
    order: 0,
    ...overrides,
  };
}

/** One invented article through the whole pipeline, its offsets checked. */
export function runArticle(text: string, published = '2025-05-12'): Doc {
  const doc = processInput({ source: 'test.txt', bytes: Buffer.from(text) }, { published });
  assert.deepEqual(findInvariantViolations(doc), []);
  return doc;
}
