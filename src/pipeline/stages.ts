import { segment } from '../nlp/segment/segment.js';
import type { Stage } from './stage.js';

/** Paragraphs, sentences, tokens and parts of speech: every later stage reads them. */
export const segmentStage: Stage = {
  name: 'segment',
  run: (doc) => ({ ...doc, segments: segment(doc.text) }),
};

/**
 * The ordered stage list. Order matters: each stage reads what the ones before it added
 * (entities, attributions, times, events and claims arrive here in later issues, in that order).
 */
export const STAGES: readonly Stage[] = [segmentStage];
