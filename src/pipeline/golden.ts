import { toContractJson } from '../output/contract.js';
import { assertInvariants } from './invariants.js';
import { processInput } from './pipeline.js';

/** The reference date of every golden fixture, so that their output never depends on the day. */
export const GOLDEN_REFERENCE_DATE = '2025-04-09';

/** The contract JSON of one fixture article, as `npm run golden` writes it and the golden test reads it. */
export function goldenDocument(name: string, bytes: Uint8Array, published: string): Record<string, unknown> {
  const doc = assertInvariants(processInput({ source: name, bytes }, { published }));
  return toContractJson(doc);
}
