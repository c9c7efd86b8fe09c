import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leaves, nestMarks, type Mark, type TreeNode } from './nest-marks.js';

/** A compact picture of a tree: marks as kind[...], text as its characters. */
function show(nodes: readonly TreeNode[], text: string): string {
  return nodes
    .map((node) =>
      node.kind === 'text'
        ? text.slice(node.start, node.end)
        : `${node.mark.kind}[${show(node.children, text)}]`,
    )
    .join('');
}

const text = 'Ann Lee said "Bob Roy lied" on Monday.';
//            0123456789012345678901234567890123456
const cases: { name: string; marks: Mark[]; range?: [number, number]; expected: string }[] = [
  { name: 'no marks: one text leaf', marks: [], expected: text },
  {
    name: 'a mention inside a quotation',
    marks: [
      { kind: 'content', start: 13, end: 27, ref: 'a1' },
      { kind: 'mention', start: 14, end: 21, ref: 'e2' },
    ],
    expected: 'Ann Lee said content["mention[Bob Roy] lied"] on Monday.',
  },
  {
    name: 'source, cue and content side by side; a mention inside the source',
    marks: [
      { kind: 'mention', start: 0, end: 7, ref: 'e1' },
      { kind: 'source', start: 0, end: 7, ref: 'a1' },
      { kind: 'cue', start: 8, end: 12, ref: 'a1' },
      { kind: 'content', start: 13, end: 27, ref: 'a1' },
    ],
    expected: 'source[mention[Ann Lee]] cue[said] content["Bob Roy lied"] on Monday.',
  },
  {
    name: 'crossing marks: the later one is cut at the earlier one’s end',
    marks: [
      { kind: 'content', start: 4, end: 12, ref: 'a1' },
      { kind: 'mention', start: 8, end: 16, ref: 'e1' },
    ],
    expected: 'Ann content[Lee mention[said]]mention[ "Bo]b Roy lied" on Monday.',
  },
  {
    name: 'marks outside the range are dropped, those reaching out are clipped',
    marks: [
      { kind: 'mention', start: 0, end: 3, ref: 'e1' },
      { kind: 'content', start: 13, end: 27, ref: 'a1' },
    ],
    range: [8, 20],
    expected: 'said content["Bob Ro]',
  },
  {
    name: 'empty marks are dropped',
    marks: [{ kind: 'cue', start: 8, end: 8, ref: 'a1' }],
    expected: text,
  },
];

for (const { name, marks, range, expected } of cases) {
  test(`nestMarks: ${name}`, () => {
    const [start, end] = range ?? [0, text.length];
    const tree = nestMarks(marks, start, end);
    assert.equal(show(tree, text), expected);
    // the leaves tile the range
    let position = start;
    for (const leaf of leaves(tree)) {
      assert.equal(leaf.start, position);
      position = leaf.end;
    }
    assert.equal(position, end);
  });
}
