import type { Sentence, Token } from '../../model/index.js';
import type { NameMention } from './name-mention.js';

/** Index of the first token whose end is after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tokens[middle] as Token).end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The head token of a name: its last token whose head lies outside it; -1 when none. */
export function nameHead(tokens: readonly Token[], name: NameMention): number {
  let head = -1;
  for (let position = tokenAt(tokens, name.start); position < tokens.length; position += 1) {
    const token = tokens[position] as Token;
    if (token.start >= name.end) break;
    const governor = tokens[token.head];
    if (governor === undefined || governor.start < name.start || governor.start >= name.end) head = position;
  }
  return head;
}

/**
 * The first sentence holding the span `[start, end)` (`sentence.start <= start && end <=
 * sentence.end`), as `sentences.find` would give it, by binary search: sentences are sorted and do
 * not overlap, so the first sentence ending at or after `end` is the only one that may hold it.
 */
export function sentenceHolding(
  sentences: readonly Sentence[],
  start: number,
  end: number,
): Sentence | undefined {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sentences[middle] as Sentence).end < end) low = middle + 1;
    else high = middle;
  }
  const sentence = sentences[low];
  return sentence !== undefined && sentence.start <= start ? sentence : undefined;
}
