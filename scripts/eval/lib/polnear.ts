import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AttributionCandidate } from '../../../src/nlp/attribution/candidate.js';
import type { Segments, Span } from '../../../src/model/index.js';

/**
 * PolNeAR (Newell, Margolin, Ruths, LREC 2018): news articles with attributions in brat standoff.
 * Each `.ann` file is one annotator's work on one text (`<document>_<annotator>.ann`); a few
 * documents carry several annotators. Lines used here:
 *
 *   T12	Cue 527 564	’s been ratcheting up his critique of
 *   T7	Content 329 403;410 420	the candidate has …          (discontinuous: pieces joined by ";")
 *   E2	Attribution:T11 Cue:T6 Content:T7 Source:T5          (Content2:T… is a second content part)
 *
 * Other lines (notes, "Discard", text running onto a second line) are ignored.
 */

/** One gold attribution; every part is a list of pieces (discontinuous annotations have several). */
export interface GoldAttribution {
  readonly cue: readonly Span[];
  readonly source: readonly Span[];
  readonly content: readonly Span[];
}

export interface PolnearAnnotation {
  /** The annotator id from the file name (`d473`). */
  readonly annotator: string;
  readonly attributions: readonly GoldAttribution[];
}

export interface PolnearDocument {
  /** The document name without extension (`nyt_2016-04-18_for-news-outlets-feeling-the-squ`). */
  readonly name: string;
  readonly text: string;
  /** One entry per annotator file, sorted by annotator id. */
  readonly annotations: readonly PolnearAnnotation[];
}

const TEXT_BOUND = /^(T\d+)\t(\S+) ([\d ;]+)\t/u;
const EVENT = /^E\d+\t(.*)$/u;

function pieces(offsets: string, textLength: number): Span[] {
  const result: Span[] = [];
  for (const part of offsets.split(';')) {
    const [start, end] = part.trim().split(' ').map(Number);
    if (start === undefined || end === undefined || !(start < end) || end > textLength) continue;
    result.push({ start, end });
  }
  return result.sort((a, b) => a.start - b.start);
}

/** Parses one brat `.ann` file into attributions (E lines), with the text it annotates. */
export function parseBrat(annotation: string, text: string): GoldAttribution[] {
  const bounds = new Map<string, Span[]>();
  const events: string[] = [];
  for (const line of annotation.split('\n')) {
    const bound = TEXT_BOUND.exec(line);
    if (bound) {
      bounds.set(bound[1] as string, pieces(bound[3] as string, text.length));
      continue;
    }
    const event = EVENT.exec(line);
    if (event) events.push(event[1] as string);
  }
  const attributions: GoldAttribution[] = [];
  for (const event of events) {
    const parts: Record<'Cue' | 'Source' | 'Content', Span[]> = { Cue: [], Source: [], Content: [] };
    for (const argument of event.trim().split(/\s+/u)) {
      const [role, id] = argument.split(':');
      if (role === undefined || id === undefined) continue;
      const base = role.replace(/\d+$/u, '');
      if (base !== 'Cue' && base !== 'Source' && base !== 'Content') continue;
      parts[base].push(...(bounds.get(id) ?? []));
    }
    const sort = (spans: Span[]) => spans.sort((a, b) => a.start - b.start);
    attributions.push({ cue: sort(parts.Cue), source: sort(parts.Source), content: sort(parts.Content) });
  }
  return attributions;
}

/** Loads a PolNeAR split folder (`<root>/train`, `<root>/dev`): texts and every annotator file. */
export function loadPolnear(splitFolder: string): PolnearDocument[] {
  const files = readdirSync(join(splitFolder, 'attributions'))
    .filter((name) => name.endsWith('.ann'))
    .sort();
  const byDocument = new Map<string, { annotator: string; file: string }[]>();
  for (const file of files) {
    const match = /^(.*)_([0-9a-f]+)\.ann$/u.exec(file);
    if (!match) continue;
    const name = match[1] as string;
    const list = byDocument.get(name) ?? [];
    list.push({ annotator: match[2] as string, file });
    byDocument.set(name, list);
  }
  const documents: PolnearDocument[] = [];
  for (const [name, list] of [...byDocument].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const text = readFileSync(join(splitFolder, 'text', `${name}.txt`), 'utf8');
    const annotations = list
      .sort((a, b) => (a.annotator < b.annotator ? -1 : 1))
      .map(({ annotator, file }) => ({
        annotator,
        attributions: parseBrat(readFileSync(join(splitFolder, 'attributions', file), 'utf8'), text),
      }));
    documents.push({ name, text, annotations });
  }
  return documents;
}

// ---------------------------------------------------------------------------------------------
// Scoring, as Citron (BBC R&D) scores PARC 3.0: exact matches counted per attribution (a
// predicted attribution is a true positive when some gold one matches it; a gold one is missed
// when no prediction matches it), overlap as summed shared length over summed lengths.

/** What the scorer compares: an attribution with its parts as lists of pieces. */
export interface ScoredAttribution {
  readonly cue: readonly Span[];
  readonly source: readonly Span[];
  readonly content: readonly Span[];
}

function isTrimmed(code: number): boolean {
  switch (code) {
    case 0x20:
    case 0x09:
    case 0x0a:
    case 0x0d:
    case 0xa0:
    case 0x22: // "
    case 0x27: // '
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201c: // “
    case 0x201d: // ”
    case 0xab: // «
    case 0xbb: // »
      return true;
    default:
      return false;
  }
}

/** Removes quotation marks and white space at both edges of each piece; drops pieces left empty. */
export function trimPieces(text: string, spans: readonly Span[]): Span[] {
  const result: Span[] = [];
  for (const piece of spans) {
    let start = piece.start;
    let end = piece.end;
    while (start < end && isTrimmed(text.charCodeAt(start))) start++;
    while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
    if (start < end) result.push({ start, end });
  }
  return result.sort((a, b) => a.start - b.start);
}

function trimAttribution(text: string, attribution: ScoredAttribution): ScoredAttribution {
  return {
    cue: trimPieces(text, attribution.cue),
    source: trimPieces(text, attribution.source),
    content: trimPieces(text, attribution.content),
  };
}

/**
 * Candidates as the scorer sees them: a cue-less quotation paragraph that continues an earlier
 * candidate (`continues`) is one more content piece of that candidate, as PolNeAR annotates it.
 */
export function candidatesForScoring(candidates: readonly AttributionCandidate[]): ScoredAttribution[] {
  const contents: Span[][] = candidates.map((candidate) => [...candidate.content]);
  const root = (index: number): number => {
    let current = index;
    for (let guard = 0; guard < candidates.length; guard++) {
      const parent = candidates[current]?.continues;
      if (parent === undefined || parent === current || parent < 0 || parent >= candidates.length)
        return current;
      current = parent;
    }
    return current;
  };
  const kept: number[] = [];
  candidates.forEach((candidate, index) => {
    const owner = candidate.continues === undefined ? index : root(index);
    if (owner === index) kept.push(index);
    else (contents[owner] as Span[]).push(...candidate.content);
  });
  return kept.map((index) => {
    const candidate = candidates[index] as AttributionCandidate;
    return {
      cue: candidate.cue ? [candidate.cue] : [],
      source: candidate.source ? [candidate.source] : [],
      content: (contents[index] as Span[]).sort((a, b) => a.start - b.start),
    };
  });
}

function sameSpans(a: readonly Span[], b: readonly Span[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    const left = a[index] as Span;
    const right = b[index] as Span;
    if (left.start !== right.start || left.end !== right.end) return false;
  }
  return true;
}

function spansOverlap(a: readonly Span[], b: readonly Span[]): boolean {
  for (const left of a)
    for (const right of b) if (left.start < right.end && right.start < left.end) return true;
  return false;
}

function overlapLength(a: readonly Span[], b: readonly Span[]): number {
  let total = 0;
  for (const left of a)
    for (const right of b)
      total += Math.max(0, Math.min(left.end, right.end) - Math.max(left.start, right.start));
  return total;
}

function totalLength(spans: readonly Span[]): number {
  let total = 0;
  for (const piece of spans) total += piece.end - piece.start;
  return total;
}

/** True positives, false positives and false negatives (fractional when documents are weighted). */
export interface ExactCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface OverlapCounts {
  overlap: number;
  predicted: number;
  gold: number;
}

export interface PolnearCounts {
  readonly cue: ExactCounts;
  readonly source: ExactCounts;
  readonly contentExact: ExactCounts;
  readonly contentOverlap: OverlapCounts;
}

export function emptyCounts(): PolnearCounts {
  return {
    cue: { tp: 0, fp: 0, fn: 0 },
    source: { tp: 0, fp: 0, fn: 0 },
    contentExact: { tp: 0, fp: 0, fn: 0 },
    contentOverlap: { overlap: 0, predicted: 0, gold: 0 },
  };
}

type Matcher = (predicted: ScoredAttribution, gold: ScoredAttribution) => boolean;

function exact(
  predicted: readonly ScoredAttribution[],
  gold: readonly ScoredAttribution[],
  matches: Matcher,
  into: ExactCounts,
  weight: number,
): void {
  for (const item of predicted) {
    if (gold.some((reference) => matches(item, reference))) into.tp += weight;
    else into.fp += weight;
  }
  for (const reference of gold) if (!predicted.some((item) => matches(item, reference))) into.fn += weight;
}

/** The cue is an exact match. */
const cueMatches: Matcher = (predicted, gold) =>
  predicted.cue.length > 0 && sameSpans(predicted.cue, gold.cue);
/** The cues overlap and the sources are equal (two absent sources are equal). */
const sourceMatches: Matcher = (predicted, gold) =>
  spansOverlap(predicted.cue, gold.cue) && sameSpans(predicted.source, gold.source);
/** The cues overlap and the contents are equal, piece for piece. */
const contentMatches: Matcher = (predicted, gold) =>
  spansOverlap(predicted.cue, gold.cue) && sameSpans(predicted.content, gold.content);

/**
 * Scores one document's predictions against one annotator's attributions and adds the counts,
 * multiplied by `weight` (1 / number of annotators, so that each document counts once), to `into`.
 * Quotation marks and white space at the edges of every piece are trimmed on both sides first.
 */
export function scoreDocument(
  text: string,
  predicted: readonly ScoredAttribution[],
  gold: readonly GoldAttribution[],
  into: PolnearCounts,
  weight = 1,
): void {
  const left = predicted.map((item) => trimAttribution(text, item));
  const right = gold.map((item) => trimAttribution(text, item));
  exact(left, right, cueMatches, into.cue, weight);
  exact(left, right, sourceMatches, into.source, weight);
  exact(left, right, contentMatches, into.contentExact, weight);
  for (const item of left) {
    into.contentOverlap.predicted += weight * totalLength(item.content);
    for (const reference of right)
      into.contentOverlap.overlap += weight * overlapLength(item.content, reference.content);
  }
  for (const reference of right) into.contentOverlap.gold += weight * totalLength(reference.content);
}

export interface PrecisionRecall {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

function harmonic(precision: number, recall: number): PrecisionRecall {
  return {
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
  };
}

export function exactScores(counts: ExactCounts): PrecisionRecall {
  return harmonic(
    counts.tp + counts.fp > 0 ? counts.tp / (counts.tp + counts.fp) : 0,
    counts.tp + counts.fn > 0 ? counts.tp / (counts.tp + counts.fn) : 0,
  );
}

export function overlapScores(counts: OverlapCounts): PrecisionRecall {
  return harmonic(
    counts.predicted > 0 ? counts.overlap / counts.predicted : 0,
    counts.gold > 0 ? counts.overlap / counts.gold : 0,
  );
}

/**
 * The tokens covering gold pieces (the first piece's start to the last piece's end): the first
 * token ending after the start to the last starting before the end; null when none does.
 */
export function goldTokenRange(
  segments: Segments,
  spans: readonly Span[],
): { start: number; last: number } | null {
  if (spans.length === 0) return null;
  const start = spans[0]!.start;
  const end = spans[spans.length - 1]!.end;
  const tokens = segments.tokens;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.end <= start) low = middle + 1;
    else high = middle;
  }
  if (low >= tokens.length || tokens[low]!.start >= end) return null;
  let last = low;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
  return { start: low, last };
}
