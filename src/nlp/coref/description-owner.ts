import type { Entity, Token } from '../../model/index.js';
import { countryOfDemonym, countryOfName, demonym, isDemonymOf } from '../lexicon/index.js';
import { foldKey } from '../lexicon/normalise.js';

/**
 * The owner of an organisation description: the country, organisation or nationality the parse ties
 * it to at its head — a possessor ("Dravan's defence ministry": `nmod:poss`), a nationality word or
 * name before it ("the Dravani defence ministry", "the Dravan defence ministry": `amod`,
 * `compound`) or an "of" phrase ("the defence ministry of Dravan": `nmod` with case "of"). The
 * possessor or nationality word may hang on a compound of the head instead ("defence" of "Dravan's
 * defence ministry", as the parser often has it). The possessor, name or "of" object must be a named place or organisation of the document; a
 * nationality word may also be one the lexicon knows. Returns the name as the document has it
 * ("Dravan", "Dravani"), or undefined when the text ties it to no one.
 *
 * `nameAt[token]` is the index in `entities` of the named entity covering the token, -1 for none;
 * `first`/`end` bound the head's sentence.
 */
export function descriptionOwner(
  text: string,
  tokens: readonly Token[],
  head: number,
  first: number,
  end: number,
  entities: readonly Entity[],
  nameAt: Int32Array,
): string | undefined {
  for (let at = first; at < end; at += 1) {
    const child = tokens[at]!;
    // "Dravan's defence ministry" is often parsed with the possessor on "defence", a compound of the head
    const onCompound =
      child.head >= 0 &&
      child.head !== head &&
      tokens[child.head]!.head === head &&
      tokens[child.head]!.dep === 'compound';
    if (child.head !== head && !onCompound) continue;
    const relation = child.dep;
    if (relation !== 'nmod:poss' && relation !== 'amod' && relation !== 'compound' && relation !== 'nmod')
      continue;
    // "the ministry of Dravan": an "of" among the object's own dependents
    if (relation === 'nmod' && (onCompound || !hasOf(text, tokens, at, first))) continue;
    const named = nameAt[at]!;
    const entity = named < 0 ? undefined : entities[named];
    // a place or organisation; a MISC name only when it is written as one ("G-Unit", not "1,000-strong")
    if (entity !== undefined && (entity.type === 'ORG' || entity.type === 'LOC')) return entity.name;
    if (entity !== undefined && entity.type === 'MISC' && /^\p{Lu}/u.test(entity.name)) return entity.name;
    if (relation === 'amod') {
      const word = text.slice(child.start, child.end);
      if (demonym(word) !== undefined) return word;
    }
  }
  return undefined;
}

function hasOf(text: string, tokens: readonly Token[], object: number, first: number): boolean {
  for (let at = object - 1; at >= first; at -= 1)
    if (
      tokens[at]!.head === object &&
      tokens[at]!.dep === 'case' &&
      text.slice(tokens[at]!.start, tokens[at]!.end).toLowerCase() === 'of'
    )
      return true;
  return false;
}

/** The country a name or a nationality word denotes ("UK", "British" → United Kingdom), else undefined. */
function countryOf(word: string): string | undefined {
  return (countryOfName(word) ?? countryOfDemonym(word))?.name;
}

/**
 * Whether two owners (descriptionOwner) are one: the same name or one inside the other ("Commons",
 * "House of Commons"), a nationality word and its place
 * ("Dravani" and "Dravan", lexicon isDemonymOf, which also reads regular endings on places the
 * lexicon does not know), or two words of one country ("UK", "British").
 */
export function sameOwner(left: string, right: string): boolean {
  const leftWords = foldKey(left).split(' ');
  const rightWords = foldKey(right).split(' ');
  // one name inside the other: "Commons" and "House of Commons", "Labour" and "Labour Party"
  const [shorter, longer] =
    leftWords.length <= rightWords.length ? [leftWords, rightWords] : [rightWords, leftWords];
  if (shorter.every((word) => longer.includes(word))) return true;
  if (isDemonymOf(left, right) || isDemonymOf(right, left)) return true;
  const country = countryOf(left);
  return country !== undefined && country === countryOf(right);
}
