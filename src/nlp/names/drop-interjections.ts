import type { Segments } from '../../model/index.js';
import type { NameMention } from './name-mention.js';
import { tokenAt } from './token-index.js';

/**
 * Drops one-word names that the part-of-speech tagger reads as interjections: "OK, the port will
 * open" made "OK" a place (Oklahoma's postal code), "Yes" and "Wow" open quotations. A name is
 * never an interjection; the tagger sees the comma or full stop around it. A first-person
 * contraction ("I’m", "I’ve") is never a name either, nor the first word of one.
 */
export function dropInterjections(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const { tokens } = segments;
  const output: NameMention[] = [];
  for (const name of names) {
    const index = tokenAt(tokens, name.start);
    const token = tokens[index];
    const single = token !== undefined && token.start === name.start && token.end === name.end;
    if (single && token.pos === 'INTJ') continue;
    const pronoun = firstPersonContraction(text, name.start, name.end);
    if (pronoun === 0) {
      output.push(name);
      continue;
    }
    // "I’m" (a curly apostrophe the tokeniser keeps whole) is never a name; what follows may be one.
    let start = name.start + pronoun;
    while (start < name.end && /\s/.test(text[start] as string)) start += 1;
    if (start < name.end && /\p{Lu}/u.test(text[start] as string)) output.push({ ...name, start });
  }
  return output;
}

/** The length of "I’m", "I'm", "I’ve", "I’ll" or "I’d" at `start` when a word ends there, else 0. */
function firstPersonContraction(text: string, start: number, end: number): number {
  if (text[start] !== 'I' || (text[start + 1] !== '’' && text[start + 1] !== "'")) return 0;
  const rest = text.slice(start + 2, Math.min(end, start + 4)).toLowerCase();
  const length =
    rest.startsWith('ve') || rest.startsWith('ll') ? 4 : rest.startsWith('m') || rest.startsWith('d') ? 3 : 0;
  if (length === 0) return 0;
  const after = text[start + length];
  return start + length === end || after === undefined || !/[\p{L}\p{N}]/u.test(after) ? length : 0;
}
