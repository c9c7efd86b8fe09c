import type { AttributionCandidate } from '../candidate.js';

/**
 * The candidates marked kept, with `continues` renumbered to the shorter list; a cue-less quotation
 * whose continued candidate was dropped stays, continuing nothing.
 */
export function keepCandidates(
  candidates: readonly AttributionCandidate[],
  kept: readonly boolean[],
): AttributionCandidate[] {
  const newIndex = new Int32Array(candidates.length).fill(-1);
  let next = 0;
  kept.forEach((keep, index) => {
    if (keep) newIndex[index] = next++;
  });
  const result: AttributionCandidate[] = [];
  candidates.forEach((candidate, index) => {
    if (!kept[index]) return;
    if (candidate.continues === undefined) {
      result.push(candidate);
      return;
    }
    const target = newIndex[candidate.continues] ?? -1;
    const { continues: _dropped, ...rest } = candidate;
    result.push(target >= 0 ? { ...rest, continues: target } : rest);
  });
  return result;
}
