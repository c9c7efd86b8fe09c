import type { Segments, Span, Token } from '../../../model/index.js';
import type { AttributionCandidate } from '../candidate.js';
import { addReports, CUE, SOURCE, type Proposal, type ReportPass } from './add-reports.js';

/**
 * A quotation signed with a dash, the way epigraphs and collected readers' comments are printed:
 * a paragraph that is one quotation, then a dash and the speaker's name, and nothing else
 * ("“We deserve better.” ― Ada Reyes"). Cue = the dash, source = the name, content = the
 * quotation. The name is one to five capitalised words (initials and "Mr." allowed) before the end
 * of the line; a dash between two quotations or inside a sentence ("… a “con artist” ― just as
 * he did") is no signature.
 */

const DASHES = new Set(['―', '—', '–', '--']);
/** A quotation mark opening the paragraph (a closing one there is a typing slip for an opening one). */
const OPENING = /^[“”"]/u;
const CLOSING = /[”"]$/u;
/** A word of a name: capitalised ("Ada", "O'Neill", "Mr."), or an initial ("J."). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*)$/u;
const MOST_NAME_WORDS = 5;

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/** The signed quotation whose dash is `tokens[dash]`, or null. */
export function signedQuotation(
  text: string,
  tokens: readonly Token[],
  dash: number,
): AttributionCandidate | null {
  const token = tokens[dash] as Token;
  if (!DASHES.has(text.slice(token.start, token.end))) return null;
  // the quotation closes right before the dash, and opens the paragraph
  const before = text.slice(0, token.start).trimEnd();
  if (!CLOSING.test(before)) return null;
  const start = lineStart(text, token.start);
  const opening = start + (text.slice(start).length - text.slice(start).trimStart().length);
  if (opening >= before.length - 1 || !OPENING.test(text.slice(opening, opening + 1))) return null;
  // the name: every token after the dash up to the end of the line
  const end = lineEnd(text, token.end);
  let last = dash;
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < end) last += 1;
  if (last === dash || last - dash > 2 * MOST_NAME_WORDS) return null;
  // "Ada J. Reyes.": a full stop after an initial or at the end is no word of its own
  let names = 0;
  for (let at = dash + 1; at <= last; at += 1) {
    const word = text.slice((tokens[at] as Token).start, (tokens[at] as Token).end);
    if (word === '.' && at > dash + 1) continue;
    if (!NAME_WORD.test(word)) return null;
    names += 1;
  }
  if (names > MOST_NAME_WORDS) return null;
  let nameEnd = last;
  if (text.slice((tokens[nameEnd] as Token).start, (tokens[nameEnd] as Token).end) === '.') nameEnd -= 1;
  const source: Span = { start: (tokens[dash + 1] as Token).start, end: (tokens[nameEnd] as Token).end };
  const content: Span = { start: opening, end: before.length };
  return { kind: 'direct', cue: { start: token.start, end: token.end }, source, content: [content] };
}

function* signedQuotationProposals(text: string, segments: Segments): Generator<Proposal> {
  const tokens = segments.tokens;
  for (let dash = 0; dash < tokens.length; dash += 1) {
    const found = signedQuotation(text, tokens, dash);
    if (found !== null) yield { candidate: found };
  }
}

/** Added when its dash and name are no candidate's cue or source. */
export const SIGNED_QUOTATIONS: ReportPass = {
  propose: signedQuotationProposals,
  guards: [{ held: CUE | SOURCE, checked: CUE | SOURCE, grows: CUE | SOURCE }],
};

export function addSignedQuotations(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  if (segments.tokens.length === 0) return [...candidates];
  return addReports(text, segments, candidates, SIGNED_QUOTATIONS);
}
