import {
  lexicographerFileOf,
  lemmaOf,
  NOUN_GROUP,
  NOUN_LOCATION,
  NOUN_PERSON,
  synsetsOf,
  writtenCapitalised,
} from '../events/wordnet.js';
import { hasHypernym } from '../lexicon/hypernyms.js';
import { sameDescriptionKind } from './description-heads.js';

/**
 * An unnamed description of a story and the one named place or organisation of the story whose
 * name's head is a common noun that the description's head names or generalises: "the hotel" for
 * the "Harbor View Hotel", "the building" for a "Civic Center" (WordNet: a center is a building),
 * "the store" for "Oakley Store". The description head must be the name's head, one WordNet synset
 * with it, or the first sense of the description head a hypernym, within two steps, of one of the
 * name head's first three senses that WordNet writes in lower case; a broader head must not be a
 * person, group, place or top noun ("people", "the area", "a group": too vague to say which). The
 * description needs one mention at least without a compound word the name lacks ("a credit union"
 * is not the "European Union"). Known gap: "the facility" reaches a newspaper's "Post" (a military
 * post). Only when exactly one named entity of the story qualifies: two
 * hotels in one story leave "the hotel" to nobody.
 */

export interface NamedWithTypeWord {
  readonly id: string;
  /** The stories whose articles name it. */
  readonly stories: ReadonlySet<number>;
  /** The heads of its names, lower case ("hotel", "center"; "bureau" of "Bureau of Prisons"). */
  readonly typeWords: ReadonlySet<string>;
  /** The words of its names, lower case. */
  readonly words?: ReadonlySet<string>;
}

export interface StoryDescription {
  readonly id: string;
  readonly story: number;
  /** The `nominal_head` values of its mentions ("facility"; "+pl" for a plural). */
  readonly heads: readonly string[];
  /** For each of its mentions, the words before the head, lower case ("credit" of "a credit union"). */
  readonly modifiers?: readonly (readonly string[])[];
}

/**
 * A word that makes a compound with the head ("credit union", "jury room"): a noun WordNet has no
 * adjective for. It names another kind than the name's head unless the name has it too.
 */
export function isNounModifier(word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word)) return false;
  return synsetsOf(word, 'noun').length > 0 && synsetsOf(word, 'adj').length === 0;
}

/** WordNet's lexicographer file of the top kinds (noun.Tops: "group", "thing", "entity"). */
const NOUN_TOPS = 3;

/** Levels of the hypernym walk: the sense itself and two steps above. */
const LEVELS = 3;
/** The senses of the name's head that are read. */
const SENSES = 3;

/** Does the description head name or generalise the name's head word? */
export function headCoversTypeWord(head: string, word: string): boolean {
  if (head.endsWith('+pl')) return false;
  const lemma = lemmaOf(word, 'noun');
  if (lemma === null) return false;
  if (head === lemma || sameDescriptionKind(head, lemma)) return true;
  const top = synsetsOf(head.replace(/ /gu, '_'), 'noun')[0];
  if (top === undefined) return false;
  const file = lexicographerFileOf(top, 'noun');
  if (file === NOUN_PERSON || file === NOUN_GROUP || file === NOUN_LOCATION || file === NOUN_TOPS)
    return false;
  return synsetsOf(lemma, 'noun')
    .slice(0, SENSES)
    .some(
      (sense) =>
        !writtenCapitalised(sense, 'noun', lemma) &&
        hasHypernym(sense, 'noun', { levels: LEVELS }, (entry) => entry.offset === top),
    );
}

/** For each description that exactly one named entity of its story covers, that entity's id. */
export function typeWordTargets(
  descriptions: readonly StoryDescription[],
  named: readonly NamedWithTypeWord[],
): Map<string, string> {
  const found = new Map<string, string>();
  for (const description of descriptions) {
    const heads = [...new Set(description.heads)];
    if (heads.length === 0) continue;
    // one mention at least whose compound words (if any) the name has ("the island" of "a barren
    // island", "the island"); not "a credit union" alone for the "European Union"
    const compounds = (description.modifiers ?? [[]]).map((words) => words.filter(isNounModifier));
    const candidates = named.filter(
      (entity) =>
        entity.stories.has(description.story) &&
        compounds.some((words) => words.every((word) => entity.words?.has(word) === true)) &&
        heads.some((head) => [...entity.typeWords].some((word) => headCoversTypeWord(head, word))),
    );
    if (candidates.length === 1) found.set(description.id, candidates[0]!.id);
  }
  return found;
}
