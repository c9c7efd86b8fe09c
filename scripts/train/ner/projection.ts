import type { Segments } from '../../../src/model/index.js';
import { BEGIN, classOf, INSIDE, LAST, OUTSIDE, typeIndexOf, UNIT } from '../../../src/nlp/ner/labels.js';
import type { ConllDocument } from './conll-reader.js';

/**
 * Gold BILOU labels on OUR tokens: each gold entity covers the tokens of ours that lie inside its
 * character span (wink splits "EU-wide" into three tokens, "U.S.-led" into three; no token of ours
 * crosses a CoNLL token edge, since both split at spaces). Returns the number of entities that
 * could not be projected (a token of ours crossing an entity edge), which should be 0.
 */
export function projectLabels(document: ConllDocument, segments: Segments, out: Int32Array): number {
  const tokens = segments.tokens;
  out.fill(OUTSIDE, 0, tokens.length);
  let lost = 0;
  let cursor = 0;
  for (const entity of document.entities) {
    while (cursor < tokens.length && tokens[cursor]!.start < entity.start) cursor += 1;
    let end = cursor;
    while (end < tokens.length && tokens[end]!.end <= entity.end) end += 1;
    if (end === cursor || tokens[cursor]!.start !== entity.start || tokens[end - 1]!.end !== entity.end) {
      lost += 1;
      continue;
    }
    const type = typeIndexOf(entity.type);
    if (end - cursor === 1) out[cursor] = classOf(type, UNIT);
    else {
      out[cursor] = classOf(type, BEGIN);
      for (let index = cursor + 1; index < end - 1; index += 1) out[index] = classOf(type, INSIDE);
      out[end - 1] = classOf(type, LAST);
    }
    cursor = end;
  }
  return lost;
}
