import type { Segments } from '../../model/index.js';
import { honorific, isKnownHumanName, roleNoun } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';
import { tokenAt } from './token-index.js';

const WORD = /^\p{Lu}[\p{L}\p{M}]+$/u;

/**
 * Companies, products and teams called PERSON: "Sophos said it had found the adware", "Zango was
 * blocked", "the Sharks lost". A person in news is named in full at least once, or carries a title
 * or honorific ("Mr Lind", "Coach Okafor"), or has a name people have. A one-word PERSON name that
 * no longer PERSON name of the document contains, that follows no title, role or honorific, and
 * that is neither a given name nor a surname in the humannames list becomes ORG.
 */
export function retypeUnknownSingleNames(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const { tokens } = segments;
  const wordsOfLongerNames = new Set<string>();
  for (const name of names) {
    if (name.type !== 'PERSON') continue;
    const words = text.slice(name.start, name.end).split(/[\s-]+/u);
    if (words.length > 1) for (const word of words) wordsOfLongerNames.add(word);
  }
  const titled = new Set<string>();
  for (const name of names) {
    const previous = tokens[tokenAt(tokens, name.start) - 1];
    if (previous === undefined) continue;
    const word = text.slice(previous.start, previous.end).replace(/\.$/u, '');
    if (honorific(word) !== undefined || roleNoun(word.toLowerCase()) !== undefined)
      titled.add(text.slice(name.start, name.end));
  }
  return names.map((name) => {
    if (name.type !== 'PERSON') return name;
    const surface = text.slice(name.start, name.end);
    if (!WORD.test(surface) || wordsOfLongerNames.has(surface) || titled.has(surface)) return name;
    if (isKnownHumanName(surface)) return name;
    return { start: name.start, end: name.end, type: 'ORG' };
  });
}
