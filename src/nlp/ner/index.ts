import type { Segments } from '../../model/index.js';
import type { NameMention } from '../names/name-mention.js';
import { ENTITY_TYPES, LAST, partOfClass, typeOfClass, UNIT, BEGIN } from './labels.js';
import { nerModel } from './model.js';
import { Tagger } from './tagger.js';

let tagger: Tagger | null = null;

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/** A possessive clitic token: "'s", "’s" (the segmenter splits it off "Clinton's"). */
function isPossessive(text: string, start: number, end: number): boolean {
  return (
    end - start === 2 && isApostrophe(text.charCodeAt(start)) && (text.charCodeAt(start + 1) | 0x20) === 0x73
  );
}

/**
 * Turns BILOU labels into name mentions (token spans → character spans). A possessive never ends
 * up inside a name: "Duke of Norfolk's XI" gives "Duke of Norfolk".
 */
export function mentionsFromLabels(text: string, segments: Segments, labels: Int32Array): NameMention[] {
  const tokens = segments.tokens;
  const mentions: NameMention[] = [];
  let open = -1;
  for (let index = 0; index < tokens.length; index += 1) {
    const label = labels[index]!;
    const part = partOfClass(label);
    if (part === BEGIN || part === UNIT) open = index;
    if (open >= 0 && (part === LAST || part === UNIT)) {
      let last = open;
      while (last < index && !isPossessive(text, tokens[last + 1]!.start, tokens[last + 1]!.end)) last += 1;
      if (!isPossessive(text, tokens[open]!.start, tokens[open]!.end))
        mentions.push({
          start: tokens[open]!.start,
          end: tokens[last]!.end,
          type: ENTITY_TYPES[typeOfClass(label)]!,
        });
      open = -1;
    }
    if (part < 0) open = -1;
  }
  return mentions;
}

/**
 * Proper names in `text` (PERSON, ORG, LOC, MISC), sorted by start, never overlapping: a greedy
 * averaged-perceptron tagger over our own tokens, trained on CoNLL-2003 (models/ner/MODEL_CARD.md).
 * The weights are read from models/ner/ once, on first use.
 */
export function recogniseNames(text: string, segments: Segments): NameMention[] {
  if (segments.tokens.length === 0) return [];
  const model = nerModel();
  if (tagger === null) tagger = new Tagger();
  const labels = tagger.tag(text, segments, model);
  return mentionsFromLabels(text, segments, labels);
}
