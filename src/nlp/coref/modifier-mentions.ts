import type { Entity, Event, Mention, Segments, Token } from '../../model/index.js';
import { tokenAt } from '../names/token-index.js';

/**
 * Mentions that only modify another noun, left out of the mentions `claimgraph corpus` links
 * across documents: a name that is a compound modifier of a common noun ("a Lakeview mother", "the
 * Harlow Foods plant": the phrase is about the mother and the plant, not the place or the firm) and
 * a possessive pronoun before a noun that is no event ("her lawyer", "its plant"; "his arrest" stays,
 * the possessor there takes part in the event). Cross-document coreference as ECB+ annotates it
 * counts the people, groups and places that take part in events, not such modifiers. An entity left
 * with no mention stays, with `attributes.mentioned_in: "modifier"`, so that the articles it links
 * still share it (stories are grouped by the entities they share). Run by the corpus stages only:
 * the names stay in `claimgraph extract`.
 */
export function withoutModifierMentions(
  segments: Segments,
  entities: readonly Entity[],
  events: readonly Event[],
): Entity[] {
  const tokens = segments.tokens as readonly Token[];
  const inEvent = (token: Token): boolean =>
    events.some((event) => event.trigger.start <= token.start && event.trigger.end >= token.end);
  // nothing but words of the phrase between a modifier and its head ("Deutsche Bank and Credit
  // Suisse Group": a coordination read as a compound, not a modifier)
  const adjacent = (from: number, to: number): boolean => {
    for (let index = from + 1; index < to; index++) {
      const pos = tokens[index]!.pos;
      if (pos === 'CCONJ' || pos === 'PUNCT') return false;
    }
    return to > from;
  };
  const isModifier = (mention: Mention, type: string): boolean => {
    // the syntactic head of the mention: its token whose own head lies outside it
    let headIndex = -1;
    for (let index = tokenAt(tokens, mention.start); index < tokens.length; index++) {
      const token = tokens[index]!;
      if (token.start >= mention.end) break;
      const parent = tokens[token.head];
      if (parent === undefined || parent.end <= mention.start || parent.start >= mention.end) {
        headIndex = index;
        break;
      }
    }
    if (headIndex === -1) return false;
    const head = tokens[headIndex]!;
    const noun = tokens[head.head];
    if (noun === undefined) return false;
    // a place or organisation inside a longer name or before an adjective or verb read as its
    // head ("Santa Monica Chief Deputy City Attorney", "the Dunmore-based")
    if (
      mention.kind === 'name' &&
      head.dep === 'compound' &&
      (type === 'ORG' || type === 'LOC') &&
      (noun.pos === 'PROPN' || noun.pos === 'ADJ') &&
      adjacent(headIndex, head.head)
    )
      return true;
    if (noun.pos !== 'NOUN') return false;
    if (mention.kind === 'name') return head.dep === 'compound';
    if (mention.kind === 'pronoun') return head.dep === 'nmod:poss' && head.pos === 'PRON' && !inEvent(noun);
    return false;
  };
  return entities.map((entity) => {
    const mentions = entity.mentions.filter((mention) => !isModifier(mention, entity.type));
    if (mentions.length === entity.mentions.length) return entity;
    if (mentions.length > 0) return { ...entity, mentions };
    return { ...entity, mentions, attributes: { ...entity.attributes, mentioned_in: 'modifier' } };
  });
}
