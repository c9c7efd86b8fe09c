import type { Segments, TimeType } from '../../model/index.js';
import { nerModel } from '../ner/model.js';
import { LinearTagger } from '../tagging/linear-tagger.js';
import { loadTaggerModel, type TaggerModel } from '../tagging/model-file.js';
import { timeClosed, timeHints } from './hints.js';

/**
 * Time-expression extents: a BIO tagger (B/I × DATE, TIME, DURATION, SET) learned from TimeBank +
 * AQUAINT (models/times/MODEL_CARD.md). Only the extent and a first type come from it; the value
 * (and the final type) come from the rules of normalise.ts.
 */
export const TIMEX_LABELS: readonly string[] = [
  'O',
  'B-DATE',
  'I-DATE',
  'B-TIME',
  'I-TIME',
  'B-DURATION',
  'I-DURATION',
  'B-SET',
  'I-SET',
];

/** An inside label only continues an expression of the same type. */
export function timexAllowed(previous: number, label: number): boolean {
  if (label === 0 || label % 2 === 1) return true;
  return previous === label || previous === label - 1;
}

export interface TimexExtent {
  readonly start: number;
  readonly end: number;
  readonly type: TimeType;
}

/** Label sequence → extents (character spans over the tokens). */
export function extentsFromLabels(segments: Segments, labels: Int32Array): TimexExtent[] {
  const extents: TimexExtent[] = [];
  const tokens = segments.tokens;
  let open = -1;
  const close = (last: number): void => {
    if (open < 0) return;
    const type = TIMEX_LABELS[labels[open]!]!.slice(2) as TimeType;
    extents.push({ start: tokens[open]!.start, end: tokens[last]!.end, type });
    open = -1;
  };
  for (let index = 0; index < tokens.length; index += 1) {
    const label = labels[index]!;
    if (label === 0 || label % 2 === 1) close(index - 1);
    if (label !== 0 && label % 2 === 1) open = index;
    if (label !== 0 && open < 0) open = index;
  }
  close(tokens.length - 1);
  return extents;
}

let model: TaggerModel | null = null;
let tagger: LinearTagger | null = null;
let labels = new Int32Array(0);

export function timexModel(): TaggerModel {
  if (model === null) model = loadTaggerModel('models/times/timex.bin', 'npm run train:times');
  return model;
}

/** The time expressions' extents in the document, in text order. */
export function recogniseTimexes(
  text: string,
  segments: Segments,
  weights: TaggerModel = timexModel(),
): TimexExtent[] {
  if (segments.tokens.length === 0) return [];
  if (tagger === null) tagger = new LinearTagger(nerModel().clusters);
  if (labels.length < segments.tokens.length) labels = new Int32Array(segments.tokens.length * 2);
  tagger.tag(text, segments, timeHints, weights, labels, timexAllowed, undefined, timeClosed);
  return extentsFromLabels(segments, labels);
}
