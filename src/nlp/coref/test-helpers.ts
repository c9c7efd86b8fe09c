import type { Entity, EntityType } from '../../model/index.js';
import type { NameMention } from '../names/name-mention.js';
import { segment } from '../segment/segment.js';
import { resolveEntities } from './index.js';

/**
 * Tests write names inline, as the recogniser would find them: "[Mr Smith|PERSON] met
 * [Acme Corp|ORG]." (optionally "|LOC/GPE" for a subtype). Returns the plain text and the names.
 */
export function parseMarked(marked: string): { text: string; names: NameMention[] } {
  const names: NameMention[] = [];
  let text = '';
  let index = 0;
  const pattern = /\[([^\]|]+)\|([A-Z]+)(?:\/([A-Z]+))?\]/gu;
  for (const match of marked.matchAll(pattern)) {
    text += marked.slice(index, match.index);
    const start = text.length;
    text += match[1];
    const subtype = match[3];
    names.push({ start, end: text.length, type: match[2] as EntityType, ...(subtype ? { subtype } : {}) });
    index = (match.index ?? 0) + match[0].length;
  }
  text += marked.slice(index);
  return { text, names };
}

export function entitiesOf(marked: string): { text: string; entities: Entity[] } {
  const { text, names } = parseMarked(marked);
  return { text, entities: resolveEntities(text, segment(text), names) };
}

/** The entity with a mention whose text is exactly `surface` (the `occurrence`-th such mention in the text). */
export function entityWithMention(
  text: string,
  entities: readonly Entity[],
  surface: string,
  occurrence = 0,
): Entity | undefined {
  const found: { entity: Entity; start: number }[] = [];
  for (const entity of entities)
    for (const mention of entity.mentions)
      if (text.slice(mention.start, mention.end) === surface) found.push({ entity, start: mention.start });
  found.sort((a, b) => a.start - b.start);
  return found[occurrence]?.entity;
}

/** Entity name of the mention at the `occurrence`-th textual occurrence of `surface`, or undefined. */
export function nameAt(
  text: string,
  entities: readonly Entity[],
  surface: string,
  occurrence = 0,
): string | undefined {
  let start = -1;
  for (let count = 0; count <= occurrence; count += 1) {
    start = text.indexOf(surface, start + 1);
    if (start < 0) return undefined;
  }
  const end = start + surface.length;
  let best: { entity: Entity; length: number } | undefined;
  for (const entity of entities)
    for (const mention of entity.mentions)
      if (mention.start === start && mention.end === end) return entity.name;
      else if (
        mention.start <= start &&
        mention.end >= end &&
        (!best || mention.end - mention.start < best.length)
      )
        best = { entity, length: mention.end - mention.start };
  return best?.entity.name;
}
