import type { Segments } from '../../model/index.js';
import type { NameMention } from './name-mention.js';
import { tokenAt } from './token-index.js';

/**
 * Drops one-word names that the part-of-speech tagger reads as interjections: "OK, the port will
 * open" made "OK" a place (Oklahoma's postal code), "Yes" and "Wow" open quotations. A name is
 * never an interjection; the tagger sees the comma or full stop around it.
 */
export function dropInterjections(segments: Segments, names: readonly NameMention[]): NameMention[] {
  const { tokens } = segments;
  return names.filter((name) => {
    const index = tokenAt(tokens, name.start);
    const token = tokens[index];
    const single = token !== undefined && token.start === name.start && token.end === name.end;
    return !(single && token.pos === 'INTJ');
  });
}
