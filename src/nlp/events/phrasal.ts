import type { Token } from '../../model/index.js';
import { hasLemma } from './wordnet.js';

/**
 * The multiword verb a verb mention is part of, when WordNet lists it as one verb: a particle
 * ("broke out", "gunned him down", "checked in", "checks into rehab") or a bare noun object of a
 * light verb idiom ("opened fire", "took place"). Only the parse's particles count (the particle is
 * attached to the verb as `compound:prt` or `advmod`, at most one object pronoun between them:
 * "checked herself into"); a preposition counts only for "into"/"onto", which WordNet lexicalises with few verbs
 * ("check_into"), so "held on Tuesday" and "win over the voters" stay one word.
 */

const PARTICLES: ReadonlySet<string> = new Set([
  'down',
  'up',
  'off',
  'out',
  'in',
  'on',
  'over',
  'away',
  'back',
  'through',
  'around',
  'about',
]);
const DIRECTIONAL_PREPOSITIONS: ReadonlySet<string> = new Set(['into', 'onto']);

export interface Phrasal {
  /** The WordNet lemma, e.g. "gun_down". */
  readonly lemma: string;
  /** Index of the last token of the multiword verb. */
  readonly last: number;
  /** The noun of a verb–object idiom ("fire" of "opened fire"). */
  readonly object?: string;
}

/**
 * The multiword verb starting at `verb` (a token index), or null. `lemma` is the verb's lemma;
 * `wordOf` gives a token's text in lower case.
 */
export function phrasalVerb(
  tokens: readonly Token[],
  verb: number,
  lemma: string,
  wordOf: (index: number) => string,
): Phrasal | null {
  const known = (word: string) => hasLemma(`${lemma}_${word}`, 'verb');
  for (let at = verb + 1; at <= verb + 2 && at < tokens.length; at += 1) {
    const token = tokens[at]!;
    const word = wordOf(at);
    if (at === verb + 2) {
      // one object pronoun between: "gunned him down"
      const between = tokens[verb + 1]!;
      if (between.pos !== 'PRON' || between.dep !== 'obj' || between.head !== verb) return null;
    }
    if (
      token.head === verb &&
      PARTICLES.has(word) &&
      (token.dep === 'compound:prt' || token.dep === 'advmod')
    )
      return known(word) ? { lemma: `${lemma}_${word}`, last: at } : null;
    // "checked into rehab", "checked herself into a clinic": the preposition's noun is an oblique of the verb
    const object = tokens[token.head];
    if (
      DIRECTIONAL_PREPOSITIONS.has(word) &&
      token.dep === 'case' &&
      object !== undefined &&
      object.head === verb &&
      known(word)
    )
      return { lemma: `${lemma}_${word}`, last: at };
    // "opened fire", "took place": a bare noun object the idiom names
    if (at === verb + 1) {
      if (token.pos === 'NOUN' && token.dep === 'obj' && token.head === verb && known(word))
        return { lemma: `${lemma}_${word}`, last: at, object: word };
    }
  }
  return null;
}
