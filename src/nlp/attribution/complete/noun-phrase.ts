import type { Span, Token } from '../../../model/index.js';
import type { DocumentIndex } from './document-index.js';

/** Words that start or make a time expression, which never belongs to the noun phrase before it. */
const TIME_NOUNS: ReadonlySet<string> = new Set(
  (
    'weekend week month year morning afternoon evening night day today yesterday tonight tomorrow ' +
    'monday tuesday wednesday thursday friday saturday sunday spring summer autumn fall winter ' +
    'january february march april june july august september october november december'
  ).split(' '),
);

/**
 * The noun phrase starting at `offset` and ending before `limit`: determiners, adjectives, nouns,
 * numbers and possessive particles, a name mention taken whole ("Bank of England"), or a single
 * pronoun ("told him"). Stops at "that", a preposition, a verb or punctuation:
 * "told the AFP news agency that …" → "the AFP news agency"; "told Novaya Gazeta Europe he …" →
 * "Novaya Gazeta Europe". Null when no noun is found.
 */
export function nounPhraseAfter(index: DocumentIndex, offset: number, limit: number): Span | null {
  let position = index.tokenAtOrAfter(offset);
  const first = position;
  let last = -1;
  while (position < index.tokens.length) {
    const token = index.tokens[position] as Token;
    if (token.start >= limit || token.start < offset) break;
    const word = index.tokenText(position);
    const mention = index.mentionCovering(token.start, token.end);
    if (
      mention !== null &&
      mention.kind === 'name' &&
      mention.start === token.start &&
      mention.end <= limit
    ) {
      while (position < index.tokens.length && (index.tokens[position] as Token).end <= mention.end)
        position += 1;
      last = position - 1;
      continue;
    }
    if (/^that$/i.test(word)) break;
    // "told supporters this weekend", "told reporters Monday": a time ends the phrase
    if (TIME_NOUNS.has(word.toLowerCase())) break;
    if (
      /^(?:this|last|next|that|every|each)$/i.test(word) &&
      TIME_NOUNS.has(index.tokenText(position + 1).toLowerCase())
    )
      break;
    if (token.pos === 'PRON') {
      if (position === first) last = position;
      // "told him", "told his lawyer": a possessive goes on, an object pronoun ends the phrase
      if (position === first && /^(?:his|her|its|their|our|my|your)$/i.test(word)) {
        position += 1;
        continue;
      }
      break;
    }
    const possessive = /^['’]s?$/i.test(word);
    const joiner = token.pos === 'PUNCT' && (word === '-' || word === '’' || word === "'");
    if (token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'NUM') last = position;
    else if (!(token.pos === 'DET' || token.pos === 'ADJ' || possessive || joiner)) break;
    position += 1;
  }
  if (last < first) return null;
  const start = (index.tokens[first] as Token).start;
  const end = (index.tokens[last] as Token).end;
  return start < end ? { start, end } : null;
}
