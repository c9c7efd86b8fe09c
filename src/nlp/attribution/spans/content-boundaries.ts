import type { Segments, Span, Token } from '../../../model/index.js';
import { DependencyTree } from '../../grammar/index.js';
import type { AttributionCandidate } from '../candidate.js';
import { keepCandidates } from './keep-candidates.js';
import { tokenAt } from '../../names/token-index.js';
import { withoutDateline } from './source-phrases.js';

/**
 * Content stops where the reported words stop:
 *
 * - reported speech (no quotation mark) lies in the cue's own sentence: in "New rules cut costs, she
 *   added. The airline's chief also warned that …" the second sentence is someone else's, so a
 *   piece of content in a later sentence is dropped, and a piece running past the end of the cue's
 *   sentence is cut there (a quotation that follows it stays, as a piece of its own);
 * - a quotation ends at its closing mark: in "“Nothing was agreed,” Ms Novak testified. The hearing
 *   resumes on Monday" the writer's words after the mark are cut off (a piece that opens with a
 *   mark keeps everything up to its last closing mark inside the cue's sentence or later ones, since
 *   a quotation may run over several sentences).
 *
 * - reported speech ends with its clause: the narrator's next verb coordinated with the cue's
 *   clause ("Mayor Alder said the bridge would reopen [and then left for the capital]": "left"
 *   cannot share "would", so it is the mayor's act, not her words) and a sentential "which" that
 *   comments on the report ("said the vote was rigged[, which surprised his supporters]") are the
 *   writer's, read on the parse.
 *
 * Cuts fall on token boundaries (the span finder's pieces are whole tokens), never inside
 * "hand-picked", ".45" or "O'Neill". A candidate left with no content is dropped.
 */

const OPENING = /^["“‘'«„]/u;
const CLOSING = /["”’'»]/gu;
/** After a closing mark: a new sentence of the writer's (a capital first, or after a full stop). */
const WRITER_SENTENCE = /^[\s,]*\p{Lu}|[.!?]\s+\p{Lu}/u;

function sentenceIndexAt(segments: Segments, offset: number): number {
  const sentences = segments.sentences;
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((sentences[middle] as Span).start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The end of the last token before `limit` that is not punctuation: the sentence's own final "."
 * goes, the point of "U.S." (inside its token) stays.
 */
function lastWordEnd(segments: Segments, limit: number): number {
  const tokens = segments.tokens;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tokens[middle] as Token).end <= limit) low = middle + 1;
    else high = middle;
  }
  for (let position = low - 1; position >= 0; position -= 1) {
    const token = tokens[position] as Token;
    if (token.pos !== 'PUNCT') return token.end;
  }
  return 0;
}

/** A quoted piece cut after its last closing mark, or the piece itself. */
function endAtClosingMark(text: string, piece: Span): Span {
  const body = text.slice(piece.start, piece.end);
  if (!OPENING.test(body)) return piece;
  let last = -1;
  CLOSING.lastIndex = 1;
  for (let match = CLOSING.exec(body); match !== null; match = CLOSING.exec(body)) {
    // an apostrophe inside a word ("O'Neill", "don't") closes nothing
    const after = body[match.index + 1];
    if (match[0] === "'" || match[0] === '’') if (after !== undefined && /\p{L}/u.test(after)) continue;
    last = match.index + 1;
  }
  if (last <= 0 || last >= body.length) return piece;
  // only the writer's words after the mark are cut: ",” Ms Novak testified. The hearing …"
  // only the writer's next sentence after the mark is cut ("” The hearing resumes …"), not the
  // rest of a mixed report ("“between 100 and 200” could die")
  const rest = body.slice(last);
  return WRITER_SENTENCE.test(rest) ? { start: piece.start, end: piece.start + last } : piece;
}

const MODALS = /^(?:would|will|could|can|should|may|might|must|shall|'ll|'d)$/iu;

/**
 * Where a reported clause after its cue ends, read on the parse: the token index of the "and" of
 * the narrator's coordinated verb or of the comma before a sentential "which"; -1 when the piece
 * is the reported clause throughout.
 */
export function reportedClauseCut(text: string, tree: DependencyTree, piece: Span): number {
  const tokens = tree.tokens;
  const first = tokenAt(tokens, piece.start);
  let end = first;
  while (end < tokens.length && (tokens[end] as Token).start < piece.end) end += 1;
  let last = end - 1;
  while (last > first && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
  const word = (at: number): string => {
    const token = tokens[at] as Token;
    return text.slice(token.start, token.end);
  };
  for (let at = first + 1; at < end; at += 1) {
    const token = tokens[at] as Token;
    // ", which surprised his supporters": a relative on a verb (not on a noun) that runs to the end
    if (/^which$/iu.test(word(at)) && word(at - 1) === ',' && /^nsubj/u.test(token.dep)) {
      const verb = token.head;
      const governor = verb >= 0 ? (tokens[verb] as Token).head : -1;
      if (
        verb > at &&
        verb < end &&
        governor >= first &&
        governor < at &&
        ((tokens[governor] as Token).pos === 'VERB' || (tokens[governor] as Token).pos === 'AUX') &&
        tree.subtreeEnd(verb) >= last
      )
        return at - 1;
    }
    // "would reopen and then left": a finite verb that cannot share the first verb's modal
    if (token.pos !== 'VERB' || token.dep !== 'conj' || token.head < first || token.head >= at) continue;
    if (tree.dependent(at, 'nsubj') >= 0 || tree.dependent(at, 'aux') >= 0 || tree.dependent(at, 'mark') >= 0)
      continue;
    const coordinator = tree.dependent(at, 'cc');
    if (coordinator < first || coordinator > at) continue;
    const head = token.head;
    const modal = tree.dependents(head, ['aux']).some((aux) => MODALS.test(word(aux)));
    const base = word(at).toLowerCase() === token.lemma.toLowerCase();
    if (modal && !base && !/ing$/iu.test(word(at))) return coordinator;
  }
  return -1;
}

export function trimContentBoundaries(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  if (segments.sentences.length === 0) return [...candidates];
  let tree: DependencyTree | null = null;
  const trimmed = candidates.map((candidate) => {
    const cue = candidate.cue;
    if (cue === null) return candidate;
    const sentence = segments.sentences[sentenceIndexAt(segments, cue.start)] as Span;
    const content: Span[] = [];
    for (const piece of candidate.content) {
      if (OPENING.test(text.slice(piece.start, piece.end))) {
        content.push(endAtClosingMark(text, piece));
        continue;
      }
      // reported speech: inside the cue's sentence only
      if (piece.start >= sentence.end || piece.end <= sentence.start) continue;
      // "OSLO (Wire) - The budget is balanced, the minister said": the dateline is no part of it
      const start = withoutDateline(text, {
        start: Math.max(piece.start, sentence.start),
        end: piece.end,
      }).start;
      if (piece.end <= sentence.end) {
        let end = piece.end;
        if (piece.start >= cue.end) {
          tree ??= new DependencyTree(segments.tokens);
          const cut = reportedClauseCut(text, tree, { start, end });
          if (cut >= 0) end = lastWordEnd(segments, (segments.tokens[cut] as Token).start);
        }
        if (end > start) content.push(start === piece.start && end === piece.end ? piece : { start, end });
        continue;
      }
      const end = lastWordEnd(segments, sentence.end);
      if (end > start) content.push({ start, end });
      // "… to be reviewed. “We will return …”": a quotation after the reported clause is kept
      const rest = text.slice(sentence.end, piece.end);
      const opening = rest.search(/\S/u);
      if (opening >= 0 && OPENING.test(rest.slice(opening)))
        content.push(endAtClosingMark(text, { start: sentence.end + opening, end: piece.end }));
    }
    return content.length === candidate.content.length &&
      content.every(
        (span, nth) =>
          span.start === candidate.content[nth]?.start && span.end === candidate.content[nth]?.end,
      )
      ? candidate
      : { ...candidate, content };
  });
  return keepCandidates(
    trimmed,
    trimmed.map((candidate) => candidate.content.length > 0),
  );
}
