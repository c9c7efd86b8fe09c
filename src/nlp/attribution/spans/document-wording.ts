import type { Segments, Span, Token } from '../../../model/index.js';
import type { DependencyTree } from '../../grammar/index.js';
import {
  baseFormOf,
  lexicographerFileOf,
  NOUN_COMMUNICATION,
  synset,
  synsetsOf,
  VERB_COGNITION,
  VERB_COMMUNICATION,
} from '../../events/wordnet.js';
import type { AttributionCandidate } from '../candidate.js';

/**
 * A document that quotes its own words: "A statement from the agency reads: “…”", "The e-mail
 * read: “…”". The verb's first sense is one of knowing ("read" a text), which the predicate filter
 * drops as no report; but one of its senses shares a WordNet synset with a verb whose first sense is
 * in verb.communication ("read" = "say" in "have or contain a certain wording or form"), and with
 * a document as its subject (a noun whose first sense is in noun.communication: "statement",
 * "letter", "e-mail", "note") and quoted words as its content, that is the sense meant.
 */

const wordingCache = new Map<string, boolean>();

/** Whether a verb has a sense, not of thought, in one synset with a verb whose first sense is in verb.communication. */
export function wordingVerb(word: string): boolean {
  const lemma = baseFormOf(word.toLowerCase(), 'verb');
  if (lemma === null) return false;
  const cached = wordingCache.get(lemma);
  if (cached !== undefined) return cached;
  const found = synsetsOf(lemma, 'verb')
    .slice(1)
    .some((offset) => {
      const sense = synset(offset, 'verb');
      // a sense of wording, not of thought ("know" shares one with "recognize")
      if (sense.lexicographerFile === VERB_COGNITION) return false;
      return sense.words.some((other) => {
        if (other === lemma) return false;
        const first = synsetsOf(other, 'verb')[0];
        return first !== undefined && lexicographerFileOf(first, 'verb') === VERB_COMMUNICATION;
      });
    });
  wordingCache.set(lemma, found);
  return found;
}

/**
 * The document noun of a source: its first noun that is no modifier of another ("[statement] from
 * the agency", not "[agency] statement"), else its first noun ("The [e-mail]" read as a compound).
 */
function sourceNoun(tokens: readonly Token[], span: Span): number {
  let first = -1;
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at] as Token;
    if (token.start < span.start || token.end > span.end || token.pos !== 'NOUN') continue;
    if (token.dep !== 'compound' && !token.dep.startsWith('nmod')) return at;
    if (first < 0) first = at;
  }
  return first;
}

/** Whether the quoted candidate at verb `head` is a document giving its wording (see above). */
export function documentWording(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  candidate: AttributionCandidate,
  head: number,
): boolean {
  const source = candidate.source;
  const verb = tree.tokens[head] as Token;
  if (source === null || candidate.kind === 'indirect' || verb.pos !== 'VERB') return false;
  if (!wordingVerb(verb.lemma || text.slice(verb.start, verb.end))) return false;
  const subject = tree.dependent(head, 'nsubj');
  const noun = segments.tokens[subject >= 0 ? subject : sourceNoun(segments.tokens, source)];
  if (noun === undefined || noun.pos !== 'NOUN' || noun.start < source.start || noun.end > source.end)
    return false;
  const first = synsetsOf(noun.lemma.toLowerCase(), 'noun')[0];
  return first !== undefined && lexicographerFileOf(first, 'noun') === NOUN_COMMUNICATION;
}
