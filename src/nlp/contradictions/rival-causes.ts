import { lexicographerFileOf, NOUN_QUANTITY, NOUN_TIME, synset, synsetsOf } from '../events/wordnet.js';

/**
 * Rival causes of one effect: "a small earth tremor caused the collapse" against "the removal of
 * timber supports caused the collapse", said by different speakers, answer "what caused the
 * collapse" differently. Two causes are rivals only when both are unnamed things keyed by their head
 * noun ("the tremor", "the removal") and WordNet keeps them apart (two most frequent senses of each):
 * neither is a sense or a hypernym (three levels) of the other, and they share no hypernym that lies
 * at most three levels above one and two above the other ("error" / "negligence": both a
 * nonaccomplishment; "rain" / "storm": atmospheric phenomena; "tremor" / "removal" meet only three
 * levels above both, at "change"). A measure or a stretch of time ("days of heavy rain", WordNet
 * noun.time, noun.quantity, its most frequent sense) is no cause. Causes of one kind may be one account told twice, or
 * causes that acted together: no conflict. Named parties ("the Red Hand caused the blast") are a
 * responsibility question, never compared here.
 */
export const CAUSE_QUESTION = 'what caused ';

export function isCauseTopic(topic: string): boolean {
  return topic.startsWith(CAUSE_QUESTION);
}

const NOUN_KEY = /^the ([a-z][a-z-]*)$/;
const DEPTH = 3;

function senses(lemma: string): readonly number[] {
  return synsetsOf(lemma, 'noun').slice(0, 2);
}

const NEAR = 2;

function hypernyms(offset: number): number[] {
  return synset(offset, 'noun')
    .pointers.filter(
      (pointer) => (pointer.symbol === '@' || pointer.symbol === '@i') && pointer.pos === 'noun',
    )
    .map((pointer) => pointer.offset);
}

/** The senses and their hypernyms up to `depth` levels. */
function withHypernyms(offsets: readonly number[], depth: number): Set<number> {
  const found = new Set(offsets);
  let frontier = [...offsets];
  for (let level = 0; level < depth && frontier.length > 0; level += 1) {
    frontier = frontier.flatMap(hypernyms);
    for (const offset of frontier) found.add(offset);
  }
  return found;
}

/** The head noun of a cause's key ("the tremor" → "tremor"), null for a named party or a phrase. */
function causeNoun(value: string): string | null {
  const match = NOUN_KEY.exec(value);
  if (match === null) return null;
  const found = senses(match[1] as string);
  if (found.length === 0) return null;
  // "days of heavy rain" keyed by "the day" (its most frequent sense)
  if ([NOUN_TIME, NOUN_QUANTITY].includes(lexicographerFileOf(found[0] as number, 'noun'))) return null;
  return match[1] as string;
}

/** Whether two causes of one effect, each a list of values, cannot both be the cause (see above). */
export function rivalCauses(left: readonly string[], right: readonly string[]): boolean {
  if (left.length !== 1 || right.length !== 1) return false;
  const one = causeNoun(left[0] as string);
  const other = causeNoun(right[0] as string);
  if (one === null || other === null || one === other) return false;
  const oneSenses = senses(one);
  const otherSenses = senses(other);
  const oneAbove = withHypernyms(oneSenses, DEPTH);
  const otherAbove = withHypernyms(otherSenses, DEPTH);
  if (
    otherSenses.some((offset) => oneAbove.has(offset)) ||
    oneSenses.some((offset) => otherAbove.has(offset))
  )
    return false;
  // a hypernym both share, three levels above one and at most two above the other
  const oneNear = withHypernyms(oneSenses, NEAR);
  const otherNear = withHypernyms(otherSenses, NEAR);
  return ![...oneAbove].some(
    (offset) =>
      (otherNear.has(offset) && otherAbove.has(offset)) || (oneNear.has(offset) && otherAbove.has(offset)),
  );
}

const FUNCTION_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'by',
  'in',
  'on',
  'to',
  'and',
  'or',
  'its',
  'their',
  'his',
  'her',
]);

/** A word without its inflection ("leaking" / "leaks" / "leaked" → "leak"). */
function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s)$/, '');
}

/** Where a relative clause begins ("a gas cylinder | that had been stored next to the boiler room"). */
const RELATIVE = /\s(?:that|which|who|whose|where)\s/;

function contentWords(text: string): string[] {
  return text.split(/[^a-z]+/).filter((word) => word.length > 2 && !FUNCTION_WORDS.has(word));
}

/**
 * The last word of each run of content words of a relative clause, roughly the heads of its
 * phrases: "stored next to the boiler room" gives "next" and "room", not "boiler", which only says
 * which room.
 */
function clauseHeads(clause: string): string[] {
  const heads: string[] = [];
  let last: string | null = null;
  for (const word of clause.split(/[^a-z]+/)) {
    if (word.length === 0) continue;
    if (FUNCTION_WORDS.has(word)) {
      if (last !== null) heads.push(last);
      last = null;
    } else last = word;
  }
  if (last !== null) heads.push(last);
  return heads.filter((word) => word.length > 2);
}

/**
 * Whether two phrases naming causes share a word ("a gas leak" / "a leaking gas pipe"), or one word
 * is built on the other ("fault" / "faulty"): the same
 * account told with another head, never rivals. In a relative clause only the heads of its phrases
 * count ("a gas cylinder that had been stored next to the boiler room" is not "a faulty boiler").
 */
export function sharesWord(left: string, right: string): boolean {
  const words = (text: string): string[] => {
    const [phrase = '', clause = ''] = text.toLowerCase().split(RELATIVE);
    return [...contentWords(phrase), ...clauseHeads(clause)].map(stem);
  };
  const own = words(left);
  // "an electrical fault" / "faulty wiring": one word built on the other
  const related = (one: string, other: string): boolean =>
    one === other ||
    (one.length >= 4 && other.startsWith(one)) ||
    (other.length >= 4 && one.startsWith(other));
  return words(right).some((word) => own.some((mine) => related(mine, word)));
}
