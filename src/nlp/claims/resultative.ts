import type { Token } from '../../model/index.js';
import type { DependencyTree } from '../grammar/index.js';
import { hasLemma, synset, synsetsOf } from '../events/wordnet.js';

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

// WordNet's become#1 ({become, go, get}: "enter or assume a certain state or condition") and
// change_state#1 ({change state, turn}), whose kinds are verbs of becoming ("fall": "pass suddenly
// and passively into a state of body or mind"), read in one of a verb's three most frequent senses
// that has a frame with the state as complement
let becomeSense: number | undefined;
let changeStateSense: number | undefined;
const CLAUSE_PARTS = ['nsubj', 'nsubj:pass', 'cop', 'mark', 'aux', 'obj', 'ccomp', 'xcomp'];
// how many of a verb's most frequent senses are read for one of becoming
const BECOMING_SENSES = 3;
// WordNet's frames "Something ----s Adjective/Noun" and "Somebody ----s Adjective": a sense that
// takes the state as its complement ("worsen" is a change of state that takes none: "decline further")
const STATE_FRAMES = new Set([6, 7]);

function isBecoming(lemma: string): boolean {
  becomeSense ??= synsetsOf('become', 'verb')[0] ?? -1;
  changeStateSense ??= synsetsOf('change_state', 'verb')[0] ?? -1;
  return synsetsOf(lemma, 'verb')
    .slice(0, BECOMING_SENSES)
    .some((offset) => {
      const found = synset(offset, 'verb');
      return (
        (offset === becomeSense ||
          found.pointers.some(
            (pointer) =>
              pointer.symbol === '@' && pointer.pos === 'verb' && pointer.offset === changeStateSense,
          )) &&
        found.frames.some((frame) => STATE_FRAMES.has(frame.frame))
      );
    });
}

/**
 * The state a verb of becoming enters, right after it with no object ("40 people fell [ill]",
 * "became [sick]", "got [sick] after the meal"), or -1: with its verb it says what the subject
 * became, one predicate ("become ill"), whichever verb of becoming the text uses. The word is a
 * WordNet adjective, written as its dictionary form, that the parse hangs under the verb as its
 * complement or modifier, with no clause of its own ("after the meal" may hang on it).
 */
export function becomingWord(tree: DependencyTree, verb: number): number {
  const verbToken = tree.tokens[verb];
  const at = verb + 1;
  const token = tree.tokens[at];
  if (verbToken === undefined || token === undefined || verbToken.pos !== 'VERB') return -1;
  if (token.head !== verb || (token.dep !== 'xcomp' && token.dep !== 'advmod')) return -1;
  if (token.pos !== 'ADJ' || token.end - token.start !== token.lemma.length) return -1;
  // (a clause of its own, "became [sure] that …", or an object of the verb, is no state entered)
  if (tree.dependents(at, CLAUSE_PARTS).length > 0 || tree.dependents(verb, ['obj', 'iobj']).length > 0)
    return -1;
  if (!hasLemma(token.lemma.toLowerCase(), 'adj')) return -1;
  return isBecoming(verbToken.lemma.toLowerCase()) ? at : -1;
}

/** The state word as the predicate names it: the first word of its most frequent sense ("sick" → "ill"). */
export function stateName(adjective: string): string {
  const sense = synsetsOf(adjective.toLowerCase(), 'adj')[0];
  const first = sense === undefined ? undefined : synset(sense, 'adj').words[0];
  return (first ?? adjective.toLowerCase()).replace(/\(.*\)$/, '').replace(/_/g, ' ');
}
