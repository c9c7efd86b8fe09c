import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Segments, Span } from '../../../model/index.js';
import { spansOverlap } from '../../../model/span.js';
import type { AttributionCandidate } from '../candidate.js';
import {
  addReports,
  ALL_PARTS,
  CONTENT,
  CUE,
  QUOTED,
  SOURCE,
  SpanIndex,
  type Proposal,
  type ReportPass,
} from './add-reports.js';

/** A small deterministic generator for the index checks. */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('SpanIndex', () => {
  it('answers overlaps and the first owner as a scan of all spans would', () => {
    const next = numbers(7);
    for (let round = 0; round < 200; round += 1) {
      const index = new SpanIndex();
      const kept: { span: Span; owner: number }[] = [];
      for (let step = 0; step < 30; step += 1) {
        const start = Math.floor(next() * 100);
        const span = { start, end: start + Math.floor(next() * 12) };
        if (next() < 0.2 && kept.length > 0) {
          const [gone] = kept.splice(Math.floor(next() * kept.length), 1);
          index.remove(gone!.span, gone!.owner);
        } else {
          const owner = Math.floor(next() * 10);
          index.add(span, owner);
          kept.push({ span, owner });
        }
        const query = { start: Math.floor(next() * 100), end: 0 };
        query.end = query.start + Math.floor(next() * 8);
        const overlapping = kept.filter((entry) => spansOverlap(entry.span, query));
        assert.equal(index.overlaps(query), overlapping.length > 0);
        const first = overlapping.length === 0 ? -1 : Math.min(...overlapping.map((entry) => entry.owner));
        assert.equal(index.firstOverlapping(query), first);
        const built = SpanIndex.of((add) => kept.forEach((entry) => add(entry.span, entry.owner)));
        assert.equal(built.overlaps(query), overlapping.length > 0);
        assert.equal(built.firstOverlapping(query), first);
      }
    }
  });
});

const NO_SEGMENTS = { tokens: [], sentences: [], paragraphs: [] } as unknown as Segments;

function candidate(
  kind: AttributionCandidate['kind'],
  cue: Span | null,
  source: Span | null,
  content: Span[],
): AttributionCandidate {
  return { kind, cue, source, content };
}

function pass(proposals: Proposal[], rest: Omit<ReportPass, 'propose'>): ReportPass {
  return { propose: () => proposals, ...rest };
}

describe('addReports', () => {
  const quote = candidate('direct', { start: 40, end: 44 }, { start: 30, end: 39 }, [{ start: 0, end: 28 }]);
  const said = candidate('indirect', { start: 60, end: 64 }, { start: 50, end: 59 }, [
    { start: 65, end: 90 },
  ]);

  it('adds proposals after all candidates, blocked where a guard says', () => {
    const inQuote = candidate('indirect', { start: 10, end: 14 }, null, [{ start: 15, end: 20 }]);
    const free = candidate('indirect', { start: 100, end: 104 }, null, [{ start: 105, end: 120 }]);
    const result = addReports(
      '',
      NO_SEGMENTS,
      [quote, said],
      pass([{ candidate: inQuote }, { candidate: free }], {
        guards: [{ held: QUOTED, checked: CUE }],
      }),
    );
    assert.deepEqual(result, [quote, said, free]);
  });

  it('merges a proposal on a candidate’s cue, and the merged candidate blocks the later ones', () => {
    const onCue = candidate('indirect', { start: 61, end: 64 }, { start: 92, end: 99 }, [
      { start: 65, end: 80 },
    ]);
    const onNewSource = candidate('indirect', { start: 95, end: 97 }, null, [{ start: 100, end: 110 }]);
    const result = addReports(
      '',
      NO_SEGMENTS,
      [quote, said],
      pass([{ candidate: onCue }, { candidate: onNewSource }], {
        guards: [{ held: SOURCE, checked: ALL_PARTS }],
        merge: (existing, { candidate: found }) => ({ ...existing, cue: found.cue, source: found.source }),
      }),
    );
    assert.deepEqual(result, [quote, { ...said, cue: onCue.cue, source: onCue.source }]);
  });

  it('lets a proposal added block the later ones when the guard grows', () => {
    const first = candidate('indirect', { start: 100, end: 104 }, { start: 92, end: 99 }, [
      { start: 105, end: 120 },
    ]);
    const second = candidate('indirect', { start: 110, end: 112 }, null, [{ start: 113, end: 118 }]);
    const grows = addReports(
      '',
      NO_SEGMENTS,
      [said],
      pass([{ candidate: first }, { candidate: second }], {
        guards: [{ held: ALL_PARTS, checked: CUE, grows: ALL_PARTS }],
      }),
    );
    assert.deepEqual(grows, [said, first]);
    const stays = addReports(
      '',
      NO_SEGMENTS,
      [said],
      pass([{ candidate: first }, { candidate: second }], {
        guards: [{ held: ALL_PARTS, checked: CUE }],
      }),
    );
    assert.deepEqual(stays, [said, first, second]);
  });

  it('checks the spans a proposal names instead of its parts', () => {
    const found = candidate('indirect', { start: 100, end: 104 }, null, [{ start: 105, end: 120 }]);
    const result = addReports(
      '',
      NO_SEGMENTS,
      [said],
      pass([{ candidate: found, checked: [{ start: 70, end: 104 }] }], {
        guards: [{ held: CUE | CONTENT, checked: 0 }],
      }),
    );
    assert.deepEqual(result, [said]);
  });
});
