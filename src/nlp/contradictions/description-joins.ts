import {
  glossOf,
  lexicographerFileOf,
  NOUN_EVENT,
  NOUN_GROUP,
  NOUN_PERSON,
  synset,
  synsetsOf,
} from '../events/wordnet.js';
import { CAUSE_QUESTION } from './rival-causes.js';

/**
 * A thing named by a more general word in another account is the same thing: "survivors said the
 * ferry had been overloaded" and "the operator said the vessel had not been overloaded" ask one
 * question. A topic `P(A, the X)` (or `P(the X, B)`) joins `P(A, the Y)` when Y is a kind of X
 * (WordNet hypernyms, three levels, the two most frequent senses of each: a ferry is a boat, a boat
 * a vessel) and the topics hold exactly one such Y for that predicate and other party. People and
 * groups are left to the coreference and the cross-document clusters ("the man" is not every
 * "soldier"), except members of a group named by it ("officers had not opened an investigation"
 * answers whether "the police" had: `isMemberOf`); names and unknown parties ("?") never
 * generalise. Returns general topic → specific topic.
 */
export function descriptionJoins(topics: Iterable<string>): Map<string, string> {
  const parsed: { topic: string; predicate: string; args: [string, string] }[] = [];
  for (const topic of new Set(topics)) {
    const match = TOPIC.exec(topic);
    if (match === null) continue;
    const [, predicate, subject, object] = match as unknown as [string, string, string, string];
    parsed.push({ topic, predicate, args: [subject, object] });
  }
  const target = new Map<string, string>();
  // "what caused the fire" is asked again as "what caused the blaze" (a blaze is a fire)
  const causes = [...new Set(topics)].filter((topic) => CAUSE_NOUN.test(topic));
  for (const general of causes) {
    const wide = CAUSE_NOUN.exec(general)?.[1] as string;
    const kinds = causes.filter((candidate) => {
      const narrow = CAUSE_NOUN.exec(candidate)?.[1] as string;
      return narrow !== wide && (isKindOf(narrow, wide) || isEventKindOf(narrow, wide));
    });
    if (kinds.length === 1) target.set(general, kinds[0] as string);
  }
  for (const [from, to] of ownedCauseJoins([...new Set(topics)], causes))
    if (!target.has(from)) target.set(from, to);
  for (const general of parsed)
    for (const slot of [0, 1] as const) {
      const wide = nounOf(general.args[slot]);
      if (wide === null) continue;
      const other = general.args[1 - slot];
      const kinds = parsed.filter((candidate) => {
        if (candidate === general || candidate.predicate !== general.predicate) return false;
        if (candidate.args[1 - slot] !== other) return false;
        const narrow = nounOf(candidate.args[slot]);
        return narrow !== null && narrow !== wide && (isKindOf(narrow, wide) || isMemberOf(narrow, wide));
      });
      if (kinds.length === 1 && !target.has(general.topic))
        target.set(general.topic, (kinds[0] as (typeof kinds)[number]).topic);
    }
  return target;
}

const TOPIC = /^([a-z][a-z' -]*)\(([^()]+), ([^(),]+)\)$/;
const CAUSE_OWNED = new RegExp(`^${CAUSE_QUESTION}the ([a-z][a-z-]*) of (.+)$`);

/** Whether two happenings are one question: the same word, a shared sense, or one a kind of the other. */
function sameHappening(one: string, other: string): boolean {
  if (one === other) return true;
  const otherSenses = senses(other);
  return (
    senses(one).some((offset) => otherSenses.includes(offset)) ||
    isKindOf(one, other) ||
    isKindOf(other, one) ||
    isEventKindOf(one, other) ||
    isEventKindOf(other, one)
  );
}

/**
 * Why one thing underwent something, asked in other words: "what caused the halt of the trial" is
 * "what caused the stop of the trial" (a shared WordNet sense of the two happenings, or one a kind of
 * the other; joined to the first in order), and "what caused the shutdown", asked of no thing, is
 * asked of the one thing that shut down in the topics ("what caused the shutdown of the stage") —
 * only when exactly one thing did.
 */
function ownedCauseJoins(topics: readonly string[], unowned: readonly string[]): Map<string, string> {
  const joins = new Map<string, string>();
  const owned = topics
    .map((topic) => ({ topic, match: CAUSE_OWNED.exec(topic) }))
    .filter((entry): entry is { topic: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ topic, match }) => ({ topic, noun: match[1] as string, owner: match[2] as string }))
    .sort((one, other) => (one.topic < other.topic ? -1 : one.topic > other.topic ? 1 : 0));
  const canonical = new Map<string, (typeof owned)[number]>();
  for (const [index, entry] of owned.entries()) {
    const first = owned
      .slice(0, index)
      .find((earlier) => earlier.owner === entry.owner && sameHappening(earlier.noun, entry.noun));
    const root = first === undefined ? entry : (canonical.get(first.topic) ?? first);
    canonical.set(entry.topic, root);
    if (root !== entry) joins.set(entry.topic, root.topic);
  }
  for (const general of unowned) {
    const noun = CAUSE_NOUN.exec(general)?.[1] as string;
    const roots = new Set(
      owned
        .filter((entry) => sameHappening(entry.noun, noun))
        .map((entry) => (canonical.get(entry.topic) ?? entry).topic),
    );
    if (roots.size === 1) joins.set(general, [...roots][0] as string);
  }
  return joins;
}

const CAUSE_NOUN = new RegExp(`^${CAUSE_QUESTION}the ([a-z][a-z-]*)$`);
const HYPERNYM_DEPTH = 3;

/** The noun of a common-noun party ("the vessel" → "vessel"), null for a name or "?". */
function nounOf(party: string): string | null {
  const match = /^the ([a-z][a-z-]*)$/.exec(party);
  return match === null ? null : (match[1] as string);
}

function senses(noun: string): readonly number[] {
  return synsetsOf(noun, 'noun').slice(0, 2);
}

/**
 * The words a synset's gloss defines it as ("a building or place that provides a particular
 * service" → building, place): its genus, an implicit hypernym WordNet's pointers may not give
 * (a facility is filed under "artifact", not under "building"); "a sum of money …" gives the money
 * too, when WordNet names the measure with its stuff ("sum_of_money").
 */
function glossGenus(offset: number): string[] {
  const gloss = glossOf(offset, 'noun');
  // "a sum of money paid …": a measure WordNet names with its stuff ("sum_of_money") is that stuff
  const measure = /^an? ([a-z]+) of ([a-z]+)\b/.exec(gloss);
  if (measure !== null && synsetsOf(`${measure[1] as string}_of_${measure[2] as string}`, 'noun').length > 0)
    return [measure[1] as string, measure[2] as string];
  const match = /^an? ([a-z]+)(?: or ([a-z]+))?\b/.exec(gloss);
  if (match === null) return [];
  return [match[1] as string, ...(match[2] === undefined ? [] : [match[2]])];
}

/**
 * Whether an effect asked about ("what caused the blast") is, in any of its senses that is an event
 * (WordNet noun.event), directly a kind of the event another cause question asks about, in that
 * one's most frequent sense when it is an event too: a blast is "an explosion (as of dynamite)", its
 * fourth sense, under the first sense of "explosion". A thing that was caused is an event, so the
 * less frequent event sense is the one read; one level only, and never the other way round.
 */
export function isEventKindOf(narrow: string, wide: string): boolean {
  const target = synsetsOf(wide, 'noun')[0];
  if (target === undefined || lexicographerFileOf(target, 'noun') !== NOUN_EVENT) return false;
  return synsetsOf(narrow, 'noun')
    .filter((offset) => lexicographerFileOf(offset, 'noun') === NOUN_EVENT)
    .some((offset) =>
      synset(offset, 'noun').pointers.some(
        (pointer) => pointer.symbol === '@' && pointer.pos === 'noun' && pointer.offset === target,
      ),
    );
}

/**
 * Whether `narrow` is, in one of its two most frequent senses, a kind of `wide` (not a person or a
 * group): a hypernym (three levels) is one of the two most frequent senses of `wide` or another
 * sense of that word ("blaze" → {fire, flame}), or is defined in its gloss as a `wide` ("warehouse"
 * → storehouse → depository → facility, "a building or place that …").
 */
export function isKindOf(narrow: string, wide: string): boolean {
  const targets = senses(wide).filter((offset) => {
    const file = lexicographerFileOf(offset, 'noun');
    return file !== NOUN_PERSON && file !== NOUN_GROUP;
  });
  if (targets.length === 0) return false;
  let frontier = senses(narrow).filter((offset) => lexicographerFileOf(offset, 'noun') !== NOUN_PERSON);
  // "payment": "a sum of money paid …"
  if (frontier.some((offset) => glossGenus(offset).includes(wide))) return true;
  for (let level = 0; level < HYPERNYM_DEPTH && frontier.length > 0; level += 1) {
    frontier = frontier.flatMap((offset) =>
      synset(offset, 'noun')
        .pointers.filter(
          (pointer) => (pointer.symbol === '@' || pointer.symbol === '@i') && pointer.pos === 'noun',
        )
        .map((pointer) => pointer.offset),
    );
    if (
      frontier.some(
        (offset) =>
          targets.includes(offset) ||
          (lexicographerFileOf(offset, 'noun') !== NOUN_GROUP &&
            (synset(offset, 'noun').words.includes(wide) || glossGenus(offset).includes(wide))),
      )
    )
      return true;
  }
  return false;
}

// how many of a person noun's senses are read for the group it is a member of ("officer": its third)
const MEMBER_SENSES = 3;

/**
 * Whether people named by `member` are, in one of its three most frequent senses, members of the
 * group `group` names (a WordNet member holonym: a police officer is a member of the police).
 */
export function isMemberOf(member: string, group: string): boolean {
  return synsetsOf(member, 'noun')
    .slice(0, MEMBER_SENSES)
    .some(
      (offset) =>
        lexicographerFileOf(offset, 'noun') === NOUN_PERSON &&
        synset(offset, 'noun').pointers.some(
          (pointer) =>
            pointer.symbol === '#m' &&
            pointer.pos === 'noun' &&
            synset(pointer.offset, 'noun').words.includes(group),
        ),
    );
}
