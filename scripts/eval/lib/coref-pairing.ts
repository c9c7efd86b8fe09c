/**
 * Pairs predicted mentions with gold mentions one to one, as the ECB+ evaluation in issue 13 says:
 * first the same token range, then mentions whose heads (the last token) lie inside each other
 * ("the police" and "police"; "Lindsay Lohan" and "Lohan"). Ranges are token indexes, last inclusive.
 */
export interface TokenRange {
  readonly first: number;
  readonly last: number;
}

/** For each predicted mention, the index of its gold mention or -1. */
export function pairMentions(gold: readonly TokenRange[], predicted: readonly TokenRange[]): number[] {
  const pairs = predicted.map(() => -1);
  const taken = gold.map(() => false);
  const byRange = new Map<string, number[]>();
  gold.forEach((mention, index) => {
    const key = `${mention.first}:${mention.last}`;
    byRange.set(key, [...(byRange.get(key) ?? []), index]);
  });
  predicted.forEach((mention, index) => {
    const free = (byRange.get(`${mention.first}:${mention.last}`) ?? []).find(
      (candidate) => !taken[candidate],
    );
    if (free === undefined) return;
    pairs[index] = free;
    taken[free] = true;
  });
  const inside = (token: number, range: TokenRange) => token >= range.first && token <= range.last;
  predicted.forEach((mention, index) => {
    if (pairs[index] !== -1) return;
    const free = gold.findIndex(
      (candidate, goldIndex) =>
        !taken[goldIndex] && inside(candidate.last, mention) && inside(mention.last, candidate),
    );
    if (free === -1) return;
    pairs[index] = free;
    taken[free] = true;
  });
  return pairs;
}
