import type { Attribution, Entity, Mention, Segments } from '../../../model/index.js';
import { DocumentIndex } from './document-index.js';
import type { NamedLaterMention } from './named-later.js';
import { describedPerson, relatedRoleHolder, roleHolder } from './role-description.js';

/** A possessive inside a source: "the club's boss", "Acme’s chief". */
const POSSESSIVE = /\S['’]s?\s/u;

/**
 * "“…,” said the club's boss": a description with a possessor that the speaker step gave to a person
 * by the role the text gave that person (`roleHolder`, `relatedRoleHolder`: one fitting person, named
 * before, mentioned in the twelve sentences before) becomes a nominal mention of that person in the entity
 * list, as coreference does for "the manager". Coreference runs before the roles are read
 * (src/nlp/attributes), so it cannot weigh them; this reads the same evidence again after them.
 * A source some entity already holds as a mention stays where it is.
 */
export function describedSpeakerMentions(
  text: string,
  segments: Segments,
  entities: readonly Entity[],
  attributions: readonly Attribution[],
): Entity[] {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const open = attributions.filter((attribution) => {
    const source = attribution.source;
    if (source === null || typeof attribution.speaker !== 'string') return false;
    if (byId.get(attribution.speaker)?.type !== 'PERSON') return false;
    return POSSESSIVE.test(text.slice(source.start, source.end));
  });
  if (open.length === 0) return [...entities];
  const held = new Set<string>();
  for (const entity of entities)
    for (const mention of entity.mentions) held.add(`${mention.start}:${mention.end}`);
  let index: DocumentIndex | undefined;
  const added = new Map<string, Mention[]>();
  for (const attribution of open) {
    const source = attribution.source!;
    const key = `${source.start}:${source.end}`;
    if (held.has(key)) continue;
    index ??= new DocumentIndex(text, segments, entities);
    const [first, end] = index.tokenRange(source);
    // the speaker step's own chain for a description (src/nlp/attribution/complete/speaker.ts)
    const holder =
      describedPerson(index, first, end) ??
      roleHolder(index, first, end) ??
      relatedRoleHolder(index, first, end);
    if (holder === null || holder.id !== attribution.speaker) continue;
    held.add(key);
    added.set(holder.id, [
      ...(added.get(holder.id) ?? []),
      { start: source.start, end: source.end, kind: 'nominal' },
    ]);
  }
  if (added.size === 0) return [...entities];
  return entities.map((entity) => {
    const extra = added.get(entity.id);
    if (extra === undefined) return entity;
    const mentions = [...entity.mentions, ...extra].sort(
      (left, right) => left.start - right.start || left.end - right.end,
    );
    return { ...entity, mentions };
  });
}

/**
 * "A priest who runs the shelter said … . Father Tomas Reyes added …": a description the speaker step
 * resolved to the person (or body) the next source names (`nameLaterDescriptions`) becomes a nominal
 * mention of it, when the attribution with that source still has that speaker and no entity holds a
 * mention overlapping it.
 */
export function namedLaterMentions(
  entities: readonly Entity[],
  attributions: readonly Attribution[],
  mentions: readonly NamedLaterMention[],
): Entity[] {
  if (mentions.length === 0) return [...entities];
  const added = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const kept = attributions.some(
      (attribution) =>
        attribution.source !== null &&
        attribution.source.start === mention.start &&
        attribution.speaker === mention.entity,
    );
    if (!kept) continue;
    const overlaps = entities.some((entity) =>
      entity.mentions.some((held) => held.start < mention.end && mention.start < held.end),
    );
    if (overlaps) continue;
    added.set(mention.entity, [
      ...(added.get(mention.entity) ?? []),
      { start: mention.start, end: mention.end, kind: 'nominal' },
    ]);
  }
  if (added.size === 0) return [...entities];
  return entities.map((entity) => {
    const extra = added.get(entity.id);
    if (extra === undefined) return entity;
    const all = [...entity.mentions, ...extra].sort(
      (left, right) => left.start - right.start || left.end - right.end,
    );
    return { ...entity, mentions: all };
  });
}
