import type { Segments, Span } from '../../../model/index.js';
import type { AttributionCandidate } from '../candidate.js';
import { tagCues } from './cue-tagger.js';
import type { SpanModels } from './model.js';
import {
  contentWindow,
  pickContent,
  pickSource,
  PointerScratch,
  scoreBoundaries,
  sourceWindow,
  splitContent,
  type CueTokens,
  type TokenRange,
} from './pointer.js';
import { QUOTE_CLOSES, QUOTE_INSIDE, QUOTE_OPENS, type TokenTable } from './token-table.js';
import { asksTheAddressee } from '../quotes/quote-attributions.js';

/** A candidate with its token ranges, before continuation paragraphs are added. */
export interface TokenCandidate {
  readonly cue: CueTokens;
  readonly source: TokenRange | null;
  readonly content: readonly TokenRange[];
}

export function tokenSpan(segments: Segments, range: { start: number; last: number }): Span {
  return { start: segments.tokens[range.start]!.start, end: segments.tokens[range.last]!.end };
}

/** Source and content for each cue. */
export function completeCues(
  models: SpanModels,
  table: TokenTable,
  segments: Segments,
  cues: readonly CueTokens[],
): TokenCandidate[] {
  const scratch = new PointerScratch();
  const result: TokenCandidate[] = [];
  for (const cue of cues) {
    // The content window holds the source window (both lie in the cue's paragraph).
    const window = contentWindow(table, segments.sentences, cue);
    const near = sourceWindow(table, segments.sentences, cue);
    scoreBoundaries(models.source, models.content, table, cue, window, near, scratch);
    const source = pickSource(models.source, table, cue, window, near, scratch);
    const range = pickContent(models.content, table, cue, source, window, scratch);
    const content = range === null ? [] : splitContent(table, range, cue, source);
    result.push({ cue, source, content });
  }
  return result;
}

/**
 * direct: every content piece is a quotation (opens and closes with quotation marks, or lies inside
 * one); mixed: some quoted words inside reported speech; indirect: no quotation marks.
 */
export function contentKind(table: TokenTable, content: readonly TokenRange[]): AttributionCandidate['kind'] {
  if (content.length === 0) return 'indirect';
  let quoted = 0;
  let marks = 0;
  for (const piece of content) {
    const opens = table.quote[piece.start]! & (QUOTE_OPENS | QUOTE_INSIDE);
    const closes = table.quote[piece.last]! & (QUOTE_CLOSES | QUOTE_INSIDE);
    if (opens && closes) quoted++;
    for (let at = piece.start; at <= piece.last; at++)
      if (table.quote[at]! & (QUOTE_OPENS | QUOTE_CLOSES)) marks++;
  }
  if (quoted === content.length) return 'direct';
  return marks > 0 ? 'mixed' : 'indirect';
}

/**
 * Cue-less quotation paragraphs that continue the speaker of the paragraph before:
 *
 *   “We will not back down,” the union leader said.
 *   “Our members have waited long enough.”
 *
 * A paragraph that opens with a quotation mark, has no cue of its own and follows a paragraph whose
 * last attribution is a quotation (direct or mixed) continues that attribution. Chains of such
 * paragraphs continue the same one.
 */
export function continuationCandidates(
  table: TokenTable,
  segments: Segments,
  found: readonly TokenCandidate[],
  kinds: readonly AttributionCandidate['kind'][],
  text?: string,
): { paragraph: number; continues: number }[] {
  const paragraphCount = segments.paragraphs.length;
  const firstToken = new Int32Array(paragraphCount).fill(-1);
  const lastToken = new Int32Array(paragraphCount).fill(-1);
  for (const sentence of segments.sentences) {
    if (sentence.endToken <= sentence.firstToken) continue;
    if (firstToken[sentence.paragraph] === -1) firstToken[sentence.paragraph] = sentence.firstToken;
    lastToken[sentence.paragraph] = sentence.endToken - 1;
  }
  const lastInParagraph = new Int32Array(paragraphCount).fill(-1);
  found.forEach((candidate, index) => {
    const paragraph = table.paragraph[candidate.cue.start]!;
    lastInParagraph[paragraph] = index;
  });
  const result: { paragraph: number; continues: number }[] = [];
  let carried = -1;
  for (let paragraph = 0; paragraph < paragraphCount; paragraph++) {
    const own = lastInParagraph[paragraph]!;
    if (own >= 0) {
      // (an interviewer's question is answered by somebody else: `asksTheAddressee`)
      const asks =
        text !== undefined &&
        asksTheAddressee(
          text,
          found[own]!.content.map((piece) => tokenSpan(segments, piece)),
        );
      carried = kinds[own] === 'indirect' || asks ? -1 : own;
      continue;
    }
    const first = firstToken[paragraph]!;
    if (first < 0 || carried < 0 || (table.quote[first]! & QUOTE_OPENS) === 0) {
      carried = -1;
      continue;
    }
    result.push({ paragraph, continues: carried });
  }
  return result;
}

export function extractCandidates(
  models: SpanModels,
  table: TokenTable,
  segments: Segments,
  text?: string,
): AttributionCandidate[] {
  const cues = tagCues(models.cue, table);
  const found = completeCues(models, table, segments, cues);
  const kinds = found.map((candidate) => contentKind(table, candidate.content));
  const candidates: AttributionCandidate[] = found.map((candidate, index) => ({
    kind: kinds[index]!,
    cue: tokenSpan(segments, { start: candidate.cue.start, last: candidate.cue.last }),
    source: candidate.source === null ? null : tokenSpan(segments, candidate.source),
    content: candidate.content.map((piece) => tokenSpan(segments, piece)),
  }));
  for (const { paragraph, continues } of continuationCandidates(table, segments, found, kinds, text)) {
    const span = segments.paragraphs[paragraph]!;
    candidates.push({
      kind: 'direct',
      cue: null,
      source: null,
      content: [{ start: span.start, end: span.end }],
      continues,
    });
  }
  return candidates;
}
