import type { Segments } from '../../model/index.js';
import { nerModel } from '../ner/model.js';
import { LinearTagger } from '../tagging/linear-tagger.js';
import { loadTaggerModel, type TaggerModel } from '../tagging/model-file.js';
import { eventClosed, eventHints } from './hints.js';

/** TimeML's event classes; label 0 of the tagger is "not an event". */
export const EVENT_CLASSES = [
  'OCCURRENCE',
  'REPORTING',
  'STATE',
  'I_ACTION',
  'I_STATE',
  'ASPECTUAL',
  'PERCEPTION',
] as const;

export type EventClass = (typeof EVENT_CLASSES)[number];

export const EVENT_LABELS: readonly string[] = ['O', ...EVENT_CLASSES];

export function eventAllowed(): boolean {
  return true;
}

export interface EventMention {
  readonly start: number;
  readonly end: number;
  readonly eventClass: EventClass;
}

/**
 * Label sequence → event mentions, one per token; tokens glued together with the same class
 * ("re" "-" "election" is one written word) make one mention.
 */
export function mentionsFromLabels(segments: Segments, labels: Int32Array): EventMention[] {
  const mentions: EventMention[] = [];
  const tokens = segments.tokens;
  for (let index = 0; index < tokens.length; index += 1) {
    const label = labels[index]!;
    if (label === 0) continue;
    const token = tokens[index]!;
    const last = mentions[mentions.length - 1];
    if (last !== undefined && last.end === token.start && last.eventClass === EVENT_LABELS[label]) {
      mentions[mentions.length - 1] = { ...last, end: token.end };
      continue;
    }
    mentions.push({ start: token.start, end: token.end, eventClass: EVENT_LABELS[label] as EventClass });
  }
  return mentions;
}

let model: TaggerModel | null = null;
let tagger: LinearTagger | null = null;
let labels = new Int32Array(0);

export function eventModel(): TaggerModel {
  if (model === null) model = loadTaggerModel('models/events/events.bin', 'npm run train:events');
  return model;
}

/**
 * Every event mention TimeML would mark (verbs, nominalisations, event nouns) with its class: a
 * token tagger learned from TimeBank + AQUAINT (models/events/MODEL_CARD.md).
 */
export function recogniseEvents(
  text: string,
  segments: Segments,
  weights: TaggerModel = eventModel(),
): EventMention[] {
  if (segments.tokens.length === 0) return [];
  if (tagger === null) tagger = new LinearTagger(nerModel().clusters);
  if (labels.length < segments.tokens.length) labels = new Int32Array(segments.tokens.length * 2);
  tagger.tag(text, segments, eventHints, weights, labels, eventAllowed, undefined, eventClosed);
  return mentionsFromLabels(segments, labels);
}
