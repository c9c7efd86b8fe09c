import type { Span } from '../../model/index.js';
import { isLineBreak, isWhitespace } from './characters.js';

/**
 * Paragraphs are the non-blank lines of the text, trimmed.
 *
 * Decision: every line break ends a paragraph, not only blank lines. Ingestion separates paragraphs
 * with a blank line, but scraped text often uses a single newline between blocks
 * ("Ad sales boost Time Warner profit\nQuarterly profits at…"), and a sentence must never run across
 * a line break, so a line is the safest unit. Linear in the length of the text.
 */
export function findParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  const length = text.length;
  let lineStart = 0;
  while (lineStart < length) {
    let lineEnd = lineStart;
    while (lineEnd < length && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd += 1;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isWhitespace(text.charCodeAt(start))) start += 1;
    while (end > start && isWhitespace(text.charCodeAt(end - 1))) end -= 1;
    if (end > start) paragraphs.push({ start, end });
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}
