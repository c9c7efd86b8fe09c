import type { Segments } from '../../model/index.js';
import { EMPTY_SEGMENTS } from '../../model/index.js';

/** STUB (being written): paragraphs, sentences, tokens and parts of speech with offsets. */
export function segment(_text: string): Segments {
  return EMPTY_SEGMENTS;
}
