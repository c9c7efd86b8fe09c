import { lemmaOf, lexicographerFileOf, NOUN_LOCATION, NOUN_OBJECT, synsetsOf } from '../events/wordnet.js';
import { isKnownHumanName, lookupPlace, roleNoun } from '../lexicon/index.js';
import { isFirstName } from '../coref/first-name-gender.js';
import type { Segments } from '../../model/index.js';
import type { NameMention } from './name-mention.js';
import { nameHead } from './token-index.js';
import { isPersonWord } from './word-senses.js';

/** "a strategist at |", "analyst at the |": a lower-case noun, then "at". */
const PERSON_NOUN_AT = /(?:^|[^\p{L}'’-])(\p{Ll}+) at (?:the )?$/u;
/** "Argentina's |", "France’s |": a name in the possessive right before. */
const POSSESSIVE_BEFORE = /(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)*)['’]s $/u;
/** "|, who said": a relative "who" right after the name, which a place never takes. */
const WHO_AFTER = /^,? who\b/u;

/** Does any word of the name have a WordNet sense that is a place or a natural object ("Dialog" has none; "Hills" has)? */
function hasPlaceWord(surface: string): boolean {
  return surface.split(' ').some((word) => {
    const lower = word.toLowerCase();
    return synsetsOf(lemmaOf(lower, 'noun') ?? lower, 'noun').some((offset) => {
      const file = lexicographerFileOf(offset, 'noun');
      return file === NOUN_LOCATION || file === NOUN_OBJECT;
    });
  });
}

/**
 * Employers and national companies the recogniser read as places: "Carsten Fritsch, a strategist at
 * Kvarnbank", "an analyst at Troika Tessel", "Argentina's Enarsol". A LOC name that the place
 * lexicon does not know and no word of which is a place in WordNet becomes ORG when
 * - it follows "at" after a lower-case noun for a person ("strategist", "analyst", "director":
 *   first a person in WordNet, or a role the lexicon knows): people are said to work at a body; or
 * - it follows a country's name in the possessive ("Argentina's"): a country's region or town
 *   would be a place the lexicon or WordNet knows; or
 * - a relative "who" follows it ("criticised by Oxfam, who said"), a name of no person (not a first
 *   name, nor a name the human-name lists hold, nor after "of", where the "who" is the owner's): a
 *   place is no "who", a body is.
 * A name the parse makes a modifier ("a player at the Old Trafford club") is left.
 */
export function typeOrganisationsByContext(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  return names.map((name) => {
    if (name.type !== 'LOC') return name;
    // "a player at the Old Trafford club": a modifier names what it modifies
    if (segments.tokens[nameHead(segments.tokens, name)]?.dep === 'compound') return name;
    const surface = text.slice(name.start, name.end);
    if (lookupPlace(surface) !== undefined || hasPlaceWord(surface)) return name;
    const before = text.slice(Math.max(0, name.start - 40), name.start);
    const noun = PERSON_NOUN_AT.exec(before)?.[1];
    const atWork =
      noun !== undefined && (isPersonWord(lemmaOf(noun, 'noun') ?? noun) || roleNoun(noun) !== undefined);
    const owner = POSSESSIVE_BEFORE.exec(before)?.[1];
    const national = owner !== undefined && lookupPlace(owner)?.kinds.includes('country') === true;
    const who =
      WHO_AFTER.test(text.slice(name.end, name.end + 6)) &&
      // ("Dr Doug Williams of BT, who": the "who" is the person's)
      !/\bof $/u.test(before) &&
      surface.split(' ').every((word) => !isFirstName(word) && !isKnownHumanName(word));
    return atWork || national || who ? { start: name.start, end: name.end, type: 'ORG' } : name;
  });
}
