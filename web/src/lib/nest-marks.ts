// Turns the spans of an article (entity mentions, attribution sources, cues and contents) into a
// tree that can be rendered as nested elements. Spans usually nest ("Mr Putin" inside a quotation);
// when two cross ("said Mr Lukashenko, …" where a source runs into a content), the later one is cut
// at the boundary of the earlier one, so every character is covered by at most one chain of marks.
// Pure: no DOM, used by the article view and tested with node's test runner.

/** `target`: characters a link points at (#chars-START-END), outermost of all. */
export type MarkKind = 'target' | 'content' | 'source' | 'cue' | 'mention';

export interface Mark {
  kind: MarkKind;
  start: number;
  end: number;
  /** the attribution id (content, source, cue) or the document entity id (mention) */
  ref: string;
  /** which piece of a multi-part content this is (0 for the first) */
  part?: number;
}

export interface TextLeaf {
  kind: 'text';
  start: number;
  end: number;
}

export interface MarkNode {
  kind: 'mark';
  mark: Mark;
  start: number;
  end: number;
  children: TreeNode[];
}

export type TreeNode = TextLeaf | MarkNode;

/** Outer kinds first when two marks cover exactly the same characters. */
const kindRank: Record<MarkKind, number> = { target: -1, content: 0, source: 1, cue: 2, mention: 3 };

function compareMarks(a: Mark, b: Mark): number {
  return (
    a.start - b.start ||
    b.end - a.end ||
    kindRank[a.kind] - kindRank[b.kind] ||
    (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0)
  );
}

/**
 * Nests `marks` within [start, end). Marks outside the range are dropped, marks that reach outside
 * it are clipped, empty marks are dropped. The leaves cover [start, end) exactly, in order.
 */
export function nestMarks(marks: readonly Mark[], start: number, end: number): TreeNode[] {
  const clipped: Mark[] = [];
  for (const mark of marks) {
    const s = Math.max(mark.start, start);
    const e = Math.min(mark.end, end);
    if (s < e) clipped.push(s === mark.start && e === mark.end ? mark : { ...mark, start: s, end: e });
  }
  clipped.sort(compareMarks);
  return nestSorted(clipped, start, end);
}

function nestSorted(sorted: Mark[], start: number, end: number): TreeNode[] {
  const out: TreeNode[] = [];
  let position = start;
  let rest = sorted;
  while (rest.length > 0) {
    const [first, ...others] = rest as [Mark, ...Mark[]];
    let mark = first;
    if (mark.start < position) {
      // crosses the previous sibling: keep only the part after it
      if (mark.end <= position) {
        rest = others;
        continue;
      }
      mark = { ...mark, start: position };
    }
    if (mark.start > position) out.push({ kind: 'text', start: position, end: mark.start });
    const inner: Mark[] = [];
    const after: Mark[] = [];
    for (const other of others) {
      if (other.start >= mark.end) after.push(other);
      else if (other.end <= mark.end) inner.push(other);
      else {
        inner.push({ ...other, end: mark.end });
        after.push({ ...other, start: mark.end });
      }
    }
    inner.sort(compareMarks);
    after.sort(compareMarks);
    out.push({
      kind: 'mark',
      mark,
      start: mark.start,
      end: mark.end,
      children: nestSorted(inner, mark.start, mark.end),
    });
    position = mark.end;
    rest = after;
  }
  if (position < end) out.push({ kind: 'text', start: position, end });
  return out;
}

/** The text leaves of a tree in order (for checks: they must tile the range). */
export function leaves(nodes: readonly TreeNode[]): TextLeaf[] {
  const out: TextLeaf[] = [];
  for (const node of nodes) {
    if (node.kind === 'text') out.push(node);
    else out.push(...leaves(node.children));
  }
  return out;
}
