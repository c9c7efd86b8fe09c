import type { Segments, Span, Token } from '../../../model/index.js';
import type { AttributionCandidate } from '../candidate.js';

/**
 * A reported clause that opens with a fronted subordinate clause goes on to its main clause: "He
 * said that [while sales fell in March, profits rose in April]", "She added that [if the talks
 * fail, the strike will go ahead]". The span finder often ends such a content at the comma after
 * the subordinate clause, leaving "that while sales fell in March", which says nothing on its own.
 *
 * A content is carried on to the end of its sentence when
 * - it opens ("that" left aside) with a subordinator: "while", "although", "though", "whereas",
 *   "unless" always; "if", "when", "once", "because", "since", "as", "before", "after" only after
 *   "that" ("asked if the plant would close" is the whole question);
 * - the cue comes before it ("While A, B, analysts said" is whole already);
 * - it ends right before a comma, and the rest of the sentence holds a verb, opens with no
 *   quotation mark and holds no other candidate's cue, source or content ("…, the mayor said" is
 *   another report).
 */

const ALWAYS = new Set(['while', 'although', 'though', 'whereas', 'unless', 'even']);
const AFTER_THAT = new Set(['if', 'when', 'once', 'because', 'since', 'as', 'before', 'after']);
const QUOTE_MARKS = /["“”‘’]/u;

function wordOf(text: string, token: Token): string {
  return text.slice(token.start, token.end).toLowerCase();
}

/** Index of the first token starting at or after `offset` in [first, end), or `end`. */
function tokenAt(tokens: readonly Token[], offset: number, first: number, end: number): number {
  for (let at = first; at < end; at += 1) if ((tokens[at] as Token).start >= offset) return at;
  return end;
}

/** The content widened to its sentence's end, or null when the rule above does not apply. */
function widened(
  text: string,
  segments: Segments,
  candidate: AttributionCandidate,
  others: readonly AttributionCandidate[],
): Span | null {
  if (candidate.kind !== 'indirect' || candidate.cue === null || candidate.content.length !== 1) return null;
  const content = candidate.content[0] as Span;
  // "While A, B, analysts said": the report comes after its content
  if (candidate.cue.end > content.start) return null;
  const tokens = segments.tokens;
  const sentence = segments.sentences.find((inner) => {
    const first = tokens[inner.firstToken];
    const last = tokens[inner.endToken - 1];
    return (
      first !== undefined && last !== undefined && first.start <= content.start && content.end <= last.end
    );
  });
  if (sentence === undefined) return null;
  const { firstToken, endToken } = sentence;
  let open = tokenAt(tokens, content.start, firstToken, endToken);
  if (open >= endToken) return null;
  const afterThat = wordOf(text, tokens[open] as Token) === 'that';
  if (afterThat) open += 1;
  const opener = tokens[open];
  if (opener === undefined || open >= endToken) return null;
  const word = wordOf(text, opener);
  if (!ALWAYS.has(word) && !(afterThat && AFTER_THAT.has(word))) return null;
  // "even if", "even though"
  if (word === 'even') {
    const next = tokens[open + 1];
    if (next === undefined || !['if', 'though', 'when'].includes(wordOf(text, next))) return null;
  }
  // the comma right after the content
  const comma = tokenAt(tokens, content.end, firstToken, endToken);
  if (
    comma >= endToken - 1 ||
    text.slice((tokens[comma] as Token).start, (tokens[comma] as Token).end) !== ','
  )
    return null;
  if (text.slice(content.end, (tokens[comma] as Token).start).trim() !== '') return null;
  let last = endToken - 1;
  while (last > comma && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
  if (last <= comma) return null;
  const rest = tokens.slice(comma + 1, last + 1);
  if (!rest.some((token) => token.pos === 'VERB' || token.pos === 'AUX')) return null;
  const restSpan = { start: (tokens[comma + 1] as Token).start, end: (tokens[last] as Token).end };
  // a quotation of its own after the comma is somebody's direct speech; quoted words inside the
  // main clause ("the strike would do “great harm”") are the reported clause's
  if (QUOTE_MARKS.test(text.slice(restSpan.start, (tokens[comma + 1] as Token).end))) return null;
  const inRest = (span: Span | null): boolean =>
    span !== null && span.start < restSpan.end && span.end > restSpan.start;
  for (const other of others) {
    if (inRest(other.cue) || inRest(other.source)) return null;
    if (other !== candidate && other.content.some(inRest)) return null;
  }
  return { start: content.start, end: restSpan.end };
}

export function extendFrontedSubordinates(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  return candidates.map((candidate) => {
    const span = widened(text, segments, candidate, candidates);
    return span === null ? candidate : { ...candidate, content: [span] };
  });
}
