/**
 * Pull quotes: a sentence of the story set again in large type between its paragraphs ("“Today there
 * are no medicines,” a doctor said." in the body, "“Today there are no medicines.”" as a pull quote).
 * In the page's text they read as a second copy, so the same words would be attributed twice. A
 * paragraph whose words (letters and digits only, lower case) all reappear in order inside a longer
 * paragraph of the body, or a paragraph repeated word for word, is such a copy; the first full copy
 * stays in the story.
 */

/** Shorter paragraphs ("Advertisement", "Read more") are other furniture, handled elsewhere. */
const MIN_WORDS = 6;
/**
 * A short repeated line without a quotation mark may be a stock sentence of a list, said of each
 * item ("The driver was cited for failing to yield."), not a copy: only a quotation or a paragraph
 * of at least this many words counts.
 */
const MIN_UNQUOTED_WORDS = 15;
const QUOTATION_MARK = /["“”«»‘]/u;
/** Pull quotes are a sentence or two: longer paragraphs are compared only for exact repeats. */
const MAX_QUOTE_WORDS = 60;
/** Pages with more paragraphs than this are compared only for exact repeats (linear). */
const MAX_COMPARED = 400;

function normalised(paragraph: string): string {
  return paragraph
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The positions of the paragraphs that copy another one of the list. */
export function pullQuoteCopies(paragraphs: readonly string[]): Set<number> {
  const copies = new Set<number>();
  const words = paragraphs.map(normalised);
  const counts = words.map((text) => (text === '' ? 0 : text.split(' ').length));
  const copyable = (index: number): boolean =>
    counts[index]! >= MIN_UNQUOTED_WORDS ||
    (counts[index]! >= MIN_WORDS && QUOTATION_MARK.test(paragraphs[index]!));
  const seen = new Map<string, number>();
  for (let index = 0; index < words.length; index++) {
    const text = words[index]!;
    if (!copyable(index)) continue;
    if (seen.has(text)) copies.add(index);
    else seen.set(text, index);
  }
  if (paragraphs.length > MAX_COMPARED) return copies;
  for (let index = 0; index < words.length; index++) {
    const text = words[index]!;
    if (copies.has(index) || !copyable(index) || counts[index]! > MAX_QUOTE_WORDS) continue;
    const bounded = ` ${text} `;
    for (let other = 0; other < words.length; other++) {
      const longer = words[other]!;
      if (other === index || copies.has(other) || longer.length <= text.length) continue;
      if (` ${longer} `.includes(bounded)) {
        copies.add(index);
        break;
      }
    }
  }
  return copies;
}
