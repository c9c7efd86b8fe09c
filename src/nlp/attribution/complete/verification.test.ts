import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { complete, type CandidateSpec, type EntitySpec } from './test-fixture.js';

/** Every sentence below is invented for these tests. */

const LEDGER: EntitySpec = { id: 'e2', type: 'ORG', name: 'Coastal Ledger', mentions: ['Coastal Ledger'] };
const VARGA: EntitySpec = { id: 'e1', type: 'PERSON', name: 'Helena Varga', mentions: ['Helena Varga'] };

interface VerificationCase {
  readonly name: string;
  readonly text: string;
  readonly candidates: readonly CandidateSpec[];
  /** id → expected verification (undefined: none). */
  readonly expected: Readonly<Record<string, { text: string; status: string } | undefined>>;
}

const REPORT_THEN_SOURCE =
  'The Coastal Ledger reported that the budget was cut. One aide told the newspaper the minister knew.\n\n';
const REPORT_THEN_SOURCE_CANDIDATES: readonly CandidateSpec[] = [
  { cue: 'reported', source: 'The Coastal Ledger', content: ['the budget was cut'] },
  { cue: 'told', source: 'One aide', content: ['the minister knew'] },
];

const cases: readonly VerificationCase[] = [
  {
    name: '"It was not possible to independently verify" the group\'s claim',
    text: "Helena Varga said the group had seized the port. It was not possible to independently verify the group's claim.",
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['the group had seized the port'] }],
    expected: {
      a1: {
        text: "It was not possible to independently verify the group's claim.",
        status: 'unconfirmed',
      },
    },
  },
  {
    name: '"the report" goes to the latest report, not to a later non-report attribution',
    text: `${REPORT_THEN_SOURCE}The Harbour Gazette could not immediately confirm the report.`,
    candidates: REPORT_THEN_SOURCE_CANDIDATES,
    expected: {
      a1: { text: 'The Harbour Gazette could not immediately confirm the report.', status: 'unconfirmed' },
      a2: undefined,
    },
  },
  {
    name: 'a passive about "the claims" goes to the latest attribution',
    text: 'Helena Varga said the budget was cut. The claims could not be independently verified.',
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['the budget was cut'] }],
    expected: { a1: { text: 'The claims could not be independently verified.', status: 'unconfirmed' } },
  },
  {
    name: 'has not been verified',
    text: 'Helena Varga said the budget was cut. Her account has not been verified.',
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['the budget was cut'] }],
    expected: { a1: { text: 'Her account has not been verified.', status: 'unconfirmed' } },
  },
  {
    name: 'independently verified: confirmed',
    text: 'Helena Varga said the budget was cut. The Harbour Gazette has independently verified her account.',
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['the budget was cut'] }],
    expected: {
      a1: { text: 'The Harbour Gazette has independently verified her account.', status: 'confirmed' },
    },
  },
  {
    name: 'a note about footage is not about a claim',
    text: 'Helena Varga said the budget was cut. The Harbour Gazette could not verify the footage.',
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['the budget was cut'] }],
    expected: { a1: undefined },
  },
  {
    name: 'a note inside someone’s words is theirs',
    text: 'Helena Varga said she could not confirm the report.',
    candidates: [{ cue: 'said', source: 'Helena Varga', content: ['she could not confirm the report'] }],
    expected: { a1: undefined },
  },
  {
    name: 'a note in the same sentence after the cue',
    text: 'The budget was cut, the Coastal Ledger reported, a claim that could not be verified.',
    candidates: [{ cue: 'reported', source: 'the Coastal Ledger', content: ['The budget was cut'] }],
    expected: {
      a1: {
        text: 'The budget was cut, the Coastal Ledger reported, a claim that could not be verified.',
        status: 'unconfirmed',
      },
    },
  },
  {
    name: 'a report too far back is not reached',
    text:
      'The Coastal Ledger reported that the budget was cut. ' +
      'The port opened. Ships came. Ships left. Rain fell. The sun rose. Trade grew. Prices fell. ' +
      'The Harbour Gazette could not confirm the report.',
    candidates: [{ cue: 'reported', source: 'The Coastal Ledger', content: ['the budget was cut'] }],
    expected: { a1: undefined },
  },
];

describe('completeAttributions: verification', () => {
  for (const item of cases) {
    it(item.name, () => {
      const present = [VARGA, LEDGER].filter((spec) => item.text.includes(spec.name));
      const result = complete(item.text, present, item.candidates);
      for (const [id, expected] of Object.entries(item.expected)) {
        const found = result.find((attribution) => attribution.id === id);
        assert.ok(found, `no attribution ${id}`);
        assert.deepEqual(found.verification, expected, id);
      }
    });
  }
});
