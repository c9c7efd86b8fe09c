import type { Segments } from '../../model/index.js';
import { matchGazetteer, type GazetteerSource } from '../lexicon/index.js';
import { BEGIN, INSIDE, LAST, UNIT } from './labels.js';

const SOURCES: readonly GazetteerSource[] = [
  'organisation',
  'country',
  'city',
  'continent',
  'demonym',
  'group',
];

/**
 * Marks the tokens covered by a name of the project's gazetteer (src/nlp/lexicon: countries,
 * capitals and large cities, continents, demonyms, known organisations): per token a code for the
 * list and the token's place in the match (B, I, L, U), or 0. Looked up only at capitalised tokens.
 */
export function markGazetteerMatches(
  text: string,
  segments: Segments,
  capitalised: (index: number) => boolean,
  out: Int32Array,
): void {
  const tokens = segments.tokens;
  out.fill(0, 0, tokens.length);
  for (let index = 0; index < tokens.length; index += 1) {
    if (!capitalised(index)) continue;
    const match = matchGazetteer(text, tokens[index]!.start);
    if (match === null) continue;
    let last = index;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= match.end) last += 1;
    if (tokens[last]!.end > match.end) continue;
    const list = SOURCES.indexOf(match.entry.source) * 2 + (match.entry.addable ? 1 : 0) + 1;
    if (last === index) out[index] = list * 4 + UNIT;
    else {
      out[index] = list * 4 + BEGIN;
      for (let inside = index + 1; inside < last; inside += 1) out[inside] = list * 4 + INSIDE;
      out[last] = list * 4 + LAST;
    }
    index = last;
  }
}
