import type { EntityType, Segments, Token } from '../../model/index.js';
import { lexicographerFileOf, NOUN_GROUP, NOUN_PERSON, synsetsOf } from '../events/wordnet.js';
import { hasHypernymWord } from '../lexicon/hypernyms.js';
import { gazetteerEntry, organisation } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';
import { tokenAt } from './token-index.js';

/**
 * The kinds of person a classifier noun must be to make the name after it a person's: performers,
 * artists, athletes and writers ("singer", "rapper", "painter", "striker", "novelist"). Nouns for
 * people in business ("retailer", "lender", "operator"), in contests ("rivals", "champions") or in
 * broadcasting ("broadcaster") also name firms, teams and stations, and are left out.
 */
const PERSON_KINDS: ReadonlySet<string> = new Set(['entertainer', 'artist', 'athlete', 'writer']);
/** How many levels above the noun's first sense the walk reads ("rapper" → singer → musician → performer → entertainer). */
const KIND_LEVELS = 6;

const personClassifierMemo = new Map<string, boolean>();

/**
 * True when a lower-case noun classifies people of one of `PERSON_KINDS`: its first WordNet noun
 * sense is a person (noun.person) under one of them, and none of its senses is a group ("band",
 * "publisher" also name firms).
 */
export function isPersonClassifier(noun: string): boolean {
  const known = personClassifierMemo.get(noun);
  if (known !== undefined) return known;
  const senses = synsetsOf(noun, 'noun');
  const first = senses[0];
  const found =
    first !== undefined &&
    lexicographerFileOf(first, 'noun') === NOUN_PERSON &&
    !senses.some((sense) => lexicographerFileOf(sense, 'noun') === NOUN_GROUP) &&
    hasHypernymWord(first, 'noun', { levels: KIND_LEVELS }, PERSON_KINDS);
  personClassifierMemo.set(noun, found);
  return found;
}

/**
 * The lower-case noun right before a name, one space away ("the actor Dovrel", "UK rapper Velko",
 * "chart-topping singer Mirelle"), as its lemma.
 */
function nounBefore(text: string, tokens: readonly Token[], name: NameMention): string | undefined {
  const position = tokenAt(tokens, name.start) - 1;
  const noun = tokens[position];
  if (noun === undefined || noun.end !== name.start - 1 || noun.pos !== 'NOUN') return undefined;
  if (!/^\p{Ll}+$/u.test(text.slice(noun.start, noun.end))) return undefined;
  // "winning a best new artist Grammy": an indefinite article opens a phrase whose name is a thing's
  let opener = position - 1;
  while (opener >= 0 && ['ADJ', 'ADV', 'NOUN'].includes((tokens[opener] as Token).pos)) opener -= 1;
  const article = tokens[opener];
  if (article !== undefined && /^an?$/iu.test(text.slice(article.start, article.end))) return undefined;
  return noun.lemma.toLowerCase();
}

/** True when WordNet knows a word as no noun, or first as a person ("Madonna"). */
function personOrUnknownInWordNet(word: string): boolean {
  const first = synsetsOf(word.toLowerCase(), 'noun')[0];
  return first === undefined || lexicographerFileOf(first, 'noun') === NOUN_PERSON;
}

/**
 * "the street artist Kasmo", "chart-topping singer Mirelle", "the actor Dovrel": a name right
 * after a classifier noun for a performer, an artist, an athlete or a writer (WordNet, see
 * `isPersonClassifier`) is that person's, when the recogniser typed it an organisation or a place
 * and neither the lexicon nor the gazetteer knows it as one; a single word only, which WordNet knows
 * as no thing ("best new artist Grammy" is an award). The other mentions of the same name
 * typed as that one was change with it. Nouns for firms' people ("the retailer Brightmark") change nothing.
 */
export function typePeopleByClassifierNouns(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const { tokens } = segments;
  if (tokens.length === 0) return names.slice();
  const retyped = new Map<string, EntityType>();
  for (const name of names) {
    if (name.type !== 'ORG' && name.type !== 'LOC') continue;
    const noun = nounBefore(text, tokens, name);
    if (noun === undefined || !isPersonClassifier(noun)) continue;
    const surface = text.slice(name.start, name.end);
    if (organisation(surface) !== undefined || gazetteerEntry(surface) !== undefined) continue;
    // one word only, and none WordNet knows as a thing ("best new artist Grammy": an award)
    if (surface.includes(' ') || !personOrUnknownInWordNet(surface)) continue;
    retyped.set(surface, name.type);
  }
  if (retyped.size === 0) return names.slice();
  return names.map((name) =>
    retyped.get(text.slice(name.start, name.end)) === name.type
      ? { start: name.start, end: name.end, type: 'PERSON' }
      : name,
  );
}
