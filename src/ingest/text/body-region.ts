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

const LOWERCASE_START = /^\p{Ll}/u;

export function blockScore(block: Block, label: InitialLabel): number {
  const words = block.features.words;
  switch (label.class) {
    case 'good':
      // Story paragraphs start with a capital, a digit or a quotation mark; "this is real good some
      // one is talking about …" is how reader comments start.
      return LOWERCASE_START.test(block.content) ? Math.min(words, 200) * 0.25 : Math.min(words, 200);
    case 'short':
      // "That's why." keeps a small weight; "Sport" or "Most popular" pulls a little.
      return block.features.endsWithTerminal ? -0.5 : -2;
    case 'suspect':
      // A story sentence that merely mentions an offer or a premium weighs like a lowercase paragraph;
      // furniture phrasing ("sign up now") weighs nothing and is kept only between story paragraphs.
      return label.storySentence === true ? Math.min(words, 200) * 0.25 : 0;
    case 'caption':
      return -1;
    case 'byline':
    case 'dateline':
      return -3;
    case 'junk':
      // Only a bare heading closes the story: "Related stories", not "Read more: <headline>".
      if (BARRIER_ORIGINS.has(label.origin) && words <= 4) return -60;
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

/** Story words needed before a "Comments" heading is read as the start of the reader comments. */
const STORY_WORDS_BEFORE_COMMENTS = 60;
const COMMENT_HEADING_WORDS = 6;

/**
 * Where reader comments start: the first short comment heading ("Comments", "Have your say",
 * "12 comments") after the story has begun. Everything from there on is comments, however long:
 * a busy comment thread outweighs a short story, so the maximum-sum run alone would pick it.
 * Returns the block count when there is no such heading.
 */
export function commentSectionStart(blocks: readonly Block[], labels: readonly InitialLabel[]): number {
  let storyWords = 0;
  for (let index = 0; index < blocks.length; index++) {
    const label = labels[index];
    const block = blocks[index] as Block;
    if (label?.class === 'good') storyWords += block.features.words;
    else if (
      label?.class === 'junk' &&
      label.origin === 'comment-phrase' &&
      block.features.words <= COMMENT_HEADING_WORDS &&
      storyWords >= STORY_WORDS_BEFORE_COMMENTS
    ) {
      return index;
    }
  }
  return blocks.length;
}
