import type { Entity, EntityType, Mention, MentionKind, Segments } from '../../model/index.js';
import { segment } from '../segment/segment.js';

/** A mention in a test: its surface text, and its kind when it is not a name. */
export type MentionSpec = string | readonly [surface: string, kind: MentionKind];

export interface EntitySpec {
  readonly type: EntityType;
  readonly name: string;
  /** Surfaces in order of appearance; a surface used twice takes its next occurrence. */
  readonly mentions: readonly MentionSpec[];
  /** For a group entity (coreference subtype GROUP): the positions of its members in the spec list. */
  readonly members?: readonly number[];
}

function isWordCharacter(character: string): boolean {
  return /[\p{L}\p{N}]/u.test(character);
}

/** Entities for a test sentence, as the coreference stage would give them, with the sentence's segments. */
export function buildEntities(
  text: string,
  specs: readonly EntitySpec[],
): { segments: Segments; entities: Entity[] } {
  const used = new Set<string>();
  const entities = specs.map((spec, index): Entity => {
    const mentions: Mention[] = spec.mentions.map((item) => {
      const [surface, kind] = typeof item === 'string' ? [item, 'name' as const] : item;
      let from = 0;
      for (;;) {
        const start = text.indexOf(surface, from);
        if (start < 0) throw new Error(`mention "${surface}" not found in "${text}"`);
        const end = start + surface.length;
        const bounded =
          (start === 0 || !isWordCharacter(text.charAt(start - 1))) &&
          (end === text.length || !isWordCharacter(text.charAt(end)));
        if (bounded && !used.has(`${start}:${end}`)) {
          used.add(`${start}:${end}`);
          return { start, end, kind };
        }
        from = start + 1;
      }
    });
    mentions.sort((a, b) => a.start - b.start);
    const id = `e${index}`;
    if (spec.members === undefined) return { id, type: spec.type, name: spec.name, mentions };
    const members = spec.members.map((member) => `e${member}`);
    return { id, type: spec.type, subtype: 'GROUP', name: spec.name, mentions, attributes: { members } };
  });
  return { segments: segment(text), entities };
}
