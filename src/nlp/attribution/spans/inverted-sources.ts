import type { Segments, Span, Token } from '../../../model/index.js';
import { DependencyTree } from '../../grammar/index.js';
import { tokenAt } from '../../names/token-index.js';
import type { AttributionCandidate } from '../candidate.js';

/**
 * "The talks collapsed, Ana Ruiz, 52, said.": a report whose source, with its apposition, stands
 * between the reported clause and the closing reporting verb. The parse reads it (the syntax
 * repair src/nlp/syntax/inverted-report.ts makes the verb the root, the source its subject and the
 * clause its complement), but the learned source pointer may still take the whole sentence before
 * the verb, leaving the content empty. When a candidate's verb cue has, in its own sentence, an
 * active subject whose phrase ends right before the cue (a comma between at most) and a clausal
 * complement (`ccomp`) before that subject, the source is the subject's phrase and the content the
 * words before it; only when the pointer got them wrong (its source overlaps the clause, or its
 * content misses it). Quoted clauses are left to the quotation rules.
 */

const EDGE = /^[,;:—–-]$/u;
// quotation marks, typewriter pairs ('' ``) among them
const QUOTE = /["“”«»„]|''|``/u;

function word(text: string, token: Token): string {
  return text.slice(token.start, token.end);
}

function invertedParts(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  cue: Span,
): { source: Span; content: Span; sentenceEnd: number } | null {
  const tokens = segments.tokens;
  // the cue's verb: its first word ("confirmed in a statement")
  const verb = tokenAt(tokens, cue.start);
  if (verb < 0 || tokens[verb]!.pos !== 'VERB') return null;
  const subject = tree.dependent(verb, 'nsubj');
  if (subject < 0 || subject > verb || tokens[subject]!.dep !== 'nsubj') return null;
  const complement = tree.dependent(verb, 'ccomp');
  if (complement < 0 || complement > subject) return null;
  // a clause with a subject of its own ("In its plan, announced on Tuesday, the board said …" is none)
  if (tree.dependent(complement, 'nsubj') < 0 && tree.dependent(complement, 'expl') < 0) return null;
  // the verb closes the report: no clause after it ("…, the board said it would …")
  for (const after of tree.dependents(verb, ['ccomp', 'xcomp', 'parataxis'])) if (after > verb) return null;
  let first = tree.subtreeStart(subject);
  let last = tree.subtreeEnd(subject);
  while (first < last && EDGE.test(word(text, tokens[first]!))) first += 1;
  while (last > first && EDGE.test(word(text, tokens[last]!))) last -= 1;
  // the subject's phrase runs up to the verb (a comma between at most)
  if (last >= verb || last < verb - 2 || (last === verb - 2 && word(text, tokens[verb - 1]!) !== ','))
    return null;
  const sentence = segments.sentences.find((item) => item.firstToken <= verb && verb < item.endToken);
  if (sentence === undefined) return null;
  // the clause: from the sentence's start to the comma before the subject's phrase
  let end = first - 1;
  if (end <= sentence.firstToken || word(text, tokens[end]!) !== ',') return null;
  end -= 1;
  // an opening "But" or "And" links the sentence to the one before; it is no word of the report
  let start = sentence.firstToken;
  if (start < end && tokens[start]!.pos === 'CCONJ') start += 1;
  if (complement < start || complement > end) return null;
  const content = { start: tokens[start]!.start, end: tokens[end]!.end };
  if (QUOTE.test(text.slice(content.start, tokens[first]!.end))) return null;
  return {
    source: { start: tokens[first]!.start, end: tokens[last]!.end },
    content,
    sentenceEnd: sentence.end,
  };
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export function repairInvertedSources(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  if (candidates.length === 0) return [];
  const tree = new DependencyTree(segments.tokens);
  return candidates.map((candidate) => {
    if (candidate.cue === null) return candidate;
    const parts = invertedParts(text, segments, tree, candidate.cue);
    if (parts === null) return candidate;
    const sourceWrong =
      candidate.source === null ||
      overlaps(candidate.source, parts.content) ||
      candidate.content.some((piece) => overlaps(piece, parts.source));
    // a piece after the verb in its sentence is its addressee or adjunct ("told [reporters on
    // Friday]"), unquoted; a piece in the sentences after may go on with the report
    const cueEnd = candidate.cue.end;
    const contentWrong =
      !candidate.content.some((piece) => overlaps(piece, parts.content)) ||
      candidate.content.some(
        (piece) =>
          piece.start >= cueEnd &&
          piece.start < parts.sentenceEnd &&
          !QUOTE.test(text.slice(piece.start, piece.end)),
      );
    if (!sourceWrong && !contentWrong) return candidate;
    return { ...candidate, source: parts.source, content: [parts.content] };
  });
}
