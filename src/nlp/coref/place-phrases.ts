import type { Entity, Mention, Segments, Token } from '../../model/index.js';
import { lexicographerFileOf, NOUN_ARTIFACT, synsetsOf } from '../events/wordnet.js';
import { isPlaceStructure } from './descriptions.js';
import { tokenAt } from '../names/token-index.js';

/**
 * Place phrases as one mention, for `claimgraph corpus` only: a place or facility and the place
 * that locates it ("a prison in Beaumont, Texas", "the Harlow Clinic in Dunmore", "Beaumont,
 * Texas") are one noun phrase about the first place, and cross-document coreference as ECB+
 * annotates it marks that whole phrase, not the town inside it. The mention of the place or
 * facility (a LOC or ORG entity) takes in a locating prepositional phrase (`in`, `on`,
 * `near`, `outside`, `of`) or an apposition whose object is a place name, with what that object
 * governs (its own appositions and prepositional phrases, no clause); the place names inside lose
 * their mention there. An entity left with no mention stays, with `attributes.mentioned_in:
 * "place phrase"`, so that the articles it links still share it.
 */

const LOCATING = new Set(['in', 'on', 'near', 'outside', 'of']);
const PLACE_TYPES = new Set(['LOC', 'ORG']);

/**
 * Can the noun name a building or facility: its first WordNet sense is a made thing ("stadium"), or
 * one of its senses is under building, establishment, facility… ("bank", "center", "store"); not
 * "team", nor "colt" (a revolver only in a later sense)?
 */
const artifactMemo = new Map<string, boolean>();
function canBeBuilt(lemma: string): boolean {
  const known = artifactMemo.get(lemma);
  if (known !== undefined) return known;
  if (artifactMemo.size > 10_000) artifactMemo.clear();
  const senses = synsetsOf(lemma, 'noun');
  const first = senses[0];
  const found =
    (first !== undefined && lexicographerFileOf(first, 'noun') === NOUN_ARTIFACT) ||
    senses.some(isPlaceStructure);
  artifactMemo.set(lemma, found);
  return found;
}

/**
 * The last token of the place phrase that `root` heads: the place name and what locates it in turn
 * (its apposition, flat name parts, a locating prepositional phrase: "Harwick, Texas", "the town of
 * Bexley in Kent"), not what else hangs off it ("Lahore with Amritsar", a clause).
 */
function phraseEnd(tokens: readonly Token[], children: readonly number[][], root: number): number {
  let last = root;
  const stack = [root];
  while (stack.length > 0) {
    const index = stack.pop()!;
    for (const child of children[index] ?? []) {
      if (child < index || !follows(tokens, children, child)) continue;
      if (child > last) last = child;
      stack.push(child);
    }
  }
  return last;
}

/** Does a dependent after a place name belong to its place phrase? */
function follows(tokens: readonly Token[], children: readonly number[][], child: number): boolean {
  const dep = tokens[child]!.dep;
  if (dep === 'appos') return tokens[child - 1]?.pos !== 'PUNCT' || tokens[child - 1]!.lemma !== ':';
  if (dep === 'flat' || dep === 'compound') return true;
  return dep.startsWith('nmod') && locating(tokens, children, child);
}

/** Has the nominal a locating preposition ("in", "of", …) as its case marker? */
function locating(tokens: readonly Token[], children: readonly number[][], nominal: number): boolean {
  return (children[nominal] ?? []).some(
    (grand) => tokens[grand]!.dep === 'case' && LOCATING.has(tokens[grand]!.lemma.toLowerCase()),
  );
}

export function withPlacePhrases(segments: Segments, entities: readonly Entity[]): Entity[] {
  const tokens = segments.tokens as readonly Token[];
  if (tokens.length === 0) return [...entities];
  // the place-name mentions, by their head token
  const placeAt = new Map<number, { entity: number; mention: number }>();
  const headOf = (mention: Mention): number => {
    const first = tokenAt(tokens, mention.start);
    let head = -1;
    for (let index = first; index < tokens.length && tokens[index]!.start < mention.end; index++) {
      const parent = tokens[index]!.head;
      if (parent < first || tokens[parent] === undefined || tokens[parent]!.start >= mention.end)
        head = index;
    }
    return head;
  };
  const heads: number[][] = entities.map((entity) => entity.mentions.map(headOf));
  entities.forEach((entity, entityIndex) => {
    if (entity.type !== 'LOC') return;
    entity.mentions.forEach((mention, mentionIndex) => {
      const head = heads[entityIndex]![mentionIndex]!;
      if (mention.kind === 'name' && head !== -1)
        placeAt.set(head, { entity: entityIndex, mention: mentionIndex });
    });
  });
  if (placeAt.size === 0) return [...entities];
  let children: number[][] | null = null;
  const childrenOf = (): number[][] => {
    if (children !== null) return children;
    children = tokens.map(() => []);
    tokens.forEach((token, index) => {
      if (token.head >= 0) children![token.head]!.push(index);
    });
    return children;
  };
  const extended = new Map<string, number>(); // "entity:mention" → new end
  const dropped = new Set<string>();
  entities.forEach((entity, entityIndex) => {
    if (!PLACE_TYPES.has(entity.type)) return;
    entity.mentions.forEach((mention, mentionIndex) => {
      if (mention.kind === 'pronoun') return;
      const key = `${entityIndex}:${mentionIndex}`;
      if (dropped.has(key)) return;
      const head = heads[entityIndex]![mentionIndex]!;
      if (head === -1) return;
      // an organisation only where it is a building ("the Harlow Clinic in Dunmore", not a team)
      if (entity.type === 'ORG' && !canBeBuilt(tokens[head]!.lemma.toLowerCase())) return;
      const kids = childrenOf()[head] ?? [];
      let end = -1;
      for (const child of kids) {
        const token = tokens[child]!;
        if (token.start < mention.end || !placeAt.has(child)) continue;
        if (token.dep === 'compound' || token.dep === 'flat' || !follows(tokens, childrenOf(), child))
          continue;
        end = Math.max(end, phraseEnd(tokens, childrenOf(), child));
      }
      if (end === -1) return;
      const newEnd = tokens[end]!.end;
      extended.set(key, newEnd);
      // the place names inside the phrase lose their mention there
      entities.forEach((other, otherIndex) => {
        if (otherIndex === entityIndex || !PLACE_TYPES.has(other.type)) return;
        other.mentions.forEach((inner, innerIndex) => {
          if (inner.start >= mention.end && inner.end <= newEnd) dropped.add(`${otherIndex}:${innerIndex}`);
        });
      });
    });
  });
  if (extended.size === 0) return [...entities];
  return entities.map((entity, entityIndex) => {
    let changed = false;
    const mentions: Mention[] = [];
    entity.mentions.forEach((mention, mentionIndex) => {
      const key = `${entityIndex}:${mentionIndex}`;
      if (dropped.has(key)) {
        changed = true;
        return;
      }
      const end = extended.get(key);
      if (end === undefined) mentions.push(mention);
      else {
        changed = true;
        mentions.push({ ...mention, end });
      }
    });
    if (!changed) return entity;
    if (mentions.length > 0) return { ...entity, mentions };
    return { ...entity, mentions, attributes: { ...entity.attributes, mentioned_in: 'place phrase' } };
  });
}
