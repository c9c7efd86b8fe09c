import type { Token } from '../../model/index.js';

/**
 * The dependency trees of a document's token table, indexed for the questions later stages ask:
 * a token's dependents, the range its subtree covers. Built once per document in linear time;
 * children are stored in one flat array (`childOffsets[i]` to `childOffsets[i + 1]` in `children`),
 * so asking allocates nothing.
 */
const built = new WeakMap<readonly Token[], DependencyTree>();

export class DependencyTree {
  readonly tokens: readonly Token[];
  private readonly childOffsets!: Int32Array;
  private readonly children!: Int32Array;
  /** First and last token index of each token's subtree (itself included). */
  private readonly subtreeFirst!: Int32Array;
  private readonly subtreeLast!: Int32Array;

  /**
   * The tree of `tokens`. A token table is never changed once made, and most stages ask for the
   * tree of the same one (the document's): the tree built first for an array is returned again
   * (kept while the array lives), so a document's tree is built once.
   */
  constructor(tokens: readonly Token[]) {
    this.tokens = tokens;
    const known = built.get(tokens);
    if (known !== undefined && known.subtreeFirst.length === tokens.length) return known;
    built.set(tokens, this);
    const count = tokens.length;
    const childOffsets = new Int32Array(count + 1);
    for (const token of tokens) if (token.head >= 0) childOffsets[token.head + 1]! += 1;
    for (let index = 0; index < count; index += 1) childOffsets[index + 1]! += childOffsets[index]!;
    const children = new Int32Array(childOffsets[count]!);
    const filled = childOffsets.slice(0, count);
    for (let index = 0; index < count; index += 1) {
      const head = (tokens[index] as Token).head;
      if (head >= 0) children[filled[head]!++] = index;
    }
    this.childOffsets = childOffsets;
    this.children = children;
    // Subtree ranges: push each token's own range up its chain of heads. A token's subtree is a
    // range only for projective trees; for the rare crossing arc the range covers the gap too.
    const first = new Int32Array(count);
    const last = new Int32Array(count);
    for (let index = 0; index < count; index += 1) {
      first[index] = index;
      last[index] = index;
    }
    for (let index = 0; index < count; index += 1) {
      let steps = 0;
      for (let head = (tokens[index] as Token).head; head >= 0 && steps < count; steps += 1) {
        if (index < first[head]!) first[head] = index;
        else if (index > last[head]!) last[head] = index;
        else break;
        head = (tokens[head] as Token).head;
      }
    }
    this.subtreeFirst = first;
    this.subtreeLast = last;
  }

  /** Number of dependents of `index`. */
  childCount(index: number): number {
    return this.childOffsets[index + 1]! - this.childOffsets[index]!;
  }

  /** The `nth` dependent of `index`, in text order. */
  child(index: number, nth: number): number {
    return this.children[this.childOffsets[index]! + nth]!;
  }

  /** The first dependent of `index` whose relation is `relation` (subtypes included when `relation` has none), or -1. */
  dependent(index: number, relation: string): number {
    const end = this.childOffsets[index + 1]!;
    for (let at = this.childOffsets[index]!; at < end; at += 1) {
      const child = this.children[at]!;
      if (relationIs((this.tokens[child] as Token).dep, relation)) return child;
    }
    return -1;
  }

  /** Every dependent of `index` whose relation is one of `relations` (subtypes included as in `dependent`). */
  dependents(index: number, relations: readonly string[]): number[] {
    const found: number[] = [];
    const end = this.childOffsets[index + 1]!;
    for (let at = this.childOffsets[index]!; at < end; at += 1) {
      const child = this.children[at]!;
      const dep = (this.tokens[child] as Token).dep;
      if (relations.some((relation) => relationIs(dep, relation))) found.push(child);
    }
    return found;
  }

  /** Index of the first token of the subtree of `index`. */
  subtreeStart(index: number): number {
    return this.subtreeFirst[index]!;
  }

  /** Index of the last token of the subtree of `index`. */
  subtreeEnd(index: number): number {
    return this.subtreeLast[index]!;
  }

  /** Whether `ancestor` dominates `index` (or is it). */
  dominates(ancestor: number, index: number): boolean {
    let steps = 0;
    for (let at = index; at >= 0 && steps <= this.tokens.length; steps += 1) {
      if (at === ancestor) return true;
      at = (this.tokens[at] as Token).head;
    }
    return false;
  }
}

/**
 * Whether a token's relation `dep` is `relation`: `nsubj` matches `nsubj` and `nsubj:pass`;
 * `nsubj:pass` matches only itself.
 */
export function relationIs(dep: string, relation: string): boolean {
  if (dep === relation) return true;
  return (
    relation.indexOf(':') < 0 &&
    dep.length > relation.length &&
    dep.startsWith(relation) &&
    dep.charCodeAt(relation.length) === 58
  );
}
