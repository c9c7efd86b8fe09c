import type { Segments } from '../../model/index.js';
import { synsetsOf } from '../events/wordnet.js';
import {
  hasHypernymWord,
  honorific,
  isKnownHumanName,
  roleNoun,
  type HypernymWalk,
} from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';
import { tokenAt } from './token-index.js';
import { isPersonWord } from './word-senses.js';

/**
 * The kinds of person only one individual is: a player or athlete (a contestant), a relative, a
 * man or a woman, a performer. Not the agent nouns a company is called by too ("developer",
 * "provider", "lender": creators and capitalists in WordNet).
 */
const INDIVIDUAL_WORDS: ReadonlySet<string> = new Set([
  'contestant',
  'relative',
  'female',
  'male',
  'performer',
]);
const INDIVIDUAL_WALK: HypernymWalk = { levels: 6 };

/** A lower-case noun whose first WordNet sense is such an individual: "striker", "wife", "singer". */
function isIndividualNoun(word: string): boolean {
  if (!isPersonWord(word)) return false;
  const first = synsetsOf(word, 'noun')[0];
  return first !== undefined && hasHypernymWord(first, 'noun', INDIVIDUAL_WALK, INDIVIDUAL_WORDS);
}

const WORD = /^\p{Lu}[\p{L}\p{M}]+$/u;

/**
 * Companies, products and teams called PERSON: "Sophos said it had found the adware", "Zango was
 * blocked", "the Sharks lost". A person in news is named in full at least once, or carries a title
 * or honorific ("Mr Lind", "Coach Okafor"), or a noun for one individual ("striker Zorbiq", "his
 * wife Zorbiq": `isIndividualNoun`; not "developer Zorbiq", a company too), or has a name people
 * have. A one-word PERSON name that no longer PERSON name of the document contains, that follows no
 * title, role, honorific or such noun anywhere in the text, and that is neither a given name nor a
 * surname in the humannames list becomes ORG.
 */
export function retypeUnknownSingleNames(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const { tokens } = segments;
  const wordsOfLongerNames = new Set<string>();
  for (const name of names) {
    if (name.type !== 'PERSON') continue;
    const words = text.slice(name.start, name.end).split(/[\s-]+/u);
    if (words.length > 1) for (const word of words) wordsOfLongerNames.add(word);
  }
  const titled = new Set<string>();
  for (const name of names) {
    const previous = tokens[tokenAt(tokens, name.start) - 1];
    if (previous === undefined) continue;
    const word = text.slice(previous.start, previous.end).replace(/\.$/u, '');
    if (
      honorific(word) !== undefined ||
      roleNoun(word.toLowerCase()) !== undefined ||
      (/^\p{Ll}+$/u.test(word) && previous.pos === 'NOUN' && isIndividualNoun(word))
    )
      titled.add(text.slice(name.start, name.end));
  }
  return names.map((name) => {
    if (name.type !== 'PERSON') return name;
    const surface = text.slice(name.start, name.end);
    if (!WORD.test(surface) || wordsOfLongerNames.has(surface) || titled.has(surface)) return name;
    if (isKnownHumanName(surface)) return name;
    return { start: name.start, end: name.end, type: 'ORG' };
  });
}
