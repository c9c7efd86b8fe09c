import { tokenAt } from '../names/token-index.js';
import type { Entity, Token } from '../../model/index.js';
import type { DependencyTree } from '../grammar/index.js';

/**
 * Which entities a noun phrase of the parse names. A token inside an entity mention names that
 * entity (the shortest mention wins); a coordination names every conjunct's entities ("Arland,
 * Dravia, and Kostania"); a group entity ("Ana Reyes, Tomas Lind and Lena Varga", the antecedent of
 * "the three") names its members too, found by their names.
 */
export class Referents {
  private readonly owner: Int32Array;
  private readonly entityIndex: readonly Entity[];
  private readonly byName: ReadonlyMap<string, string>;

  constructor(
    readonly tree: DependencyTree,
    entities: readonly Entity[],
  ) {
    const tokens = tree.tokens;
    this.owner = new Int32Array(tokens.length).fill(-1);
    this.entityIndex = entities;
    const width = new Int32Array(tokens.length).fill(0x7fffffff);
    const byName = new Map<string, string>();
    entities.forEach((entity, index) => {
      byName.set(entity.name.toLowerCase(), entity.id);
      for (const mention of entity.mentions) {
        const size = mention.end - mention.start;
        for (let at = tokenAt(tokens, mention.start); at < tokens.length; at += 1) {
          const token = tokens[at] as Token;
          if (token.start >= mention.end) break;
          if (size < width[at]!) {
            width[at] = size;
            this.owner[at] = index;
          }
        }
      }
    });
    this.byName = byName;
  }

  /** The entity of an id, or null. */
  entityWithId(id: string): Entity | null {
    return this.entityIndex.find((entity) => entity.id === id) ?? null;
  }

  /** The entity a token is part of a mention of, or null. */
  entityAt(index: number): Entity | null {
    const owner = this.owner[index] ?? -1;
    return owner < 0 ? null : (this.entityIndex[owner] ?? null);
  }

  /**
   * The entity a phrase headed by `head` is named by: the head's own, else, when the parse made a
   * title the head of a name ("[Transport] Minister Farid al-Rashidi": the name hung on "Transport"
   * by `flat`), the one person or organisation named by the head's `flat` words.
   */
  nameAt(head: number): Entity | null {
    const own = this.entityAt(head);
    if (own !== null) return own;
    const token = this.tree.tokens[head];
    if (token === undefined || token.pos !== 'PROPN') return null;
    const named = new Set<Entity>();
    for (const child of this.tree.dependents(head, ['flat'])) {
      const entity = this.entityAt(child);
      if (entity !== null && (entity.type === 'PERSON' || entity.type === 'ORG')) named.add(entity);
    }
    return named.size === 1 ? ([...named][0] as Entity) : null;
  }

  /**
   * The entity ids a phrase headed by `head` names: the head's own entity, else a proper name or
   * adjective of nationality inside it ("Islamist radicals"), with conjuncts and group members.
   */
  entitiesOf(head: number): string[] {
    const found = new Set<string>();
    const visit = (at: number): void => {
      const own = this.entityAt(at) ?? this.nameInside(at);
      if (own !== null) for (const id of this.expand(own)) found.add(id);
      for (const conjunct of this.tree.dependents(at, ['conj'])) visit(conjunct);
    };
    visit(head);
    return [...found];
  }

  private nameInside(head: number): Entity | null {
    for (const child of this.tree.dependents(head, ['amod', 'compound', 'flat', 'nmod:poss'])) {
      const entity = this.entityAt(child);
      if (entity !== null) return entity;
    }
    return null;
  }

  /** A group entity's id and its members' ids (members named "A, B and C" in the group's name). */
  private expand(entity: Entity): string[] {
    const ids = [entity.id];
    if (entity.type !== 'PERSON' || !/,| and /.test(entity.name)) return ids;
    for (const part of entity.name.split(/,\s*|\s+and\s+/)) {
      const member = this.byName.get(part.trim().toLowerCase());
      if (member !== undefined) ids.push(member);
    }
    return ids;
  }
}
