import { lemmaOf, synset, synsetsOf } from '../events/wordnet.js';
import { verbLemma } from './irregular-verbs.js';
import { lemmaFamily, lightVerb, triggerWord } from './lemma-family.js';

/**
 * A news lead restates its headline in other words: "Vantix Releases Fix" / "Vantix issued a patch
 * on Tuesday …". A headline's event and an event of its lead are one event when they have one
 * class (not a report of speech), positive polarity, triggers of two lemma families that share a
 * WordNet sense (any sense, as a verb or a noun, or the verb a noun sense derives from: "issue" and
 * "release" share "publish"; "death" comes from "die"), and the same entity told just before them.
 * Linking the two inside one article joins the other articles' clusters of each wording.
 * (ECB+ dev topics, events: CoNLL F1 0.559 → 0.561; with hypernyms too, 0.558; any two events of
 * the first three to six sentences instead of the headline and its lead, 0.558–0.561; without the
 * entity, 0.560.)
 */

export interface LeadEvent {
  readonly start: number;
  readonly end: number;
  readonly trigger: string;
  readonly class: string | null;
  readonly polarity: string | null;
}

export interface LeadDocument {
  readonly text: string;
  readonly sentences: readonly { readonly start: number; readonly end: number }[];
  readonly events: readonly LeadEvent[];
  /** Mentions of the article's entities, each with the id of its entity. */
  readonly mentions: readonly { readonly start: number; readonly end: number; readonly entity: string }[];
}

const MIN_LEAD_WORDS = 6;

/** How far after the headline the lead may start (datelines and bylines come between). */
const LEAD_WITHIN = 5;

const SENTENCE_END = /[.!?"'”’]\s*$/u;

function sentenceOf(document: LeadDocument, offset: number): number {
  return document.sentences.findIndex((sentence) => sentence.start <= offset && offset < sentence.end);
}

/** The entity of the last mention in the sentence before the trigger (its subject, most often). */
function subjectOf(document: LeadDocument, event: LeadEvent, sentence: number): string | null {
  const from = document.sentences[sentence]!.start;
  let best: { end: number; entity: string } | null = null;
  for (const mention of document.mentions)
    if (mention.start >= from && mention.end <= event.start && (best === null || mention.end > best.end))
      best = { end: mention.end, entity: mention.entity };
  return best?.entity ?? null;
}

/** The lead: the first sentence after the headline of six words or more that ends as a sentence. */
function leadOf(document: LeadDocument): number | null {
  for (let index = 1; index < document.sentences.length && index <= LEAD_WITHIN; index++) {
    const sentence = document.sentences[index]!;
    const text = document.text.slice(sentence.start, sentence.end);
    if (SENTENCE_END.test(text) && text.trim().split(/\s+/u).length >= MIN_LEAD_WORDS) return index;
  }
  return null;
}

function usable(event: LeadEvent): boolean {
  return event.class !== 'REPORTING' && event.polarity !== 'neg' && !lightVerb(event.trigger);
}

/**
 * Pairs [headline event, lead event] (indexes into `document.events`) that tell one event; the
 * headline is the first line when it does not end as a sentence does.
 */
export function leadRestatements(document: LeadDocument): [number, number][] {
  const first = document.sentences[0];
  if (first === undefined) return [];
  const headline = document.text.slice(first.start, first.end);
  if (SENTENCE_END.test(headline) || headline.trim().split(/\s+/u).length < 2) return [];
  const lead = leadOf(document);
  if (lead === null) return [];
  const inLead = document.events
    .map((event, index) => ({ event, index }))
    .filter(({ event }) => sentenceOf(document, event.start) === lead && usable(event));
  const pairs: [number, number][] = [];
  document.events.forEach((event, index) => {
    if (sentenceOf(document, event.start) !== 0 || !usable(event)) return;
    const subject = subjectOf(document, event, 0);
    if (subject === null) return;
    const match = inLead.find(
      (other) =>
        other.event.class === event.class &&
        lemmaFamily(other.event.trigger) !== lemmaFamily(event.trigger) &&
        subjectOf(document, other.event, lead) === subject &&
        shareSense(event.trigger, other.event.trigger),
    );
    if (match !== undefined) pairs.push([index, match.index]);
  });
  return pairs;
}

const senseCache = new Map<string, ReadonlySet<string>>();

/**
 * Every WordNet sense of a trigger as a verb and as a noun, with the verb senses each noun sense is
 * derived from ("+" pointers).
 */
function allSenses(trigger: string): ReadonlySet<string> {
  const word = triggerWord(trigger);
  const cached = senseCache.get(word);
  if (cached !== undefined) return cached;
  const found = new Set<string>();
  const verb = verbLemma(word);
  if (verb !== null) for (const offset of synsetsOf(verb, 'verb')) found.add(`v${offset}`);
  const noun = lemmaOf(word, 'noun');
  if (noun !== null)
    for (const offset of synsetsOf(noun, 'noun')) {
      found.add(`n${offset}`);
      for (const pointer of synset(offset, 'noun').pointers)
        if (pointer.symbol === '+' && pointer.pos === 'verb') found.add(`v${pointer.offset}`);
    }
  if (senseCache.size > 50_000) senseCache.clear();
  senseCache.set(word, found);
  return found;
}

/** Whether two triggers share a WordNet sense (allSenses). */
export function shareSense(a: string, b: string): boolean {
  const left = allSenses(a);
  for (const key of allSenses(b)) if (left.has(key)) return true;
  return false;
}
