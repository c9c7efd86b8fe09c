import type { Attribution, Entity, Mention, Segments } from '../../model/index.js';
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

/** A name as a publication is written: capitalised words (numbers and "of", "and", "the" between them). */
const TITLE_NAME = /^(?:The\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|\d+|of|and|the|on))*$/u;

/**
 * Publications cited as sources that the name tagger missed ("according to Page Six", "according
 * to The Daily Record"): an "according to" attribution left without a speaker, whose source is a
 * capitalised name and no anonymous one, gets an ORG entity named by that source (a leading "The"
 * left out), with every mention of the name in the text that no other entity holds. New entities are
 * numbered after `entities`.
 */
export function publicationSpeakers(
  text: string,
  entities: readonly Entity[],
  attributions: readonly Attribution[],
): { entities: Entity[]; attributions: Attribution[] } {
  const named = new Map<string, string>();
  const added: Entity[] = [];
  let highest = 0;
  for (const entity of entities) {
    const number = /^e(\d+)$/.exec(entity.id);
    if (number !== null) highest = Math.max(highest, Number(number[1]));
  }
  const taken = entities.flatMap((entity) => entity.mentions);
  const result = attributions.map((attribution) => {
    const { cue, source } = attribution;
    if (attribution.speaker !== null || source === null || cue === null || attribution.anonymous === true)
      return attribution;
    if (text.slice(cue.start, cue.end).toLowerCase().replace(/\s+/gu, ' ') !== 'according to')
      return attribution;
    const phrase = text.slice(source.start, source.end);
    if (!TITLE_NAME.test(phrase)) return attribution;
    const name = phrase.replace(/^The\s+/u, '');
    let id = named.get(name);
    if (id === undefined) {
      id = `e${highest + added.length + 1}`;
      const mentions: Mention[] = [];
      const pattern = new RegExp(
        `(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`,
        'gu',
      );
      for (const match of text.matchAll(pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        if (taken.some((mention) => mention.start < end && start < mention.end)) continue;
        mentions.push({ start, end, kind: 'name' });
      }
      if (mentions.length === 0) return attribution;
      named.set(name, id);
      added.push({ id, type: 'ORG', name, mentions });
    }
    return { ...attribution, speaker: id };
  });
  return added.length === 0
    ? { entities: [...entities], attributions: [...attributions] }
    : { entities: [...entities, ...added], attributions: result };
}
