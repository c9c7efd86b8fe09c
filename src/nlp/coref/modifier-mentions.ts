import type { Entity, Event, Mention, Segments, Token } from '../../model/index.js';
import { lemmaOf, lexicographerFileOf, synsetsOf, taggedSenses } from '../events/wordnet.js';
import { tokenAt } from '../names/token-index.js';

/** Relations of a noun that stands as an adverbial ("Microsoft today issued …"). */
const ADVERBIAL_NOUN = new Set([
  'obl:unmarked',
  'obl:tmod',
  'nmod:tmod',
  'obl:npmod',
  'nmod:npmod',
  'npadvmod',
]);

/** WordNet's lexicographer file noun.time. */
const NOUN_TIME = 28;

/**
 * A noun the parse made an adverbial whose first WordNet sense is a time ("today", "Tuesday",
 * "years"): it heads no phrase a name before it could modify ("Microsoft today issued …"; not "A
 * Velcor spokesman later said …", whose noun the parse also made an adverbial).
 */
function adverbialTime(token: Token): boolean {
  if (!ADVERBIAL_NOUN.has(token.dep)) return false;
  const first = synsetsOf(token.lemma.toLowerCase(), 'noun')[0];
  return first !== undefined && lexicographerFileOf(first, 'noun') === NOUN_TIME;
}

/**
 * A noun in a plural form whose lemma WordNet knows as a verb at least as often as a noun (tagged
 * senses: "checks", "fixes", "promises", "issues"; not "warehouses", "prices"): in a headline right
 * after a name it is the name's verb in the third person, whatever the parse made of it ("Dana Holt
 * checks into rehab", "Velcor issues patch").
 */
function verbReadAsNoun(token: Token): boolean {
  if ((token.pos !== 'NOUN' && token.pos !== 'VERB') || token.end - token.start <= token.lemma.length)
    return false;
  const lemma = token.lemma.toLowerCase();
  if (lemmaOf(lemma, 'verb') !== lemma) return false;
  const asVerb = taggedSenses(lemma, 'verb');
  return asVerb > 0 && asVerb >= taggedSenses(lemma, 'noun');
}

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
  const sentences = segments.sentences;
  const sentenceOf = (index: number) =>
    sentences.find((candidate) => candidate.firstToken <= index && index < candidate.endToken);
  /**
   * A headline's verb in -s that the parse read as a noun right after a name that opens the headline
   * or one of its clauses ("Dana Holt checks into rehab", "…; Velcor promises patch"): the name is its
   * subject. Not a word that ends the headline, is a subject itself or comes before an infinitive
   * ("Velcor shares climb", "… lifts Velcor shares", "Lakeview fans to get …"), nor after a word of
   * the headline ("Straw praises Kashmir moves").
   */
  const headlineVerbAfter = (first: number, after: number): boolean => {
    const sentence = sentenceOf(after);
    if (sentence === undefined || tokens[sentence.endToken - 1]!.pos === 'PUNCT') return false;
    if (first > sentence.firstToken && tokens[first - 1]!.pos !== 'PUNCT') return false;
    const verb = tokens[after]!;
    if (after + 1 >= sentence.endToken || verb.dep.startsWith('nsubj')) return false;
    // a headline's "X fans to get …" is a noun before an infinitive
    if (tokens[after + 1]!.pos === 'PART') return false;
    return verbReadAsNoun(verb);
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
    if (mention.kind === 'name') {
      if (head.dep !== 'compound') return false;
      // the noun is an adverbial of time, not the phrase's head ("Microsoft today issued …")
      if (adverbialTime(noun)) return false;
      // a headline's verb read as a noun right after the name ("Dana Holt checks into rehab")
      const first = tokenAt(tokens, mention.start);
      let after = headIndex + 1;
      while (after < tokens.length && tokens[after]!.start < mention.end) after++;
      return after >= tokens.length || !headlineVerbAfter(first, after);
    }
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
