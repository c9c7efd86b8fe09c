import type { Entity, Mention } from '../../model/index.js';

/** The rest of a hyphenated modifier whose name part is a name of its own: "-led " of "US-led coalition". */
const GLUED_MODIFIER = /^[-\u2010\u2011]\p{L}+\s+(?=\p{L})/u;

/**
 * A description that starts inside a hyphenated modifier ("-based company" of "the California-based
 * company", where "California" is a name mention) starts after it ("company").
 */
export function withoutGluedModifier(text: string, mention: Mention): Mention {
  if (mention.start <= 0 || !/\p{L}/u.test(text.charAt(mention.start - 1))) return mention;
  const glued = GLUED_MODIFIER.exec(text.slice(mention.start, mention.end));
  if (glued === null) return mention;
  return { ...mention, start: mention.start + glued[0].length };
}

/** `withoutGluedModifier` for every mention of an entity, and for its name ("-led coalition" → "coalition"). */
export function entityWithoutGluedModifiers(text: string, entity: Entity): Entity {
  if (!GLUED_MODIFIER.test(entity.name)) return entity;
  return {
    ...entity,
    name: entity.name.replace(GLUED_MODIFIER, ''),
    mentions: entity.mentions.map((mention) => withoutGluedModifier(text, mention)),
  };
}

/** The name of an entity without a glued modifier's rest. */
export function nameWithoutGluedModifier(name: string): string {
  return name.replace(GLUED_MODIFIER, '');
}
