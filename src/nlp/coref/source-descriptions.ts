import type { Attribution, Entity, Segments } from '../../model/index.js';
import { lexicographerFileOf, synsetsOf } from '../events/wordnet.js';
import { descriptionEntities } from './descriptions.js';

/** WordNet's lexicographer file of groups of people (noun.group). */
const NOUN_GROUP = 14;

/** A head whose first WordNet sense is a group ("police"), which speaks as a body. */
function groupHead(lemma: string): boolean {
  const first = synsetsOf(lemma, 'noun')[0];
  return first !== undefined && lexicographerFileOf(first, 'noun') === NOUN_GROUP;
}

/**
 * Institutions and groups that speak under a description only ("Police said", "The ministry said
 * in a statement", "the company declined to comment"): each becomes an entity of its own, with
 * every mention of that description in the document (descriptions.ts groups them by head and
 * modifiers), and the attribution's speaker. Only organisation descriptions (and group nouns such as
 * "police", typed ORG), and only for a named
 * (not anonymous) source that coreference left without a speaker: a person description ("the
 * spokesman") may be a person the text names, so it stays unresolved rather than split off.
 * New entities are numbered after `entities`; nothing else changes.
 */
export function speakerDescriptions(
  text: string,
  segments: Segments,
  entities: readonly Entity[],
  attributions: readonly Attribution[],
): { entities: Entity[]; attributions: Attribution[] } {
  const open = attributions.filter(
    (attribution) =>
      attribution.speaker === null && attribution.source !== null && attribution.anonymous !== true,
  );
  if (open.length === 0) return { entities: [...entities], attributions: [...attributions] };
  const candidates = descriptionEntities(text, segments, entities)
    .filter((entity) => {
      const head = entity.attributes?.nominal_head;
      return entity.type === 'ORG' || (typeof head === 'string' && !head.endsWith('+pl') && groupHead(head));
    })
    .map((entity): Entity => (entity.type === 'ORG' ? entity : { ...entity, type: 'ORG' }));
  /** The description entity whose mention lies inside the source, the longest such mention first. */
  const speakerOf = (attribution: Attribution): Entity | undefined => {
    const source = attribution.source!;
    let best: Entity | undefined;
    let length = 0;
    for (const entity of candidates)
      for (const mention of entity.mentions)
        if (
          mention.start >= source.start &&
          mention.end <= source.end &&
          mention.end - mention.start > length
        ) {
          best = entity;
          length = mention.end - mention.start;
        }
    return best;
  };
  const chosen = new Map<Attribution, Entity>();
  for (const attribution of open) {
    const entity = speakerOf(attribution);
    if (entity !== undefined) chosen.set(attribution, entity);
  }
  if (chosen.size === 0) return { entities: [...entities], attributions: [...attributions] };
  let highest = 0;
  for (const entity of entities) {
    const number = /^e(\d+)$/.exec(entity.id);
    if (number !== null) highest = Math.max(highest, Number(number[1]));
  }
  // renumber the kept description entities in order of first mention
  const kept = [...new Set(chosen.values())].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  const ids = new Map<Entity, string>();
  const added = kept.map((entity, index) => {
    const id = `e${highest + index + 1}`;
    ids.set(entity, id);
    return { ...entity, id };
  });
  return {
    entities: [...entities, ...added],
    attributions: attributions.map((attribution) => {
      const entity = chosen.get(attribution);
      return entity === undefined ? attribution : { ...attribution, speaker: ids.get(entity)! };
    }),
  };
}
