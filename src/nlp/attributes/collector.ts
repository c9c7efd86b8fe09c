import type { Gender } from './words.js';

export type AttributeValue = string | number | readonly string[];

/** Keys of `Entity.attributes` that hold a list of strings (one value is printed as a string). */
export type ListKey =
  'role' | 'citizenship' | 'born_in' | 'origin' | 'relation' | 'affiliation' | 'description';

const LIST_KEYS: readonly ListKey[] = [
  'role',
  'citizenship',
  'born_in',
  'origin',
  'relation',
  'affiliation',
  'description',
];

/** A family relation found in the text: `subject` is the `kin` ("father") of `object`. */
export interface KinFact {
  readonly subject: number;
  readonly kin: string;
  readonly object: number;
  /** The rule that found it. */
  readonly rule: string;
}

/** Which rule gave an entity a value: what `explainAttributes` returns, to trace a wrong value in one step. */
export interface FactOrigin {
  /** Index of the entity in the input array. */
  readonly entity: number;
  readonly key: string;
  readonly value: string | number;
  readonly rule: string;
}

/**
 * The rule being applied, set by each rule before it records facts, and, when explaining, every
 * value recorded with its rule.
 */
export class RuleLog {
  rule = '';
  readonly origins: FactOrigin[] | undefined;

  constructor(record: boolean) {
    this.origins = record ? [] : undefined;
  }

  note(entity: number, key: string, value: string | number): void {
    this.origins?.push({ entity, key, value, rule: this.rule });
  }
}

/**
 * What the rules found about one entity, in the order found. Lists drop values already there
 * (case-insensitively); for roles a longer value that contains a shorter one replaces it
 * ("president", then "Russian President": only "Russian President" is kept).
 */
export class EntityFacts {
  age: number | undefined;
  /** Created on the first value: most entities get none. */
  private lists: Map<ListKey, string[]> | undefined;
  maleEvidence = 0;
  femaleEvidence = 0;

  constructor(
    private readonly entity: number,
    private readonly log: RuleLog,
  ) {}

  setAge(value: number): void {
    this.log.note(this.entity, 'age', value);
    if (this.age === undefined) this.age = value;
  }

  add(key: ListKey, value: string): void {
    // A description never starts with its article: "The agency's chief" → "agency's chief".
    const cleaned = value
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^(?:the|a|an) /i, '');
    if (cleaned === '') return;
    this.log.note(this.entity, key, cleaned);
    this.lists ??= new Map();
    let list = this.lists.get(key);
    if (list === undefined) {
      list = [];
      this.lists.set(key, list);
    }
    const lower = cleaned.toLowerCase();
    for (let index = 0; index < list.length; index += 1) {
      const existing = (list[index] as string).toLowerCase();
      if (existing === lower) return;
      if (key === 'role' || key === 'description') {
        if (containsWords(existing, lower)) return;
        if (containsWords(lower, existing)) {
          list[index] = cleaned;
          return;
        }
      }
    }
    list.push(cleaned);
  }

  addGender(gender: Gender | undefined): void {
    if (gender === 'male') this.maleEvidence += 1;
    else if (gender === 'female') this.femaleEvidence += 1;
  }

  gender(): Gender | undefined {
    if (this.maleEvidence > this.femaleEvidence) return 'male';
    if (this.femaleEvidence > this.maleEvidence) return 'female';
    return undefined;
  }

  toAttributes(): Record<string, AttributeValue> | undefined {
    const result: Record<string, AttributeValue> = {};
    let any = false;
    if (this.age !== undefined) {
      result['age'] = this.age;
      any = true;
    }
    for (const key of LIST_KEYS) {
      const list = this.lists?.get(key);
      if (list === undefined || list.length === 0) continue;
      result[key] = list.length === 1 ? (list[0] as string) : Object.freeze([...list]);
      any = true;
    }
    return any ? result : undefined;
  }
}

/** Whether `outer` contains `inner` as whole words. */
function containsWords(outer: string, inner: string): boolean {
  let from = outer.indexOf(inner);
  while (from >= 0) {
    const before = from === 0 ? ' ' : outer.charAt(from - 1);
    const after = from + inner.length >= outer.length ? ' ' : outer.charAt(from + inner.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    from = outer.indexOf(inner, from + 1);
  }
  return false;
}
