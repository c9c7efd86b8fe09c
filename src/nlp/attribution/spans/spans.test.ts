import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import type { AttributionCandidate } from '../candidate.js';
import { findAttributions } from './index.js';
import { compactWeight, compactWeights, featureIndex, SALT, score, scoreLabels } from './linear.js';
import { decodeModels, encodeModels, quantiseModel } from './model.js';
import {
  CONTENT_SHAPES,
  contentShape,
  contentWindow,
  contentShapeFeature,
  pickContent,
  PointerScratch,
  scoreBoundaries,
  sourceShapeFeature,
  sourceShapeScores,
  splitContent,
} from './pointer.js';
import { buildTokenTable } from './token-table.js';

/** Every sentence below is invented for these tests. */

const slice = (text: string, span: { start: number; end: number } | null) =>
  span === null ? null : text.slice(span.start, span.end);

/** Strips quotation marks, edge spaces and a final full stop, as the gold conventions vary there. */
const core = (value: string) => value.replace(/^[\s“”"‘’]+|[\s“”"‘’.,:]+$/gu, '');

function assertInvariants(text: string, candidates: readonly AttributionCandidate[]): void {
  candidates.forEach((candidate, index) => {
    const spans = [
      ...(candidate.cue ? [candidate.cue] : []),
      ...(candidate.source ? [candidate.source] : []),
      ...candidate.content,
    ];
    for (const span of spans) {
      assert.ok(
        0 <= span.start && span.start < span.end && span.end <= text.length,
        'span in bounds, non-empty',
      );
      const surface = text.slice(span.start, span.end);
      assert.equal(surface, surface.trim(), `span ${JSON.stringify(surface)} is trimmed`);
    }
    for (let a = 0; a < spans.length; a++)
      for (let b = a + 1; b < spans.length; b++)
        assert.ok(
          spans[a]!.end <= spans[b]!.start || spans[b]!.end <= spans[a]!.start,
          `parts of one candidate do not overlap: ${JSON.stringify(candidate)}`,
        );
    if (candidate.continues !== undefined) {
      assert.equal(candidate.cue, null);
      assert.ok(
        candidate.continues >= 0 && candidate.continues < candidates.length && candidate.continues !== index,
      );
    } else assert.notEqual(candidate.cue, null);
    assert.ok(['direct', 'indirect', 'mixed'].includes(candidate.kind));
  });
}

function run(text: string): AttributionCandidate[] {
  const candidates = findAttributions(text, segment(text));
  assertInvariants(text, candidates);
  return candidates;
}

describe('findAttributions', () => {
  const cases: {
    text: string;
    cue: string;
    source: string | null;
    content: string;
    kind?: AttributionCandidate['kind'];
  }[] = [
    {
      text: 'The harbour master said the ferry would resume sailing on Monday.',
      cue: 'said',
      source: 'The harbour master',
      content: 'the ferry would resume sailing on Monday',
      kind: 'indirect',
    },
    {
      text: 'Ms Okafor told reporters that the clinic had run out of vaccines.',
      cue: 'told',
      source: 'Ms Okafor',
      content: 'that the clinic had run out of vaccines',
    },
    {
      text: 'According to the water board, the reservoir is only a third full.',
      cue: 'According to',
      source: 'the water board',
      content: 'the reservoir is only a third full',
    },
    {
      text: 'The opposition leader claimed that the tender had been rigged.',
      cue: 'claimed',
      source: 'The opposition leader',
      content: 'that the tender had been rigged',
    },
    {
      text: '“We have never seen a winter like this one,” he said.',
      cue: 'said',
      source: 'he',
      content: 'We have never seen a winter like this one',
      kind: 'direct',
    },
    {
      text: 'The farmers’ union said: “Prices at the gate no longer cover our costs.”',
      cue: 'said',
      source: 'The farmers’ union',
      content: 'Prices at the gate no longer cover our costs',
      kind: 'direct',
    },
  ];
  for (const item of cases)
    it(`finds cue, source and content in: ${item.text}`, () => {
      const candidates = run(item.text);
      const found = candidates.find((candidate) => core(slice(item.text, candidate.cue) ?? '') === item.cue);
      assert.ok(
        found,
        `cue "${item.cue}" among ${JSON.stringify(candidates.map((c) => slice(item.text, c.cue)))}`,
      );
      assert.equal(slice(item.text, found.source), item.source);
      assert.equal(
        found.content.map((piece) => core(slice(item.text, piece) ?? '')).join(' … '),
        item.content,
      );
      if (item.kind) assert.equal(found.kind, item.kind);
    });

  it('splits a quotation interrupted by its attribution into two content pieces', () => {
    const text = '“The road is closed,” the police spokeswoman said, “and it will stay closed until Friday.”';
    const [first] = run(text);
    assert.equal(slice(text, first?.cue ?? null), 'said');
    assert.deepEqual(
      first?.content.map((piece) => core(text.slice(piece.start, piece.end))),
      ['The road is closed', 'and it will stay closed until Friday'],
    );
  });

  it('marks a cue-less quotation paragraph as continuing the previous speaker', () => {
    const text =
      '“We are asking for a fair hearing,” the teachers’ representative said.\n\n“Nothing more, and nothing less.”';
    const candidates = run(text);
    const continuation = candidates.find((candidate) => candidate.continues !== undefined);
    assert.ok(continuation, 'a continuation candidate');
    assert.equal(slice(text, candidates[continuation.continues!]!.cue), 'said');
    assert.equal(core(slice(text, continuation.content[0]!)!), 'Nothing more, and nothing less');
  });

  it('finds nothing in a sentence without an attribution, and nothing in an empty text', () => {
    assert.deepEqual(run('The bridge opened in 1932 and carries four lanes of traffic.'), []);
    assert.deepEqual(run(''), []);
  });

  it('keeps every span valid on a longer text', () => {
    const text = [
      'Residents of the valley said on Tuesday that the new quarry would ruin their water supply.',
      '“We were never asked,” said one of them, a retired teacher. “Not once.”',
      'The company, according to a statement, believes the concerns are “overstated”.',
      'A spokesman for the council declined to comment but added that a hearing was planned.',
    ].join('\n\n');
    const candidates = run(text);
    assert.ok(candidates.length >= 3, `${candidates.length} candidates`);
  });
});

describe('model weights', () => {
  it('survive an encode and a decode unchanged after quantisation', () => {
    const weights = new Float32Array(1 << 6);
    weights[3] = 0.25;
    weights[17] = -3.5;
    weights[40] = 900; // larger than the scale: kept exactly
    weights[63] = 0.0001; // too small: dropped
    const model = { mask: (1 << 6) - 1, weights };
    const [decoded] = decodeModels(encodeModels([model]));
    assert.deepEqual(Array.from(decoded!.weights), Array.from(quantiseModel(model).weights));
    assert.equal(decoded!.weights[40], 900);
    assert.ok(Math.abs(decoded!.weights[17]! + 3.5) < 0.2);
  });

  it('are read the same from the compact copy as from the table', () => {
    const weights = new Float32Array(1 << 8);
    for (let slot = 0; slot < weights.length; slot += 3) weights[slot] = Math.sin(slot) * (slot % 7);
    weights[5] = 900;
    weights[200] = -750;
    const [decoded] = decodeModels(encodeModels([{ mask: (1 << 8) - 1, weights }]));
    const compact = decoded!.compact!;
    for (let slot = 0; slot < weights.length; slot++)
      assert.equal(compactWeight(compact, slot), decoded!.weights[slot], `slot ${slot}`);
    const features = Uint32Array.from([1, 2, 3, 77, 900, 123456]);
    const plain = { mask: decoded!.mask, weights: decoded!.weights };
    for (const salt of [0, 0x38b34ae5])
      assert.equal(
        score(decoded!, features, features.length, salt),
        score(plain, features, features.length, salt),
      );
    const compactScores = new Float64Array(3);
    const plainScores = new Float64Array(3);
    scoreLabels(decoded!, features, features.length, compactScores);
    scoreLabels(plain, features, features.length, plainScores);
    assert.deepEqual(Array.from(compactScores), Array.from(plainScores));
  });
});

describe('content shapes and pair decoding', () => {
  const text = 'Officials said the plan was “sound and cheap.” Critics disagreed.';
  const segments = segment(text);
  const table = buildTokenTable(text, segments);
  const tokenAt = (word: string) =>
    segments.tokens.findIndex((token) => text.slice(token.start, token.end) === word);
  const said = tokenAt('said');
  const cue = { start: said, last: said };
  const plan = tokenAt('the');
  const closing = segments.tokens.findIndex((token) => text.slice(token.start, token.end) === '”');
  const critics = tokenAt('Critics');

  it('tells spans apart by side, sentence breaks and an odd number of quotation marks', () => {
    const after = contentShape(table, cue, plan, closing);
    const before = contentShape(table, cue, 0, 0);
    const crossing = contentShape(table, cue, plan, critics);
    const cutQuotation = contentShape(table, cue, plan, closing - 1);
    assert.equal(new Set([after, before, crossing, cutQuotation]).size, 4);
    for (const shape of [after, before, crossing, cutQuotation])
      assert.ok(shape >= 0 && shape < CONTENT_SHAPES);
  });

  it('ranks every (start, end) pair by start + end + shape score', () => {
    const bits = 12;
    const weights = new Float32Array(1 << bits);
    const model = { mask: (1 << bits) - 1, weights };
    const scratch = new PointerScratch();
    const window = { first: 0, end: segments.tokens.length };
    // No boundary scores at all: only the shape decides. Reward the shape of the span that stops
    // inside the quotation, so the decoder must find that exact pair among all of them.
    scoreBoundaries(null, model, table, cue, window, window, scratch);
    const wanted = contentShape(table, cue, plan, closing - 1);
    const features = new Uint32Array(1);
    features[0] = contentShapeFeature(wanted);
    weights[featureIndex(features[0], SALT.contentLength, model.mask)] = 5;
    const picked = pickContent(model, table, cue, null, window, scratch);
    assert.ok(picked !== null);
    assert.equal(contentShape(table, cue, picked.start, picked.last), wanted);
  });
});

describe('source shape scores', () => {
  const bits = 10;
  const sourceShape = (length: number, variant: number): number => {
    const features = new Uint32Array([sourceShapeFeature(length, variant)]);
    return featureIndex(features[0]!, SALT.sourceLength, (1 << bits) - 1);
  };

  it('are recomputed for a model in training, whose weights change between cues', () => {
    const weights = new Float32Array(1 << bits);
    const model = { mask: (1 << bits) - 1, weights };
    const scratch = new PointerScratch();
    assert.equal(sourceShapeScores(model, scratch)[(3 - 1) * 8 + 2], 0);
    weights[sourceShape(3, 2)] = 1.5;
    assert.equal(sourceShapeScores(model, scratch)[(3 - 1) * 8 + 2], 1.5);
  });

  it('are computed once for a committed (compact) model and equal its scores', () => {
    const codes = new Uint8Array(1 << bits).fill(1);
    const values = new Float64Array([0, 0.25]);
    const model = {
      mask: (1 << bits) - 1,
      weights: new Float32Array(1 << bits).fill(0.25),
      compact: compactWeights(codes, values, [{ slot: sourceShape(2, 1), value: 4 }]),
    };
    const first = sourceShapeScores(model, new PointerScratch());
    assert.equal(first[(2 - 1) * 8 + 1], 4);
    assert.equal(first[(5 - 1) * 8 + 0], 0.25);
    assert.equal(sourceShapeScores(model, new PointerScratch()), first, 'the same table, not refilled');
  });
});

describe('content window', () => {
  it('stays near the cue in a paragraph with no sentence breaks', () => {
    const clauses: string[] = [];
    for (let index = 0; index < 400; index++) clauses.push(`the council said roads ${index} would reopen`);
    const text = clauses.join(' and ');
    const segments = segment(text);
    assert.equal(segments.sentences.length, 1);
    const table = buildTokenTable(text, segments);
    const middle = Math.floor(segments.tokens.length / 2);
    const window = contentWindow(table, segments.sentences, { start: middle, last: middle });
    assert.ok(window.first > 0 && window.end < segments.tokens.length);
    assert.ok(window.first <= middle - 100 && window.end >= middle + 100, 'still reaches a long content');
    assert.ok(window.end - window.first <= 501);
  });
});

describe('splitContent', () => {
  const pieces = (text: string, from: string, to: string, cueWord: string, sourceWords: string | null) => {
    const segments = segment(text);
    const table = buildTokenTable(text, segments);
    const index = (word: string, after = 0) =>
      segments.tokens.findIndex((token, at) => at >= after && text.slice(token.start, token.end) === word);
    const cue = index(cueWord);
    let source = null;
    if (sourceWords !== null) {
      const words = sourceWords.split(' ');
      const first = index(words[0]!);
      source = { start: first, last: first + words.length - 1 };
    }
    const range = { start: index(from), last: index(to, cue) };
    return splitContent(table, range, { start: cue, last: cue }, source).map((piece) =>
      text.slice(segments.tokens[piece.start]!.start, segments.tokens[piece.last]!.end),
    );
  };

  it('cuts a quotation around its cue into two pieces', () => {
    assert.deepEqual(pieces('“We will win,” the coach said, “and soon.”', '“', '”', 'said', 'the coach'), [
      '“We will win,”',
      '“and soon.”',
    ]);
  });

  it('drops a lone connective that opened the sentence before the source', () => {
    assert.deepEqual(
      pieces('But the mayor said the bridge would stay shut.', 'But', 'shut', 'said', 'the mayor'),
      ['the bridge would stay shut'],
    );
    assert.deepEqual(
      pieces('And yet, the mayor said the bridge would stay shut.', 'And', 'shut', 'said', 'the mayor'),
      ['the bridge would stay shut'],
    );
  });
});
