import type { Token } from '../../model/index.js';
import type { DependencyTree } from '../grammar/index.js';
import { keyOf, type Framed, type FrameContext } from './frame.js';
import { baseFormOf, lexicographerFileOf, NOUN_ACT, synsetsOf } from '../events/wordnet.js';
import { classOf } from './predicate-classes.js';
import type { Proposition } from './proposition.js';

// Relations only a clause's head takes: a word with one of them is read as a verb, whatever its tag.
const VERBAL = [
  'nsubj',
  'nsubj:pass',
  'csubj',
  'obj',
  'iobj',
  'ccomp',
  'xcomp',
  'aux',
  'aux:pass',
  'cop',
  'mark',
  'compound:prt',
  'obl:agent',
  'expl',
];
// Relations only a noun takes as a dependent: "[the] only people", "[two] tries", "[his] kick", "[at] launch".
const NOMINAL_DEPENDENTS = ['det', 'nummod', 'nmod:poss', 'case', 'amod', 'compound'];
// Relations that put a word in a noun's slot: the subject, the object, a prepositional phrase.
const NOMINAL_SLOTS = new Set([
  'nsubj',
  'nsubj:pass',
  'obj',
  'iobj',
  'obl',
  'obl:unmarked',
  'nmod',
  'nmod:poss',
  'appos',
  'compound',
  'vocative',
  'dislocated',
]);

/**
 * A word the tagger took for a verb that the parse uses as a noun ("the only [people]", "this
 * [match]", "his cross-field [kick]", "two [tries]", "[Hope] and Carswell", "at [launch]"): it has
 * none of a clause's relations (subject, object, auxiliary, subordinator …), and it sits in a noun's
 * slot or takes a noun's dependents (determiner, number, possessor, preposition, adjective).
 */
export function isNounReadAsVerb(tree: DependencyTree, text: string, index: number): boolean {
  const token = tree.tokens[index] as Token;
  if (tree.dependents(index, VERBAL).length > 0) return false;
  if (!NOMINAL_SLOTS.has(token.dep) && tree.dependents(index, NOMINAL_DEPENDENTS).length === 0) return false;
  // "the ferry [sank] near …" parsed as a noun phrase: a form no WordNet noun has is still the verb
  return baseFormOf(text.slice(token.start, token.end).toLowerCase(), 'noun') !== null;
}

/**
 * "planned with [help] from inside the prison", "an [attack] by the militia": a noun naming an act
 * (its most frequent WordNet sense is in noun.act) with the phrase that says whose act it is
 * ("from", "by") is a deed with its doer.
 */
export function isDeedWithDoer(tree: DependencyTree, index: number): boolean {
  const token = tree.tokens[index] as Token;
  const sense = synsetsOf(token.lemma.toLowerCase(), 'noun')[0];
  if (sense === undefined || lexicographerFileOf(sense, 'noun') !== NOUN_ACT) return false;
  return tree
    .dependents(index, ['nmod', 'obl'])
    .some((child) =>
      tree
        .dependents(child, ['case'])
        .some((marker) => DOER_MARKERS.has((tree.tokens[marker] as Token).lemma.toLowerCase())),
    );
}

const DOER_MARKERS = new Set(['by', 'from']);

const PERSONAL = new Set(['PRON', 'DET']);

/**
 * Whether a proposition read from an attribution's content says something a reader could check,
 * and so is made a claim:
 * - a figure, a cause, a party's responsibility or part, a place someone went or came from, always;
 * - otherwise its predicate must be a real one: not a noun the tagger took for a verb (see
 *   `isNounReadAsVerb`), unless that noun names an act with its doer (`isDeedWithDoer`);
 * - with at least one argument in the content: a subject, an object, a doer, what the deed was
 *   done to, or a place ("to win", "and prepared", "upset" alone say nothing of anyone); an
 *   existential ("there will be no …") needs none;
 * - not an adjective that only controls the clause after it ("was [able] to play", "are [keen] to
 *   find out"): that clause is read on its own;
 * - a copula ("is pathetic", "was a big success", "This is not the case") only when its subject
 *   names someone or something: not a pronoun or demonstrative that nothing resolves ("I am calm",
 *   "It is important to remember", "That is absolute nonsense").
 */
export function isClaimWorthy(context: FrameContext, proposition: Proposition, framed: Framed): boolean {
  if (framed.frame !== 'proposition' || framed.topic.startsWith('what caused ')) return true;
  const { tree } = context;
  const predicate = proposition.predicate;
  const token = tree.tokens[predicate] as Token;
  const copula = tree.dependent(predicate, 'cop') >= 0;
  if (proposition.pos === 'verb' && !copula && isNounReadAsVerb(tree, context.text, predicate))
    return isDeedWithDoer(tree, predicate);
  // "there will not be a pre-election giveaway": an existential states that something is (not) so
  const existential = tree
    .dependents(predicate, ['expl', 'nsubj', 'nmod:poss', 'advmod'])
    .some((child) => (tree.tokens[child] as Token).lemma.toLowerCase() === 'there');
  const argued =
    existential ||
    proposition.subject >= 0 ||
    proposition.object >= 0 ||
    proposition.agent >= 0 ||
    proposition.patient >= 0 ||
    proposition.goal >= 0 ||
    proposition.origin >= 0 ||
    proposition.location >= 0 ||
    framed.converse !== undefined;
  if (!argued) return false;
  if (!copula || proposition.pos === 'verb' || existential) return true;
  if (token.pos === 'ADJ' && tree.dependent(predicate, 'xcomp') >= 0) return false;
  const subject = proposition.subject;
  if (subject < 0) return true;
  // "we're innocent", "they are innocent people": a word of guilt or innocence claims it of whoever
  // the pronoun is
  const words = [predicate, ...tree.dependents(predicate, ['amod'])];
  if (
    words.some((at) => {
      const word = tree.tokens[at] as Token;
      const pos = word.pos === 'ADJ' ? 'adj' : word.pos === 'NOUN' ? 'noun' : null;
      return pos !== null && classOf('responsibility', word.lemma.toLowerCase(), pos) !== null;
    })
  )
    return true;
  const subjectToken = tree.tokens[subject] as Token;
  if (!PERSONAL.has(subjectToken.pos)) return true;
  // ("keyOf" keys a determiner as a noun: "the this")
  return (
    framed.subjectEntity !== undefined ||
    context.referents.nameAt(subject) !== null ||
    (subjectToken.pos === 'PRON' && keyOf(context, subject) !== null)
  );
}
