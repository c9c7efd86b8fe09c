import type { EntityType, Segments, Token } from '../../model/index.js';
import { lexicographerFileOf, NOUN_LOCATION, synsetsOf } from '../events/wordnet.js';
import { isFacilityHead, organisation } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';
import { isProductNoun } from './product-names.js';
import { nameHead } from './token-index.js';
import { isWorkNoun, WORK_SUBTYPE } from './works-after-nouns.js';

interface Reading {
  readonly type: EntityType;
  readonly subtype?: string;
}

/** The lower-case common noun in apposition to the token at `head`, after a comma and an article. */
function appositionNoun(
  text: string,
  tokens: readonly Token[],
  head: number,
  name: NameMention,
): Token | undefined {
  for (let position = head + 1; position < Math.min(tokens.length, head + 8); position += 1) {
    const token = tokens[position] as Token;
    if (token.head !== head || token.dep !== 'appos' || token.pos !== 'NOUN') continue;
    const between = text.slice(name.end, token.start);
    // ", the messaging app", ", a town of 4,000 people": a comma, an article, at most two words more
    if (!/^,\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(between)) return undefined;
    return token;
  }
  return undefined;
}

/** What a lower-case noun says a named thing is: a product or work, or a town or region. */
function readingOf(noun: string): Reading | undefined {
  if (isWorkNoun(noun)) return { type: 'MISC', subtype: WORK_SUBTYPE };
  if (isProductNoun(noun)) return { type: 'MISC' };
  const first = synsetsOf(noun, 'noun')[0];
  if (first === undefined || isFacilityHead(noun)) return undefined;
  if (lexicographerFileOf(first, 'noun') === NOUN_LOCATION) return { type: 'LOC', subtype: 'GPE' };
  return undefined;
}

/**
 * A name followed by a comma and a description in apposition says what it names by the
 * description's head noun (on the parse), read in WordNet: "Zentrix, the messaging app," and
 * "Night Ferry, a thriller released in 2015," are a product and a work (MISC; a work's subtype
 * WORK), "Dunmere, a town of 4,000 people," and "Kelmore, a village near Leeds," places (LOC/GPE:
 * the head's first sense is a place, noun.location). Names typed otherwise change, and so do the
 * other mentions of the same name typed as that one was; names the lexicon knows as organisations
 * keep their type. A head that is a facility ("the stadium") or a person ("a lawyer") changes nothing here.
 */
export function typeByAppositionHeads(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const { tokens } = segments;
  if (tokens.length === 0) return names.slice();
  const retyped = new Map<string, { readonly from: EntityType; readonly to: Reading }>();
  for (const name of names) {
    if (name.type !== 'PERSON' && name.type !== 'ORG' && name.type !== 'LOC') continue;
    const head = nameHead(tokens, name);
    if (head < 0) continue;
    const noun = appositionNoun(text, tokens, head, name);
    if (noun === undefined) continue;
    const reading = readingOf(noun.lemma.toLowerCase());
    if (reading === undefined || reading.type === name.type) continue;
    const surface = text.slice(name.start, name.end);
    if (organisation(surface) !== undefined) continue;
    retyped.set(surface, { from: name.type, to: reading });
  }
  if (retyped.size === 0) return names.slice();
  return names.map((name) => {
    const found = retyped.get(text.slice(name.start, name.end));
    if (found === undefined || found.from !== name.type) return name;
    return found.to.subtype === undefined
      ? { start: name.start, end: name.end, type: found.to.type }
      : { start: name.start, end: name.end, type: found.to.type, subtype: found.to.subtype };
  });
}
