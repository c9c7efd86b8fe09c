import type { Segments, Span, TaggedWord, Token } from '../../model/index.js';
import { parseSentences } from './parse-sentences.js';
import { findParagraphs } from './paragraphs.js';
import { findQuotations } from './quotations.js';
import { splitSentences, type BoundaryDecision } from './sentences.js';
import { tokenizeParagraphs } from './wink-tokens.js';

/** Token index where each paragraph's tokens start, then the token count. */
function paragraphTokenStarts(paragraphs: readonly Span[], tokens: readonly TaggedWord[]): Int32Array {
  const starts = new Int32Array(paragraphs.length + 1);
  let tokenIndex = 0;
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph += 1) {
    const paragraphStart = (paragraphs[paragraph] as Span).start;
    while (tokenIndex < tokens.length && (tokens[tokenIndex] as TaggedWord).start < paragraphStart)
      tokenIndex += 1;
    starts[paragraph] = tokenIndex;
  }
  starts[paragraphs.length] = tokens.length;
  return starts;
}

function run(text: string, decisions?: BoundaryDecision[]): Segments {
  // 1. Paragraphs: every non-blank line.
  const paragraphs = findParagraphs(text);
  // 2. Words and parts of speech from wink-nlp, with offsets recovered in the text.
  const words = tokenizeParagraphs(text, paragraphs);
  const starts = paragraphTokenStarts(paragraphs, words);
  // 3. Quotation and bracket pairs, inside which no sentence ends.
  const quotations = findQuotations(text, words, starts);
  // 4. Sentence boundaries by our rules.
  const sentences = splitSentences(
    { text, tokens: words, paragraphTokenStarts: starts, quotations },
    decisions,
  );
  // 5. Each sentence's tags, lemmas and dependency tree (src/nlp/syntax): needs the sentences.
  const tokens = parseSentences(text, words, sentences);
  return { paragraphs, sentences, tokens };
}

/**
 * Paragraphs, sentences and tokens of `text`, each token with its Universal part of speech, lemma
 * and dependency head and relation (the parse of its sentence). All offsets are
 * UTF-16 indices into `text`, end exclusive; spans are non-empty, trimmed, sorted and do not
 * overlap; every token lies in one sentence and every sentence in one paragraph.
 */
export function segment(text: string): Segments {
  return run(text);
}

/** A boundary decision with the text around it, to trace a wrong split to its rule. */
export interface ExplainedBoundary extends BoundaryDecision {
  /** The text from the run's token to the next one: "over.” Next". */
  readonly context: string;
}

/** The segmentation plus every boundary decision taken, with the rule ("origin") that took it. */
export function explainSegments(text: string): { segments: Segments; decisions: ExplainedBoundary[] } {
  const decisions: BoundaryDecision[] = [];
  const segments = run(text, decisions);
  const explained = decisions.map((decision) => {
    const token = segments.tokens[decision.token] as Token;
    const next = segments.tokens[decision.token + 1];
    return {
      ...decision,
      context: text.slice(Math.max(0, token.start - 12), next === undefined ? token.end : next.end),
    };
  });
  return { segments, decisions: explained };
}
