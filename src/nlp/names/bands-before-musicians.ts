import { synsetsOf } from '../events/wordnet.js';
import { hasHypernymWord, lookupPlace } from '../lexicon/index.js';
import type { Segments } from '../../model/index.js';
import type { NameMention } from './name-mention.js';
import { tokenAt } from './token-index.js';

const MUSICIAN = new Set(['musician']);

/** True when the first WordNet sense of a noun lemma is a musician ("singer", "guitarist", "drummer"). */
function isMusicianNoun(lemma: string): boolean {
  const first = synsetsOf(lemma, 'noun')[0];
  return first !== undefined && hasHypernymWord(first, 'noun', { levels: 6 }, MUSICIAN);
}

/**
 * "former Quiet Hours singer Ann Hale", "Paper Lantern guitarist Tom Lind": a name typed LOC right
 * before a noun the parse tags a noun and WordNet makes a musician is the band the musician plays in,
 * ORG, unless the lexicon knows it as a place ("Leeds singer Ann Hale" is from Leeds).
 */
export function typeBandsBeforeMusicians(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const { tokens } = segments;
  let output: NameMention[] | undefined;
  for (const [index, name] of names.entries()) {
    if (name.type !== 'LOC' || text.charAt(name.end) !== ' ') continue;
    const next = tokens[tokenAt(tokens, name.end + 1)];
    if (next === undefined || next.start !== name.end + 1 || next.pos !== 'NOUN') continue;
    if (!isMusicianNoun(next.lemma)) continue;
    if (lookupPlace(text.slice(name.start, name.end).replace(/^the /iu, '')) !== undefined) continue;
    output ??= names.slice();
    output[index] = { start: name.start, end: name.end, type: 'ORG' };
  }
  return output ?? names.slice();
}
