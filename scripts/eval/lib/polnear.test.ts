import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AttributionCandidate } from '../../../src/nlp/attribution/candidate.js';
import {
  candidatesForScoring,
  emptyCounts,
  exactScores,
  overlapScores,
  parseBrat,
  scoreDocument,
  trimPieces,
  type GoldAttribution,
} from './polnear.js';

/** Every text and annotation below is invented for these tests. */

const at = (text: string, part: string, from = 0) => {
  const start = text.indexOf(part, from);
  assert.ok(start >= 0, `"${part}" not in the text`);
  return { start, end: start + part.length };
};

describe('parseBrat', () => {
  const text = '“Rates will fall,” the governor said, “but not yet.” Critics disagreed.';
  const content1 = at(text, '“Rates will fall,”');
  const content2 = at(text, '“but not yet.”');
  const source = at(text, 'the governor');
  const cue = at(text, 'said');
  const cue2 = at(text, 'disagreed');
  const source2 = at(text, 'Critics');
  const annotation = [
    `T1\tContent ${content1.start} ${content1.end};${content2.start} ${content2.end}\t…`,
    `T2\tSource ${source.start} ${source.end}\tthe governor`,
    `T3\tCue ${cue.start} ${cue.end}\tsaid`,
    `T4\tAttribution ${cue.start} ${cue.end}\tsaid`,
    `E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2`,
    `T5\tSource ${source2.start} ${source2.end}\tCritics`,
    `T6\tCue ${cue2.start} ${cue2.end}\tdisagreed`,
    `#1\tAnnotatorNotes T6\ta note that must be ignored`,
    `E2\tAttribution:T4 Cue:T6 Source:T5`,
  ].join('\n');

  it('reads discontinuous spans as sorted pieces and links parts through E lines', () => {
    const [first, second] = parseBrat(annotation, text);
    assert.deepEqual(first?.content, [content1, content2]);
    assert.deepEqual(first?.cue, [cue]);
    assert.deepEqual(first?.source, [source]);
    assert.deepEqual(second?.content, []);
    assert.deepEqual(second?.source, [source2]);
  });

  it('merges a Content2 part into the content', () => {
    const [only] = parseBrat(
      [
        `T1\tContent ${content2.start} ${content2.end}\t…`,
        `T2\tContent ${content1.start} ${content1.end}\t…`,
        `T3\tCue ${cue.start} ${cue.end}\tsaid`,
        `E1\tCue:T3 Content:T1 Content2:T2`,
      ].join('\n'),
      text,
    );
    assert.deepEqual(only?.content, [content1, content2]);
  });
});

describe('trimPieces', () => {
  it('removes quotation marks and spaces at the edges, and empty pieces', () => {
    const text = ' “Yes, ” "no" ’';
    assert.deepEqual(trimPieces(text, [{ start: 0, end: 8 }]), [{ start: 2, end: 6 }]);
    assert.deepEqual(trimPieces(text, [{ start: 9, end: 13 }]), [{ start: 10, end: 12 }]);
    assert.deepEqual(trimPieces(text, [{ start: 13, end: 15 }]), []);
  });
});

describe('scoreDocument', () => {
  const text = 'The mayor said the bridge would reopen. “Soon,” she added. Officials declined to comment.';
  const gold: GoldAttribution[] = [
    {
      cue: [at(text, 'said')],
      source: [at(text, 'The mayor')],
      content: [at(text, 'the bridge would reopen')],
    },
    { cue: [at(text, 'added')], source: [at(text, 'she')], content: [at(text, '“Soon,”')] },
    { cue: [at(text, 'declined')], source: [at(text, 'Officials')], content: [at(text, 'to comment')] },
  ];

  it('gives 1 everywhere for the gold itself, quotation marks trimmed on both sides', () => {
    const counts = emptyCounts();
    const predicted = gold.map((item, index) =>
      index === 1 ? { ...item, content: [at(text, 'Soon,')] } : item,
    );
    scoreDocument(text, predicted, gold, counts);
    assert.equal(exactScores(counts.cue).f1, 1);
    assert.equal(exactScores(counts.source).f1, 1);
    assert.equal(exactScores(counts.contentExact).f1, 1);
    assert.equal(overlapScores(counts.contentOverlap).f1, 1);
  });

  it('counts a source as right when the cues only overlap, and a missed attribution as a false negative', () => {
    const counts = emptyCounts();
    const predicted = [
      // cue "mayor said" overlaps the gold cue: the cue is wrong, the source and content still count
      {
        cue: [at(text, 'mayor said')],
        source: [at(text, 'The mayor')],
        content: [at(text, 'the bridge would reopen.')],
      },
      { cue: [at(text, 'added')], source: [at(text, 'she added')], content: [at(text, 'Soon,')] },
    ];
    scoreDocument(text, predicted, gold, counts);
    assert.deepEqual(counts.cue, { tp: 1, fp: 1, fn: 2 });
    assert.deepEqual(counts.source, { tp: 1, fp: 1, fn: 2 });
    assert.deepEqual(counts.contentExact, { tp: 1, fp: 1, fn: 2 });
    // contents: "the bridge would reopen." (24) and "Soon," (5) against 23 + 5 + 10 gold characters
    assert.deepEqual(counts.contentOverlap, { overlap: 28, predicted: 29, gold: 38 });
  });

  it('weights a second annotator so the document counts once', () => {
    const counts = emptyCounts();
    scoreDocument(text, gold, gold, counts, 0.5);
    scoreDocument(text, [], gold, counts, 0.5);
    assert.deepEqual(counts.cue, { tp: 1.5, fp: 0, fn: 1.5 });
    assert.equal(exactScores(counts.cue).precision, 1);
    assert.equal(exactScores(counts.cue).recall, 0.5);
  });

  it('compares discontinuous contents piece for piece', () => {
    const quoted = '“We will win,” he said, “and soon.”';
    const reference: GoldAttribution[] = [
      {
        cue: [at(quoted, 'said')],
        source: [at(quoted, 'he')],
        content: [at(quoted, '“We will win,”'), at(quoted, '“and soon.”')],
      },
    ];
    const whole = emptyCounts();
    scoreDocument(
      quoted,
      [
        {
          cue: [at(quoted, 'said')],
          source: [at(quoted, 'he')],
          content: [at(quoted, 'We will win,'), at(quoted, 'and soon.')],
        },
      ],
      reference,
      whole,
    );
    assert.equal(exactScores(whole.contentExact).f1, 1);
    const half = emptyCounts();
    scoreDocument(
      quoted,
      [{ cue: [at(quoted, 'said')], source: [at(quoted, 'he')], content: [at(quoted, 'We will win,')] }],
      reference,
      half,
    );
    assert.equal(exactScores(half.contentExact).f1, 0);
    assert.equal(overlapScores(half.contentOverlap).precision, 1);
  });
});

describe('candidatesForScoring', () => {
  it('folds a continuation paragraph into the candidate it continues', () => {
    const candidates: AttributionCandidate[] = [
      {
        kind: 'direct',
        cue: { start: 10, end: 14 },
        source: { start: 0, end: 9 },
        content: [{ start: 20, end: 30 }],
      },
      { kind: 'direct', cue: null, source: null, content: [{ start: 40, end: 50 }], continues: 0 },
      { kind: 'direct', cue: null, source: null, content: [{ start: 60, end: 70 }], continues: 1 },
    ];
    const scored = candidatesForScoring(candidates);
    assert.equal(scored.length, 1);
    assert.deepEqual(scored[0]?.content, [
      { start: 20, end: 30 },
      { start: 40, end: 50 },
      { start: 60, end: 70 },
    ]);
  });
});
