/**
 * Word 4-gram shingle matching, as the public article-extraction benchmark scores article bodies:
 * tokens are runs of word characters, shingles are counted as a multiset, and each page gets a
 * precision and a recall; a corpus score averages them page by page and reports the F1 of the
 * two averages.
 */

const WORD = /[\p{L}\p{N}_]+/gu;

export function wordTokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function shingleCounts(text: string, size = 4): Map<string, number> {
  const tokens = wordTokens(text);
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const last = Math.max(1, tokens.length - size + 1);
  for (let index = 0; index < last; index++) {
    const key = tokens.slice(index, index + size).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface MatchCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export function shingleMatch(expected: string, predicted: string, size = 4): MatchCounts {
  const gold = shingleCounts(expected, size);
  const guess = shingleCounts(predicted, size);
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const [key, count] of guess) {
    const goldCount = gold.get(key) ?? 0;
    truePositives += Math.min(count, goldCount);
    falsePositives += Math.max(0, count - goldCount);
  }
  for (const [key, count] of gold) {
    falseNegatives += Math.max(0, count - (guess.get(key) ?? 0));
  }
  return { truePositives, falsePositives, falseNegatives };
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
}

export function pagePrecisionRecall(counts: MatchCounts): PrecisionRecall {
  const { truePositives, falsePositives, falseNegatives } = counts;
  if (truePositives + falsePositives + falseNegatives === 0) return { precision: 1, recall: 1 };
  const precision =
    truePositives + falsePositives === 0 ? 0 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 0 : truePositives / (truePositives + falseNegatives);
  return { precision, recall };
}

export interface CorpusScore {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
}

export function corpusScore(pages: readonly PrecisionRecall[]): CorpusScore {
  if (pages.length === 0) return { pages: 0, precision: 0, recall: 0, f1: 0 };
  let precision = 0;
  let recall = 0;
  for (const page of pages) {
    precision += page.precision;
    recall += page.recall;
  }
  precision /= pages.length;
  recall /= pages.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { pages: pages.length, precision, recall, f1 };
}
