import { DependencyTree } from '../grammar/index.js';
import type {
  Attribution,
  Entity,
  Event,
  EventTime,
  Quantity,
  Segments,
  Sentence,
  Span,
  TimeExpression,
} from '../../model/index.js';
import { findArguments, type ArgumentContext } from './arguments.js';
import { domainTypeOf } from './domain-types.js';
import { withEventNouns } from './nominal-events.js';
import { phrasalVerb } from './phrasal.js';
import { recogniseEvents } from './recognise.js';
import { lemmaOf, lexicographerFileOf, synsetsOf, type WordNetPos } from './wordnet.js';

/**
 * Events of the document: every TimeML event mention with its class (the learned tagger of
 * recognise.ts), a domain type from WordNet (domain-types.ts) or a phrase rule, arguments
 * (arguments.ts), the time it is anchored to, quantities, polarity, modality and the attribution
 * that reports it.
 */

const NEGATION = /\b(?:not|never|no|n't|neither|nor|without)\s+(?:\w+\s+){0,2}$/i;
const MODAL =
  /\b(could|might|may|would|should|will|can|must|plans? to|planned to|intends? to|threatened to|allegedly|reportedly|expected to|likely to|wants? to|to face|face)\s+(?:\w+\s+){0,2}$/i;
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozens: 24,
};
// A figure and the people it counts, up to two words apart ("12 Belgian tourists"): the nouns
// below, or any noun whose most frequent senses are people in WordNet (noun.person: "passengers",
// "workers", "officers").
const QUANTITY =
  /\b(at least|more than|over|nearly|almost|up to|about|around)?\s*(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+([\w-]+)(?:\s+([\w-]+))?(?:\s+([\w-]+))?/gi;
const COUNTED = /^(people|persons|others)$/i;
const NOUN_PERSON = 18;

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

function quantityOf(phrase: string): Quantity | null {
  let match: RegExpExecArray | null = null;
  QUANTITY.lastIndex = 0;
  for (let found = QUANTITY.exec(phrase); found !== null; found = QUANTITY.exec(phrase)) {
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
  if (qualifier === 'up to' || qualifier === 'nearly' || qualifier === 'almost') return { max: value };
  return { exact: value };
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

function timeOf(
  text: string,
  times: readonly TimeExpression[],
  sentence: Sentence,
  trigger: Span,
): EventTime | undefined {
  let best: TimeExpression | null = null;
  let bestDistance = Infinity;
  for (const time of times) {
    if (time.start < sentence.start || time.end > sentence.end) continue;
    if (time.type !== 'DATE' && time.type !== 'TIME') continue;
    const lead = text.slice(Math.max(sentence.start, time.start - 20), time.start);
    if (/\buntil\s+(?:at\s+least\s+)?$/i.test(lead)) continue;
    const distance = time.start >= trigger.end ? time.start - trigger.end : trigger.start - time.end;
    if (distance < bestDistance) {
      best = time;
      bestDistance = distance;
    }
  }
  if (best === null) return undefined;
  const lead = text.slice(Math.max(sentence.start, best.start - 10), best.start);
  const relation = /\bbefore\s+$/i.test(lead)
    ? 'before'
    : /\b(?:after|since)\s+$/i.test(lead)
      ? 'after'
      : 'at';
  return { value: best.value, relation, timex: best.id };
}

/**
 * The last date or time of the sentences before `sentence` in its paragraph ("Four suspects were
 * detained on Saturday. They were taken to Moscow."), for typed verbs only: an untyped event is
 * too often background, and a noun ("the attack") mostly refers back to an event told before.
 */
function paragraphTime(
  segments: Segments,
  times: readonly TimeExpression[],
  sentence: Sentence,
  typed: boolean,
): EventTime | undefined {
  if (!typed) return undefined;
  const paragraph = segments.paragraphs[sentence.paragraph];
  if (paragraph === undefined) return undefined;
  let found: TimeExpression | undefined;
  for (const time of times) {
    if (time.start < paragraph.start || time.end > sentence.start) continue;
    if ((time.type === 'DATE' || time.type === 'TIME') && !time.value.endsWith('_REF')) found = time;
  }
  return found === undefined ? undefined : { value: found.value, relation: 'at', timex: found.id };
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

export function findEvents(
  text: string,
  segments: Segments,
  entities: readonly Entity[],
  times: readonly TimeExpression[],
  attributions: readonly Attribution[],
): Event[] {
  const mentions = withEventNouns(text, segments, entities, recogniseEvents(text, segments));
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
  let tokenIndex = 0;
  let covered = 0; // end of the last trigger: a word inside a multiword verb is no event of its own
  for (const mention of mentions) {
    if (mention.start < covered) continue;
    while (tokenIndex < tokens.length && tokens[tokenIndex]!.end <= mention.start) tokenIndex += 1;
    const token = tokens[tokenIndex];
    const sentence = sentenceOf(segments, mention.start);
    if (token === undefined || sentence === null) continue;
    const word = text.slice(mention.start, mention.end);
    const isVerb = token.pos === 'VERB' || token.pos === 'AUX';
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
    type ??= phraseType(lemma, after) ?? (lemma === null ? null : domainTypeOf(lemma, lemmaPos));
    const argumentsFound =
      type === null && lemma !== 'hold' ? [] : findArguments(context, sentence, trigger, isVerb, type);
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
    // when: a time of the sentence, else an earlier one of the paragraph, else (for a reported
    // event) no later than when it was reported
    const time =
      timeOf(text, times, sentence, trigger) ??
      paragraphTime(segments, times, sentence, type !== null && isVerb) ??
      (reporter?.time === undefined ? undefined : { value: reporter.time, relation: 'before' as const });
    if (time !== undefined) event.time = time;
    if (type !== null) {
      const key = QUANTITY_KEY[type];
      if (key !== undefined) {
        const quantity =
          quantityOf(text.slice(trigger.end, Math.min(sentence.end, trigger.end + 40))) ??
          quantityOf(text.slice(sentence.start, trigger.start));
        if (quantity !== null) event.quantity = { [key]: quantity };
      }
    }
    event.polarity = NEGATION.test(before) ? 'neg' : 'pos';
    const modal = MODAL.exec(before);
    if (modal !== null) event.modality = modal[1]!.toLowerCase();
    if (reporter !== null) event.attribution = reporter.id;
    events.push(event);
    covered = trigger.end;
  }
  return events;
}
