import type { Token } from '../../model/index.js';
import type { DependencyTree } from '../grammar/index.js';
import {
  hasLemma,
  lemmaOf,
  lexicographerFileOf,
  NOUN_ACT,
  NOUN_ARTIFACT,
  NOUN_COMMUNICATION,
  NOUN_EVENT,
  NOUN_LOCATION,
  NOUN_OBJECT,
  NOUN_GROUP,
  NOUN_PERSON,
  NOUN_PHENOMENON,
  NOUN_TIME,
  synset,
  synsetsOf,
  VERB_COMMUNICATION,
  type WordNetPos,
  derivedSharingStart,
} from '../events/wordnet.js';
import { clauseSubject, isExcessComplement, isUnmarkedRelative } from './clause-subject.js';
import { classOf, isRelationPreposition, verbFile } from './predicate-classes.js';
import { becomingWord, resultativeObject, resultativeWord, stateName } from './resultative.js';

/** Dependents a preposition heads with no preposition of their own ("squeezed out of the market" keeps its particle). */
const HEADED_PHRASE = ['obl', 'obj', 'nmod'];

/**
 * One proposition read from the parse around its predicate token: who (subject), did what
 * (predicate lemma), to what (object), where to (goal), negated or not, with the words that make it
 * intended or uncertain. Control and raising verbs ("tried to flee", "appeared to have been
 * orchestrated", "were believed to be part") hand their subject down and become the modality or a
 * hedge; "there is no evidence of involvement by the movement" is read as "the movement (not) involved".
 */
export interface Proposition {
  readonly predicate: number;
  readonly lemma: string;
  readonly pos: WordNetPos;
  readonly subject: number;
  readonly object: number;
  readonly goal: number;
  /** Where from: "had come [from] Varel", "crossed over [from] the hills". */
  readonly origin: number;
  /** Where: "hiding [near] Osk", "[in] the capital". */
  readonly location: number;
  readonly negated: boolean;
  readonly modality?: string;
  readonly hedged: boolean;
  readonly exclusive: boolean;
  /**
   * A passive clause ("85 people were infected", "the vote was rigged"): the subject is what the
   * deed was done to; `agent` is the by-phrase when there is one.
   */
  readonly passive: boolean;
  readonly agent: number;
  /** What a passive's deed was done to: its subject ("the landslide was caused by rain"), else -1. */
  readonly patient: number;
  /**
   * The word that says what class the claim is of, when it is not the predicate: the object of a
   * light verb ("had no [role] in the attack", "played no [part]").
   */
  readonly classWord?: { readonly lemma: string; readonly pos: WordNetPos };
  /**
   * "the plant had passed / failed a safety inspection": besides the deed done to the thing
   * (inspect(?, the plant)), how it went: the test noun and whether it was passed.
   */
  readonly outcome?: { readonly test: number; readonly passed: boolean };
}

const NEGATORS = new Set(['not', 'never', "n't", 'no']);
// Adverbs that close the list of parties: "acted alone", "the only group".
const EXCLUSIVE = new Set(['alone', 'only', 'solely', 'single-handedly']);
// Verbs that raise their complement's subject and only weaken it.
const HEDGING = new Set(['appear', 'seem', 'believe', 'suspect', 'think', 'allege', 'suggest']);
// Verbs whose complement did not happen: "refused to stop", "failed to pay", "neglected to warn".
const NEGATIVE_IMPLICATIVES = new Set(['refuse', 'fail', 'decline', 'neglect']);
// Verbs that say their complement is untrue: "denied receiving money".
const DENIALS = new Set(['deny']);
const GOAL_MARKERS = new Set(['to', 'into', 'toward', 'towards', 'for']);
const ORIGIN_MARKERS = new Set(['from']);
const LOCATION_MARKERS = new Set(['in', 'near', 'at', 'inside', 'outside', 'around']);

const CLAUSAL = new Set(['root', 'ccomp', 'xcomp', 'conj', 'parataxis']);

/**
 * The word class a predicate is read as. A clause head the tagger took for a noun or an adjective
 * but that has an object and is a WordNet verb ("suggested the army [orchestrated] it") is read as the verb.
 */
export function predicatePos(tree: DependencyTree, index: number): WordNetPos | null {
  const token = tree.tokens[index] as Token;
  // "were thought to have [taken] part": a participle tagged as an adjective, with its object
  if (
    (token.pos === 'NOUN' || token.pos === 'ADJ') &&
    CLAUSAL.has(token.dep) &&
    tree.dependent(index, 'obj') >= 0 &&
    hasLemma(token.lemma.toLowerCase(), 'verb')
  )
    return 'verb';
  // "the gang [had] no role in the attack": "have" with an object is a verb, not an auxiliary
  // (in a reason clause too: "because she did not [have] a permit")
  if (
    token.pos === 'AUX' &&
    (CLAUSAL.has(token.dep) || token.dep === 'advcl') &&
    tree.dependent(index, 'obj') >= 0
  )
    return 'verb';
  // "85 people were [infected]", "claims that the lake was [polluted]": a participle tagged as an
  // adjective, with its passive auxiliary
  if (
    (token.pos === 'NOUN' || token.pos === 'ADJ') &&
    tree.dependent(index, 'aux:pass') >= 0 &&
    hasLemma(token.lemma.toLowerCase(), 'verb')
  )
    return 'verb';
  // "the glassworks would [close] in March", "reports that the dam had [burst]": a word tagged as an
  // adjective or a noun with an auxiliary but no copula is a verb (adjectives and nouns take
  // auxiliaries only through "be")
  if (
    (token.pos === 'ADJ' || token.pos === 'NOUN') &&
    (CLAUSAL.has(token.dep) || token.dep === 'acl') &&
    tree.dependent(index, 'aux') >= 0 &&
    tree.dependent(index, 'cop') < 0 &&
    hasLemma(token.lemma.toLowerCase(), 'verb')
  )
    return 'verb';
  // "turnout had been 62 [%]": the sign is the noun "percent"
  if (token.lemma === '%' && tree.dependent(index, 'cop') >= 0) return 'noun';
  return wordNetPos(token);
}

/**
 * "the samples [taken] from the river", "documents [seen] by Reuters": a participle modifying a noun
 * (`acl`), not in -ing or -s, with no subject, object, auxiliary or subordinator of its own, is a passive: the
 * noun is what the deed was done to.
 */
function isPassiveParticiple(tree: DependencyTree, predicate: number, surface: string): boolean {
  const token = tree.tokens[predicate] as Token;
  if (token.dep !== 'acl' || token.pos !== 'VERB') return false;
  const form = surface.toLowerCase();
  // (a present form is no participle: "the notice the law [requires]" is a relative clause the parse
  // hung on the noun)
  if (form.endsWith('ing') || form.endsWith('s') || form === token.lemma.toLowerCase()) return false;
  return tree.dependents(predicate, ['nsubj', 'nsubj:pass', 'aux', 'mark', 'obj']).length === 0;
}

export function wordNetPos(token: Token): WordNetPos | null {
  switch (token.pos) {
    case 'VERB':
      return 'verb';
    case 'NOUN':
      return 'noun';
    case 'ADJ':
      return 'adj';
    default:
      return null;
  }
}

/** The verb's dictionary form, by WordNet's irregular forms when the tagger's lemma is no verb ("fled" → "flee"). */
function verbLemma(token: Token, surface: string): string {
  const lemma = token.lemma.toLowerCase();
  if (hasLemma(lemma, 'verb')) return lemma;
  return lemmaOf(surface, 'verb') ?? lemma;
}

function caseOf(tree: DependencyTree, noun: number): string | null {
  const marker = tree.dependent(noun, 'case');
  return marker < 0 ? null : (tree.tokens[marker] as Token).lemma.toLowerCase();
}

const NOBODY = new Set(['nobody', 'nothing', 'none', 'noone', 'no-one']);

/**
 * "nobody", "nothing", "none (of the marchers)", "no one": a party or thing the clause says there
 * is none of, so the clause denies its deed ("no one was detained" claims not detain(?, anyone)).
 */
export function isNobody(tree: DependencyTree, head: number): boolean {
  if (head < 0) return false;
  const token = tree.tokens[head] as Token;
  const lemma = token.lemma.toLowerCase();
  const none =
    NOBODY.has(lemma) ||
    ((lemma === 'one' || lemma === 'body') &&
      tree
        .dependents(head, ['det'])
        .some((child) => (tree.tokens[child] as Token).lemma.toLowerCase() === 'no'));
  // ("nothing but movies", "no one except the guards" name what there is)
  if (!none) return false;
  for (let at = tree.subtreeStart(head); at <= tree.subtreeEnd(head); at += 1)
    if (EXCEPT.has((tree.tokens[at] as Token).lemma.toLowerCase())) return false;
  return true;
}

const EXCEPT = new Set(['but', 'except', 'other', 'save', 'apart', 'besides']);

function negated(tree: DependencyTree, head: number): boolean {
  for (const child of tree.dependents(head, ['advmod', 'neg', 'det']))
    if (NEGATORS.has((tree.tokens[child] as Token).lemma.toLowerCase())) return true;
  return false;
}

function exclusive(tree: DependencyTree, head: number): boolean {
  const related = [head, ...tree.dependents(head, ['conj'])];
  const token = tree.tokens[head] as Token;
  if (token.dep === 'conj' && token.head >= 0) related.push(token.head);
  return related.some((at) =>
    tree
      .dependents(at, ['advmod', 'amod'])
      .some((child) => EXCLUSIVE.has((tree.tokens[child] as Token).lemma.toLowerCase())),
  );
}

/**
 * Whether a clause is the complement of the verb above it: an `xcomp` ("tried [to flee]"), or what
 * a hedging verb is "of" ("was suspected [of being] a member", parsed as an adverbial clause).
 */
function isComplement(tree: DependencyTree, index: number): boolean {
  const token = tree.tokens[index] as Token;
  // "forced [open] a gate": a word of result is part of its verb, not a clause it controls
  if (token.dep === 'xcomp')
    return (
      resultativeWord(tree, token.head) !== index &&
      becomingWord(tree, token.head) !== index &&
      !describesObject(tree, index) &&
      !modifiesAgent(tree, index)
    );
  // "too weak to have caused the crack": the infinitive is what the adjective rules out
  if (isExcessComplement(tree, index)) return true;
  if (token.dep !== 'advcl' || token.head < 0) return false;
  if (!HEDGING.has((tree.tokens[token.head] as Token).lemma.toLowerCase())) return false;
  return tree
    .dependents(index, ['mark', 'case'])
    .some((child) => (tree.tokens[child] as Token).lemma.toLowerCase() === 'of');
}

/**
 * "accepted bribes [worth] 300,000 euros": an adjective that takes an object of its own, right after
 * the verb's object, describes that object (the parse hung it on the verb); it controls no clause.
 */
function describesObject(tree: DependencyTree, index: number): boolean {
  const token = tree.tokens[index] as Token;
  if (token.pos !== 'ADJ' || tree.dependent(index, 'obj') < 0) return false;
  const object = tree.dependent(token.head, 'obj');
  return object >= 0 && object < index && tree.subtreeEnd(object) === index - 1;
}

// Subordinators whose clause the speaker asserts along with the main clause (the reason, the
// concession or what came first is presupposed true: "arrested her because she [had] no permit"
// says she had none, "landed after an engine [caught] fire" that one did), unlike "if", "unless",
// "before", "until" or "so that".
const ASSERTING_SUBORDINATORS = new Set(['because', 'although', 'though', 'whereas', 'after']);

/**
 * "police said they arrested her because she did not have a permit": a finite reason or concession
 * clause inside the content is a claim of its own, not background (a clause with its own subject:
 * "because of the rain" is a phrase, not a clause).
 */
export function isAssertedReason(tree: DependencyTree, index: number): boolean {
  const token = tree.tokens[index] as Token;
  if (token.dep !== 'advcl') return false;
  const asserting = tree
    .dependents(index, ['mark'])
    .some((child) => ASSERTING_SUBORDINATORS.has((tree.tokens[child] as Token).lemma.toLowerCase()));
  if (!asserting) return false;
  const subjects = tree.dependents(index, ['nsubj', 'nsubj:pass', 'expl']);
  if (subjects.length === 0) return false;
  // what came first is asserted only of a party the clause names ("after one of its engines caught
  // fire"): a pronoun there is background whose referent is often far away ("after he withdrew")
  const temporal = tree
    .dependents(index, ['mark'])
    .some((child) => (tree.tokens[child] as Token).lemma.toLowerCase() === 'after');
  return !temporal || subjects.every((child) => (tree.tokens[child] as Token).pos !== 'PRON');
}

/**
 * "had been started by a cigarette [left] burning in the bay": a participle the parse hangs as the
 * complement of a passive verb, after its agent and without "to", describes the agent (a reduced
 * relative), not a clause the passive controls; the passive keeps its own proposition.
 */
function modifiesAgent(tree: DependencyTree, index: number): boolean {
  const token = tree.tokens[index] as Token;
  if (token.dep !== 'xcomp' || token.head < 0 || token.pos !== 'VERB') return false;
  if (tree.dependents(index, ['mark', 'nsubj', 'nsubj:pass']).length > 0) return false;
  const agent = tree.dependent(token.head, 'obl:agent');
  return agent >= 0 && agent < index && tree.dependent(token.head, 'aux:pass') >= 0;
}

function hasComplement(tree: DependencyTree, index: number): boolean {
  return tree.dependents(index, ['xcomp', 'advcl']).some((child) => isComplement(tree, child));
}

/** The child of `controller` on the path down to `predicate` (the controlled clause). */
function lowerOf(tree: DependencyTree, controller: number, predicate: number): number {
  let at = predicate;
  while (at >= 0 && (tree.tokens[at] as Token).head !== controller) at = (tree.tokens[at] as Token).head;
  return at;
}

/**
 * The bare noun of a place phrase right after a verb's object ("a pilot [on board]", "two men [in
 * custody]"): a common noun with a preposition and no determiner or modifier of its own, hung on
 * the object or on the verb; -1 when there is none.
 */
const PLACE_PREPOSITIONS = new Set(['on', 'in', 'at', 'under', 'aboard']);

function bareLocative(tree: DependencyTree, text: string, predicate: number, object: number): number {
  const after = tree.subtreeEnd(object);
  for (const child of [...tree.dependents(object, ['nmod']), ...tree.dependents(predicate, ['obl'])]) {
    const token = tree.tokens[child] as Token;
    if (token.pos !== 'NOUN' || !PLACE_PREPOSITIONS.has(caseOf(tree, child) ?? '')) continue;
    // (a bare singular: "on board", "in custody", not "of respect" or "in talks")
    if (token.lemma.toLowerCase() !== text.slice(token.start, token.end).toLowerCase()) continue;
    if (tree.subtreeStart(child) !== (token.dep === 'nmod' ? child - 1 : after + 1)) continue;
    if (tree.childCount(child) !== 1 || isTimeNoun(token)) continue;
    return child;
  }
  return -1;
}

/** The controlling verbs above a predicate: "tried" for "tried to flee", "believed" for "believed to be part". */
function controllers(tree: DependencyTree, predicate: number): number[] {
  const found: number[] = [];
  let at = predicate;
  for (let steps = 0; steps < 3; steps += 1) {
    const token = tree.tokens[at] as Token;
    if (!isComplement(tree, at) || token.head < 0) break;
    at = token.head;
    found.push(at);
  }
  return found;
}

// the question words that stand for a party or a thing: the clause has a gap where its answer goes
// ("which side had fired first"); "how", "why", "when", "where" ask about a deed the clause still
// takes as done ("the court heard how documents were taken", "explained why the bridge collapsed")
const QUESTION_WORDS = new Set(['which', 'what', 'who', 'whom', 'whose']);
const QUESTION_MARKS = new Set(['whether', 'if']);

/**
 * An embedded question: a clause complement ("… could not say [which side fired first]", "asked
 * [whether the dam had cracked]", "[who ordered the strike] is unknown") that opens with a question
 * word of its own that stands for one of its parties (its subject or object, or the determiner of
 * one: "which side") or with "whether" / "if" as its marker. A question of manner, reason, time or
 * place ("heard how the documents were taken") presupposes its deed and stays a claim. A relative clause is left to the relative rules; a question word
 * deeper down ("said [what happened] was a tragedy": "what" belongs to "happened") does not make
 * the outer clause a question.
 */
export function isEmbeddedQuestion(tree: DependencyTree, index: number): boolean {
  const token = tree.tokens[index] as Token;
  if (!['ccomp', 'csubj', 'xcomp', 'root', 'parataxis'].includes(token.dep)) return false;
  const first = tree.subtreeStart(index);
  const opener = tree.tokens[first] as Token;
  const word = opener.lemma.toLowerCase();
  if (opener.dep === 'mark' && opener.head === index) return QUESTION_MARKS.has(word);
  if (!QUESTION_WORDS.has(word)) return false;
  if (opener.head === index) return opener.dep !== 'mark';
  const holder = opener.head;
  return (
    holder >= 0 &&
    (tree.tokens[holder] as Token).head === index &&
    ['det', 'det:poss'].includes(opener.dep) &&
    ['nsubj', 'nsubj:pass', 'obj', 'obl'].includes((tree.tokens[holder] as Token).dep)
  );
}

/**
 * Whether a token heads a clause of its own that states something (not a controller, not a
 * modifier, not a question). `asked`: the clause read is
 * a question's, whose answer is the claim ("asked who was behind the attack, he said …"), so an
 * embedded question is read too.
 */
export function isPredicate(
  tree: DependencyTree,
  index: number,
  inContent?: ReadonlySet<number>,
  asked = false,
): boolean {
  const token = tree.tokens[index] as Token;
  if (['amod', 'aux', 'aux:pass', 'cop', 'compound', 'case', 'mark'].includes(token.dep)) return false;
  if (
    token.head >= 0 &&
    (resultativeWord(tree, token.head) === index || becomingWord(tree, token.head) === index)
  )
    return false;
  // a modifier clause is background ("the city [where they live]"), unless it is the content's own
  // clause that the parse hung outside ("said on Wednesday that the attackers fled": "fled" under
  // "Wednesday")
  if (
    ['acl:relcl', 'advcl'].includes(token.dep) &&
    (inContent === undefined || inContent.has(token.head)) &&
    !isComplement(tree, index) &&
    !isNounContentClause(tree, index) &&
    !isAssertedReason(tree, index)
  )
    return false;
  // "the three, who live in Velmora, …" parsed as a clause of its own: still a relative clause
  if (isUnmarkedRelative(tree, index)) return false;
  // "could not confirm which side had fired first": a question asks, it asserts nothing
  if (!asked && isEmbeddedQuestion(tree, index)) return false;
  if (modifiesAgent(tree, index)) return false;
  if (token.pos === 'VERB' || predicatePos(tree, index) === 'verb') {
    // "“They said, …”" inside a quotation: reporting, not a proposition of its own
    // (but "had ignored safety warnings", whose first WordNet sense is one of communication, says a
    // deed: a communication verb with a thing as its object, not a person told, is a proposition)
    // (nor does a passive done to someone: "had been sentenced", "was dismissed", "had been told
    // about the cracks": what the authority did to the subject, not words it reports)
    if (
      verbFile(token.lemma.toLowerCase()) === VERB_COMMUNICATION &&
      classOf('responsibility', token.lemma, 'verb') === null &&
      !hasThingObject(tree, index) &&
      !hasThingSubject(tree, index) &&
      !isPassiveOnSomeone(tree, index)
    )
      return false;
    // "tried to flee": the complement carries the proposition
    if (hasComplement(tree, index)) return false;
    if (tree.dependent(index, 'ccomp') >= 0) return false;
    return true;
  }
  // ("turnout had been 62 [%]": the sign stands for the noun "percent")
  if (token.pos === 'ADJ' || token.pos === 'NOUN' || token.lemma === '%')
    return tree.dependent(index, 'cop') >= 0 || sharesCopula(tree, index);
  return false;
}

/**
 * "the vote was free and [fair]": an adjective conjoined to a copular adjective is an evaluation
 * of the same subject with the same copula (not when the first is negated: "was not free and fair"
 * denies the pair, not each).
 */
export function sharesCopula(tree: DependencyTree, index: number): boolean {
  const token = tree.tokens[index] as Token;
  if (token.pos !== 'ADJ' || token.dep !== 'conj' || token.head < 0) return false;
  const head = tree.tokens[token.head] as Token;
  // a bare adjective joined by "and" ("free and fair"), with a subject
  for (let nth = 0; nth < tree.childCount(index); nth += 1) {
    const child = tree.tokens[tree.child(index, nth)] as Token;
    if (child.dep === 'punct') continue;
    if (child.dep !== 'cc' || child.lemma.toLowerCase() !== 'and') return false;
  }
  return (
    head.pos === 'ADJ' &&
    clauseSubject(tree, token.head) >= 0 &&
    tree.dependent(token.head, 'cop') >= 0 &&
    !negated(tree, token.head) &&
    !negated(tree, index)
  );
}

/** "ignored the warnings": an object that is a common noun and not a person or a group of people (WordNet noun.person, noun.group). */
function hasThingObject(tree: DependencyTree, index: number): boolean {
  return tree.dependents(index, ['obj']).some((child) => {
    const object = tree.tokens[child] as Token;
    if (object.pos !== 'NOUN') return false;
    const offset = synsetsOf(object.lemma.toLowerCase(), 'noun')[0];
    if (offset === undefined) return false;
    const file = lexicographerFileOf(offset, 'noun');
    return file !== NOUN_PERSON && file !== NOUN_GROUP;
  });
}

/** Noun senses that can say something: a person, a group, a message. */
const SPEAKING_FILES = new Set([NOUN_PERSON, NOUN_GROUP, NOUN_COMMUNICATION]);

/**
 * "toxic gas had [leaked]": a communication verb (WordNet's first sense of "leak" is telling) whose
 * subject is a common noun with no sense that could say anything (no person, group or message) is
 * a deed, not words reported.
 */
function hasThingSubject(tree: DependencyTree, index: number): boolean {
  const subject = tree.dependent(index, 'nsubj');
  if (subject < 0 || tree.dependent(index, 'cop') >= 0) return false;
  const token = tree.tokens[subject] as Token;
  if (token.pos !== 'NOUN') return false;
  const senses = synsetsOf(token.lemma.toLowerCase(), 'noun');
  return (
    senses.length > 0 && senses.every((offset) => !SPEAKING_FILES.has(lexicographerFileOf(offset, 'noun')))
  );
}

/**
 * A passive whose subject is a noun, a name or a third-person pronoun ("the mayor was questioned",
 * "she had been questioned"), not "it", "that" or "which" ("it was reported", "that was said").
 */
function isPassiveOnSomeone(tree: DependencyTree, index: number): boolean {
  const subject = tree.dependent(index, 'nsubj:pass');
  if (subject < 0) return false;
  const token = tree.tokens[subject] as Token;
  const pronoun = token.lemma.toLowerCase();
  return (
    token.pos === 'NOUN' ||
    token.pos === 'PROPN' ||
    (token.pos === 'PRON' && PERSONAL_PRONOUNS.has(pronoun)) ||
    // "it had been told about the halt": a company or a body told what about, when no clause says
    // what ("it was reported that …", "it was reported" are the impersonal report)
    (token.pos === 'PRON' &&
      pronoun === 'it' &&
      tree.dependent(index, 'aux:pass') >= 0 &&
      tree.dependents(index, ['ccomp', 'csubj', 'xcomp', 'advcl']).length === 0 &&
      tree.dependents(index, ['obl']).some((child) => {
        const marker = tree.dependent(child, 'case');
        return marker >= 0 && TOLD_ABOUT.has((tree.tokens[marker] as Token).lemma.toLowerCase());
      }))
  );
}

// the prepositions of what someone was told ("about the halt", "of the risk")
const TOLD_ABOUT = new Set(['about', 'of']);

// (a person in the third person only: "I was told", "we were asked" report what someone said to the
// speaker, and "they" is as often things: "after they are shown in the US")
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'him', 'her']);

// words that put a figure near its number ("about 350", "around 40", "some 200", "roughly 90")
const APPROXIMATORS = new Set(['about', 'around', 'some', 'roughly', 'approximately']);

/**
 * "carrying [about 350 passengers]": a noun counted by a number right after an approximator that the
 * parse made its preposition is an object with an approximate figure, not a phrase.
 */
function isApproximatedFigure(tree: DependencyTree, noun: number): boolean {
  const marker = tree.dependent(noun, 'case');
  if (marker < 0 || !APPROXIMATORS.has((tree.tokens[marker] as Token).lemma.toLowerCase())) return false;
  const number = tree
    .dependents(noun, ['nummod'])
    .find((child) => (tree.tokens[child] as Token).pos === 'NUM');
  return number !== undefined && tree.subtreeStart(number) === marker + 1;
}

/** A noun whose most frequent WordNet sense is a time (noun.time: "March", "morning", "week"). */
function isTimeNoun(token: Token): boolean {
  const offset = synsetsOf(token.lemma.toLowerCase(), 'noun')[0];
  return offset !== undefined && lexicographerFileOf(offset, 'noun') === NOUN_TIME;
}

/**
 * "reported an engine fault minutes before the crash": the parse may make a noun of time (WordNet
 * noun.time) that measures how long before or after something ("before the crash" hangs on it) the
 * head of the object noun phrase, with the object's own noun as its compound right before it. The
 * object is that noun; a measure of time with no such noun is no object (-1); any other object is
 * kept.
 */
export function objectBeforeTimeMeasure(tree: DependencyTree, object: number): number {
  if (object < 0) return object;
  const token = tree.tokens[object] as Token;
  if (token.pos !== 'NOUN' || !isTimeNoun(token)) return object;
  const measured = tree
    .dependents(object, ['nmod', 'obl'])
    .some((child) => ['before', 'after'].includes(caseOf(tree, child) ?? ''));
  if (!measured) return object;
  const before = object - 1;
  const noun = tree.tokens[before] as Token | undefined;
  // ("had been serviced two weeks before the crash": a measure of time alone is no object)
  return noun !== undefined && noun.head === object && noun.dep === 'compound' && noun.pos === 'NOUN'
    ? before
    : -1;
}

/**
 * "the claim [that it caused the leak]", "reports [that the dam was weakened]": a clause the parse
 * hangs on a noun of WordNet noun.communication as a relative clause, though its "that" is a
 * subordinator and the clause is complete (its own subject, and an object, a copula or a passive),
 * says what the claim or report says.
 */
export function isNounContentClause(tree: DependencyTree, index: number): boolean {
  const token = tree.tokens[index] as Token;
  if (token.dep !== 'acl:relcl' || token.head < 0) return false;
  const noun = tree.tokens[token.head] as Token;
  if (noun.pos !== 'NOUN') return false;
  const sense = synsetsOf(noun.lemma.toLowerCase(), 'noun')[0];
  if (sense === undefined || lexicographerFileOf(sense, 'noun') !== NOUN_COMMUNICATION) return false;
  const isThat = (at: number): boolean => (tree.tokens[at] as Token).lemma.toLowerCase() === 'that';
  const marked = tree.dependents(index, ['mark']).some(isThat);
  // "the allegation that Rustam organised the robbery" parsed with "that" as the clause's object:
  // "that" right after the noun, and an object of the clause's own besides it, is no relative pronoun
  const opening = tree.subtreeStart(index);
  const thatOpens =
    opening === token.head + 1 &&
    isThat(opening) &&
    tree.dependents(index, ['obj']).some((child) => !isThat(child));
  if (!marked && !thatOpens) return false;
  const subject = clauseSubject(tree, index);
  if (subject < 0 || subject > index || isThat(subject)) return false;
  return ['obj', 'cop', 'aux:pass', 'nsubj:pass'].some((relation) =>
    tree.dependents(index, [relation]).some((child) => !isThat(child)),
  );
}

/** "there is no evidence of involvement by the movement": the noun the evidence is of, and whether it is denied. */
export function existentialEvidence(
  tree: DependencyTree,
  index: number,
): { noun: number; negated: boolean } | null {
  const token = tree.tokens[index] as Token;
  if (token.lemma !== 'be' || tree.dependent(index, 'expl') < 0) return null;
  const evidence = tree.dependent(index, 'nsubj');
  if (evidence < 0) return null;
  const evidenceToken = tree.tokens[evidence] as Token;
  if (classOf('evidence', evidenceToken.lemma, 'noun') === null) return null;
  // "there is no truth in claims [that it paid bribes]", "no basis for the allegation that …": the
  // clause of the claim the evidence is about
  for (const child of tree.dependents(evidence, ['nmod'])) {
    const clause = claimContentClause(tree, child);
    if (clause >= 0) return { noun: clause, negated: negated(tree, evidence) };
  }
  // "no evidence [that he fled]", or the claim's clause hung on the evidence noun itself
  const own = tree.dependents(evidence, ['acl']).find((clause) => thatClause(tree, clause));
  if (own !== undefined) return { noun: own, negated: negated(tree, evidence) };
  const of = tree.dependents(evidence, ['nmod']).find((child) => caseOf(tree, child) === 'of');
  if (of === undefined) return null;
  return { noun: of, negated: negated(tree, evidence) };
}

/**
 * "there had been no explosion at the building", "there was a fire in the engine": an existential
 * says that something happened (or did not), where: read as happen(the explosion, the building),
 * the place ("at the building") in the object's slot, so that it keys the topic; the thing must be an event or an act (WordNet's most
 * frequent noun sense in noun.event, noun.act or noun.phenomenon: "explosion", "fire", "attack"),
 * not a state of mind or a quantity ("there is no doubt", "there were many people"). Nouns of
 * evidence ("no evidence that …") are read by `existentialEvidence`. Null when the clause is none.
 */
export function readExistence(tree: DependencyTree, index: number): Proposition | null {
  const token = tree.tokens[index] as Token;
  if (token.lemma !== 'be') return null;
  // "there should be a new approach", "whether there will be a vote": proposed or asked, not said to be
  if (
    tree
      .dependents(index, ['aux', 'mark'])
      .some((child) => NOT_STATED.has((tree.tokens[child] as Token).lemma.toLowerCase())) ||
    isEmbeddedQuestion(tree, index)
  )
    return null;
  // "there" right before it, but for auxiliaries and a negation ("there had not been"); the parse
  // may hang it on the reporting verb
  let before = index - 1;
  while (before >= 0 && ['AUX', 'PART'].includes((tree.tokens[before] as Token).pos)) before -= 1;
  if (before < 0 || (tree.tokens[before] as Token).lemma.toLowerCase() !== 'there') return null;
  const noun = tree.dependent(index, 'nsubj');
  if (noun < 0 || noun < index) return null;
  const nounToken = tree.tokens[noun] as Token;
  if (nounToken.pos !== 'NOUN' || classOf('evidence', nounToken.lemma, 'noun') !== null) return null;
  const sense = synsetsOf(nounToken.lemma.toLowerCase(), 'noun')[0];
  if (sense === undefined || !HAPPENING_FILES.has(lexicographerFileOf(sense, 'noun'))) return null;
  // the place: "no explosion [at the building]" (on the noun) or "there was a fire [in the hold]"
  // (a place: WordNet's most frequent sense a location, an artifact or an object, "in the engine",
  // "at the building", not "in tax revenues", "in the past"; right after the noun's phrase)
  const location =
    [...tree.dependents(noun, ['nmod']), ...tree.dependents(index, ['obl'])].find((child) => {
      if (!PLACE_MARKERS.has(caseOf(tree, child) ?? '')) return false;
      if (child > noun && tree.subtreeStart(child) > tree.subtreeEnd(noun) + 1) return false;
      const place = synsetsOf((tree.tokens[child] as Token).lemma.toLowerCase(), 'noun')[0];
      return place !== undefined && PLACE_FILES.has(lexicographerFileOf(place, 'noun'));
    }) ?? -1;
  return {
    predicate: index,
    lemma: 'happen',
    pos: 'verb',
    subject: noun,
    // (the place keys the topic: happen(the explosion, the building))
    object: location,
    goal: -1,
    origin: -1,
    location: -1,
    negated: negated(tree, noun) || negated(tree, index),
    hedged: false,
    exclusive: false,
    passive: false,
    agent: -1,
    patient: -1,
  };
}

const HAPPENING_FILES = new Set([NOUN_EVENT, NOUN_ACT, NOUN_PHENOMENON]);
const PLACE_MARKERS = new Set(['at', 'in', 'on', 'inside', 'near']);
const NOT_STATED = new Set(['should', 'could', 'might', 'may', 'must', 'would', 'whether', 'if', 'unless']);
const PLACE_FILES = new Set([NOUN_LOCATION, NOUN_ARTIFACT, NOUN_OBJECT]);

/**
 * The clause a noun of WordNet noun.communication states ("claims [that it paid bribes]",
 * "reports [that the wells were closed]"): a `that` clause hung on it as `acl` or as a content
 * relative clause; -1 when there is none.
 */
export function claimContentClause(tree: DependencyTree, noun: number): number {
  const token = tree.tokens[noun] as Token;
  if (token.pos !== 'NOUN') return -1;
  const sense = synsetsOf(token.lemma.toLowerCase(), 'noun')[0];
  if (sense === undefined || lexicographerFileOf(sense, 'noun') !== NOUN_COMMUNICATION) return -1;
  return tree.dependents(noun, ['acl']).find((clause) => thatClause(tree, clause)) ?? -1;
}

/** A clause opened by the subordinator "that" with a subject of its own (not a relative clause). */
function thatClause(tree: DependencyTree, clause: number): boolean {
  const marked = tree
    .dependents(clause, ['mark'])
    .some((child) => (tree.tokens[child] as Token).lemma.toLowerCase() === 'that');
  if (!marked) return false;
  if ((tree.tokens[clause] as Token).dep === 'acl:relcl') return isNounContentClause(tree, clause);
  const subject = clauseSubject(tree, clause);
  return subject >= 0 && subject < clause && (tree.tokens[subject] as Token).lemma.toLowerCase() !== 'that';
}

/**
 * The subject when the parse gives none: the first noun phrase of the content before the predicate
 * ("that [the three], who live in Velmora, were believed to be part": the parse hangs "the three" on
 * the relative clause). `content` is the attribution's own tokens.
 */
function firstNominal(tree: DependencyTree, content: readonly number[]): number | undefined {
  const first = content.find((index) =>
    ['NOUN', 'PROPN', 'PRON', 'NUM'].includes((tree.tokens[index] as Token).pos),
  );
  if (first === undefined) return undefined;
  let at = first;
  for (let steps = 0; steps < 4; steps += 1) {
    const token = tree.tokens[at] as Token;
    if (
      !['compound', 'flat', 'amod', 'nmod:poss', 'nummod'].includes(token.dep) ||
      token.head < 0 ||
      !content.includes(token.head)
    )
      break;
    at = token.head;
  }
  return at;
}

function leadingNominal(tree: DependencyTree, predicate: number, content: readonly number[]): number {
  const nominal = firstNominal(tree, content);
  if (nominal === undefined || nominal >= predicate) return -1;
  // only for the content's own clause and the clauses coordinated with it, never for a clause
  // inside a noun phrase ("the notice [the law requires]")
  for (let at = predicate, steps = 0; steps < 6; steps += 1) {
    const token = tree.tokens[at] as Token;
    if (token.head < 0 || !content.includes(token.head)) break;
    // "said [the attackers] [escaped to …]": the parse hangs the clause on its own subject
    if (token.dep === 'acl' && at === predicate && token.head === nominal) return nominal;
    if (!['xcomp', 'conj', 'ccomp'].includes(token.dep)) return -1;
    at = token.head;
  }
  return tree.dependent(predicate, 'obj') === nominal ? -1 : nominal;
}

export function readProposition(
  tree: DependencyTree,
  text: string,
  predicate: number,
  content: readonly number[],
  forcedNegation = false,
): Proposition | null {
  const token = tree.tokens[predicate] as Token;
  const pos = predicatePos(tree, predicate);
  const surface = text.slice(token.start, token.end);
  if (pos === null) return null;
  const above = controllers(tree, predicate).map((at) => ({
    at,
    lemma: (tree.tokens[at] as Token).lemma.toLowerCase(),
  }));
  // "too weak to have caused it": the adjective with "too" negates, as "refused to" does
  const excess = new Set(
    above.filter(({ at }) => isExcessComplement(tree, lowerOf(tree, at, predicate))).map(({ at }) => at),
  );
  const modal = above.find(
    (controller) =>
      !HEDGING.has(controller.lemma) &&
      !NEGATIVE_IMPLICATIVES.has(controller.lemma) &&
      !excess.has(controller.at) &&
      // ("to have cracked" parsed as "have" controlling "cracked": a perfect, no modality)
      !(controller.lemma === 'have' && lowerOf(tree, controller.at, predicate) === controller.at + 1),
  );
  // "had refused to stop" says the driver did not stop; "did not refuse to stop" that he stopped;
  // "[his lawyer said] he denied receiving money": a denial inside the content claims, for the
  // denier, that he did not (the attribution's own denial cue is outside the content: its stance)
  const refused =
    above.filter(
      (controller) =>
        (NEGATIVE_IMPLICATIVES.has(controller.lemma) ||
          excess.has(controller.at) ||
          (DENIALS.has(controller.lemma) && content.includes(controller.at))) &&
        !negated(tree, controller.at),
    ).length %
      2 ===
    1;
  const hedged = above.some((controller) => HEDGING.has(controller.lemma));
  let subject = -1;
  let object = -1;
  let goal = -1;
  let origin = -1;
  let location = -1;
  if (pos === 'noun' && tree.dependent(predicate, 'cop') < 0) {
    // a nominal predicate ("involvement by the movement", "the movement's involvement in the attack")
    for (const child of tree.dependents(predicate, ['nmod'])) {
      const marker = caseOf(tree, child);
      if (marker === 'by' || (tree.tokens[child] as Token).dep === 'nmod:poss') subject = child;
      else if (object < 0) object = child;
    }
  } else {
    const agent = tree.dependent(predicate, 'obl:agent');
    subject = agent >= 0 ? agent : clauseSubject(tree, predicate);
    if (subject < 0 || !content.includes(subject))
      subject = agent >= 0 ? agent : leadingNominal(tree, predicate, content);
    // "said on Friday [that] she had not …": the parse may hang the subordinator as an object
    object = objectBeforeTimeMeasure(
      tree,
      tree.dependents(predicate, ['obj']).find(
        (child) =>
          (tree.tokens[child] as Token).pos !== 'SCONJ' &&
          // "the allegation [that] he organised the robbery": "that" before the verb opens the clause
          !(child < predicate && (tree.tokens[child] as Token).lemma.toLowerCase() === 'that'),
      ) ?? -1,
    );
    for (const child of tree.dependents(predicate, ['obl', 'nmod', 'advmod'])) {
      const childToken = tree.tokens[child] as Token;
      if (childToken.dep === 'obl:agent') continue;
      const marker = caseOf(tree, child);
      if (childToken.dep === 'advmod') {
        if (childToken.lemma.toLowerCase() === 'there' && goal < 0) goal = child;
        continue;
      }
      if (marker !== null && GOAL_MARKERS.has(marker) && goal < 0) goal = child;
      if (marker !== null && ORIGIN_MARKERS.has(marker) && origin < 0) origin = child;
      if (marker !== null && LOCATION_MARKERS.has(marker) && location < 0) location = child;
      // "carrying [about] 350 passengers": an approximator the parse took for a preposition
      if (object < 0 && marker !== null && isApproximatedFigure(tree, child)) {
        object = child;
        continue;
      }
      // "would close in March": a time ("in March", "in the morning") is no object; nor is a
      // phrase of a passive with its doer, whose object is the passive subject ("freed by
      // soldiers in a raid")
      if (
        object < 0 &&
        agent < 0 &&
        marker !== null &&
        ['of', 'in', 'to', 'for', 'with', 'behind'].includes(marker) &&
        !isTimeNoun(childToken)
      )
        object = child;
    }
  }
  // "carried out": the particle is part of the verb WordNet knows ("carry_out")
  // ("taken on 12 May": a "particle" that heads a phrase with no preposition of its own is a
  // preposition the parse misread)
  const marked = tree.dependent(predicate, 'compound:prt');
  const particle =
    marked >= 0 && tree.dependents(marked, HEADED_PHRASE).some((phrase) => tree.dependent(phrase, 'case') < 0)
      ? -1
      : marked;
  const base =
    pos === 'verb' ? verbLemma(tree.tokens[predicate] as Token, surface) : token.lemma.toLowerCase();
  // "forced open a gate": the word of result is part of the verb too ("force open")
  const result = pos === 'verb' && particle < 0 ? resultativeWord(tree, predicate) : -1;
  const joined = particle >= 0 ? particle : result;
  // "fell ill", "got sick": the state a verb of becoming enters makes the predicate ("become ill")
  const state = pos === 'verb' && joined < 0 ? becomingWord(tree, predicate) : -1;
  const verb =
    joined >= 0
      ? `${base} ${(tree.tokens[joined] as Token).lemma.toLowerCase()}`
      : state >= 0
        ? `become ${stateName((tree.tokens[state] as Token).lemma)}`
        : base;
  if (result >= 0 && resultativeObject(tree, result) >= 0) object = resultativeObject(tree, result);
  const copula = tree.dependent(predicate, 'cop') >= 0 || sharesCopula(tree, predicate);
  // "the patrol came under fire": the deed the noun names, done to the subject (a passive)
  const undergone =
    pos === 'verb' && joined < 0 && object < 0
      ? undergoneDeed(tree, predicate, base)
      : pos === 'noun' && copula
        ? underDeed(tree, predicate)
        : null;
  // "were taken", "was rigged" (a verb with the copula is its participle)
  const passive =
    undergone !== null ||
    (pos === 'verb' &&
      (tree.dependent(predicate, 'aux:pass') >= 0 ||
        tree.dependent(predicate, 'nsubj:pass') >= 0 ||
        copula ||
        isPassiveParticiple(tree, predicate, surface)));
  let lemma = undergone ?? (copula ? `be ${verb}` : verb);
  // "took part in the attack": verb and object make one WordNet verb ("take_part")
  if (pos === 'verb' && object >= 0 && joined < 0) {
    const noun = (tree.tokens[object] as Token).lemma.toLowerCase();
    if (tree.childCount(object) === 0 && hasLemma(`${base}_${noun}`, 'verb')) {
      lemma = `${base} ${noun}`;
      // (a time is no object: "took place on Sunday")
      object =
        tree
          .dependents(predicate, ['obl'])
          .find((child) => caseOf(tree, child) !== null && !isTimeNoun(tree.tokens[child] as Token)) ?? -1;
    }
  }
  // "was behind the attack": the preposition is the predicate, the noun its object
  const preposition = pos === 'noun' && copula ? caseOf(tree, predicate) : null;
  if (preposition !== null && isRelationPreposition(preposition)) {
    lemma = `be ${preposition}`;
    object = predicate;
  }
  // "had no role in the attack", "played no part in it", "bore responsibility for": a verb whose
  // object is a responsibility noun claims what the noun says; "no" on the noun negates it
  let classWord: Proposition['classWord'];
  let objectNegated = false;
  if (pos === 'verb' && object >= 0 && classOf('responsibility', verb, 'verb') === null) {
    const objectToken = tree.tokens[object] as Token;
    const noun = objectToken.lemma.toLowerCase();
    if (objectToken.pos === 'NOUN' && classOf('responsibility', noun, 'noun') === 'pos') {
      classWord = { lemma: noun, pos: 'noun' };
      objectNegated = negated(tree, object);
      lemma = `${lemma} ${noun}`;
      // "no part [in the bombing]": on the noun, or hung by the parse on the verb
      const role = object;
      object =
        tree.dependents(role, ['nmod']).find((child) => caseOf(tree, child) !== null) ??
        tree
          .dependents(predicate, ['obl'])
          .find((child) => child > role && ['in', 'for', 'of'].includes(caseOf(tree, child) ?? '')) ??
        -1;
    }
  }
  // "had a pilot on board", "has two men in custody": "have" with an object and a bare noun after
  // a preposition says where the object is, as "a pilot was on board" does: be board(the pilot)
  if (pos === 'verb' && base === 'have' && object >= 0 && joined < 0 && classWord === undefined) {
    const place = bareLocative(tree, text, predicate, object);
    if (place >= 0) {
      lemma = `be ${(tree.tokens[place] as Token).lemma.toLowerCase()}`;
      subject = object;
      object = -1;
    }
  }
  // "set fire to the shed": a verb whose object is a bare noun naming a happening, with a "to" or
  // "on" phrase after it, says the deed the noun's verb names, done to that phrase (WordNet: the
  // verb derived from the noun's most frequent sense, "fire" → "burn"): burn(S, the shed)
  if (pos === 'verb' && object >= 0 && classWord === undefined && !passive) {
    const deed = lightVerbDeed(tree, text, predicate, object);
    if (deed !== null) {
      lemma = deed.lemma;
      object = deed.target;
    }
  }
  // "made a payment", "carried out an attack on the base", "issued a warning": a light verb whose
  // object is an act or a message says the deed WordNet derives from that noun, done to the noun's
  // own phrase ("on the base"); "no" on the noun denies it ("made no payment")
  if (pos === 'verb' && object >= 0 && classWord === undefined && !passive && lemma === verb) {
    const deed = eventNounDeed(tree, verb, object);
    if (deed !== null) {
      objectNegated ||= negated(tree, object);
      lemma = deed.lemma;
      object = deed.target;
    }
  }
  // "the aircraft had passed a safety inspection", "the bridge underwent repairs": a thing that
  // goes through a deed says the deed was done to it, by someone unnamed: inspect(?, the aircraft)
  let undergoer = -1;
  let outcome: Proposition['outcome'];
  if (
    pos === 'verb' &&
    object >= 0 &&
    subject >= 0 &&
    classWord === undefined &&
    !passive &&
    lemma === verb &&
    above.length === 0 &&
    !forcedNegation &&
    !negated(tree, predicate)
  ) {
    const deed = testedDeed(tree, base, subject, object);
    if (deed !== null) {
      lemma = deed;
      undergoer = subject;
      const passed = testPassed(base);
      if (passed !== null) outcome = { test: object, passed };
      object = subject;
      subject = -1;
    }
  }
  // "her client had broken no law": a "no" on the object denies the deed ("broke the law")
  // (an object the tagger took for an adjective is still a noun: "found no [solvent]")
  const objectDenied =
    object >= 0 &&
    ((tree.tokens[object] as Token).pos === 'NOUN' ||
      ((tree.tokens[object] as Token).pos === 'ADJ' && (tree.tokens[object] as Token).dep === 'obj')) &&
    tree
      .dependents(object, ['det'])
      .some((child) => (tree.tokens[child] as Token).lemma.toLowerCase() === 'no');
  const isNegated =
    forcedNegation !== refused ||
    objectNegated ||
    objectDenied ||
    negated(tree, predicate) ||
    above.some(
      (controller) =>
        !NEGATIVE_IMPLICATIVES.has(controller.lemma) &&
        !DENIALS.has(controller.lemma) &&
        !excess.has(controller.at) &&
        negated(tree, controller.at),
    ) ||
    (subject >= 0 && negated(tree, subject) && (tree.tokens[subject] as Token).pos === 'NOUN') ||
    isNobody(tree, subject) ||
    (object >= 0 && (tree.tokens[object] as Token).dep === 'obj' && isNobody(tree, object));
  return {
    predicate,
    lemma,
    pos,
    subject,
    object,
    goal,
    origin,
    location,
    negated: isNegated,
    ...(modal === undefined ? {} : { modality: modal.lemma }),
    hedged,
    exclusive: exclusive(tree, predicate),
    passive: passive || undergoer >= 0,
    agent: pos === 'verb' && undergoer < 0 ? tree.dependent(predicate, 'obl:agent') : -1,
    patient: undergoer >= 0 ? undergoer : passive ? clauseSubject(tree, predicate) : -1,
    ...(classWord === undefined ? {} : { classWord }),
    ...(outcome === undefined ? {} : { outcome }),
  };
}

/**
 * "came under fire", "came under attack": "come" with a bare "under" noun whose sense is an act
 * (WordNet noun.act, among its three most frequent senses) says the deed the noun names was done
 * to the subject; the verb is the one derived from that sense that is the noun's own word ("fire" →
 * fire, not burn), else its first; null otherwise.
 */
export function undergoneDeed(tree: DependencyTree, predicate: number, base: string): string | null {
  if (base !== 'come') return null;
  const under = tree
    .dependents(predicate, ['obl'])
    .find((child) => caseOf(tree, child) === 'under' && (tree.tokens[child] as Token).pos === 'NOUN');
  if (under === undefined || tree.dependents(under, ['det', 'nmod:poss', 'nummod']).length > 0) return null;
  const noun = (tree.tokens[under] as Token).lemma.toLowerCase();
  for (const sense of synsetsOf(noun, 'noun').slice(0, 3)) {
    if (lexicographerFileOf(sense, 'noun') !== 4) continue;
    const verbs = synset(sense, 'noun')
      .pointers.filter((pointer) => pointer.symbol === '+' && pointer.pos === 'verb')
      .flatMap((pointer) => synset(pointer.offset, 'verb').words);
    if (verbs.length === 0) continue;
    return (verbs.includes(noun) ? noun : (verbs[0] as string)).replace(/_/g, ' ');
  }
  return null;
}

/**
 * "the outbreak was not under control", "the firm is under investigation": a bare noun after "under"
 * with the copula says the deed of the verb WordNet derives from the noun (one of its three most
 * frequent senses, a verb of the noun's own stem: "control" → control, "investigation" →
 * investigate) was done to the subject, a passive; null otherwise ("under way", "under the bridge").
 */
export function underDeed(tree: DependencyTree, predicate: number): string | null {
  if (caseOf(tree, predicate) !== 'under') return null;
  if (tree.dependents(predicate, ['det', 'nmod:poss', 'nummod', 'amod', 'compound']).length > 0) return null;
  const token = tree.tokens[predicate] as Token;
  if (token.pos !== 'NOUN') return null;
  const noun = token.lemma.toLowerCase();
  if (noun.length < 4) return null;
  const stem = noun.slice(0, 4);
  const verbs = synsetsOf(noun, 'noun')
    .slice(0, 3)
    .flatMap((sense) => synset(sense, 'noun').pointers)
    .filter((pointer) => pointer.symbol === '+' && pointer.pos === 'verb')
    .flatMap((pointer) => synset(pointer.offset, 'verb').words)
    .filter((verb) => verb.startsWith(stem) && !verb.includes('_'));
  return verbs.includes(noun) ? noun : (verbs[0] ?? null);
}

// WordNet noun.act (4) and noun.event (11): nouns that name a deed or a happening ("fire", "chase")
const HAPPENING_NOUN_FILES = new Set([4, 11]);

/**
 * The deed of a light verb with a bare noun ("set [fire] to the shed", "gave [chase] to the
 * thieves"): the verb WordNet derives from the noun's most frequent sense, when that sense is an
 * act or event and the noun stands alone (no article, number, possessor or modifier, singular),
 * and the phrase after it marked "to" or "on"; null otherwise.
 */
function lightVerbDeed(
  tree: DependencyTree,
  text: string,
  predicate: number,
  object: number,
): { lemma: string; target: number } | null {
  const noun = tree.tokens[object] as Token;
  // singular: "sent troops to the border" is no deed of troops
  if (noun.pos !== 'NOUN' || text.slice(noun.start, noun.end).toLowerCase() !== noun.lemma.toLowerCase())
    return null;
  if (tree.dependents(object, ['det', 'nummod', 'nmod:poss', 'amod', 'compound', 'nmod']).length > 0)
    return null;
  const target = tree
    .dependents(predicate, ['obl'])
    .find(
      (child) =>
        tree.subtreeStart(child) === tree.subtreeEnd(object) + 1 &&
        ['to', 'on'].includes(caseOf(tree, child) ?? ''),
    );
  if (target === undefined) return null;
  const sense = synsetsOf(noun.lemma.toLowerCase(), 'noun')[0];
  if (sense === undefined || !HAPPENING_NOUN_FILES.has(lexicographerFileOf(sense, 'noun'))) return null;
  const derived = synset(sense, 'noun').pointers.filter(
    (pointer) => pointer.symbol === '+' && pointer.pos === 'verb',
  );
  const offsets = [...new Set(derived.map((pointer) => pointer.offset))];
  if (offsets.length !== 1) return null;
  const word = synset(offsets[0] as number, 'verb').words[0];
  return word === undefined ? null : { lemma: word.replace(/_/g, ' '), target };
}

// verbs that lend their clause to the deed their object names ("made a payment", "carried out an attack")
const LIGHT_VERBS = new Set(['make', 'give', 'issue', 'carry out', 'conduct', 'launch', 'stage', 'mount']);
// WordNet noun.act (4) and noun.communication (10): nouns that name a deed or a message
const DEED_NOUN_FILES = new Set([4, 10]);
// how many letters a noun and the verb derived from it share at the start ("payment" / "pay")
const SHARED_START = 3;

/**
 * The deed of a light verb's object noun: the verb WordNet derives from the first of the noun's two
 * most frequent senses that is an act or a message, the one sharing the longest start with the noun
 * ("payment" → pay, "warning" → warn, "attack" → attack); its target the noun's own phrase marked
 * "on", "against", "to" or "of" ("an attack on the base"), else none. Null for a counted noun
 * ("made three arrests": a figure), a possessed or definite one ("made his mark", "carried out the
 * attack") or one the verb does not lend itself to.
 */
function eventNounDeed(
  tree: DependencyTree,
  verb: string,
  object: number,
): { lemma: string; target: number } | null {
  if (!LIGHT_VERBS.has(verb)) return null;
  const noun = tree.tokens[object] as Token;
  if (noun.pos !== 'NOUN' || tree.dependents(object, ['nummod', 'compound', 'nmod:poss']).length > 0)
    return null;
  // ("carried out the attack": a deed the text already names is a question of who did it, read by
  // the responsibility frame)
  if (
    tree
      .dependents(object, ['det'])
      .some((child) => /^(?:the|this|that|these|those)$/i.test((tree.tokens[child] as Token).lemma))
  )
    return null;
  const word = noun.lemma.toLowerCase();
  // (the first of its two most frequent senses that is one: "payment" is first a sum, then the act)
  const sense = synsetsOf(word, 'noun')
    .slice(0, 2)
    .find((offset) => DEED_NOUN_FILES.has(lexicographerFileOf(offset, 'noun')));
  if (sense === undefined) return null;
  const best = derivedSharingStart([sense], 'noun', 'verb', word, { least: SHARED_START });
  if (best === null) return null;
  const target =
    tree
      .dependents(object, ['nmod'])
      .find((child) => ['on', 'against', 'to', 'of'].includes(caseOf(tree, child) ?? '')) ?? -1;
  return { lemma: best, target };
}

/**
 * The synsets of going through a deed: WordNet's "pass" of a test ({pass, make_it}: "go
 * successfully through a test"), its antonym ({fail, flunk}) and "undergo" ("go through"); a verb
 * with one of them among its senses ("passed", "failed", "underwent") says the deed was done.
 */
function testSynsets(): Set<number> {
  const found = new Set<number>();
  for (const offset of synsetsOf('make_it', 'verb')) {
    const words = synset(offset, 'verb').words;
    if (!words.includes('pass')) continue;
    found.add(offset);
    for (const pointer of synset(offset, 'verb').pointers)
      if (pointer.symbol === '!' && pointer.pos === 'verb') found.add(pointer.offset);
  }
  const undergo = synsetsOf('undergo', 'verb')[0];
  if (undergo !== undefined) found.add(undergo);
  return found;
}

let tests: Set<number> | undefined;
let passing: { pass: Set<number>; fail: Set<number> } | undefined;

/**
 * Whether a verb of going through a test says it was passed (WordNet's {pass, make_it}: true), failed
 * (its antonym {fail, flunk}: false), or neither ("underwent": null).
 */
export function testPassed(base: string): boolean | null {
  if (passing === undefined) {
    passing = { pass: new Set(), fail: new Set() };
    for (const offset of synsetsOf('make_it', 'verb')) {
      if (!synset(offset, 'verb').words.includes('pass')) continue;
      passing.pass.add(offset);
      for (const pointer of synset(offset, 'verb').pointers)
        if (pointer.symbol === '!' && pointer.pos === 'verb') passing.fail.add(pointer.offset);
    }
  }
  const senses = synsetsOf(base, 'verb');
  if (senses.some((offset) => passing!.pass.has(offset))) return true;
  if (senses.some((offset) => passing!.fail.has(offset))) return false;
  return null;
}

/**
 * "the aircraft had passed a full safety inspection", "the wall underwent repairs": a thing (a
 * common noun whose most frequent sense is a WordNet artifact) passes, fails or undergoes a deed
 * (the object's most frequent sense a noun.act) that someone does to things: the verb WordNet
 * derives from that sense that is the noun's own word ("inspection" → inspect, "repairs" →
 * repair), when none of its senses so derived can be intransitive (WordNet frames 1 and 2:
 * "Something ----s", "Somebody ----s": "made a landing" is no deed done to the plane). Null otherwise.
 */
export function testedDeed(
  tree: DependencyTree,
  base: string,
  subject: number,
  object: number,
): string | null {
  tests ??= testSynsets();
  if (!synsetsOf(base, 'verb').some((offset) => tests!.has(offset))) return null;
  const thing = tree.tokens[subject] as Token;
  const noun = tree.tokens[object] as Token;
  if (thing.pos !== 'NOUN' || noun.pos !== 'NOUN') return null;
  const thingSense = synsetsOf(thing.lemma.toLowerCase(), 'noun')[0];
  if (thingSense === undefined || lexicographerFileOf(thingSense, 'noun') !== NOUN_ARTIFACT) return null;
  const lemma = noun.lemma.toLowerCase();
  const sense = synsetsOf(lemma, 'noun')[0];
  if (sense === undefined || lexicographerFileOf(sense, 'noun') !== 4) return null;
  const own = (word: string): boolean => word.length >= 4 && lemma.startsWith(word.replace(/e$/, ''));
  const derived = synset(sense, 'noun')
    .pointers.filter((pointer) => pointer.symbol === '+' && pointer.pos === 'verb')
    .map((pointer) => synset(pointer.offset, 'verb'))
    .filter((verb) => verb.words.some(own));
  if (derived.length === 0) return null;
  const word = derived[0]!.words.find(own) as string;
  const intransitive = derived.some((verb) => {
    const position = verb.words.indexOf(word) + 1;
    return verb.frames.some(
      (frame) => (frame.frame === 1 || frame.frame === 2) && (frame.word === 0 || frame.word === position),
    );
  });
  return intransitive ? null : word.replace(/_/g, ' ');
}

// Modal auxiliaries that, with a perfect "have", say what did not happen: "would have closed".
const COUNTERFACTUAL_MODALS = new Set(['would', 'could', 'might', "'d"]);

/** "would have closed", "could have been avoided": a modal auxiliary followed by a perfect "have". */
function isCounterfactual(tree: DependencyTree, index: number): boolean {
  const auxiliaries = tree.dependents(index, ['aux']).filter((child) => child < index);
  const modal = auxiliaries.find((child) =>
    COUNTERFACTUAL_MODALS.has((tree.tokens[child] as Token).lemma.toLowerCase()),
  );
  return (
    modal !== undefined &&
    auxiliaries.some((child) => child > modal && (tree.tokens[child] as Token).lemma.toLowerCase() === 'have')
  );
}

/**
 * "the plant would have closed if the workers had not agreed", "the boy would have died had the
 * ambulance arrived later", "because they would have caused delays": a counterfactual clause says
 * what did not happen (or might have), and its condition is no fact either; neither is asserted.
 * True for a counterfactual predicate and for a clause under one within the content.
 */
export function underCounterfactual(
  tree: DependencyTree,
  index: number,
  inContent: ReadonlySet<number>,
): boolean {
  let at = index;
  for (let steps = 0; steps < 4 && at >= 0 && inContent.has(at); steps += 1) {
    if (isCounterfactual(tree, at)) return true;
    const token = tree.tokens[at] as Token;
    if (!['advcl', 'xcomp', 'ccomp', 'conj'].includes(token.dep)) break;
    at = token.head;
  }
  return false;
}
