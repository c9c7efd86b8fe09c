import type { ClaimFrame, ClaimValue, Entity, Event, Token } from '../../model/index.js';
import { domainSenseOf } from '../events/domain-types.js';
import { VIOLENCE } from '../events/find-events.js';
import {
  lexicographerFileOf,
  NOUN_ANIMAL,
  NOUN_ARTIFACT,
  NOUN_BODY,
  NOUN_GROUP,
  NOUN_LOCATION,
  NOUN_OBJECT,
  NOUN_PERSON,
  NOUN_ATTRIBUTE,
  NOUN_QUANTITY,
  synset,
  synsetsOf,
  VERB_CHANGE,
  VERB_COMMUNICATION,
  VERB_MOTION,
  type WordNetPos,
  hasVerbFrame,
  derivedSharingStart,
} from '../events/wordnet.js';
import type { DependencyTree } from '../grammar/index.js';
import { isDemonymOf } from '../lexicon/index.js';
import type { MainEvent } from './main-event.js';
import { classOf, isArmedForceNoun, isGroupNoun, isPerpetratorNoun, verbFile } from './predicate-classes.js';
import { isNobody, type Proposition } from './proposition.js';
import type { Referents } from './referents.js';

/**
 * What question a proposition answers, from its predicate's class and its event:
 * - responsibility / participation: a predicate of the WordNet responsibility class ("orchestrated
 *   by the Red Hand", "part of the group", "innocent of involvement"), about the event it names or the
 *   document's main event; the parties are the answer (people: who took part; others: who is behind);
 * - destination: a verb of motion with a goal ("tried to flee to Dravia", "escape there"), or a
 *   verb of the whereabouts class with a place ("hiding near Osk": where the mover ended up);
 * - origin: a verb of motion with a source and no goal ("had come from Varel");
 * - proposition: anything else, keyed by predicate, subject and object.
 */
export interface Framed {
  readonly frame: ClaimFrame;
  readonly topic: string;
  readonly value?: ClaimValue;
  readonly event?: string;
  /** Whether the predicate's own meaning is negative ("innocent"). */
  readonly negative: boolean;
  /**
   * A passive with no agent ("the vote was rigged"): keyed as the active verb with an unknown doer
   * and the passive subject as its object ("rig(?, the vote)"), so it asks what "the party rigged
   * the vote" answers.
   */
  readonly agentless?: boolean;
  /** A transfer read from the other side: the converse verb and its subject, the recipient. */
  readonly converse?: { readonly lemma: string; readonly subject: number };
  /** The entity an unresolved "it" or "we" stands for: the one organisation that speaks. */
  readonly subjectEntity?: string;
  /**
   * A value the clause rules out beside the one it gives ("caused by a collapse and not by an
   * explosion"): a claim of its own, of the opposite polarity.
   */
  readonly ruledOut?: ClaimValue;
}

/**
 * The conjunct a phrase rules out: "a collapse of the roof and not by an explosion", "the pump, not
 * the valve": a conjunct inside the phrase's subtree negated by its own "not" (wherever the parse
 * hung it). -1 when there is none.
 */
function negatedConjunct(tree: DependencyTree, head: number): number {
  const end = tree.subtreeEnd(head);
  for (let at = tree.subtreeStart(head); at <= end; at += 1) {
    if ((tree.tokens[at] as Token).dep !== 'conj') continue;
    const negation = tree
      .dependents(at, ['advmod', 'neg', 'cc'])
      .some((child) => (tree.tokens[child] as Token).lemma.toLowerCase() === 'not');
    if (negation) return at;
  }
  return -1;
}

/**
 * "Orvane Chemicals dismissed the claim that [it] caused the leak": an "it" or "we" no coreference
 * resolved is the speaking organisation, when the source names exactly one.
 */
function speakingParty(context: FrameContext, head: number): Entity | null {
  if (head < 0 || !isPronoun(context, head)) return null;
  const word = (context.tree.tokens[head] as Token).lemma.toLowerCase();
  if (word !== 'it' && word !== 'we') return null;
  // "it" is never a person: a source that is one name speaks for itself, however the name was typed
  const parties =
    word === 'it' && context.sourceEntities.length === 1
      ? context.sourceEntities
      : context.sourceParties.filter((id) => context.entities.get(id)?.type === 'ORG');
  return parties.length === 1 ? (context.entities.get(parties[0] as string) ?? null) : null;
}

/**
 * "The security service said it was not holding him": "it" or "we" with no name to speak for is
 * the unnamed organisation the source is, keyed by its head noun ("the service"); a person ("a
 * spokesman") is not an "it".
 */

function speakingNoun(context: FrameContext, head: number): string | null {
  const source = context.sourceHead ?? -1;
  if (head < 0 || source < 0 || !isPronoun(context, head) || context.sourceEntities.length > 0) return null;
  const word = (context.tree.tokens[head] as Token).lemma.toLowerCase();
  if (word !== 'it' && word !== 'we') return null;
  const noun = context.tree.tokens[source] as Token;
  const sense = synsetsOf(noun.lemma.toLowerCase(), 'noun')[0];
  if (noun.pos !== 'NOUN' || sense === undefined || lexicographerFileOf(sense, 'noun') === NOUN_PERSON)
    return null;
  return keyOf(context, source);
}

export interface FrameContext {
  readonly text: string;
  readonly tree: DependencyTree;
  readonly referents: Referents;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly eventAt: ReadonlyMap<number, Event>;
  readonly main: MainEvent | null;
  /** The content tokens of the attribution, to resolve "there" to the place named before it. */
  readonly content: readonly number[];
  /** The parties the same speaker's previous claim was about, for "they" with no antecedent. */
  readonly previousParties: readonly string[] | null;
  /**
   * The entities the attribution's source names, for "it" and "we" with no antecedent ("The Grey
   * Banner militia said [it] was not involved"); group entities only unless the source is a group.
   */
  readonly sourceParties: readonly string[];
  /** Every entity the attribution's source names ("Orvane Chemicals"). */
  readonly sourceEntities: readonly string[];
  /** What the main event was done with: the nouns that modify its triggers ("a [bomb] attack"). */
  readonly instruments: ReadonlySet<string>;
  /** The tokens of every attribution's source: people named as speakers, not as the people spoken of. */
  readonly sourceTokens: ReadonlySet<number>;
  /**
   * The head noun of the attribution's source when it names no entity ("The security service
   * said it …"): what "it" speaks for when no name does; -1 otherwise.
   */
  readonly sourceHead?: number;
  /** The entities the attribution stage named as the speaker ("Mira Haran" of "The sister of Lev Haran, Mira Haran"). */
  readonly speakers?: readonly string[];
  /** Whether the words are those of a report nested in the attribution ("rejected the operator's claim that …"). */
  readonly nested?: boolean;
}

/**
 * The words of the phrase headed by `head`, without its leading marker ("by the ministry" → "the ministry");
 * when the parse hangs the predicate inside the phrase ("the attackers [escaped to Kostania]"),
 * the phrase stops before it.
 */
export function phraseText(context: FrameContext, head: number, predicate = -1): string {
  const { tree, text } = context;
  let start = tree.subtreeStart(head);
  while (start < head && ['case', 'mark', 'punct'].includes((tree.tokens[start] as Token).dep)) start += 1;
  let end = tree.subtreeEnd(head);
  if (predicate > head && tree.dominates(head, predicate))
    end = Math.max(head, tree.subtreeStart(predicate) - 1);
  const first = tree.tokens[start] as Token;
  const last = tree.tokens[end] as Token;
  return text.slice(first.start, last.end).replace(/^[\s“”"‘’']+|[\s“”"‘’',]+$/g, '');
}

/** A conjunct's own words, without its conjunction, negation and preposition ("an explosion"). */
function conjunctText(context: FrameContext, conjunct: number): string {
  const { tree, text } = context;
  let start = tree.subtreeStart(conjunct);
  while (start < conjunct && ['cc', 'advmod', 'case', 'punct'].includes((tree.tokens[start] as Token).dep))
    start += 1;
  return text.slice(
    (tree.tokens[start] as Token).start,
    (tree.tokens[tree.subtreeEnd(conjunct)] as Token).end,
  );
}

/** The words of a phrase up to the conjunction before one of its conjuncts ("a collapse of the roof"). */
function phraseBefore(context: FrameContext, head: number, conjunct: number): string {
  const { tree, text } = context;
  let start = tree.subtreeStart(head);
  while (start < head && ['case', 'mark', 'punct'].includes((tree.tokens[start] as Token).dep)) start += 1;
  let end = tree.subtreeStart(conjunct) - 1;
  while (end > start && ['cc', 'punct', 'advmod'].includes((tree.tokens[end] as Token).dep)) end -= 1;
  return text
    .slice((tree.tokens[start] as Token).start, (tree.tokens[end] as Token).end)
    .replace(/^[\s“”"‘’']+|[\s“”"‘’',]+$/g, '');
}

/**
 * The event a phrase names: its head or a word inside it is an event trigger of a domain type. When
 * the parse hangs the predicate inside the phrase ("the Sea Wolves gang [carried out the raid]"),
 * the phrase stops before it.
 */
function eventIn(context: FrameContext, head: number, predicate = -1): Event | null {
  const { tree } = context;
  let end = tree.subtreeEnd(head);
  if (predicate > head && tree.dominates(head, predicate))
    end = Math.max(head, tree.subtreeStart(predicate) - 1);
  for (let at = tree.subtreeStart(head); at <= end; at += 1) {
    const event = context.eventAt.get(at);
    if (event?.type !== null && event !== undefined) return event;
  }
  return null;
}

function isPronoun(context: FrameContext, index: number): boolean {
  return (context.tree.tokens[index] as Token).pos === 'PRON';
}

/** "escape there": the last place named before "there" in the same content. */
function placeBefore(context: FrameContext, index: number): string | null {
  for (let nth = context.content.indexOf(index) - 1; nth >= 0; nth -= 1) {
    const entity = context.referents.entityAt(context.content[nth] as number);
    if (entity !== null && entity.type !== 'PERSON') return entity.id;
  }
  return null;
}

// How far back a group noun looks for the organisation it names, in tokens.
const GROUP_REACH = 60;

function partiesOf(context: FrameContext, head: number): string[] {
  const kin = kinReferent(context, head);
  if (kin !== null) return [kin];
  const found = context.referents.entitiesOf(head);
  if (found.length > 0) return found;
  const token = context.tree.tokens[head] as Token;
  const word = token.lemma.toLowerCase();
  if (isPronoun(context, head) && (word === 'they' || word === 'we') && context.previousParties !== null)
    return [...context.previousParties];
  // "The Grey Banner militia said it was not involved": the speaking group
  if (isPronoun(context, head) && (word === 'it' || word === 'we')) return [...context.sourceParties];
  // "fighters of the Red Hand", "members of the movement": the group the perpetrators or members are of
  if (token.pos === 'NOUN' && (isPerpetratorNoun(word) || classOf('membership', word, 'noun') !== null))
    for (const child of context.tree.dependents(head, ['nmod'])) {
      const marker = context.tree.dependent(child, 'case');
      if (marker < 0 || (context.tree.tokens[marker] as Token).lemma.toLowerCase() !== 'of') continue;
      const groups = context.referents.entitiesOf(child);
      if (groups.length > 0) return groups;
    }
  // "A spokesman for the Sea Wolves said the gang had no role": a definite group noun names the
  // last organisation before it
  if (token.pos === 'NOUN' && isGroupNoun(word) && hasDefiniteArticle(context, head))
    for (let at = head - 1; at >= 0 && at >= head - GROUP_REACH; at -= 1) {
      const entity = context.referents.entityAt(at);
      if (entity?.type === 'ORG') return [entity.id];
    }
  return [];
}

// Nouns that name a person by a relation to another: kin (WordNet relative#1: husband, brother,
// son) and those a professional serves (client#1: "her client", a lawyer's or an agent's).
const RELATIONAL_NOUNS = ['relative', 'client'];
let relationalOffsets: number[] | null = null;

/** Whether a noun's most frequent sense is a kind of relative or client ("son", "wife", "client"). */
function isRelativeNoun(lemma: string): boolean {
  return relationOf(lemma) !== null;
}

/** Which relation a noun names: 'relative' ("son", "wife"), 'client' ("client", "patient"), or null. */
function relationOf(lemma: string): 'relative' | 'client' | null {
  relationalOffsets ??= RELATIONAL_NOUNS.map((word) => synsetsOf(word, 'noun')[0] ?? -1);
  let frontier = synsetsOf(lemma.toLowerCase(), 'noun').slice(0, 1);
  for (let depth = 0; depth < 6 && frontier.length > 0; depth += 1) {
    const found = RELATIONAL_NOUNS.find((_, index) =>
      frontier.includes((relationalOffsets as number[])[index] as number),
    );
    if (found !== undefined) return found as 'relative' | 'client';
    frontier = frontier.flatMap((offset) =>
      synset(offset, 'noun')
        .pointers.filter((pointer) => pointer.symbol === '@' && pointer.pos === 'noun')
        .map((pointer) => pointer.offset),
    );
  }
  return null;
}

/** The WordNet antonyms of a noun's most frequent sense: "husband" → "wife", "son" → "daughter", "girl". */
function nounAntonyms(lemma: string): Set<string> {
  const found = new Set<string>();
  const offset = synsetsOf(lemma.toLowerCase(), 'noun')[0];
  if (offset === undefined) return found;
  for (const pointer of synset(offset, 'noun').pointers)
    if (pointer.symbol === '!' && pointer.pos === 'noun') {
      const words = synset(pointer.offset, 'noun').words;
      for (const word of pointer.targetWord > 0
        ? words.slice(pointer.targetWord - 1, pointer.targetWord)
        : words)
        found.add(word.toLowerCase());
    }
  return found;
}

/**
 * Who "her husband", "his son" is: a relative noun with a pronoun possessor names neither the
 * possessor nor itself. The possessor introduced by the converse relation gives him ("Sorokin's
 * wife, Olga Sorokina, said her husband …": Sorokin); else the last person named before the
 * phrase who is not the possessor and not named as a speaker. Null for anything else.
 */
function kinReferent(context: FrameContext, head: number): string | null {
  const { tree, referents } = context;
  const token = tree.tokens[head] as Token;
  if (token.pos !== 'NOUN' || !isRelativeNoun(token.lemma)) return null;
  const possessor = tree
    .dependents(head, ['nmod:poss'])
    .find((child) => (tree.tokens[child] as Token).pos === 'PRON');
  if (possessor === undefined) return null;
  let owner = referents.entityAt(possessor);
  // "The lawyer for Arkadii Dmitriev said her client …": a possessor resolved to the person the
  // speaker is of or for is the speaker, not that person
  const source = context.sourceHead ?? -1;
  // (unless the possessor is the speaker the attribution names: "The sister of Lev Haran, Mira
  // Haran, said her brother …", with the parse hanging the speaker's name on the one spoken of)
  if (
    owner !== null &&
    source >= 0 &&
    (tree.tokens[source] as Token).pos === 'NOUN' &&
    !(context.speakers ?? []).includes(owner.id)
  ) {
    let spokenOf = false;
    for (let at = tree.subtreeStart(source); at <= tree.subtreeEnd(source); at += 1)
      if (referents.entityAt(at) === owner && !context.sourceTokens.has(at)) spokenOf = true;
    if (spokenOf) owner = null;
  }
  // the converse relation: "husband" for "wife" (WordNet antonyms); for a client, whoever serves
  // one ("Ebro's lawyer, Selma Arvid, said her client …", "the agent for Dara Voss … her client")
  const converse = nounAntonyms(token.lemma);
  const served = relationOf(token.lemma) === 'client';
  if (owner !== null && (converse.size > 0 || served))
    for (let at = 0; at < tree.tokens.length; at += 1) {
      const word = tree.tokens[at] as Token;
      if (
        referents.entityAt(at) !== owner ||
        word.pos !== 'NOUN' ||
        !(converse.has(word.lemma.toLowerCase()) || (served && isPersonNoun(word.lemma)))
      )
        continue;
      const others = [
        ...tree.dependents(at, ['nmod:poss']),
        ...(served ? tree.dependents(at, ['nmod']).filter((child) => caseMarker(tree, child) === 'for') : []),
      ];
      for (const child of others) {
        const other = referents.entityAt(child);
        if (other !== null && other !== owner && other.type === 'PERSON') return other.id;
      }
    }
  for (let at = tree.subtreeStart(head) - 1; at >= 0; at -= 1) {
    const entity = referents.entityAt(at);
    if (
      entity === null ||
      entity === owner ||
      entity.type !== 'PERSON' ||
      (tree.tokens[at] as Token).pos !== 'PROPN' ||
      context.sourceTokens.has(at)
    )
      continue;
    return entity.id;
  }
  return null;
}

/** Whether a noun's most frequent WordNet sense is a person ("lawyer", "agent", "doctor"). */
function isPersonNoun(lemma: string): boolean {
  const sense = synsetsOf(lemma.toLowerCase(), 'noun')[0];
  return sense !== undefined && lexicographerFileOf(sense, 'noun') === NOUN_PERSON;
}

/** The preposition marking a nominal ("for" in "the lawyer for X"), null for none. */
function caseMarker(tree: DependencyTree, head: number): string | null {
  const marker = tree.dependent(head, 'case');
  return marker < 0 ? null : (tree.tokens[marker] as Token).lemma.toLowerCase();
}

function hasDefiniteArticle(context: FrameContext, head: number): boolean {
  return context.tree
    .dependents(head, ['det'])
    .some((child) => (context.tree.tokens[child] as Token).lemma.toLowerCase() === 'the');
}

/**
 * Which class of predicate a proposition is read as: its own lemma's, the object noun of a light
 * verb's ("had no role"), and a deed done with the main event's instrument ("planted the bomb" in a
 * story about a bomb attack) as responsibility.
 */
function responsibilityOf(
  context: FrameContext,
  proposition: Proposition,
  base: string,
): 'pos' | 'neg' | null {
  const word = proposition.classWord ?? { lemma: base, pos: proposition.pos };
  // a light verb's noun claims responsibility only for an event ("had no role in the attack", not
  // "has an office in the capital")
  if (
    proposition.classWord !== undefined &&
    (proposition.object < 0 || eventIn(context, proposition.object) === null)
  )
    return null;
  const own = classOf('responsibility', word.lemma, word.pos);
  if (own !== null) return own;
  if (proposition.pos === 'verb' && proposition.object >= 0) {
    const object = context.tree.tokens[proposition.object] as Token;
    if (object.pos === 'NOUN' && context.instruments.has(object.lemma.toLowerCase())) return 'pos';
  }
  if (proposition.pos === 'verb' && isInstrumentDeed(context, proposition)) return 'pos';
  return null;
}

/**
 * Whether a verb names the deed done with the main event's instrument, by WordNet: "torched" (a
 * kind of "burn") or "set fire to" (its object "fire" is what "burn" makes) in a story of an arson
 * attack ("arson" is a kind of "burning", the act of the verb "burn"); "bombed" in a bomb attack.
 * The instrument and the deed meet in a verb lemma: the verbs derived from the instrument noun
 * and from its hypernyms, against the verb and its hypernyms, or the verbs derived from the
 * verb's object when the deed is done to something ("set fire [to] the depot").
 */
function isInstrumentDeed(context: FrameContext, proposition: Proposition): boolean {
  if (context.instruments.size === 0 || proposition.subject < 0) return false;
  // only a violent main event's instrument ("a terror attack", not "a climate summit"), and only a
  // physical deed (WordNet verb.change, verb.competition, verb.contact: "torch", "bomb", "set"; not
  // "intimidate")
  if (context.main === null || !VIOLENCE.has(context.main.type)) return false;
  const verb = (context.tree.tokens[proposition.predicate] as Token).lemma.toLowerCase();
  const sense = synsetsOf(verb, 'verb')[0];
  if (sense === undefined || !PHYSICAL_VERB_FILES.has(lexicographerFileOf(sense, 'verb'))) return false;
  const deeds = new Set([...context.instruments].flatMap((noun) => derivedVerbs(noun)));
  if (deeds.size === 0) return false;
  const own = [
    verb,
    ...synsetsOf(verb, 'verb')
      .slice(0, 2)
      .flatMap((offset) => hypernymWords(offset, 'verb')),
  ];
  if (own.some((word) => deeds.has(word))) return true;
  const object = context.tree.dependent(proposition.predicate, 'obj');
  if (object < 0) return false;
  // done to something: "set fire [to] the depot", not "fought the fire"
  const { tree } = context;
  const target = tree.dependents(proposition.predicate, ['obl']).some((child) => {
    const marker = tree.dependent(child, 'case');
    return marker >= 0 && ['to', 'on'].includes((tree.tokens[marker] as Token).lemma.toLowerCase());
  });
  const objectToken = tree.tokens[object] as Token;
  return (
    target && objectToken.pos === 'NOUN' && derivedVerbs(objectToken.lemma).some((word) => deeds.has(word))
  );
}

// WordNet verb.change (30), verb.competition (33: "bomb", "attack") and verb.contact (35): deeds done to things
const PHYSICAL_VERB_FILES = new Set([30, 33, 35]);

function hypernymWords(offset: number, pos: WordNetPos): string[] {
  return synset(offset, pos)
    .pointers.filter((pointer) => pointer.symbol === '@' && pointer.pos === pos)
    .flatMap((pointer) => synset(pointer.offset, pos).words);
}

/** The verbs WordNet derives from a noun's two most frequent senses and from their hypernyms. */
function derivedVerbs(noun: string): string[] {
  const found: string[] = [];
  for (const offset of synsetsOf(noun.toLowerCase(), 'noun').slice(0, 2)) {
    const around = [
      offset,
      ...synset(offset, 'noun')
        .pointers.filter((pointer) => pointer.symbol === '@' && pointer.pos === 'noun')
        .map((pointer) => pointer.offset),
    ];
    for (const at of around)
      for (const pointer of synset(at, 'noun').pointers)
        if (pointer.symbol === '+' && pointer.pos === 'verb')
          found.push(...synset(pointer.offset, 'verb').words);
  }
  return found;
}

/** A stable key for the party or thing a phrase names: its entity's name, else its head noun's lemma. */
const CAUSE = 'cause';
let causalSenses: Set<number> | null = null;

/**
 * Whether a verb's most frequent sense is WordNet's cause#1 ("give rise to") or one of its
 * hyponyms two levels down ("occasion", "prompt", "trigger", "spark", "precipitate"); the
 * responsibility class ("carry out") is read before.
 */
export function isCausalVerb(lemma: string): boolean {
  if (causalSenses === null) {
    causalSenses = new Set();
    const root = synsetsOf(CAUSE, 'verb')[0];
    let frontier = root === undefined ? [] : [root];
    for (let depth = 0; depth < 3 && frontier.length > 0; depth += 1) {
      for (const offset of frontier) causalSenses.add(offset);
      frontier = frontier.flatMap((offset) =>
        synset(offset, 'verb')
          .pointers.filter((pointer) => pointer.symbol === '~' && pointer.pos === 'verb')
          .map((pointer) => pointer.offset),
      );
    }
  }
  const first = synsetsOf(lemma.toLowerCase().replace(/ /g, '_'), 'verb')[0];
  return first !== undefined && causalSenses.has(first);
}

// WordNet noun.event (11), noun.phenomenon (19), noun.process (22): things that happen
const HAPPENINGS = new Set([11, 19, 22]);

/**
 * "a cigarette started the blaze": a verb one of whose two most frequent senses WordNet makes
 * cause a beginning ("start": set in motion, cause to start, causing "begin"), done to a noun whose
 * most frequent sense is a happening (an event, phenomenon or process: not an act, "started
 * the game"), says what caused that happening.
 */
function startsHappening(context: FrameContext, lemma: string, caused: number): boolean {
  const noun = context.tree.tokens[caused] as Token;
  if (noun.pos !== 'NOUN') return false;
  const sense = synsetsOf(noun.lemma.toLowerCase(), 'noun')[0];
  if (sense === undefined || !HAPPENINGS.has(lexicographerFileOf(sense, 'noun'))) return false;
  return synsetsOf(lemma.toLowerCase().replace(/ /g, '_'), 'verb')
    .slice(0, 2)
    .some((offset) =>
      synset(offset, 'verb').pointers.some(
        (pointer) =>
          pointer.symbol === '>' &&
          synset(pointer.offset, 'verb').words.some((word) => word === 'begin' || word === 'start'),
      ),
    );
}

/** The recipient of a transfer with an object: "paid bribes [to] the minister"; -1 when there is none. */
function recipientOf(context: FrameContext, proposition: Proposition): number {
  const { tree } = context;
  if (proposition.pos !== 'verb' || proposition.passive || proposition.object < 0) return -1;
  const to = (child: number): boolean => {
    // (not the object itself: "kept to the marked lane" has a goal, no thing given)
    if (child === proposition.object) return false;
    const marker = tree.dependent(child, 'case');
    return marker >= 0 && (tree.tokens[marker] as Token).lemma.toLowerCase() === 'to';
  };
  // "paid fees [to the mayor]", also when the parse hangs it on the object
  return (
    tree.dependents(proposition.predicate, ['obl']).find(to) ??
    tree.dependents(proposition.object, ['nmod']).find(to) ??
    -1
  );
}

/**
 * Whether a verb gives to someone in one of its frequent senses (WordNet's frames 14 "Somebody ----s
 * somebody something", 15 "Somebody ----s something to somebody" or 21 "Somebody ----s something
 * PP"): "paid fees to the mayor", "sent aid to the town"; not a verb of getting, whose "to" names
 * no recipient ("gained access to a database": "gain" has only "… from somebody").
 */
export function givesTo(lemma: string): boolean {
  return hasVerbFrame(lemma, 14) || hasVerbFrame(lemma, 15) || hasVerbFrame(lemma, 21);
}

/**
 * The converse of a transfer verb by WordNet: the antonym of the verb's two most frequent senses or
 * of their hypernyms two levels up ("pay" is a kind of "give", whose antonym is "take"; "sell" →
 * "buy"; "lend" → "borrow"), or null.
 */
export function converseOf(lemma: string): string | null {
  for (const offset of synsetsOf(lemma.toLowerCase(), 'verb').slice(0, 2)) {
    let frontier = [offset];
    for (let depth = 0; depth < 3 && frontier.length > 0; depth += 1) {
      for (const at of frontier)
        for (const pointer of synset(at, 'verb').pointers)
          if (pointer.symbol === '!' && pointer.pos === 'verb') {
            const words = synset(pointer.offset, 'verb').words;
            const word = pointer.targetWord > 0 ? words[pointer.targetWord - 1] : words[0];
            if (word !== undefined) return word.replace(/_/g, ' ');
          }
      frontier = frontier.flatMap((at) =>
        synset(at, 'verb')
          .pointers.filter((pointer) => pointer.symbol === '@' && pointer.pos === 'verb')
          .map((pointer) => pointer.offset),
      );
    }
  }
  return null;
}

let happenSense: number | undefined;

// WordNet noun.act (4), noun.event (11), noun.process (22), noun.state (26)
const HAPPENING_FILES = new Set([4, 11, 22, 26]);

/**
 * The verb of the deed a happening names: the subject of "occur", "happen", "take place" (WordNet
 * happen#1's words, in their first sense) when it is a common noun with no name whose most frequent
 * sense WordNet derives from a verb spelled like it ("contamination" → "contaminate", "explosion" →
 * "explode"); null otherwise.
 */
function happeningDeed(context: FrameContext, proposition: Proposition): string | null {
  if (proposition.pos !== 'verb' || proposition.subject < 0 || proposition.object >= 0) return null;
  happenSense ??= synsetsOf('happen', 'verb')[0] ?? -1;
  if (synsetsOf(proposition.lemma.replace(/ /g, '_'), 'verb')[0] !== happenSense) return null;
  const subject = context.tree.tokens[proposition.subject] as Token;
  if (subject.pos !== 'NOUN' || context.referents.nameAt(proposition.subject) !== null) return null;
  const noun = subject.lemma.toLowerCase();
  const sense = synsetsOf(noun, 'noun')[0];
  // a deed, a happening, a process or a state ("contamination", "explosion"), not a thing ("a film")
  if (sense === undefined || !HAPPENING_FILES.has(lexicographerFileOf(sense, 'noun'))) return null;
  const best = derivedSharingStart([sense], 'noun', 'verb', noun, { least: 4, phrases: true });
  return best === null ? null : best.replace(/_/g, ' ');
}

/** The object of a clause read as active: a passive with its doer ("held by the service") has its subject. */
export function activeObject(proposition: Proposition): number {
  if (proposition.object >= 0) return proposition.object;
  return proposition.passive && proposition.agent >= 0 && proposition.patient !== proposition.subject
    ? proposition.patient
    : -1;
}

const PLACE_OF = new Set(['of', 'with', 'at', 'near', 'in', 'outside']);

// WordNet noun.artifact (6), noun.location (15), noun.object (17)
const PLACE_NOUN_FILES = new Set([6, 15, 17]);

/**
 * "toward the port of Ardesh", "toward the border with Velmar", "toward the coast at Saltby": a
 * goal that is a common noun takes the named place it is of, with or at: the noun's own modifier,
 * or a place phrase the parse hung on the verb right after the goal's words.
 */
function placeOfGoal(context: FrameContext, goal: number, location: number): string | null {
  const { tree } = context;
  if ((tree.tokens[goal] as Token).pos !== 'NOUN') return null;
  // a place; of a noun that names a place (WordNet noun.location, noun.object, noun.artifact: "the
  // border", "the coast", "the harbour"), any entity but a person, as for a goal named outright
  // ("toward the Velmar border"): a place the recogniser typed as an organisation is still where
  // they went, where "the mistakes of ERM" are nowhere
  const lemma = (tree.tokens[goal] as Token).lemma.toLowerCase();
  const placeNoun = synsetsOf(lemma, 'noun')
    .slice(0, 2)
    .some((offset) => PLACE_NOUN_FILES.has(lexicographerFileOf(offset, 'noun')));
  const named = (at: number): string | null =>
    context.referents.entitiesOf(at).find((id) => {
      const type = context.entities.get(id)?.type;
      return type === 'LOC' || (placeNoun && type !== 'PERSON');
    }) ?? null;
  for (const child of tree.dependents(goal, ['nmod'])) {
    const marker = tree
      .dependents(child, ['case'])
      .map((at) => (tree.tokens[at] as Token).lemma.toLowerCase());
    if (marker.length === 1 && PLACE_OF.has(marker[0] as string)) {
      const place = named(child);
      if (place !== null) return place;
    }
  }
  if (location >= 0 && tree.subtreeStart(location) === tree.subtreeEnd(goal) + 1) return named(location);
  return null;
}

/** An entity made from a description alone ("The housing board"), which claims treat as an unnamed noun. */
export function isDescription(entity: Entity): boolean {
  return typeof entity.attributes?.nominal_head === 'string';
}

/** How an entity is named in a topic key: a description entity ("The housing board said …") as an unnamed noun is, "the board". */
function entityKey(entity: Entity): string {
  const described = entity.attributes?.nominal_head;
  return typeof described === 'string' ? `the ${described.replace(/\+pl$/, '')}` : entity.name;
}

/** Whether the word at `start` opens a sentence: only spaces, quotation marks or nothing after the last stop. */
function opensSentence(text: string, start: number): boolean {
  return /(?:^|[.!?:\n])[\s"“‘'(]*$/u.test(text.slice(Math.max(0, start - 12), start));
}

/** Whether an entity can field armed forces: a named place or organisation, not a description. */
function isForcesOwner(entity: Entity | null): entity is Entity {
  return entity !== null && (entity.type === 'LOC' || entity.type === 'ORG') && !isDescription(entity);
}

/**
 * The key of the state or group whose armed forces a noun names, keyed as the party itself:
 * "Orsa's forces", "troops from Orsa", "Orsan troops" (a name or a capitalised word before the
 * noun), "its forces" in the words of a source that names one place or organisation ("Orsa's
 * foreign ministry said its forces …"). Null for any other noun, or when no one party is named.
 */
export function forcesKey(context: FrameContext, head: number): string | null {
  const { tree, referents } = context;
  const token = tree.tokens[head] as Token;
  const own = referents.nameAt(head);
  if (token.pos !== 'NOUN' || (own !== null && !isDescription(own))) return null;
  const plural = context.text.slice(token.start, token.end).toLowerCase() !== token.lemma.toLowerCase();
  // (and the fighters of a group: "its fighters", "rebels of the Northern Front", plural only)
  if (!isArmedForceNoun(token.lemma, plural) && !(plural && isPerpetratorNoun(token.lemma))) return null;
  for (const child of tree.dependents(head, ['nmod:poss'])) {
    const word = tree.tokens[child] as Token;
    if (word.pos === 'PRON') {
      if (!/^(?:its|their)$/i.test(context.text.slice(word.start, word.end))) return null;
      const owned = referents.entityAt(child);
      if (isForcesOwner(owned)) return entityKey(owned);
      // the party the source names: "Orsa's foreign ministry said its forces …"
      const named = context.sourceEntities
        .map((id) => context.entities.get(id) ?? null)
        .filter((entity): entity is Entity => isForcesOwner(entity));
      const names = new Set(named.map((entity) => entity.name));
      return names.size === 1 ? entityKey(named[0] as Entity) : null;
    }
    const owner = referents.nameAt(child);
    return isForcesOwner(owner) ? entityKey(owner) : null;
  }
  // "Orsan troops": a name, or a capitalised word no entity stands for, right before the noun
  for (const child of tree.dependents(head, ['compound', 'amod'])) {
    if (child !== head - 1) continue;
    const word = tree.tokens[child] as Token;
    const surface = context.text.slice(word.start, word.end);
    const owner = referents.nameAt(child);
    // "Dravani soldiers" in an article that names Dravan: the place the nationality word is of
    // (also when the tagger made the word a name of its own)
    const place = /^\p{Lu}\p{Ll}+$/u.test(surface) ? demonymPlace(context, surface) : null;
    if (place !== null) return entityKey(place);
    if (isForcesOwner(owner)) return entityKey(owner);
    // (not a capital that only opens the sentence: "Many extortionists …")
    if (
      owner === null &&
      (word.pos === 'PROPN' || word.pos === 'ADJ') &&
      /^\p{Lu}\p{Ll}+$/u.test(surface) &&
      !opensSentence(context.text, word.start)
    )
      return surface;
  }
  // "troops from Orsa", "rebels of the Front": a from- or of-phrase naming the party (the parse may
  // hang "from" on a word of its own: the first name after it)
  for (const child of tree.dependents(head, ['nmod'])) {
    const marker = tree.dependent(child, 'case');
    if (marker < 0 || !['from', 'of'].includes((tree.tokens[marker] as Token).lemma.toLowerCase())) continue;
    const owner = referents.nameAt(child);
    if (isForcesOwner(owner)) return entityKey(owner);
  }
  const next = tree.tokens[head + 1];
  if (next !== undefined && next.lemma.toLowerCase() === 'from' && next.dep !== 'case') {
    for (let at = head + 2; at < Math.min(tree.tokens.length, head + 5); at += 1) {
      const word = tree.tokens[at] as Token;
      if (word.pos === 'PROPN') {
        const owner = referents.nameAt(at);
        return isForcesOwner(owner) ? entityKey(owner) : null;
      }
      if (word.pos !== 'ADJ' && word.pos !== 'DET') return null;
    }
  }
  return null;
}

/**
 * The one named place of the article a nationality word is of (lexicon `isDemonymOf`: "Kenyan" →
 * Kenya, "Selmiran" → Selmira). Null when no place, or more than one, fits.
 */
function demonymPlace(context: FrameContext, word: string): Entity | null {
  const places = [...context.entities.values()].filter(
    (entity) => entity.type === 'LOC' && isForcesOwner(entity) && isDemonymOf(word, entity.name),
  );
  return new Set(places.map((entity) => entity.name)).size === 1 ? (places[0] as Entity) : null;
}

let inKind: { returned: number | undefined; struckBack: number | undefined } | undefined;

/**
 * A response in kind to a clash: WordNet's return#6 ("return in kind") with a bare clash noun as its
 * object ("returned fire": the noun's verb is a clash deed), or retaliate#2 ("make a counterattack
 * and return like for like") with none.
 */
function respondsInKind(context: FrameContext, proposition: Proposition): boolean {
  inKind ??= { returned: synsetsOf('return', 'verb')[5], struckBack: synsetsOf('retaliate', 'verb')[1] };
  const { tree } = context;
  const senses = synsetsOf(proposition.lemma.replace(/ /g, '_'), 'verb');
  if (inKind.struckBack !== undefined && senses.includes(inKind.struckBack) && proposition.object < 0)
    return true;
  if (inKind.returned === undefined || !senses.includes(inKind.returned) || proposition.object < 0)
    return false;
  const noun = tree.tokens[proposition.object] as Token;
  return (
    noun.pos === 'NOUN' &&
    tree.dependents(proposition.object, ['nummod', 'nmod:poss', 'amod']).length === 0 &&
    isClashDeed(noun.lemma.toLowerCase())
  );
}

let clashSeed: number | null | undefined;

/**
 * A deed one side of a clash starts: a violent deed (the events' types: attack, killing, injury)
 * or a kind of shooting (WordNet: "fire" is a kind of shoot, "fire a shot"), in one of its two most
 * frequent senses.
 */
export function isClashDeed(lemma: string): boolean {
  const type = domainSenseOf(lemma.replace(/ /g, '_'), 'verb')?.type;
  if (type !== undefined && VIOLENCE.has(type)) return true;
  if (clashSeed === undefined) {
    const fire = synsetsOf('open_fire', 'verb')[0];
    clashSeed =
      fire === undefined
        ? null
        : (synset(fire, 'verb').pointers.find((pointer) => pointer.symbol === '@' && pointer.pos === 'verb')
            ?.offset ?? null);
  }
  if (clashSeed === null) return false;
  for (const sense of synsetsOf(lemma.replace(/ /g, '_'), 'verb').slice(0, 2)) {
    if (sense === clashSeed) return true;
    if (
      synset(sense, 'verb').pointers.some((pointer) => pointer.symbol === '@' && pointer.offset === clashSeed)
    )
      return true;
  }
  return false;
}

/** "fired first": "first" after the verb, on the verb (not "first met her": then, initially). */
function firstAfter(tree: DependencyTree, predicate: number): boolean {
  return tree
    .dependents(predicate, ['advmod'])
    .some((child) => child > predicate && (tree.tokens[child] as Token).lemma.toLowerCase() === 'first');
}

export function keyOf(context: FrameContext, head: number): string | null {
  if (head < 0) return null;
  // "none of the marchers" is keyed by the marchers; "no one", "nobody" by no party (the claim is
  // negated: proposition.ts isNobody)
  if (isNobody(context.tree, head)) {
    const of = context.tree
      .dependents(head, ['nmod'])
      .find((child) => caseMarker(context.tree, child) === 'of');
    return of === undefined ? null : keyOf(context, of);
  }
  // "traces of a solvent", "dozens of officers": a noun of amount (its most frequent WordNet sense
  // is a noun.quantity) is keyed by what it is an amount of
  const measured = amountOf(context, head);
  if (measured >= 0) return keyOf(context, measured);
  // "part of the ransom", "half of the records", "some of the money": a part is keyed by what it
  // is part of
  const whole = partitiveOf(context, head);
  if (whole >= 0) return keyOf(context, whole);
  // "one of its engines", "two of the inmates": a number is keyed by what it counts
  if ((context.tree.tokens[head] as Token).pos === 'NUM') {
    const of = context.tree
      .dependents(head, ['nmod'])
      .find((child) => caseMarker(context.tree, child) === 'of');
    if (of !== undefined) return keyOf(context, of);
  }
  const entity = context.referents.nameAt(head);
  // "rejected the operator's claim that it had been warned": an "it" in the words of an unnamed body
  // is that body (speakingNoun) inside a nested report, or when coreference gave it another unnamed
  // body that is not the speaker (the denier named before it)
  if (
    context.nested === true ||
    (entity !== null && isDescription(entity) && !(context.speakers ?? []).includes(entity.id))
  ) {
    const speaking = speakingNoun(context, head);
    if (speaking !== null) return speaking;
  }
  if (entity !== null) return entityKey(entity);
  // "the Ashen Road movement", "a cell of the Ashen Road movement": the named group itself
  const group = namedGroup(context, head);
  if (group !== null) return entityKey(group);
  // "the journalist Tamas Ebro", "the firm, Kolm Build,": the name in apposition right after the
  // noun (only the first apposition: "two sons, Avi and Joel, according to the Times")
  const appos = context.tree.dependents(head, ['appos'])[0];
  if (
    appos !== undefined &&
    context.tree.dependent(appos, 'case') < 0 &&
    context.tree.subtreeStart(appos) <= context.tree.subtreeEnd(head) + 2
  ) {
    const start = context.tree.subtreeStart(appos);
    const between = start - 1 > head ? (context.tree.tokens[start - 1] as Token) : null;
    const named = context.referents.nameAt(appos);
    if (named !== null && (between === null || between.pos === 'PUNCT' || start - 1 === head))
      return entityKey(named);
  }
  // "His lawyer said her client had broken no law": the person the relational noun names
  const kin = thirdPersonKin(context, head);
  const named = kin === null ? null : context.referents.entityWithId(kin);
  if (named !== null) return entityKey(named);
  const token = context.tree.tokens[head] as Token;
  // (a pronoun with its clitic, "I'm", may carry another tag: still a pronoun)
  if (token.lemma.toLowerCase() === 'it' && token.dep === 'obj') return thingBefore(context, head);
  if (token.pos === 'PRON' || PERSONAL_PRONOUNS.has(token.lemma.toLowerCase())) return null;
  return `the ${token.lemma.toLowerCase()}`;
}

// How far back an object "it" looks for the thing it stands for, in tokens (about two sentences).
const THING_REACH = 40;
// WordNet noun.artifact, noun.object and noun.animal: things one flies, carries, owns, finds or catches
const THING_FILES = new Set([NOUN_ARTIFACT, NOUN_OBJECT, NOUN_ANIMAL]);

/**
 * "the drone was first reported at 6.40pm. He said Mr Tokhtarov had flown it": an object "it" (of
 * a verb with no clause under it: not "made it clear that …") stands for the last singular noun
 * with "the" that a clause before it had as its subject or object, when that noun names a thing
 * (one of its three most frequent WordNet senses an artifact, an object or an animal: "drone" is
 * first a sound); a person there is passed over, as "it" never stands for one, and anything else (a
 * decision, a plan) ends the search: null.
 */
function thingBefore(context: FrameContext, head: number): string | null {
  const { tree } = context;
  const verb = (tree.tokens[head] as Token).head;
  if (verb < 0 || tree.dependents(verb, ['ccomp', 'xcomp']).length > 0) return null;
  for (let at = head - 1; at >= 0 && at >= head - THING_REACH; at -= 1) {
    const token = tree.tokens[at] as Token;
    if (token.pos !== 'NOUN' || !/^(?:nsubj|nsubj:pass|obj)$/.test(token.dep)) continue;
    // (never its own clause's subject: "the element elevated it")
    if (token.head === verb) continue;
    const lemma = token.lemma.toLowerCase();
    if (isPersonNoun(lemma) || context.referents.entityAt(at)?.type === 'PERSON') continue;
    if (
      !hasDefiniteArticle(context, at) ||
      context.text.slice(token.start, token.end).toLowerCase() !== lemma
    )
      return null;
    if (context.referents.nameAt(at) !== null) return null;
    return synsetsOf(lemma, 'noun')
      .slice(0, 3)
      .some((sense) => THING_FILES.has(lexicographerFileOf(sense, 'noun')))
      ? `the ${lemma}`
      : null;
  }
  return null;
}

const PERSONAL_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it']);

/** An organisation named in a noun's compound ("the [Ashen Road] movement"), or null. */
function compoundGroup(context: FrameContext, head: number): Entity | null {
  const token = context.tree.tokens[head] as Token;
  if (token.pos !== 'NOUN' || !isGroupNoun(token.lemma)) return null;
  for (const child of context.tree.dependents(head, ['compound', 'flat'])) {
    const named = context.referents.nameAt(child);
    if (named !== null && named.type === 'ORG' && !isDescription(named)) return named;
  }
  return null;
}

/**
 * The named organisation a group noun stands for: its compound's ("the [Ashen Road] movement", a
 * group noun by its first WordNet sense), or, for a noun with a sense that is a group (WordNet
 * noun.group: "cell", "wing", "faction") and an "of" phrase naming an organisation, that
 * organisation, as a part of a group belongs to it ("a cell of the Ashen Road movement", "the armed
 * wing of the Front"). Null otherwise.
 */
function namedGroup(context: FrameContext, head: number): Entity | null {
  const own = compoundGroup(context, head);
  if (own !== null) return own;
  const token = context.tree.tokens[head] as Token;
  if (token.pos !== 'NOUN') return null;
  const senses = synsetsOf(token.lemma.toLowerCase(), 'noun');
  if (!senses.some((offset) => lexicographerFileOf(offset, 'noun') === NOUN_GROUP)) return null;
  for (const child of context.tree.dependents(head, ['nmod'])) {
    if (caseMarker(context.tree, child) !== 'of') continue;
    const named = context.referents.nameAt(child) ?? compoundGroup(context, child);
    if (named !== null && named.type === 'ORG' && !isDescription(named)) return named;
  }
  return null;
}

/**
 * Whether a noun.attribute sense is a measure: a kind of magnitude within three levels ("number",
 * "majority", "size") or a position on a scale, the sense of "degree" ("level"), not a quality or
 * a manner ("the power of", "the way of").
 */
function isMeasure(sense: number): boolean {
  if (synset(sense, 'noun').words.includes('degree')) return true;
  const magnitude = synsetsOf('magnitude', 'noun')[0];
  let frontier = [sense];
  for (let level = 0; level < 3 && frontier.length > 0; level += 1) {
    frontier = frontier.flatMap((offset) =>
      synset(offset, 'noun')
        .pointers.filter((pointer) => pointer.symbol === '@' && pointer.pos === 'noun')
        .map((pointer) => pointer.offset),
    );
    if (magnitude !== undefined && frontier.includes(magnitude)) return true;
  }
  return false;
}

/**
 * The noun an amount noun measures ("traces [of a solvent]", "a lot [of money]", "thousands [of
 * readers]", "the level [of lead]"), or -1.
 */
function amountOf(context: FrameContext, head: number): number {
  const token = context.tree.tokens[head] as Token;
  if (token.pos !== 'NOUN') return -1;
  const sense = synsetsOf(token.lemma.toLowerCase(), 'noun')[0];
  if (sense === undefined) return -1;
  const file = lexicographerFileOf(sense, 'noun');
  if (file !== NOUN_QUANTITY && (file !== NOUN_ATTRIBUTE || !isMeasure(sense))) return -1;
  // (a change is no amount: "an increase of customers", whose word is first a verb of change)
  const verb = synsetsOf(token.lemma.toLowerCase(), 'verb')[0];
  if (verb !== undefined && lexicographerFileOf(verb, 'verb') === VERB_CHANGE) return -1;
  // a measure of a property ("the level of lead", "the concentration of salt") measures a thing
  // named by a common noun, not a party ("the popularity of the mayor" is about popularity)
  const parts = file === NOUN_QUANTITY ? ['NOUN', 'PROPN', 'ADJ'] : ['NOUN'];
  return (
    context.tree.dependents(head, ['nmod']).find(
      // (a noun the tagger took for an adjective, "traces of a solvent", still heads the phrase)
      (child) =>
        caseMarker(context.tree, child) === 'of' && parts.includes((context.tree.tokens[child] as Token).pos),
    ) ?? -1
  );
}

let partSenses: { parts: Set<number>; fraction: number | undefined } | undefined;

// WordNet's parts: part#1 ("something determined in relation to something that includes it") and
// part#2 (a portion of a physical object) or a direct kind of them ("piece", "remainder"; not a
// word, a kind of a kind of part), or a kind of a kind of fraction#3, the number ("half", "third")
function isPartSense(offset: number): boolean {
  if (partSenses === undefined) {
    const part = synsetsOf('part', 'noun');
    partSenses = {
      parts: new Set([part[0], part[1]].filter((one): one is number => one !== undefined)),
      fraction: synsetsOf('fraction', 'noun')[2],
    };
  }
  const { parts, fraction } = partSenses;
  let frontier = [offset];
  for (let depth = 0; depth < 3 && frontier.length > 0; depth += 1) {
    if (depth < 2 && frontier.some((one) => parts.has(one))) return true;
    if (fraction !== undefined && frontier.includes(fraction)) return true;
    frontier = frontier.flatMap((one) =>
      synset(one, 'noun')
        .pointers.filter((pointer) => pointer.symbol === '@' && pointer.pos === 'noun')
        .map((pointer) => pointer.offset),
    );
  }
  return false;
}

/**
 * The noun a partitive word is part of ("part [of the ransom]", "half [of the records]", "some [of
 * the money]"): a determiner or pronoun, or a word whose most frequent noun sense is a part or a
 * fraction by WordNet (whatever the tagger made of it: "part" may come as an adverb), with an "of"
 * phrase of a noun; -1 otherwise.
 */
function partitiveOf(context: FrameContext, head: number): number {
  const token = context.tree.tokens[head] as Token;
  if (!['NOUN', 'ADV', 'ADJ', 'DET', 'PRON'].includes(token.pos)) return -1;
  const of = context.tree
    .dependents(head, ['nmod'])
    .find(
      (child) =>
        caseMarker(context.tree, child) === 'of' &&
        ['NOUN', 'PROPN'].includes((context.tree.tokens[child] as Token).pos),
    );
  if (of === undefined) return -1;
  if (token.pos === 'DET' || token.pos === 'PRON') return of;
  const sense = synsetsOf(token.lemma.toLowerCase(), 'noun')[0];
  return sense !== undefined && isPartSense(sense) ? of : -1;
}

/**
 * The key of a clause's object; a common noun the coreference tied to the clause's own subject
 * ("Ellery denied attacking [the guard]" with "the guard" made a mention of Ellery) is not the
 * subject — a noun phrase object never names its own clause's subject — so it is keyed by its head
 * noun.
 */
function objectKey(context: FrameContext, proposition: Proposition, subjectKey: string): string | null {
  const head = activeObject(proposition);
  const key = keyOf(context, head);
  if (key === null || key !== subjectKey) return key;
  const token = context.tree.tokens[head] as Token;
  return token.pos === 'NOUN' ? `the ${token.lemma.toLowerCase()}` : key;
}

/**
 * The reason a clause gives for its deed: "because of a scandal", "due to ill health", "for health
 * reasons" (a "for" phrase headed by "reason" itself); -1 when it gives none.
 */
function reasonAdjunct(tree: DependencyTree, predicate: number): number {
  for (const child of tree.dependents(predicate, ['obl'])) {
    const marker = tree.dependent(child, 'case');
    if (marker < 0) continue;
    const word = (tree.tokens[marker] as Token).lemma.toLowerCase();
    const fixed = tree
      .dependents(marker, ['fixed'])
      .map((at) => (tree.tokens[at] as Token).lemma.toLowerCase());
    if ((word === 'because' && fixed.includes('of')) || (word === 'due' && fixed.includes('to')))
      return child;
    if (word === 'for' && (tree.tokens[child] as Token).lemma.toLowerCase() === 'reason') return child;
  }
  return -1;
}

/**
 * Why someone did something: "stepped down for health reasons" / "was forced to resign because of a
 * scandal": the reason a positive clause gives for a deed of a named party answers what caused that
 * deed ("what caused the resignation of Paulo Edrin"), compared as rival causes are; a claim of its
 * own beside the deed's (which still answers "did he resign?"). Null when the clause gives none.
 */
export function reasonFrameOf(context: FrameContext, proposition: Proposition): Framed | null {
  const { tree } = context;
  const reason =
    proposition.negated || proposition.pos !== 'verb' ? -1 : reasonAdjunct(tree, proposition.predicate);
  const doer = proposition.passive ? proposition.patient : proposition.subject;
  if (reason < 0 || doer < 0) return null;
  if (context.referents.nameAt(doer) === null) return happeningReasonOf(context, proposition, reason);
  const doerKey = keyOf(context, doer);
  const event = context.eventAt.get(proposition.predicate);
  // "because [of] a scandal": the phrase without the rest of its marker
  const text = phraseText(context, reason, proposition.predicate).replace(/^(?:of|to) /, '');
  const key = keyOf(context, reason);
  if (doerKey === null || event?.type == null || text === '' || key === null) return null;
  return {
    frame: 'proposition',
    topic: `what caused the ${event.type.replace(/_/g, ' ')} of ${doerKey}`,
    value: { text, key },
    event: event.id,
    negative: false,
  };
}

/**
 * Why something unnamed happened to a thing: "the trial had been stopped because of safety
 * concerns", "the second stage shut down early because of a software error": the reason answers what
 * caused that happening to that thing ("what caused the stop of the trial", "what caused the
 * shutdown of the stage"), the happening named by the noun WordNet derives from the verb (the one
 * sharing the longest start with it, else the verb itself when it is a noun: "halt"). Only a passive
 * (the thing is its subject) or a clause with no object (the thing undergoes it); an unnamed cause
 * keyed by its head noun ("the concern") as "X caused the shutdown" keys it.
 */
function happeningReasonOf(context: FrameContext, proposition: Proposition, reason: number): Framed | null {
  const thing = proposition.passive ? proposition.patient : proposition.object < 0 ? proposition.subject : -1;
  if (thing < 0 || (context.tree.tokens[thing] as Token).pos !== 'NOUN') return null;
  const happening = happeningNoun(proposition.lemma);
  const thingKey = keyOf(context, thing);
  // ("because of an error in the software, not a mechanical fault": the cause before the ruled-out one)
  const ruledOut = negatedConjunct(context.tree, reason);
  const text = (
    ruledOut < 0
      ? phraseText(context, reason, proposition.predicate)
      : phraseBefore(context, reason, ruledOut)
  ).replace(/^(?:of|to) /, '');
  const key = keyOf(context, reason);
  if (happening === null || thingKey === null || text === '' || key === null || !key.startsWith('the '))
    return null;
  const event = context.eventAt.get(proposition.predicate);
  return {
    frame: 'proposition',
    topic: `what caused the ${happening} of ${thingKey}`,
    value: { text, key },
    ...(event === undefined ? {} : { event: event.id }),
    negative: false,
  };
}

/** The noun naming a verb's happening ("shut down" → "shutdown", "stop" → "stop"), null when none. */
function happeningNoun(lemma: string): string | null {
  const verb = lemma.toLowerCase().replace(/ /g, '_');
  const bare = verb.replace(/_/g, '');
  const best = derivedSharingStart(synsetsOf(verb, 'verb').slice(0, 2), 'verb', 'noun', bare, {
    least: 4,
    shorterOnTie: true,
  });
  if (best !== null) return best;
  const noun = synsetsOf(verb, 'noun')[0];
  return noun !== undefined && !verb.includes('_') && HAPPENING_FILES.has(lexicographerFileOf(noun, 'noun'))
    ? verb
    : null;
}

export function frameOf(context: FrameContext, proposition: Proposition): Framed {
  const { tree } = context;
  const base = proposition.lemma.replace(/^be /, '');
  let responsibility = responsibilityOf(context, proposition, base);
  let partyHead = proposition.subject;
  // "the gunmen were members of the Grey Banner militia": the group the perpetrators belong to is
  // behind the deed
  if (
    responsibility === null &&
    proposition.subject >= 0 &&
    proposition.object >= 0 &&
    classOf('membership', base, proposition.pos) !== null &&
    isPerpetratorNoun((tree.tokens[proposition.subject] as Token).lemma) &&
    context.referents.entityAt(proposition.subject) === null &&
    partiesOf(context, proposition.object).length > 0
  ) {
    responsibility = 'pos';
    partyHead = proposition.object;
  }
  // "Haran was a member of the cell that bombed the bridge": a member of the group that did the
  // deed, as the clause itself says, is said to have taken part in it (asserted only: not being a
  // member says nothing of taking part)
  if (
    responsibility === null &&
    !proposition.negated &&
    proposition.subject >= 0 &&
    proposition.object >= 0 &&
    classOf('membership', base, proposition.pos) !== null &&
    tree.dependents(proposition.object, ['acl:relcl']).some((verb) => {
      const type = context.eventAt.get(verb)?.type;
      return type !== null && type !== undefined && VIOLENCE.has(type);
    })
  )
    responsibility = 'pos';
  if (
    responsibility !== null &&
    proposition.subject >= 0 &&
    eventIn(context, proposition.subject, proposition.predicate) === null
  ) {
    const parties = partiesOf(context, partyHead);
    if (parties.length > 0) {
      const named =
        proposition.object >= 0 && partyHead !== proposition.object
          ? eventIn(context, proposition.object)
          : null;
      // "orchestrated it", "involved", "part of the group": about the main event unless another is named
      const other = named !== null && named.type !== null && named.type !== context.main?.type ? named : null;
      const label = other?.type?.replace(/_/g, ' ') ?? context.main?.label;
      if (label !== undefined) {
        // "it", "the gang", "the militia": a group whatever type its name was given
        const headToken = tree.tokens[partyHead] as Token;
        const group =
          headToken.lemma.toLowerCase() === 'it' ||
          (headToken.pos === 'NOUN' &&
            (isGroupNoun(headToken.lemma) ||
              ((isPerpetratorNoun(headToken.lemma) ||
                classOf('membership', headToken.lemma, 'noun') !== null) &&
                context.referents.entityAt(partyHead) === null)));
        const people = !group && parties.every((id) => context.entities.get(id)?.type === 'PERSON');
        const frame: ClaimFrame = people ? 'participation' : 'responsibility';
        const eventId = named?.id ?? context.main?.event;
        return {
          frame,
          topic: people ? `who took part in the ${label}` : `who is behind the ${label}`,
          value: { text: phraseText(context, partyHead, proposition.predicate), entities: parties },
          ...(eventId === undefined ? {} : { event: eventId }),
          negative: responsibility === 'neg',
        };
      }
    }
  }
  // what caused something: "heavy rain caused the landslide", "days of rain had triggered it", "the
  // leak was caused by a cracked pipe"
  const caused = proposition.passive ? proposition.patient : proposition.object;
  const cause = proposition.passive ? proposition.agent : proposition.subject;
  if (
    caused >= 0 &&
    cause >= 0 &&
    (isCausalVerb(base) || startsHappening(context, base, caused)) &&
    responsibility === null
  ) {
    const effect = keyOf(context, caused);
    // "caused by a collapse and not by an explosion": the cause is the phrase before the ruled-out
    // conjunct, and the conjunct a cause the claim denies
    const ruledOut = negatedConjunct(context.tree, cause);
    const whole = phraseText(context, cause, proposition.predicate);
    const text = ruledOut < 0 ? whole : phraseBefore(context, cause, ruledOut);
    if (effect !== null && text !== '') {
      const event = context.eventAt.get(proposition.predicate);
      const found = partiesOf(context, cause);
      const speaking = found.length === 0 ? speakingParty(context, cause) : null;
      const parties = speaking === null ? found : [speaking.id];
      // an unnamed cause is compared by its head noun, not by the modifiers the parse kept
      const key = parties.length > 0 ? null : keyOf(context, cause);
      return {
        frame: 'proposition',
        topic: `what caused ${effect}`,
        value: {
          text,
          ...(parties.length > 0 ? { entities: parties } : {}),
          ...(key === null ? {} : { key }),
        },
        ...(event === undefined ? {} : { event: event.id }),
        negative: false,
        ...(ruledOut < 0
          ? {}
          : {
              ruledOut: {
                text: conjunctText(context, ruledOut),
                ...(keyOf(context, ruledOut) === null ? {} : { key: keyOf(context, ruledOut) as string }),
              },
            }),
      };
    }
  }
  // where someone went ("fled to Dravia"), came from ("had come from Varel": a motion verb with
  // its source and no goal) or is ("hiding near Osk": a verb of the WordNet whereabouts class with
  // a place; where the mover went is where the mover is, so the two answer one question)
  const motion = proposition.pos === 'verb' && verbFile(base) === VERB_MOTION;
  const whereabouts =
    proposition.pos === 'verb' && classOf('whereabouts', base, 'verb') === 'pos' && proposition.location >= 0;
  const placed: readonly [number, ClaimFrame, string] | null =
    motion && proposition.goal >= 0
      ? [proposition.goal, 'destination', 'went']
      : motion && proposition.origin >= 0
        ? [proposition.origin, 'origin', 'came from']
        : whereabouts
          ? [proposition.location, 'destination', 'went']
          : null;
  if (placed !== null) {
    const [placeHead, frame, question] = placed;
    const placeToken = tree.tokens[placeHead] as Token;
    const place =
      placeToken.lemma.toLowerCase() === 'there'
        ? placeBefore(context, placeHead)
        : (context.referents
            .entitiesOf(placeHead)
            .find((id) => context.entities.get(id)?.type !== 'PERSON') ??
          placeOfGoal(context, placeHead, frame === 'destination' && motion ? proposition.location : -1));
    const mover = keyOf(context, proposition.subject);
    if (place !== null && mover !== null) {
      const event = context.eventAt.get(proposition.predicate);
      return {
        frame,
        topic: `where ${mover} ${question}`,
        value: {
          text: context.entities.get(place)?.name ?? phraseText(context, placeHead),
          entities: [place],
        },
        ...(event === undefined ? {} : { event: event.id }),
        negative: false,
      };
    }
  }
  const event = context.eventAt.get(proposition.predicate);
  // "no contamination had occurred" says what "the sample was (not) contaminated" says: a noun
  // naming a deed, as the subject of a verb of happening, is that deed with no one named
  const happened = happeningDeed(context, proposition);
  if (happened !== null)
    return {
      frame: 'proposition',
      topic: `${happened}(?, ?)`,
      ...(event === undefined ? {} : { event: event.id }),
      negative: false,
      agentless: true,
    };
  // who started it: "Velmarian soldiers fired first" against "its patrol had come under fire
  // first" (the side fired on first did not fire first)
  if (proposition.pos === 'verb' && firstAfter(tree, proposition.predicate) && isClashDeed(base)) {
    const target = proposition.passive && proposition.agent < 0 ? proposition.subject : -1;
    const head = target >= 0 ? target : proposition.passive ? proposition.agent : proposition.subject;
    const party = head < 0 ? null : (forcesKey(context, head) ?? keyOf(context, head));
    if (party !== null)
      return {
        frame: 'proposition',
        topic: `${base} first(${party}, ?)`,
        ...(event === undefined ? {} : { event: event.id }),
        negative: target >= 0,
      };
  }
  // "its troops had only returned fire", "the army retaliated": a response in kind did not fire first
  if (
    proposition.pos === 'verb' &&
    !proposition.passive &&
    !proposition.negated &&
    respondsInKind(context, proposition)
  ) {
    const party = forcesKey(context, proposition.subject) ?? keyOf(context, proposition.subject);
    if (party !== null)
      return {
        frame: 'proposition',
        topic: `fire first(${party}, ?)`,
        ...(event === undefined ? {} : { event: event.id }),
        negative: true,
      };
  }
  // "her client had not been charged with any crime": a passive's phrase marked by a preposition is
  // no object of the deed ("charge(?, the client)", as "he had been charged" asks)
  // (a participle after a copula is a state whose phrase completes it: "are committed to the effort")
  const objectIsPhrase =
    proposition.object >= 0 &&
    (context.tree.tokens[proposition.object] as Token).dep.startsWith('obl') &&
    context.tree.dependent(proposition.predicate, 'cop') < 0;
  // (nor is the thing given in a passive of giving: "the workers were offered posts" asks what
  // "the company offered the workers posts" answers, offer(?, the workers))
  const objectIsGiven =
    proposition.object >= 0 &&
    (context.tree.tokens[proposition.object] as Token).dep === 'obj' &&
    context.tree.dependent(proposition.predicate, 'aux:pass') >= 0 &&
    hasVerbFrame(proposition.lemma, 14);
  if (
    proposition.passive &&
    proposition.agent < 0 &&
    (proposition.object < 0 || objectIsPhrase || objectIsGiven) &&
    proposition.subject >= 0
  ) {
    // ("it had been told about the halt", said by the company: the party the source is, in a verb's
    // own passive with no clause after it: not "it is right to …", "it was heartening that …")
    const { tree } = context;
    // (a verb of telling: "it was banned", said by a council, is the thing banned)
    const ownPassive =
      (tree.tokens[proposition.predicate] as Token).pos === 'VERB' &&
      verbFile(proposition.lemma) === VERB_COMMUNICATION &&
      tree.dependent(proposition.predicate, 'aux:pass') >= 0 &&
      tree.dependents(proposition.predicate, ['ccomp', 'xcomp', 'csubj']).length === 0;
    // (an organisation only: "it would be lifted", said by a minister, is the thing talked about)
    const party = ownPassive ? speakingParty(context, proposition.subject) : null;
    const speaking = party?.type === 'ORG' ? party : null;
    const patient =
      keyOf(context, proposition.subject) ??
      (speaking === null ? null : entityKey(speaking)) ??
      (ownPassive && party === null ? speakingNoun(context, proposition.subject) : null);
    // ("no one was detained": no party is named, the deed is denied of anyone)
    if (patient !== null || isNobody(context.tree, proposition.subject))
      return {
        frame: 'proposition',
        topic: `${proposition.lemma.replace(/^be /, '')}(?, ${patient ?? '?'}${patient === null ? '' : deniedTarget(context, proposition)})`,
        ...(event === undefined ? {} : { event: event.id }),
        negative: false,
        agentless: true,
      };
  }
  // "it paid bribes to the minister" asks what "the minister took bribes" answers: a transfer to a
  // recipient is keyed by its converse, the WordNet antonym of the verb or of its hypernyms
  const recipient = recipientOf(context, proposition);
  const converse = recipient >= 0 && givesTo(base) ? converseOf(base) : null;
  if (recipient >= 0 && converse !== null) {
    const taker = keyOf(context, recipient);
    const thing = keyOf(context, proposition.object);
    if (taker !== null && thing !== null)
      return {
        frame: 'proposition',
        topic: `${converse}(${taker}, ${thing})`,
        ...(event === undefined ? {} : { event: event.id }),
        negative: false,
        converse: { lemma: converse, subject: recipient },
      };
  }
  const speaking = speakingParty(context, proposition.subject);
  // "its forces crossed the border": the party whose forces did the deed
  const subject =
    (proposition.subject >= 0 ? forcesKey(context, proposition.subject) : null) ??
    keyOf(context, proposition.subject) ??
    (speaking === null ? null : entityKey(speaking)) ??
    speakingNoun(context, proposition.subject) ??
    '?';
  // "X was being held by the service" asks what "the service was holding X" answers: a passive
  // with its doer has the passive subject as the active's object
  const object = objectKey(context, proposition, subject) ?? '?';
  return {
    frame: 'proposition',
    topic: `${proposition.lemma}(${subject}, ${object}${deniedTarget(context, proposition)})`,
    ...(event === undefined ? {} : { event: event.id }),
    negative: false,
    ...(speaking === null || keyOf(context, proposition.subject) !== null || isDescription(speaking)
      ? relatedSubject(context, proposition.subject)
      : { subjectEntity: speaking.id }),
  };
}

/**
 * "no shot had been fired [at the vessel]": a denial of a deed aimed at a target denies it of that
 * target only (warning shots fired into the air are no answer to it), so the target is part of its
 * question: " at the vessel" after the object's key. Empty for an asserted claim or one with no
 * target ("at" before a thing or a party, not a time; "did not leak oil into the river" keeps its
 * question, whose goal asserted claims do not key either).
 */
function deniedTarget(context: FrameContext, proposition: Proposition): string {
  if (
    !proposition.negated ||
    proposition.pos !== 'verb' ||
    context.tree.dependent(proposition.predicate, 'cop') >= 0
  )
    return '';
  const { tree } = context;
  for (const child of tree.dependents(proposition.predicate, ['obl'])) {
    const marker = caseMarker(tree, child);
    if (marker === null || !TARGET_MARKERS.has(marker)) continue;
    const token = tree.tokens[child] as Token;
    if (token.pos !== 'NOUN' && token.pos !== 'PROPN') continue;
    // a thing, a body of people or a place one can aim at (WordNet's most frequent sense), not "at the time"
    const sense = synsetsOf(token.lemma.toLowerCase(), 'noun')[0];
    if (token.pos === 'NOUN' && (sense === undefined || !AIMED_AT.has(lexicographerFileOf(sense, 'noun'))))
      continue;
    const key = keyOf(context, child);
    if (key !== null) return ` ${marker} ${key}`;
  }
  return '';
}

const TARGET_MARKERS = new Set(['at']);
const AIMED_AT = new Set([
  NOUN_ARTIFACT,
  NOUN_OBJECT,
  NOUN_PERSON,
  NOUN_GROUP,
  NOUN_LOCATION,
  NOUN_ANIMAL,
  NOUN_BODY,
]);

/** "her client had broken no law": the person a relational subject names is the claim's subject. */
function relatedSubject(context: FrameContext, subject: number): { subjectEntity?: string } {
  if (subject < 0 || context.referents.nameAt(subject) !== null) return {};
  const kin = thirdPersonKin(context, subject);
  return kin === null ? {} : { subjectEntity: kin };
}

/**
 * The person "her client", "his son" names, for a topic key: one person (a singular noun) whose
 * possessor is "his" or "her" — "my son", "our clients" are the speaker's own, whom an earlier
 * name does not give.
 */
function thirdPersonKin(context: FrameContext, head: number): string | null {
  const { tree } = context;
  const token = tree.tokens[head] as Token;
  if (
    token.pos !== 'NOUN' ||
    token.lemma.toLowerCase() !== context.text.slice(token.start, token.end).toLowerCase()
  )
    return null;
  const possessor = tree.dependents(head, ['nmod:poss']).find((child) => {
    const word = tree.tokens[child] as Token;
    return word.pos === 'PRON' && /^(?:his|her)$/i.test(context.text.slice(word.start, word.end));
  });
  return possessor === undefined ? null : kinReferent(context, head);
}
