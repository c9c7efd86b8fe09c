import { DependencyTree } from '../grammar/index.js';
import type {
  Attribution,
  Entity,
  EventArgument,
  Event,
  Quantity,
  Segments,
  Sentence,
  Span,
  TimeExpression,
} from '../../model/index.js';
import { cardinalWordsUpTo } from '../lexicon/number-words.js';
import { anchorEvents, type AnchorInput } from './anchor.js';
import { findArguments, type ArgumentContext } from './arguments.js';
import { domainSenseOf, domainTypeOf } from './domain-types.js';
import { baseForm, senseStands } from './senses.js';
import { withEventNouns } from './nominal-events.js';
import { withClauseVerbs } from './clause-verbs.js';
import { withHeadlineVerbs } from './headline-verbs.js';
import { withoutCompoundNouns } from './compound-nouns.js';
import { withTitleCaseLines } from './title-case.js';
import { phrasalVerb } from './phrasal.js';
import { recogniseEvents } from './recognise.js';
import {
  lemmaOf,
  lexicographerFileOf,
  NOUN_GROUP,
  NOUN_PERSON,
  synsetsOf,
  type WordNetPos,
  VERB_PERCEPTION,
} from './wordnet.js';

/**
 * Events of the document: every TimeML event mention with its class (the learned tagger of
 * recognise.ts), a domain type from WordNet (domain-types.ts) or a phrase rule, arguments
 * (arguments.ts), the time it is anchored to, quantities, polarity, modality and the attribution
 * that reports it.
 */

const NEGATION = /\b(?:not|never|no|n't|neither|nor|without)\s+(?:\w+\s+){0,2}$/i;
const MODAL =
  /\b(could|might|may|would|should|will|can|must|plans? to|planned to|intends? to|threatened to|allegedly|reportedly|expected to|likely to|wants? to|to face|face|if|unless)\s+(?:\w+\s+){0,2}$/i;
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  // "one guard was killed": a singular count (the phrase must still name a person right after)
  ...cardinalWordsUpTo(50),
  // "a dozen people died"
  dozen: 12,
  dozens: 24,
};
// A figure and the people it counts, up to two words apart ("12 Belgian tourists"): the nouns
// below, or any noun whose most frequent senses are people in WordNet (noun.person: "passengers",
// "workers", "officers").
const QUANTITY =
  /\b(at least|more than|fewer than|less than|over|nearly|almost|up to|about|around)?\s*(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|(?<=\ba )dozen)\s+([\w-]+)(?:\s+([\w-]+))?(?:\s+([\w-]+))?/gi;
const COUNTED = /^(people|persons|others)$/i;

/** Whether a plural word counts people: "people", "others", or a WordNet noun.person noun in its two most frequent senses. */
function countsPeople(word: string): boolean {
  if (COUNTED.test(word)) return true;
  const lower = word.toLowerCase();
  const lemma = lemmaOf(lower, 'noun');
  if (lemma === null) return false;
  return synsetsOf(lemma, 'noun')
    .slice(0, 2)
    .some((offset) => lexicographerFileOf(offset, 'noun') === NOUN_PERSON);
}

/** The word the quantity is counted under: `killed` for an attack or killing, `detained` for a detention. */
const QUANTITY_KEY: Readonly<Record<string, string>> = {
  attack: 'killed',
  killing: 'killed',
  injury: 'injured',
  detention: 'detained',
  arrest: 'arrested',
  charge: 'charged',
  remand: 'remanded',
  release: 'released',
};

/**
 * The quantity a phrase states. `counts(offset)` says whether the figure at that offset (in the
 * phrase) counts something in the parse (a `nummod`, or a number that is itself the subject or
 * object): not an age after a name ("Faizov, 19 have been remanded").
 */
export function quantityOf(
  phrase: string,
  counts: (offset: number) => boolean = () => true,
): Quantity | null {
  let match: RegExpExecArray | null = null;
  QUANTITY.lastIndex = 0;
  for (let found = QUANTITY.exec(phrase); found !== null; found = QUANTITY.exec(phrase)) {
    const figure = found.index + found[0].indexOf(found[2]!, found[1] === undefined ? 0 : found[1].length);
    if (!counts(figure)) {
      QUANTITY.lastIndex = found.index + 1;
      continue;
    }
    // "7 passengers", "two Belgian tourists", "two of them": a word that counts people within the
    // three after the figure
    const words = [found[3], found[4], found[5]].filter((word): word is string => word !== undefined);
    if ((words[0] === 'of' && words[1] === 'them') || words.some((word) => countsPeople(word))) {
      match = found;
      break;
    }
    QUANTITY.lastIndex = found.index + 1;
  }
  if (match === null) return null;
  const word = match[2]!.toLowerCase().replace(/,/g, '');
  const value = /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? null);
  if (value === null) return null;
  const qualifier = match[1]?.toLowerCase();
  if (qualifier === 'at least' || qualifier === 'more than' || qualifier === 'over') return { min: value };
  if (qualifier !== undefined && UPPER_BOUNDS.has(qualifier)) return { max: value };
  return { exact: value };
}

/** Qualifiers that make a figure an upper bound: "up to 40", "nearly 40", "fewer than 50". */
export const UPPER_BOUNDS: ReadonlySet<string> = new Set([
  'up to',
  'nearly',
  'almost',
  'fewer than',
  'less than',
]);

/** Types of violence: their noun is read in its violent sense when it is done "of" people. */
export const VIOLENCE = new Set(['attack', 'killing', 'injury']);

/** Whether an event noun has an "of" phrase naming people ("the shooting of four civilians"). */
function doneToPeople(
  text: string,
  segments: Segments,
  entities: readonly Entity[],
  tree: DependencyTree,
  noun: number,
): boolean {
  return tree.dependents(noun, ['nmod']).some((child) => {
    const cased = tree
      .dependents(child, ['case'])
      .some((marker) => /^of$/i.test(text.slice(tree.tokens[marker]!.start, tree.tokens[marker]!.end)));
    const token = tree.tokens[child]!;
    return (
      cased &&
      mayNamePeople(text, segments, entities, {
        role: 'patient',
        span: { start: token.start, end: token.end },
      })
    );
  });
}

/** The token that ends at `end` (binary search over the document's tokens), or undefined. */
function tokenEndingAt(segments: Segments, end: number): Segments['tokens'][number] | undefined {
  const tokens = segments.tokens;
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const token = tokens[middle]!;
    if (token.end < end) low = middle + 1;
    else if (token.end > end) high = middle - 1;
    else return token;
  }
  return undefined;
}

/** Types of events done to people or by them (or groups): one of their core arguments names some. */
const PEOPLE_TYPES = new Set([
  'arrest',
  'detention',
  'charge',
  'remand',
  'court_appearance',
  'conviction',
  'release',
  // a meeting is of people too: "met the estimates" is no meeting
  'meeting',
]);
const NON_PERSON_PRONOUN = /^(?:it|this|that|these|those|which|what)$/i;

/**
 * Whether an argument may name people: an entity that is a person, organisation or group; a
 * personal pronoun; a number ("Four were held"); a noun with a person or group sense among its two
 * most frequent, or one WordNet lacks. False for "Footage", "the report", "Lancashire".
 */
export function mayNamePeople(
  text: string,
  segments: Segments,
  entities: readonly Entity[],
  argument: EventArgument,
): boolean {
  if (argument.entity !== undefined) {
    const entity = entities.find((candidate) => candidate.id === argument.entity);
    if (entity !== undefined) return entity.type !== 'LOC';
  }
  const span = argument.span;
  if (span === undefined) return true;
  const head = tokenEndingAt(segments, span.end);
  if (head === undefined) return true;
  const word = text.slice(head.start, head.end);
  if (head.pos === 'PRON') return !NON_PERSON_PRONOUN.test(word);
  if (head.pos === 'NUM' || head.pos === 'DET') return true;
  // a name the entity stage did not take ("Footage" tagged a name at the start of a sentence) is
  // read as the common noun WordNet knows, if it knows one
  const lemma = lemmaOf(word.toLowerCase(), 'noun');
  if (lemma === null) return true;
  return synsetsOf(lemma, 'noun')
    .slice(0, 2)
    .some((offset) => {
      const file = lexicographerFileOf(offset, 'noun');
      return file === NOUN_PERSON || file === NOUN_GROUP;
    });
}

/** Whether the patients (else the agents) of an event may name people; true when it has neither. */
function namesPeople(
  text: string,
  segments: Segments,
  entities: readonly Entity[],
  found: readonly EventArgument[],
): boolean {
  const patients = found.filter((argument) => argument.role === 'patient');
  const core = patients.length > 0 ? patients : found.filter((argument) => argument.role === 'agent');
  return core.length === 0 || core.some((argument) => mayNamePeople(text, segments, entities, argument));
}

/** The base forms of a sentence's words (for the sense check), remembered for the last sentence asked. */
let wordsOf: { sentence: Sentence | null; words: ReadonlySet<string> } = { sentence: null, words: new Set() };

function sentenceWords(text: string, segments: Segments, sentence: Sentence): ReadonlySet<string> {
  if (wordsOf.sentence === sentence) return wordsOf.words;
  const words = new Set<string>();
  for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
    const token = segments.tokens[index]!;
    if (/^[A-Za-z]{3,}$/.test(text.slice(token.start, token.end)))
      words.add(baseForm(text.slice(token.start, token.end)));
  }
  wordsOf = { sentence, words };
  return words;
}

/** Whether the token at `offset` is a figure that counts in the parse: a `nummod`, a subject or an object. */
function countsInParse(segments: Segments, sentence: Sentence, offset: number): boolean {
  for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
    const token = segments.tokens[index]!;
    if (token.start !== offset) continue;
    return ['nummod', 'nsubj', 'obj', 'obl', 'nmod', 'conj'].some(
      (label) => token.dep === label || token.dep.startsWith(`${label}:`),
    );
  }
  return true;
}

/** The token starting at `offset` in the sentence, or -1. */
function tokenAt(segments: Segments, sentence: Sentence, offset: number): number {
  for (let index = sentence.firstToken; index < sentence.endToken; index += 1)
    if (segments.tokens[index]!.start === offset) return index;
  return -1;
}

const CORE_ARGUMENTS = new Set(['nsubj', 'nsubj:pass', 'obj']);

/**
 * Whether a figure before an event noun counts the deed's people: the figure, or the noun it
 * counts, is the subject or object of the verb the event noun hangs on ("9 crew were killed in
 * the attack"), not a modifier of another noun ("the data of 200,000 customers had been stolen in
 * the attack" counts no one killed).
 */
export function coreArgumentOfGovernor(tree: DependencyTree, figure: number, noun: number): boolean {
  if (figure < 0 || noun < 0) return false;
  const governor = tree.tokens[noun]!.head;
  if (governor < 0) return false;
  const figureToken = tree.tokens[figure]!;
  const counted = figureToken.dep === 'nummod' ? figureToken.head : figure;
  const countedToken = tree.tokens[counted]!;
  return countedToken.head === governor && CORE_ARGUMENTS.has(countedToken.dep);
}

/** Clause relations: a figure reached through one belongs to another clause. */
const CLAUSE_RELATIONS = ['advcl', 'acl:relcl', 'ccomp', 'conj', 'parataxis'];

/**
 * Whether the figure at `offset` hangs under the trigger through another clause: "two guards were
 * shot dead [when four prisoners broke out]" — four counts the prisoners, not the dead.
 */
function inOtherClause(
  segments: Segments,
  sentence: Sentence,
  tree: DependencyTree,
  trigger: number,
  offset: number,
): boolean {
  let at = -1;
  for (let index = sentence.firstToken; index < sentence.endToken; index += 1)
    if (segments.tokens[index]!.start === offset) at = index;
  let crossed = false;
  for (let steps = 0; at >= 0 && steps < 50; steps += 1) {
    if (at === trigger) return crossed;
    const token = tree.tokens[at]!;
    if (CLAUSE_RELATIONS.some((relation) => token.dep === relation)) crossed = true;
    at = token.head;
  }
  return false;
}

/**
 * Whether an event noun is denied by the noun it depends on: "no warrant for their arrest", "no
 * evidence of an attack" (the governing noun's determiner is "no").
 */
function deniedNoun(text: string, tree: DependencyTree, noun: number): boolean {
  const token = tree.tokens[noun];
  if (token === undefined || token.head < 0 || !token.dep.startsWith('nmod')) return false;
  return tree.dependents(token.head, ['det']).some((det) => {
    const word = tree.tokens[det]!;
    return /^no$/i.test(text.slice(word.start, word.end));
  });
}

function sentenceOf(segments: Segments, offset: number): Sentence | null {
  const sentences = segments.sentences;
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return sentence;
  }
  return null;
}

/** Lemma look-ups, remembered by word and part of speech (words repeat; cleared when large). */
const lemmas = new Map<string, { readonly lemma: string | null; readonly lemmaPos: WordNetPos }>();

/** The lemma of a trigger as its part of speech, else (a noun WordNet lacks) as a verb. */
function lookUp(
  word: string,
  pos: WordNetPos,
): { readonly lemma: string | null; readonly lemmaPos: WordNetPos } {
  const key = `${pos}:${word.toLowerCase()}`;
  let found = lemmas.get(key);
  if (found === undefined) {
    const own = lemmaOf(word, pos);
    found =
      own !== null || pos === 'verb'
        ? { lemma: own, lemmaPos: pos }
        : { lemma: lemmaOf(word, 'verb'), lemmaPos: 'verb' as const };
    if (lemmas.size > 100_000) lemmas.clear();
    lemmas.set(key, found);
  }
  return found;
}

/** A phrase rule's type for the trigger, or null: "claimed responsibility", "closed the border". */
function phraseType(lemma: string | null, after: string): string | null {
  if (lemma === 'claim' && /^\s+(?:\w+\s+)?responsibility\b/i.test(after)) return 'claim_of_responsibility';
  if (lemma === 'close' && /^\s+(?:\w+\s+){0,3}?(?:border|frontier|crossing)s?\b/i.test(after))
    return 'border_closure';
  if (lemma === 'arraign' || (lemma === 'appear' && /^\s+in\s+court\b/i.test(after)))
    return 'court_appearance';
  return null;
}

/**
 * Whether a verb in -ing is the complement of a verb of perception or showing ("the video shows
 * guards beating him", "witnesses saw men dragging a body"): an act seen in progress.
 */
export function depictedInProgress(text: string, tree: DependencyTree, index: number): boolean {
  const token = tree.tokens[index]!;
  if (!/ing$/i.test(text.slice(token.start, token.end)) || token.head < 0) return false;
  if (!['xcomp', 'ccomp', 'acl', 'dep', 'advcl'].some((label) => token.dep === label)) return false;
  // "the plane crashed, killing 41 people": a participle after a comma tells the result, not
  // something seen ("crash" has a sense of perception, of making a loud noise)
  const before = tree.tokens[index - 1];
  if (token.dep === 'advcl' && before !== undefined && text.slice(before.start, before.end) === ',')
    return false;
  const head = tree.tokens[token.head]!;
  if (head.pos !== 'VERB') return false;
  return synsetsOf(head.lemma.toLowerCase(), 'verb').some(
    (offset) => lexicographerFileOf(offset, 'verb') === VERB_PERCEPTION,
  );
}

export function findEvents(
  text: string,
  segments: Segments,
  entities: readonly Entity[],
  times: readonly TimeExpression[],
  attributions: readonly Attribution[],
): Event[] {
  const mentions = withHeadlineVerbs(
    text,
    segments,
    entities,
    withTitleCaseLines(
      text,
      segments,
      entities,
      withEventNouns(
        text,
        segments,
        entities,
        withoutCompoundNouns(
          text,
          segments,
          withClauseVerbs(text, segments, recogniseEvents(text, segments)),
        ),
      ),
    ),
  );
  const cues = attributions.flatMap((attribution) => (attribution.cue === null ? [] : [attribution.cue]));
  const context: ArgumentContext = {
    text,
    segments,
    tree: new DependencyTree(segments.tokens),
    entities,
    times,
    cues,
  };
  const tokens = segments.tokens;
  const events: Event[] = [];
  const anchors: AnchorInput[] = [];
  let tokenIndex = 0;
  let covered = 0; // end of the last trigger: a word inside a multiword verb is no event of its own
  for (const mention of mentions) {
    if (mention.start < covered) continue;
    while (tokenIndex < tokens.length && tokens[tokenIndex]!.end <= mention.start) tokenIndex += 1;
    const token = tokens[tokenIndex];
    const sentence = sentenceOf(segments, mention.start);
    if (token === undefined || sentence === null) continue;
    const word = text.slice(mention.start, mention.end);
    // a word tagged a verb that the parse makes a subject or object is used as a noun ("the 19
    // February meets would show")
    const isVerb =
      (token.pos === 'VERB' || token.pos === 'AUX') &&
      !['nsubj', 'nsubj:pass', 'obj', 'iobj'].includes(token.dep);
    const pos: WordNetPos = isVerb ? 'verb' : 'noun';
    const { lemma, lemmaPos } = lookUp(word, pos);
    let trigger: Span = { start: mention.start, end: mention.end };
    let type: string | null = null;
    const verbLemma = lemma ?? token.lemma.toLowerCase();
    if (isVerb && verbLemma !== '') {
      // "gunned down", "broke out", "checked into": the multiword verb when WordNet has it
      const phrasal = phrasalVerb(tokens, tokenIndex, verbLemma, (index) =>
        text.slice(tokens[index]!.start, tokens[index]!.end).toLowerCase(),
      );
      if (phrasal !== null && tokens[phrasal.last]!.end <= sentence.end) {
        // "opened fire" is an attack as "fire" is
        type =
          domainTypeOf(phrasal.lemma, 'verb') ??
          (phrasal.object === undefined ? null : domainTypeOf(phrasal.object, 'noun'));
        trigger = { start: mention.start, end: tokens[phrasal.last]!.end };
      }
    }
    const after = text.slice(mention.end, sentence.end);
    type ??= phraseType(lemma, after);
    if (type === null && lemma !== null) {
      const sense = domainSenseOf(lemma, lemmaPos);
      // a noun whose domain sense is not its most frequent one stands only where the sentence says
      // so ("strike" is first a work stoppage, "attempt" first an effort)
      if (
        sense !== null &&
        (senseStands(lemma, lemmaPos, sense.offset, () => sentenceWords(text, segments, sentence)) ||
          (VIOLENCE.has(sense.type) && doneToPeople(text, segments, entities, context.tree, tokenIndex)))
      )
        type = sense.type;
    }
    // "footage showed officers electrocuting one of the men": a killing seen in progress is not
    // said to have been completed (the progressive asserts no death), so it is harm done, not a killing
    if (type === 'killing' && depictedInProgress(text, context.tree, tokenIndex)) type = 'injury';
    const argumentsFound =
      type === null && lemma !== 'hold' ? [] : findArguments(context, sentence, trigger, isVerb, type);
    // arrests, charges, releases and the like are done to people: "footage released", "the
    // report released" name no release of anyone
    if (type !== null && PEOPLE_TYPES.has(type) && !namesPeople(text, segments, entities, argumentsFound))
      type = null;
    // held in custody or detention until a date: a remand ("ordered to be held in detention until May 22")
    if (
      (type === 'detention' || lemma === 'hold') &&
      argumentsFound.some((argument) => argument.role === 'until')
    )
      type = 'remand';
    const before = text.slice(Math.max(sentence.start, mention.start - 40), mention.start);
    const event: {
      -readonly [K in keyof Event]: Event[K];
    } = {
      id: `v${events.length + 1}`,
      trigger,
      class: mention.eventClass,
      type,
      arguments: type === null ? [] : argumentsFound,
    };
    let reporter: Attribution | null = null;
    let reporterLength = Infinity;
    for (const attribution of attributions)
      for (const content of attribution.content)
        if (
          content.start <= trigger.start &&
          trigger.end <= content.end &&
          content.end - content.start < reporterLength
        ) {
          reporter = attribution;
          reporterLength = content.end - content.start;
        }
    if (type !== null) {
      const key = QUANTITY_KEY[type];
      if (key !== undefined) {
        const quantity =
          quantityOf(
            text.slice(trigger.end, Math.min(sentence.end, trigger.end + 40)),
            (offset) =>
              countsInParse(segments, sentence, trigger.end + offset) &&
              !inOtherClause(segments, sentence, context.tree, tokenIndex, trigger.end + offset),
          ) ??
          // before a verb, only a figure of its own subject ("Four suspects were detained"), not one
          // of another clause ("twelve managers were charged and three executives …"); before a
          // noun, a figure of the clause it is told in ("9 crew were killed in the attack")
          quantityOf(
            text.slice(sentence.start, trigger.start),
            (offset) =>
              (!isVerb
                ? coreArgumentOfGovernor(
                    context.tree,
                    tokenAt(segments, sentence, sentence.start + offset),
                    tokenIndex,
                  )
                : event.arguments.some(
                    (argument) =>
                      (argument.role === 'agent' || argument.role === 'patient') &&
                      argument.span !== undefined &&
                      argument.span.start <= sentence.start + offset &&
                      sentence.start + offset < argument.span.end,
                  )) && countsInParse(segments, sentence, sentence.start + offset),
          );
        if (quantity !== null) event.quantity = { [key]: quantity };
      }
    }
    event.polarity =
      NEGATION.test(before) || (!isVerb && deniedNoun(text, context.tree, tokenIndex)) ? 'neg' : 'pos';
    const modal = MODAL.exec(before);
    if (modal !== null) event.modality = modal[1]!.toLowerCase();
    if (reporter !== null) event.attribution = reporter.id;
    events.push(event);
    covered = trigger.end;
    anchors.push({
      trigger,
      token: tokenIndex,
      isVerb,
      type,
      sentence,
      participants: new Set(
        event.arguments.flatMap((argument) =>
          (argument.role === 'agent' || argument.role === 'patient') && argument.entity !== undefined
            ? [argument.entity]
            : [],
        ),
      ),
      hasParticipants: event.arguments.some(
        (argument) => argument.role === 'agent' || argument.role === 'patient',
      ),
      reporter,
      modality: event.modality,
      negated: event.polarity === 'neg',
    });
  }
  // "charged with terrorism": the charge names an offence, not an event of its own
  events.forEach((event, index) => {
    if (event.type === null || anchors[index]!.isVerb) return;
    const inCharge = events.some((other) =>
      other.arguments.some(
        (argument) =>
          argument.role === 'charge' &&
          argument.span !== undefined &&
          argument.span.start <= event.trigger.start &&
          event.trigger.end <= argument.span.end,
      ),
    );
    if (inCharge) {
      const mutable = event as { type: string | null; arguments: Event['arguments'] };
      mutable.type = null;
      mutable.arguments = [];
      delete (event as { quantity?: unknown }).quantity;
      anchors[index] = { ...anchors[index]!, type: null };
    }
  });
  // when: see anchor.ts (the sentence, the event a definite noun refers to, the report in the
  // sentence, the paragraph, the attribution that reports it)
  const anchored = anchorEvents({ text, segments, tree: context.tree, times, attributions }, anchors);
  // fields in the contract's order: time before quantity, polarity, modality and attribution
  return events.map((event, index) => {
    const time = anchored[index];
    if (time === undefined) return event;
    const { id, trigger, class: eventClass, type, arguments: found, ...rest } = event;
    return { id, trigger, class: eventClass, type, arguments: found, time, ...rest };
  });
}
