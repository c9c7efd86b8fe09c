import {
  lexicographerFileOf,
  NOUN_GROUP,
  NOUN_PERSON,
  synset,
  synsetsOf,
  type WordNetPos,
} from '../events/wordnet.js';
import { hasHypernym } from '../lexicon/index.js';

/**
 * Classes of predicates that decide what question a claim answers, each grown from a few WordNet
 * seed senses (`lemma#sense`, most frequent sense first) through their synonyms, one level of
 * hyponyms and the derived nouns and adjectives; the negative words of a class are the WordNet
 * antonyms of its adjectives ("guilty" → "innocent"). Nothing beyond the seeds is listed by hand.
 */

export type PredicateClass = 'responsibility' | 'conflict' | 'evidence' | 'membership' | 'whereabouts';

interface ClassSeed {
  readonly verbs: readonly string[];
  readonly nouns: readonly string[];
  readonly adjectives: readonly string[];
}

const SEEDS: Readonly<Record<PredicateClass, ClassSeed>> = {
  // Who is behind an event or took part in it: "orchestrated by", "carried out", "linked to",
  // "part of the group", "involvement", "responsible", "guilty".
  responsibility: {
    verbs: [
      'orchestrate#1',
      'organize#1',
      'mastermind#1',
      'carry_out#1',
      'back#1',
      'sponsor#1',
      'involve#1',
      'link#1',
      'participate#1',
      'assist#1',
      'perpetrate#1',
      'commit#2',
    ],
    nouns: [
      'involvement#1',
      'participation#1',
      'part#3',
      'role#1',
      'responsibility#1',
      'complicity#1',
      'link#1',
    ],
    adjectives: ['responsible#1', 'guilty#1', 'involved#1', 'complicit#1'],
  },
  // Words that state that one account goes against another: "contradict", "deny", "reject", "refute".
  conflict: {
    verbs: [
      'contradict#1',
      'contradict#2',
      'deny#1',
      'deny#2',
      'reject#1',
      'refute#1',
      'rebut#1',
      'dispute#1',
    ],
    nouns: ['denial#1', 'contradiction#1', 'rejection#1'],
    adjectives: [],
  },
  // "the gunmen were members of the militia": membership of a group.
  membership: {
    verbs: [],
    nouns: ['member#1', 'membership#1'],
    adjectives: [],
  },
  // Where someone is: "hiding near the border", "staying put in the capital" — being or going into
  // hiding, and WordNet's "stay in place" (the antonym of "move") with its hyponyms.
  whereabouts: {
    verbs: ['hide_out#1', 'stay_in_place#1'],
    nouns: [],
    adjectives: [],
  },
  // "there is no evidence of …": nouns whose object is the proposition itself.
  evidence: {
    verbs: [],
    // and its truth or ground: "there is no truth in claims that …", "no basis for the charge that …"
    nouns: [
      'evidence#1',
      'evidence#2',
      'proof#1',
      'sign#1',
      'indication#1',
      'truth#2',
      'basis#1',
      'foundation#1',
    ],
    adjectives: [],
  },
};

interface ClassTable {
  readonly positive: Record<WordNetPos, Set<string>>;
  readonly negative: Set<string>;
}

let tables: Record<PredicateClass, ClassTable> | null = null;

function offsetsOf(entries: readonly string[], pos: WordNetPos): number[] {
  return entries.flatMap((entry) => {
    const [lemma, sense] = entry.split('#') as [string, string];
    const offset = synsetsOf(lemma, pos)[Number(sense) - 1];
    return offset === undefined ? [] : [offset];
  });
}

function buildClass(seed: ClassSeed): ClassTable {
  const positive: Record<WordNetPos, Set<string>> = { verb: new Set(), noun: new Set(), adj: new Set() };
  const negative = new Set<string>();
  // a word joins through a sense only when that sense is among its most frequent ("do" is a
  // synonym of "carry out" only in a rare sense, and "the attack was done" is not news language)
  const addWord = (word: string, offset: number, pos: WordNetPos, rank: number): void => {
    if (synsetsOf(word, pos).indexOf(offset) < rank) positive[pos].add(word);
  };
  const addSynset = (offset: number, pos: WordNetPos, withHyponyms: boolean): void => {
    const found = synset(offset, pos);
    for (const word of found.words) addWord(word, offset, pos, withHyponyms ? 3 : 1);
    for (const pointer of found.pointers) {
      if (pointer.pos === null) continue;
      if (withHyponyms && pointer.symbol === '~' && pointer.pos === pos)
        addSynset(pointer.offset, pos, false);
      // derived forms of a seed (not of its hyponyms): "involve" → "involvement", "participate" →
      // "participation"; only the word the pointer links, not its synonyms ("involvement" links the
      // "involve" of {necessitate, need, require, involve, demand, …}, and "responsibility" has the
      // hyponym "requirement": "the law requires notice" is not about responsibility)
      if (withHyponyms && pointer.symbol === '+' && pointer.pos !== pos) {
        const derived = pointer.pos;
        const words = synset(pointer.offset, derived).words;
        const linked =
          pointer.targetWord > 0 ? words.slice(pointer.targetWord - 1, pointer.targetWord) : words;
        for (const word of linked) addWord(word, pointer.offset, derived, 2);
      }
      if (pointer.symbol === '!' && pos === 'adj')
        for (const word of synset(pointer.offset, 'adj').words) negative.add(word);
    }
  };
  for (const offset of offsetsOf(seed.verbs, 'verb')) addSynset(offset, 'verb', true);
  for (const offset of offsetsOf(seed.nouns, 'noun')) addSynset(offset, 'noun', true);
  for (const offset of offsetsOf(seed.adjectives, 'adj')) addSynset(offset, 'adj', false);
  return { positive, negative };
}

function classTables(): Record<PredicateClass, ClassTable> {
  if (tables === null)
    tables = {
      responsibility: buildClass(SEEDS.responsibility),
      conflict: buildClass(SEEDS.conflict),
      evidence: buildClass(SEEDS.evidence),
      membership: buildClass(SEEDS.membership),
      whereabouts: buildClass(SEEDS.whereabouts),
    };
  return tables;
}

/** Whether a lemma belongs to a class: `pos` for its own words, `neg` for their antonyms ("innocent"), else null. */
// "X was behind the attack": a preposition WordNet has no entry for, read as responsibility
const RESPONSIBILITY_PREPOSITIONS = new Set(['behind']);

export function isRelationPreposition(word: string): boolean {
  return RESPONSIBILITY_PREPOSITIONS.has(word);
}

export function classOf(
  predicateClass: PredicateClass,
  lemma: string,
  pos: WordNetPos,
): 'pos' | 'neg' | null {
  const table = classTables()[predicateClass];
  const word = lemma.toLowerCase().replace(/ /g, '_');
  if (predicateClass === 'responsibility' && RESPONSIBILITY_PREPOSITIONS.has(word)) return 'pos';
  if (table.positive[pos].has(word)) return 'pos';
  if (pos === 'adj' && table.negative.has(word)) return 'neg';
  return null;
}

/**
 * Whether a verb is of a class itself or, in its most frequent sense, a kind of one of the class's
 * verbs (its WordNet hypernym holds a word of the class): "rebuffed" is a kind of "reject".
 */
export function isKindOfClassVerb(predicateClass: PredicateClass, lemma: string): boolean {
  const key = `${predicateClass}:${lemma.toLowerCase()}`;
  let found = kindCache.get(key);
  if (found === undefined) {
    if (kindCache.size >= 50_000) kindCache.clear();
    found = kindOfClassVerb(predicateClass, lemma);
    kindCache.set(key, found);
  }
  return found;
}

const kindCache = new Map<string, boolean>();

function kindOfClassVerb(predicateClass: PredicateClass, lemma: string): boolean {
  if (classOf(predicateClass, lemma, 'verb') !== null) return true;
  const offset = synsetsOf(lemma.toLowerCase(), 'verb')[0];
  if (offset === undefined) return false;
  return synset(offset, 'verb').pointers.some(
    (pointer) =>
      pointer.symbol === '@' &&
      pointer.pos === 'verb' &&
      synset(pointer.offset, 'verb').words.some((word) => classOf(predicateClass, word, 'verb') !== null),
  );
}

/** WordNet's lexicographer file of a verb's most frequent sense: 38 verb.motion, 32 verb.communication, … */
export function verbFile(lemma: string): number | null {
  const offset = synsetsOf(lemma.toLowerCase(), 'verb')[0];
  return offset === undefined ? null : lexicographerFileOf(offset, 'verb');
}

/** Whether a noun's most frequent sense is a group (WordNet noun.group: "gang", "militia", "movement"). */
export function isGroupNoun(lemma: string): boolean {
  const offset = synsetsOf(lemma.toLowerCase(), 'noun')[0];
  return offset !== undefined && lexicographerFileOf(offset, 'noun') === NOUN_GROUP;
}

// Seeds of the people who carry out an attack, by WordNet hypernym: "gunman" → murderer → … →
// wrongdoer; "saboteur" → bad person; "terrorist" → radical; "fighter" → combatant; "militant"
// (WordNet's first sense is a reformer, news's is armed).
const PERPETRATOR_SEEDS = ['bad_person#1', 'radical#3', 'combatant#1', 'suspect#1', 'militant#1'];
let perpetratorOffsets: Set<number> | null = null;

/**
 * Whether a noun names the people who did the deed ("the gunmen", "the attackers", "the
 * militants", "the bombers"): one of its three most frequent senses has a perpetrator seed among its
 * hypernyms.
 */
export function isPerpetratorNoun(lemma: string): boolean {
  const word = lemma.toLowerCase();
  const cached = perpetratorCache.get(word);
  if (cached !== undefined) return cached;
  if (perpetratorCache.size >= 50_000) perpetratorCache.clear();
  const found = perpetratorNoun(word);
  perpetratorCache.set(word, found);
  return found;
}

/**
 * `isPerpetratorNoun` by lower-cased lemma: the claim rules ask about each subject and object noun
 * several times (a walk of up to ten hypernym levels for each of three senses). Bounded like `kindCache`.
 */
const perpetratorCache = new Map<string, boolean>();

function perpetratorNoun(word: string): boolean {
  if (perpetratorOffsets === null) {
    perpetratorOffsets = new Set();
    for (const entry of PERPETRATOR_SEEDS) {
      const [word, sense] = entry.split('#') as [string, string];
      const offset = synsetsOf(word, 'noun')[Number(sense) - 1];
      if (offset !== undefined) perpetratorOffsets.add(offset);
    }
  }
  const seeds = perpetratorOffsets;
  return synsetsOf(word, 'noun')
    .slice(0, 3)
    .some((sense) => hasHypernym(sense, 'noun', { levels: 10 }, (entry) => seeds.has(entry.offset)));
}

// Seeds of a state's or a group's armed forces, by WordNet hypernym: "troops", "patrol" → military
// unit; "soldiers" → serviceman; "troops" (military personnel); "the army" (military service).
const ARMED_FORCE_SEEDS = ['military_unit#1', 'serviceman#1', 'military_personnel#1', 'military_service#1'];
let armedForceOffsets: Set<number> | null = null;
const armedForceCache = new Map<string, boolean>();

/**
 * Whether a noun names armed forces ("troops", "soldiers", "a patrol", "the army", "forces"): its
 * most frequent sense is a military unit, a serviceman or military personnel, or a kind of one; a
 * plural whose most frequent sense names no group or person ("forces": an influence) is read in its
 * five most frequent senses ("force" as a military unit is the fifth), so that "companies", whose
 * first sense is a business, stay businesses.
 */
export function isArmedForceNoun(lemma: string, plural = false): boolean {
  const word = lemma.toLowerCase();
  const cacheKey = plural ? `${word}+pl` : word;
  const cached = armedForceCache.get(cacheKey);
  if (cached !== undefined) return cached;
  if (armedForceOffsets === null) {
    armedForceOffsets = new Set();
    for (const entry of ARMED_FORCE_SEEDS) {
      const [seed, sense] = entry.split('#') as [string, string];
      const offset = synsetsOf(seed, 'noun')[Number(sense) - 1];
      if (offset !== undefined) armedForceOffsets.add(offset);
    }
  }
  const all = synsetsOf(word, 'noun');
  const firstFile = all[0] === undefined ? null : lexicographerFileOf(all[0], 'noun');
  const read =
    plural && firstFile !== NOUN_GROUP && firstFile !== NOUN_PERSON ? all.slice(0, 5) : all.slice(0, 1);
  const seeds = armedForceOffsets;
  const found = read.some((sense) =>
    hasHypernym(sense, 'noun', { levels: 10 }, (entry) => seeds.has(entry.offset)),
  );
  if (armedForceCache.size >= 50_000) armedForceCache.clear();
  armedForceCache.set(cacheKey, found);
  return found;
}
