import { domainSenseOf } from '../events/domain-types.js';
import { VIOLENCE } from '../events/find-events.js';
import { converseOf } from '../claims/frame.js';
import {
  glossOf,
  hasVerbFrame,
  lexicographerFileOf,
  NOUN_GROUP,
  NOUN_PERSON,
  NOUN_POSSESSION,
  synset,
  synsetsOf,
  VERB_POSSESSION,
  type WordNetPos,
} from '../events/wordnet.js';
import { hasHypernymWord } from '../lexicon/hypernyms.js';

/**
 * The same deed told in other words, by WordNet, between topics of one corpus (or one article):
 * - `same`: two predicates with the same subject and object that share a sense among their two most
 *   frequent ones ("torched" / "burned" do not, "assaulted" / "attacked" do) ask one question: both
 *   topics become the first of the two;
 * - `entailed`: a predicate whose WordNet hypernyms (three levels, two most frequent senses) hold
 *   the other ("torched the depot" is a kind of "burned the depot"), or whose WordNet entailment
 *   ("*") it is ("won the race" entails "competed in the race"), or a deed of violence
 *   ("stabbed", "shot", "killed" the guard: the events' violent types) against the generic attack
 *   ("attacked the guard"), or a verb with a word of result against the verb of that result
 *   ("forced open the gate" / "opened the gate", `resultOf`), with the same subject and object: the specific deed said to be done
 *   says the general one was done, so a positive claim of it answers the general question ("did he
 *   attack the guard?"); a negated one does not ("he did not stab the guard" says nothing of an
 *   attack), so only positive claims move.
 * Counts: "how many homes were destroyed" and "how many houses …" are one question when the nouns
 * share a sense or one is the other's direct hypernym ("house" is a kind of "home"), with the same
 * verb.
 * Tolls: "how many were killed" (no place) and "how many were killed at Selmira" are one question
 * when the topics give that toll at one place only.
 * Topics with an unknown party ("?") never join: who did it is the question.
 */
export interface DeedJoins {
  readonly same: ReadonlyMap<string, string>;
  readonly entailed: ReadonlyMap<string, string>;
  /**
   * Opposite deeds with the same subject and object: a predicate that WordNet makes the antonym of
   * the other ("closed the border" / "opened the border") or of a kind of it ("locked the gate" is
   * the antonym of "unlocked", a kind of "opened"): a positive claim of it negates the other, so it
   * moves to the other's topic with its polarity turned.
   */
  readonly opposite: ReadonlyMap<string, string>;
  /**
   * A deed and the change it brings about, by WordNet's cause pointers ("kill" causes "die", "sink
   * the ship" causes "the ship sinks"): "kill(the rebels, the guard)" → "die(the guard, ?)", when that
   * topic is there. A positive claim of the cause says the result happened, whoever did it, so it
   * moves to the result's topic and compares by what the deed was done to; a negated one does not
   * ("they did not kill him" says nothing of whether he died).
   */
  readonly caused: ReadonlyMap<string, string>;
}

const PROPOSITION = /^([a-z][a-z' -]*)\((.+)\)$/;
const COUNT = /^how many ([a-z][a-z'-]*): (.+)$/;
// a toll of the dead or hurt (find-claims.ts countClaims): "how many were killed at Selmira"
const TOLL = /^how many were ([a-z][a-z -]*?)(?: at (.+))?$/;
const HYPERNYM_DEPTH = 3;

function senses(lemma: string, pos: WordNetPos): readonly number[] {
  return synsetsOf(lemma.replace(/ /g, '_'), pos).slice(0, 2);
}

function hypernymsOf(offsets: readonly number[], pos: WordNetPos, depth: number): Set<number> {
  const found = new Set<number>();
  let frontier = [...offsets];
  for (let level = 0; level < depth && frontier.length > 0; level += 1) {
    frontier = frontier.flatMap((offset) =>
      synset(offset, pos)
        .pointers.filter(
          (pointer) => (pointer.symbol === '@' || pointer.symbol === '@i') && pointer.pos === pos,
        )
        .map((pointer) => pointer.offset),
    );
    for (const offset of frontier) found.add(offset);
  }
  return found;
}

/** The verbs a lemma's two most frequent senses point to with `symbol` (WordNet "*" entails, ">" causes). */
function pointedVerbs(lemma: string, symbol: '*' | '>'): Set<number> {
  const found = new Set<number>();
  for (const offset of senses(lemma, 'verb'))
    for (const pointer of synset(offset, 'verb').pointers)
      if (pointer.symbol === symbol && pointer.pos === 'verb') found.add(pointer.offset);
  return found;
}

/**
 * Whether doing `specific` entails doing `general`, by WordNet's entailment pointer between their
 * two most frequent senses: "win" entails "compete", "buy" entails "pay", "snore" entails "sleep".
 */
export function entails(specific: string, general: string): boolean {
  const pointed = pointedVerbs(specific, '*');
  return pointed.size > 0 && senses(general, 'verb').some((offset) => pointed.has(offset));
}

/**
 * The state a verb with a word of result brings about, as the verb of that state: "force open" (the
 * gate) opened it, "set free" (the hostages) freed them; null for other predicates. The word must be
 * a WordNet adjective that is also a verb ("open", "free", "clear", "empty").
 */
export function resultOf(predicate: string): string | null {
  const parts = predicate.split(' ');
  if (parts.length !== 2) return null;
  const result = parts[1] as string;
  return synsetsOf(result, 'adj').length > 0 && synsetsOf(result, 'verb').length > 0 ? result : null;
}

/**
 * Whether doing `cause` brings about `result` (WordNet ">"), both in one of their two most frequent
 * senses: "kill" causes "die" and "perish", not "go" (whose sense "die" is a rare one).
 */
export function causes(cause: string, result: string): boolean {
  const pointed = pointedVerbs(cause, '>');
  return pointed.size > 0 && senses(result, 'verb').some((offset) => pointed.has(offset));
}

/** The words of the verbs `cause` brings about (WordNet ">"), the candidates for `causes`. */
function causedWords(cause: string): string[] {
  return [...pointedVerbs(cause, '>')].flatMap((offset) =>
    synset(offset, 'verb').words.map((word) => word.replace(/_/g, ' ')),
  );
}

/** Whether two lemmas share a sense among their two most frequent ones. */
function synonymous(left: string, right: string, pos: WordNetPos): boolean {
  const own = senses(left, pos);
  return own.length > 0 && senses(right, pos).some((offset) => own.includes(offset));
}

// WordNet's generic frames of a verb done to something (8 "Somebody ----s something", 11
// "Something ----s something") and to someone (9 "Somebody ----s somebody", 10 "Something ----s somebody")
const DONE_TO_THING = new Set([8, 11]);
const DONE_TO_PERSON = new Set([9, 10]);
// a sum of money: a noun of possession, or a kind of money, currency or monetary unit ("pound",
// "crown": an English coin, a kind of cash, a kind of currency) within five levels
const MONEY = new Set(['money', 'monetary_unit', 'currency']);
const MONEY_LEVELS = 5;

/**
 * Whether two verbs count one noun alike: they share a WordNet sense whose frames take that kind of
 * object (someone for people, something otherwise), and the sense is among the two most frequent of
 * both, or it is a sense of possession ("withdraw" and "take out": remove a commodity from a supply
 * source) and the noun names a possession or a sum of money ("crowns", "pounds"). A rarer sense
 * shared by chance ("arrest" and "hold": cause to stop) joins nothing.
 */
function countedAlike(left: string, right: string, noun: string): boolean {
  const own = synsetsOf(left.replace(/ /g, '_'), 'verb');
  const other = synsetsOf(right.replace(/ /g, '_'), 'verb');
  const people = noun === 'people';
  const frames = people ? DONE_TO_PERSON : DONE_TO_THING;
  let possession: boolean | null = null;
  return own.some((offset, index) => {
    const at = other.indexOf(offset);
    if (at < 0 || !synset(offset, 'verb').frames.some((one) => frames.has(one.frame))) return false;
    if (index < 2 && at < 2) return true;
    if (people || lexicographerFileOf(offset, 'verb') !== VERB_POSSESSION) return false;
    possession ??= synsetsOf(noun, 'noun').some(
      (sense) =>
        lexicographerFileOf(sense, 'noun') === NOUN_POSSESSION ||
        hasHypernymWord(sense, 'noun', { levels: MONEY_LEVELS }, MONEY),
    );
    return possession;
  });
}

/**
 * "had paid 18 million euros" / "received 25 million euros": a sum of money one side gave and the
 * other got is one figure, the price; so a count of money under a verb of one end of a change of
 * hands and one under a verb of the other end (`transferSide`) ask one question.
 */
function handedOver(left: string, right: string, noun: string): boolean {
  if (!namesMoney(noun)) return false;
  const one = transferSide(left);
  const other = transferSide(right);
  return one !== null && other !== null && one !== other;
}

/** Whether a counted noun's most frequent sense is a sum of money ("euro", "pound", "dollar"). */
function namesMoney(noun: string): boolean {
  const sense = synsetsOf(noun, 'noun')[0];
  return sense !== undefined && hasHypernymWord(sense, 'noun', { levels: MONEY_LEVELS }, MONEY);
}

const COUNT_OF = /^how many ([a-z][a-z'-]*): ([a-z][a-z ]*)$/;

/**
 * "how many euro: pay": a sum of money that changed hands (a verb of either end, `transferSide`) is
 * the price of one deal, one figure that does not grow as a toll does while it is counted.
 */
export function isPriceTopic(topic: string): boolean {
  const count = COUNT_OF.exec(topic);
  return count !== null && namesMoney(count[1] as string) && transferSide(count[2] as string) !== null;
}

/**
 * Whether WordNet defines a sense of the verb `specific` as doing `general`: a clause of its gloss
 * opens with that verb ("march": "march in protest; take part in a demonstration" → "take part").
 */
export function definedAs(specific: string, general: string): boolean {
  return synsetsOf(specific.replace(/ /g, '_'), 'verb').some((offset) =>
    glossOf(offset, 'verb')
      .split(';')
      .some((clause) => {
        const text = clause.trim();
        return !text.startsWith('"') && (text === general || text.startsWith(`${general} `));
      }),
  );
}

/** Whether `general` names, in one of its two most frequent senses, a hypernym of `specific`. */
function generalises(general: string, specific: string, depth: number, pos: WordNetPos): boolean {
  const wide = senses(general, pos);
  if (wide.length === 0) return false;
  const above = hypernymsOf(senses(specific, pos), pos, depth);
  return wide.some((offset) => above.has(offset));
}

/**
 * Whether `left` is the antonym (two most frequent senses) of `right` or of a direct kind of it:
 * "close" / "open", "lock" / "open" (lock is the antonym of unlock, a kind of open).
 */
export function opposes(left: string, right: string): boolean {
  // a deed the news follows as a step of a story ("held" then "released", "detained" then
  // "freed") is undone by its opposite later, not denied by it
  if (isStoryStep(left) || isStoryStep(right)) return false;
  const own = senses(left, 'verb');
  const other = senses(right, 'verb');
  if (own.length === 0 || other.length === 0) return false;
  for (const offset of own)
    for (const pointer of synset(offset, 'verb').pointers) {
      if (pointer.symbol !== '!' || pointer.pos !== 'verb') continue;
      if (other.includes(pointer.offset)) return true;
      if (
        hypernymsOf([pointer.offset], 'verb', 1).size > 0 &&
        [...hypernymsOf([pointer.offset], 'verb', 1)].some((up) => other.includes(up))
      )
        return true;
    }
  return false;
}

/** An adjective's two most frequent senses and the head senses they are similar to (WordNet "&"). */
function adjectiveHeads(lemma: string): Set<number> {
  const found = new Set<number>();
  for (const offset of senses(lemma, 'adj')) {
    found.add(offset);
    for (const pointer of synset(offset, 'adj').pointers)
      if (pointer.symbol === '&' && pointer.pos === 'adj') found.add(pointer.offset);
  }
  return found;
}

/**
 * Whether two evaluations cannot both hold: an adjective (or the head it is similar to) that
 * WordNet makes the antonym of the other ("fair" / "unfair", "legal" / "illegal", "safe" /
 * "dangerous" through "unsafe").
 */
export function adjectivesOppose(left: string, right: string): boolean {
  const other = adjectiveHeads(right);
  if (other.size === 0) return false;
  for (const offset of adjectiveHeads(left))
    for (const pointer of synset(offset, 'adj').pointers)
      if (pointer.symbol === '!' && pointer.pos === 'adj' && other.has(pointer.offset)) return true;
  return false;
}

const EVALUATION = /^be ([a-z][a-z-]*)\((.+), \?\)$/;

// WordNet's generic attack: attack#1 ("take the initiative and go on the offensive") and attack#4
// ("attack someone physically or emotionally": assault, set on), the seeds of the events' attack type
const GENERIC_ATTACK: readonly [string, number][] = [
  ['attack', 1],
  ['attack', 4],
];

function isGenericAttack(lemma: string): boolean {
  const own = senses(lemma, 'verb');
  return GENERIC_ATTACK.some(([word, sense]) => {
    const offset = synsetsOf(word, 'verb')[sense - 1];
    return offset !== undefined && own.includes(offset);
  });
}

/** Whether a verb names an event type of the timeline (arrest, detention, release, charge, …). */
function isStoryStep(lemma: string): boolean {
  return domainSenseOf(lemma.replace(/ /g, '_'), 'verb') !== null;
}

function isViolentDeed(lemma: string): boolean {
  const type = domainSenseOf(lemma.replace(/ /g, '_'), 'verb')?.type;
  return type !== undefined && VIOLENCE.has(type);
}

export function deedJoins(topics: Iterable<string>): DeedJoins {
  const same = new Map<string, string>();
  const entailed = new Map<string, string>();
  const opposite = new Map<string, string>();
  const caused = new Map<string, string>();
  const distinct = new Set(topics);
  const byArguments = new Map<string, string[]>();
  const byVerb = new Map<string, string[]>();
  // deeds with no known doer, by what was done to ("hide(?, the case)")
  const doerless = new Map<string, string[]>();
  // evaluations of one thing: "be fair(the vote, ?)", "be unfair(the vote, ?)"
  const bySubject = new Map<string, string[]>();
  // the places tolls are given at, by what they count ("killed": ["Selmira"])
  const tollPlaces = new Map<string, string[]>();
  for (const topic of distinct) {
    const evaluation = EVALUATION.exec(topic);
    if (evaluation !== null && !(evaluation[2] as string).includes('?')) {
      const [, adjective, subject] = evaluation as unknown as [string, string, string];
      bySubject.set(subject, [...(bySubject.get(subject) ?? []), adjective]);
      continue;
    }
    const proposition = PROPOSITION.exec(topic);
    if (proposition !== null) {
      const [, predicate, args] = proposition as unknown as [string, string, string];
      const result = causedTopic(distinct, predicate, args) ?? transferTopic(distinct, predicate, args);
      if (result !== null) caused.set(topic, result);
      // "the dam wall had cracked": what was done to the wall ("was not damaged")
      const undergone = undergoneTopic(distinct, predicate, args);
      if (undergone !== null && !entailed.has(topic)) entailed.set(topic, undergone);
      // one word or a phrasal verb, not "be member" (a copula's noun is no deed)
      if (args.includes('(') || predicate.startsWith('be ')) continue;
      const object = /^\?, ([^?]+)$/.exec(args)?.[1];
      if (object !== undefined) doerless.set(object, [...(doerless.get(object) ?? []), predicate]);
      if (args.includes('?')) continue;
      byArguments.set(args, [...(byArguments.get(args) ?? []), predicate]);
      continue;
    }
    const count = COUNT.exec(topic);
    if (count !== null) {
      const [, noun, verb] = count as unknown as [string, string, string];
      byVerb.set(verb, [...(byVerb.get(verb) ?? []), noun]);
      continue;
    }
    const toll = TOLL.exec(topic);
    if (toll !== null) {
      const [, key, place] = toll as unknown as [string, string, string | undefined];
      if (place !== undefined) tollPlaces.set(key, [...(tollPlaces.get(key) ?? []), place]);
    }
  }
  // "four soldiers had been killed" where the article placed no attack, "two soldiers were killed"
  // at Selmira in another: a toll with no place joins the one place the topics give the same toll
  // (as a topic with an unknown subject joins the one topic that names it)
  for (const [key, places] of tollPlaces) {
    const named = [...new Set(places)];
    const placeless = `how many were ${key}`;
    if (named.length === 1 && distinct.has(placeless) && !same.has(placeless))
      same.set(placeless, `how many were ${key} at ${named[0] as string}`);
  }
  for (const [args, predicates] of byArguments) {
    const sorted = [...new Set(predicates)].sort();
    for (const left of sorted)
      for (const right of sorted) {
        if (left >= right) continue;
        const leftTopic = `${left}(${args})`;
        const rightTopic = `${right}(${args})`;
        if (synonymous(left, right, 'verb')) {
          if (!same.has(rightTopic)) same.set(rightTopic, same.get(leftTopic) ?? leftTopic);
          continue;
        }
        if (opposes(right, left) && !opposite.has(leftTopic)) {
          opposite.set(rightTopic, leftTopic);
          continue;
        }
        if (opposes(left, right) && !opposite.has(rightTopic)) {
          opposite.set(leftTopic, rightTopic);
          continue;
        }
        for (const [general, specific] of [
          [left, right],
          [right, left],
        ] as const) {
          const generalTopic = `${general}(${args})`;
          const specificTopic = `${specific}(${args})`;
          if (entailed.has(specificTopic)) continue;
          if (
            generalises(general, specific, HYPERNYM_DEPTH, 'verb') ||
            entails(specific, general) ||
            resultOf(specific) === general ||
            (isGenericAttack(general) && !isGenericAttack(specific) && isViolentDeed(specific))
          )
            entailed.set(specificTopic, generalTopic);
        }
      }
  }
  // "no case had been hidden" answers "did the management conceal cases?": a deed with no known
  // doer joins the one synonymous deed done to the same thing by a named doer (as a topic with an
  // unknown subject joins the one topic of its own predicate that names it, claim-view.ts)
  for (const [object, predicates] of doerless)
    for (const predicate of new Set(predicates)) {
      const topic = `${predicate}(?, ${object})`;
      if (same.has(topic)) continue;
      const named = [...byArguments]
        .filter(([args]) => args.endsWith(`, ${object}`) && args.slice(0, -object.length - 2) !== '?')
        .flatMap(([args, others]) =>
          [...new Set(others)]
            .filter((other) => other !== predicate && synonymous(predicate, other, 'verb'))
            .map((other) => `${other}(${args})`),
        );
      if (named.length === 1) same.set(topic, same.get(named[0]!) ?? named[0]!);
    }
  for (const [subject, adjectives] of bySubject) {
    const sorted = [...new Set(adjectives)].sort();
    for (const left of sorted)
      for (const right of sorted) {
        if (left >= right || !adjectivesOppose(left, right)) continue;
        const leftTopic = `be ${left}(${subject}, ?)`;
        const rightTopic = `be ${right}(${subject}, ?)`;
        if (!opposite.has(leftTopic) && !opposite.has(rightTopic)) opposite.set(rightTopic, leftTopic);
      }
  }
  // "how many people marched" / "how many took part": a verb WordNet defines as the other ("march in
  // protest; take part in a demonstration") counts the same people
  const byNoun = new Map<string, string[]>();
  for (const [verb, nouns] of byVerb)
    for (const noun of nouns) byNoun.set(noun, [...(byNoun.get(noun) ?? []), verb]);
  for (const [noun, verbs] of byNoun) {
    const sorted = [...new Set(verbs)].sort();
    for (const specific of sorted) {
      const generals = sorted.filter((general) => general !== specific && definedAs(specific, general));
      const specificTopic = `how many ${noun}: ${specific}`;
      if (generals.length === 1 && !same.has(specificTopic))
        same.set(specificTopic, `how many ${noun}: ${generals[0] as string}`);
    }
    // "how many crowns were withdrawn" / "… taken out": verbs with one sense that fits the noun; a
    // sum paid and the sum received
    for (const left of sorted)
      for (const right of sorted) {
        if (left >= right || !(countedAlike(left, right, noun) || handedOver(left, right, noun))) continue;
        const leftTopic = `how many ${noun}: ${left}`;
        const rightTopic = `how many ${noun}: ${right}`;
        if (!same.has(rightTopic) && same.get(leftTopic) !== rightTopic)
          same.set(rightTopic, same.get(leftTopic) ?? leftTopic);
      }
  }
  for (const [verb, nouns] of byVerb) {
    const sorted = [...new Set(nouns)].sort();
    for (const left of sorted)
      for (const right of sorted) {
        if (left >= right) continue;
        const leftTopic = `how many ${left}: ${verb}`;
        const rightTopic = `how many ${right}: ${verb}`;
        if (synonymous(left, right, 'noun')) {
          if (!same.has(rightTopic)) same.set(rightTopic, same.get(leftTopic) ?? leftTopic);
        } else if (generalises(left, right, 1, 'noun')) {
          if (!same.has(rightTopic)) same.set(rightTopic, same.get(leftTopic) ?? leftTopic);
        } else if (generalises(right, left, 1, 'noun') && !same.has(leftTopic))
          same.set(leftTopic, same.get(rightTopic) ?? rightTopic);
      }
  }
  return { same, entailed, opposite, caused };
}

/**
 * The topic of the change a deed causes, when the topics hold it: "kill(?, the guard)" →
 * "die(the guard, ?)". Whoever did the deed (known or not), the thing it was done to undergoes the
 * change; a deed with no object ("?") or with a nested topic causes nothing here.
 */
function causedTopic(topics: ReadonlySet<string>, predicate: string, args: string): string | null {
  const parts = /^(.+), (.+)$/.exec(args);
  if (parts === null || args.includes('(') || predicate.startsWith('be ')) return null;
  const object = parts[2] as string;
  if (object === '?') return null;
  for (const verb of causedWords(predicate)) {
    const topic = `${verb}(${object}, ?)`;
    if (topics.has(topic) && causes(predicate, verb)) return topic;
  }
  return null;
}

// WordNet's two ends of a change of hands: transfer#5 ("move something or somebody around; usually
// over long distances", the hypernym of give#3, "transfer possession of something concrete or
// abstract to somebody": pay, hand, donate) and get#1 ("come into the possession of something
// concrete or abstract": receive, accept, obtain)
const GIVING: readonly [string, number] = ['transfer', 5];
const GETTING: readonly [string, number] = ['get', 1];

/** Which end of a change of hands a verb's two most frequent senses name, by their hypernyms. */
function transferSide(lemma: string): 'give' | 'get' | null {
  const above = hypernymsOf(senses(lemma, 'verb'), 'verb', HYPERNYM_DEPTH);
  const giving = synsetsOf(GIVING[0], 'verb')[GIVING[1] - 1];
  const getting = synsetsOf(GETTING[0], 'verb')[GETTING[1] - 1];
  const gives = giving !== undefined && above.has(giving);
  const gets = getting !== undefined && above.has(getting);
  return gives === gets ? null : gives ? 'give' : 'get';
}

/**
 * A thing that changed hands, told from the other end: "the group received a ransom"
 * (receive(the group, the ransom)) says that someone paid it, so it answers "was a ransom paid?"
 * (pay(?, the ransom), or the one party a topic names as the payer), and "it paid a bribe" says
 * someone took one. The other topic has the same thing, a verb of the other end (WordNet: a kind of
 * giving against a kind of getting) and not the same party (the payer is not the payee). Null when
 * the topics hold no such topic, or more than one.
 */
function transferTopic(topics: ReadonlySet<string>, predicate: string, args: string): string | null {
  const parts = /^(.+), (.+)$/.exec(args);
  if (parts === null || args.includes('(') || predicate.startsWith('be ') || predicate.includes(' '))
    return null;
  const [, subject, object] = parts as unknown as [string, string, string];
  if (object === '?' || subject === '?') return null;
  const side = transferSide(predicate);
  const found: string[] = [];
  for (const topic of topics) {
    const match = PROPOSITION.exec(topic);
    if (match === null) continue;
    const [, verb, other] = match as unknown as [string, string, string];
    const otherParts = /^(.+), (.+)$/.exec(other);
    if (otherParts === null || otherParts[2] !== object || otherParts[1] === subject) continue;
    if (verb.startsWith('be ') || verb.includes(' ')) continue;
    const otherSide = transferSide(verb);
    // (or the converse the claims key a transfer to a recipient by: "paid it to the group" is
    // take(the group, …), the antonym of a kind of giving, WordNet: frame.ts converseOf)
    if ((side !== null && otherSide !== null && otherSide !== side) || converseOf(verb) === predicate)
      found.push(topic);
  }
  return found.length === 1 ? (found[0] as string) : null;
}

/**
 * The topic a positive claim of a causing deed takes: the change it caused ("killed the guard" is
 * "the guard died"); null for a negated claim or a deed that causes no topic of the set.
 */
export function causedResult(joins: DeedJoins, topic: string, polarity: 'pos' | 'neg'): string | null {
  if (polarity !== 'pos') return null;
  const result = joins.caused.get(topic);
  return result === undefined ? null : joinedTopic(joins, result, 'pos');
}

/**
 * The topic and polarity a positive claim of an opposite deed takes: "locked the gate" is "did not
 * open the gate"; a negated one says nothing of the other ("did not lock the gate") and stays.
 */
export function opposedTopic(
  joins: DeedJoins,
  topic: string,
  polarity: 'pos' | 'neg',
): { topic: string; polarity: 'pos' | 'neg' } | null {
  if (polarity !== 'pos') return null;
  const other = joins.opposite.get(topic);
  return other === undefined ? null : { topic: joinedTopic(joins, other, 'neg'), polarity: 'neg' };
}

/** The topic a claim joins: its synonym's, or, for a positive claim, the general deed's. */
export function joinedTopic(joins: DeedJoins, topic: string, polarity: 'pos' | 'neg'): string {
  const same = joins.same.get(topic);
  if (same !== undefined) return same;
  const general = polarity === 'pos' ? joins.entailed.get(topic) : undefined;
  return general === undefined ? topic : (joins.same.get(general) ?? general);
}

/**
 * Whether a word of `specific`'s two most frequent senses, other than `specific` itself, has among
 * its three most frequent senses a direct kind of `general` (two most frequent senses): "crack"
 * ({crack, check, break}: "become fractured") is "break" ("destroy the integrity of"), a kind of
 * "damage".
 */
export function kindThroughSynonym(specific: string, general: string): boolean {
  const wide = senses(general, 'verb');
  if (wide.length === 0) return false;
  const own = specific.replace(/ /g, '_');
  const words = new Set(senses(specific, 'verb').flatMap((offset) => synset(offset, 'verb').words));
  words.delete(own);
  for (const word of words)
    for (const offset of synsetsOf(word, 'verb').slice(0, 3))
      for (const pointer of synset(offset, 'verb').pointers)
        if (pointer.symbol === '@' && pointer.pos === 'verb' && wide.includes(pointer.offset)) return true;
  return false;
}

/**
 * "the wall cracked" (crack(the wall, ?)): a thing (not a person or a group) that underwent a change
 * a verb names when used without an object (WordNet frame 1, "Something ----s", in its two most
 * frequent senses) had that change done to it, so it answers "was the wall damaged?"
 * (damage(?, the wall)) when the other verb is a more general one (hypernyms, or a synonym's:
 * `kindThroughSynonym`), and that topic is there. Null otherwise.
 */
function undergoneTopic(topics: ReadonlySet<string>, predicate: string, args: string): string | null {
  const parts = /^the ([a-z][a-z-]*), \?$/.exec(args);
  if (parts === null || predicate.startsWith('be ') || predicate.includes(' ')) return null;
  const noun = parts[1] as string;
  const sense = synsetsOf(noun, 'noun')[0];
  if (sense === undefined) return null;
  const file = lexicographerFileOf(sense, 'noun');
  if (file === NOUN_PERSON || file === NOUN_GROUP || !hasVerbFrame(predicate, 1, 2)) return null;
  for (const topic of topics) {
    const match = PROPOSITION.exec(topic);
    if (match === null || match[2] !== `?, the ${noun}`) continue;
    const general = match[1] as string;
    if (general.startsWith('be ') || general.includes(' ') || general === predicate) continue;
    // (not the verb itself: "the fire started" says nothing of whether someone started it)
    if (generalises(general, predicate, HYPERNYM_DEPTH, 'verb') || kindThroughSynonym(predicate, general))
      return topic;
  }
  return null;
}
