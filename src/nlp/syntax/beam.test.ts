import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BeamParser } from './beam.js';
import { CANDIDATE_KEYS, Parser, TRANSITIONS, type ParserTables } from './parser.js';
import { tagId } from './tagger.js';
import { WordFeatures } from './word-features.js';

/** Sentences written for these tests, with tags. */
const SENTENCES: readonly (readonly [string, string])[][] = [
  [
    ['Gulls', 'NOUN'],
    ['circled', 'VERB'],
    ['.', 'PUNCT'],
  ],
  [
    ['The', 'DET'],
    ['old', 'ADJ'],
    ['ferry', 'NOUN'],
    ['left', 'VERB'],
    ['the', 'DET'],
    ['harbour', 'NOUN'],
    ['at', 'ADP'],
    ['dawn', 'NOUN'],
    ['.', 'PUNCT'],
  ],
  [
    ['Nobody', 'PRON'],
    ['said', 'VERB'],
    ['that', 'SCONJ'],
    ['the', 'DET'],
    ['lighthouse', 'NOUN'],
    ['keeper', 'NOUN'],
    ['had', 'AUX'],
    ['quietly', 'ADV'],
    ['painted', 'VERB'],
    ['it', 'PRON'],
    ['green', 'ADJ'],
    ['and', 'CCONJ'],
    ['white', 'ADJ'],
    ['!', 'PUNCT'],
  ],
  [['Why', 'ADV']],
];

const LABELS = 5;

/** Tables of pseudo-random weights (Float32, or Int8 as the stored model): any model at all. */
function tables(seed: number, int8: boolean, buckets = 1 << 12): ParserTables {
  let state = seed >>> 0;
  const random = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const fill = (size: number) =>
    int8
      ? Int8Array.from({ length: size }, () => Math.floor(random() * 255) - 127)
      : Float32Array.from({ length: size }, () => random() * 2 - 1);
  // Every label but the root's (label 0) is a candidate of every (direction, tag, tag); some keys
  // have one candidate only.
  const starts = new Int32Array(CANDIDATE_KEYS + 1);
  const candidates: number[] = [];
  for (let key = 0; key < CANDIDATE_KEYS; key += 1) {
    starts[key] = candidates.length;
    if (key % 7 === 0) candidates.push(1 + (key % (LABELS - 1)));
    else for (let label = 1; label < LABELS; label += 1) candidates.push(label);
  }
  starts[CANDIDATE_KEYS] = candidates.length;
  return {
    transitions: fill(buckets * TRANSITIONS),
    labels: fill(buckets * LABELS),
    labelCount: LABELS,
    rootLabel: 0,
    candidateStarts: starts,
    candidates: Int32Array.from(candidates),
  };
}

function prepared(rows: readonly (readonly [string, string])[]): { words: WordFeatures; tags: Int32Array } {
  const words = new WordFeatures();
  words.compute(
    rows.map((row) => row[0]),
    null,
    null,
  );
  return { words, tags: Int32Array.from(rows, (row) => tagId(row[1])) };
}

/** Heads and labels as "head/label" per word. */
function tree(parser: Parser, length: number): string[] {
  return Array.from({ length }, (_, index) => `${parser.heads[index]}/${parser.labels[index]}`);
}

function assertTree(parser: Parser, length: number): void {
  let roots = 0;
  for (let index = 0; index < length; index += 1) {
    const head = parser.heads[index]!;
    assert.ok(head >= 0 && head <= length && head !== index, `head ${head} of word ${index}`);
    if (head === length) roots += 1;
    assert.equal(parser.labels[index] === 0, head === length, 'the root label on the root arc only');
    let at = index;
    for (let steps = 0; at !== length; steps += 1) {
      assert.ok(steps <= length, 'no cycle');
      at = parser.heads[at]!;
    }
  }
  assert.equal(roots, 1);
}

describe('beam search over arc-hybrid transitions', () => {
  const cases = [
    { name: 'Float32 weights, seed 1', seed: 1, int8: false },
    { name: 'Float32 weights, seed 2', seed: 2, int8: false },
    { name: 'Int8 weights (packed rows, padded labels), seed 3', seed: 3, int8: true },
    { name: 'Int8 weights, seed 4', seed: 4, int8: true },
  ];
  for (const { name, seed, int8 } of cases)
    it(`width 1 gives the greedy parse: ${name}`, () => {
      const model = tables(seed, int8);
      const greedy = new Parser();
      const beam = new BeamParser(1);
      for (const rows of SENTENCES) {
        const { words, tags } = prepared(rows);
        greedy.parse(words, tags, model);
        beam.parse(words, tags, model);
        assert.deepEqual(tree(beam.best, rows.length), tree(greedy, rows.length));
      }
    });

  for (const width of [2, 4, 8])
    it(`width ${width} gives one tree with one root, whatever the weights`, () => {
      for (const seed of [5, 6]) {
        const model = tables(seed, seed % 2 === 0);
        const beam = new BeamParser(width);
        for (const rows of SENTENCES) {
          const { words, tags } = prepared(rows);
          beam.parse(words, tags, model);
          assertTree(beam.best, rows.length);
        }
      }
    });

  it('the same sentence twice gives the same parse (no state left over)', () => {
    const model = tables(7, true);
    const beam = new BeamParser(4);
    const { words, tags } = prepared(SENTENCES[2]!);
    beam.parse(words, tags, model);
    const first = tree(beam.best, SENTENCES[2]!.length);
    const other = prepared(SENTENCES[1]!);
    beam.parse(other.words, other.tags, model);
    beam.parse(words, tags, model);
    assert.deepEqual(tree(beam.best, SENTENCES[2]!.length), first);
  });
});
