import type { EntityType } from '../../model/index.js';

/**
 * BILOU labels: class 0 is O (outside); an entity of type t covers classes 1 + 4t + part, where
 * part is B (begin), I (inside), L (last) or U (unit, a one-token entity). BILOU lets a greedy
 * tagger see where names end, which BIO leaves implicit.
 */
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'LOC', 'MISC'];
export const CLASS_COUNT = 1 + 4 * ENTITY_TYPES.length;

export const OUTSIDE = 0;
export const BEGIN = 0;
export const INSIDE = 1;
export const LAST = 2;
export const UNIT = 3;

export function classOf(typeIndex: number, part: number): number {
  return 1 + 4 * typeIndex + part;
}

export function typeOfClass(label: number): number {
  return label === OUTSIDE ? -1 : (label - 1) >> 2;
}

export function partOfClass(label: number): number {
  return label === OUTSIDE ? -1 : (label - 1) & 3;
}

/** Whether an entity is open after `label` (B or I), so the next label must continue it. */
export function isOpen(label: number): boolean {
  const part = partOfClass(label);
  return part === BEGIN || part === INSIDE;
}

/**
 * Whether `label` may follow `previous` (OUTSIDE at a sentence start); at the last token of a
 * sentence no entity may stay open.
 */
export function isAllowed(previous: number, label: number, last: boolean): boolean {
  const part = partOfClass(label);
  if (isOpen(previous)) {
    if (typeOfClass(label) !== typeOfClass(previous)) return false;
    return last ? part === LAST : part === INSIDE || part === LAST;
  }
  if (part === INSIDE || part === LAST) return false;
  return !(last && part === BEGIN);
}

/** Entity index per type, or -1. */
export function typeIndexOf(type: EntityType): number {
  return ENTITY_TYPES.indexOf(type);
}
