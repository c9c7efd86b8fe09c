import type { InitialLabel } from './classify-blocks.js';
import type { Block } from './lines.js';

/**
 * Step 6: where the story is. Each block gets a score (story paragraphs count their words,
 * furniture and menu lines count against), and the story is the run of blocks with the largest
 * total (the maximum-sum segment, found in one pass). Headers, menus, related lists and footers
 * fall outside it; a sub-heading or a one-line quote between two paragraphs falls inside.
 */

/** Furniture that closes an article: after "Comments" or "Related stories" the story does not resume. */
const BARRIER_ORIGINS = new Set(['comment-phrase', 'related-heading']);

export function blockScore(block: Block, label: InitialLabel): number {
  const words = block.features.words;
  switch (label.class) {
    case 'good':
      return Math.min(words, 200);
    case 'short':
      // "That's why." keeps a small weight; "Sport" or "Most popular" pulls a little.
      return block.features.endsWithTerminal ? -0.5 : -2;
    case 'suspect':
      return 0;
    case 'caption':
      return -1;
    case 'byline':
    case 'dateline':
      return -3;
    case 'junk':
      if (BARRIER_ORIGINS.has(label.origin)) return -60;
      return -(4 + Math.min(words, 40) / 2);
  }
}

export interface Region {
  /** First block of the story (inclusive). */
  readonly start: number;
  /** Last block of the story (inclusive); `end < start` when there is no story. */
  readonly end: number;
}

/** The maximum-sum run of scores (Kadane), in one linear pass. */
export function bodyRegion(scores: readonly number[]): Region {
  let bestSum = 0;
  let bestStart = 0;
  let bestEnd = -1;
  let currentSum = 0;
  let currentStart = 0;
  for (let index = 0; index < scores.length; index++) {
    const score = scores[index] ?? 0;
    if (currentSum <= 0) {
      currentSum = score;
      currentStart = index;
    } else {
      currentSum += score;
    }
    if (currentSum > bestSum) {
      bestSum = currentSum;
      bestStart = currentStart;
      bestEnd = index;
    }
  }
  return { start: bestStart, end: bestEnd };
}
