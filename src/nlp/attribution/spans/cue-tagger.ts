import {
  cannotBeginCue,
  CUE_BEGIN,
  CUE_INSIDE,
  CUE_OUTSIDE,
  cueFeatures,
  CueHistory,
  MAXIMUM_CUE_FEATURES,
} from './cue-features.js';
import { scoreLabels, type LinearModel } from './linear.js';
import type { CueTokens } from './pointer.js';
import type { TokenTable } from './token-table.js';

/**
 * Greedy left-to-right tagging of cue tokens (O, B, I). I may only follow B or I, and a cue never
 * crosses a sentence boundary. Returns the cues as token ranges in text order.
 */
export function tagCues(model: LinearModel, table: TokenTable, labels?: Uint8Array): CueTokens[] {
  const features = new Uint32Array(MAXIMUM_CUE_FEATURES);
  const scores = new Float64Array(3);
  const cues: CueTokens[] = [];
  const history = new CueHistory();
  let open = -1;
  for (let at = 0; at < table.length; at++) {
    if (at > 0 && table.sentence[at] !== table.sentence[at - 1] && open >= 0) {
      cues.push({ start: open, last: at - 1 });
      open = -1;
    }
    history.enter(table, at);
    const previous = history.previousLabel;
    if (previous === CUE_OUTSIDE && cannotBeginCue(table, at)) {
      if (labels) labels[at] = CUE_OUTSIDE;
      history.leave(table, at, CUE_OUTSIDE);
      continue;
    }
    const count = cueFeatures(table, at, history, features);
    scoreLabels(model, features, count, scores);
    const outside = scores[CUE_OUTSIDE]!;
    const begin = scores[CUE_BEGIN]!;
    const inside = previous === CUE_OUTSIDE ? -Infinity : scores[CUE_INSIDE]!;
    let label = CUE_OUTSIDE;
    if (begin > outside && begin >= inside) label = CUE_BEGIN;
    else if (inside > outside) label = CUE_INSIDE;
    if (label !== CUE_INSIDE && open >= 0) {
      cues.push({ start: open, last: at - 1 });
      open = -1;
    }
    if (label === CUE_BEGIN) open = at;
    if (labels) labels[at] = label;
    history.leave(table, at, label);
  }
  if (open >= 0) cues.push({ start: open, last: table.length - 1 });
  return cues;
}
