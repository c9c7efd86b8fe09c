import type { Token } from '../../model/index.js';
import type { DependencyTree } from '../grammar/index.js';
import { hasLemma } from '../events/wordnet.js';

/**
 * The adjective of result right after a verb, with the verb's object after it ("fans had forced
 * [open] a gate", "the crew broke [loose] the boat"), or -1. It is part of the verb, as a particle
 * is ("force open"). The parse hangs it either as the verb's complement with the object under it,
 * or as the object's modifier standing before the object's determiner ("forced [open] any gate"),
 * where no attributive adjective stands. The word must be a WordNet adjective, uninflected;
 * "helped free the hostages" is "help" with a bare infinitive, not a result.
 */
export function resultativeWord(tree: DependencyTree, verb: number): number {
  const verbToken = tree.tokens[verb];
  const at = verb + 1;
  const token = tree.tokens[at];
  if (verbToken === undefined || token === undefined || verbToken.pos !== 'VERB') return -1;
  if (verbToken.lemma.toLowerCase() === 'help') return -1;
  if (token.pos !== 'ADJ' && token.pos !== 'VERB') return -1;
  // the bare word, as its dictionary form is written: "to stop [spreading] the poison", "argue
  // [cutting] subsidies", "to buy [Associated] Cement" are no words of result
  if (token.end - token.start !== token.lemma.length) return -1;
  if (!hasLemma(token.lemma.toLowerCase(), 'adj')) return -1;
  if (token.head === verb && token.dep === 'xcomp') {
    if (tree.dependents(at, ['mark', 'aux', 'cop', 'nsubj', 'nsubj:pass']).length > 0) return -1;
    const object = tree.dependents(at, ['obj']).find((child) => tree.subtreeStart(child) === at + 1);
    return object === undefined ? -1 : at;
  }
  if (token.dep === 'amod' && token.pos === 'ADJ') {
    const noun = tree.tokens[token.head] as Token | undefined;
    if (noun === undefined || noun.head !== verb || noun.dep !== 'obj') return -1;
    return tree.dependents(token.head, ['det']).some((child) => child > at) ? at : -1;
  }
  return -1;
}

/** The object of a verb with a word of result: the complement's own object when the parse hung it there. */
export function resultativeObject(tree: DependencyTree, result: number): number {
  const token = tree.tokens[result] as Token;
  if (token.dep !== 'xcomp') return -1;
  return tree.dependents(result, ['obj'])[0] ?? -1;
}
