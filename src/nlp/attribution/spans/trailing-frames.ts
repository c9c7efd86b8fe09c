import type { Segments, Span, Token } from '../../../model/index.js';
import { DependencyTree } from '../../grammar/index.js';
import { CUE, SOURCE, type Proposal, type ReportPass } from './add-reports.js';
import { reportingVerb } from './reporting-predicate.js';

/**
 * A report frame that ends its sentence after a comma, around the whole sentence before it:
 *
 *   The minister said the army will pull back, a state-run daily reported.
 *   Rebels said they had seized the airport, the website reports.
 *
 * Read from the parse: the sentence's last verb, attached as `parataxis` or `advcl` to a verb
 * before it (the root or a verb of its clause), a reporting verb by WordNet (`reportingVerb`: a frequent communication sense, or a
 * cognition sense with a that-clause frame), with nothing it governs after it but adjuncts ("…, the
 * paper reported on Monday."), no object or clause of its own, and a subject between the comma and
 * the verb. Cue: the verb; source: the words between the comma and the verb; content: the sentence
 * before the comma. The learned finder reads the inner report and leaves the frame out, or gives
 * the frame to the inner report's content; a report nested in the content has this one as its
 * parent (complete/index.ts), and its content ends before the frame (other-reports.ts).
 */

/** Relations of what the verb may govern after itself: time, place, manner. */
const ADJUNCT = /^(?:obl(?::tmod)?|advmod|nmod:tmod|obl:npmod|punct)$/u;
/** A frame's source opens with none of these: "…, as the paper noted." is an aside (aside-reports.ts). */
const NO_SOURCE_OPENING = /^(?:as|and|but|or|which|who|that|while|when|if|because|so|where|whom|whose)$/iu;
const OPENING_QUOTE = /^["“‘'«„]/u;

function spanOf(tokens: readonly Token[], first: number, last: number): Span {
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}

function lastWord(tokens: readonly Token[], first: number, end: number): number {
  let last = end - 1;
  while (last >= first && (tokens[last] as Token).pos === 'PUNCT') last -= 1;
  return last;
}

/** The trailing frame whose verb is `verb` in the sentence [first, end), or null. */
export function trailingFrame(
  text: string,
  tree: DependencyTree,
  verb: number,
  first: number,
  end: number,
): Proposal | null {
  const tokens = tree.tokens;
  const token = tokens[verb] as Token;
  if (token.pos !== 'VERB' || !/^(?:parataxis|advcl)$/u.test(token.dep)) return null;
  // attached to the root or to a clause inside the words before it ("said the ferry will stop on
  // Monday, the paper reported": the parse hangs "reported" on "stop")
  if (token.head < first || token.head >= verb) return null;
  let root = token.head;
  while ((tokens[root] as Token).head >= 0) root = (tokens[root] as Token).head;
  if (root < first || root >= verb) return null;
  // nothing after the verb but its adjuncts
  for (let after = verb + 1; after < end; after += 1)
    if (
      (tokens[after] as Token).pos !== 'PUNCT' &&
      (!tree.dominates(verb, after) ||
        ((tokens[after] as Token).head === verb && !ADJUNCT.test((tokens[after] as Token).dep)))
    )
      return null;
  if (tree.dependents(verb, ['obj', 'ccomp', 'xcomp', 'iobj', 'mark']).length > 0) return null;
  // one subject ("…, a charge the company denies" read with two is an object described, no frame)
  if (tree.dependents(verb, ['nsubj']).length !== 1) return null;
  // the comma right before the source, every word from it to the verb the verb's own
  // (the parse may hang the comma on the word before it: "on Monday[,] the paper reported")
  const isComma = (at: number): boolean =>
    at > first && text.slice((tokens[at] as Token).start, (tokens[at] as Token).end) === ',';
  const subtreeFirst = tree.subtreeStart(verb);
  const start = isComma(subtreeFirst) ? subtreeFirst : subtreeFirst - 1;
  if (!isComma(start)) return null;
  const sourceFirst = start + 1;
  if (sourceFirst >= verb) return null;
  // the subject's phrase is the source, from the comma on ("…, a charge the company denies" is an
  // object the frame's relative clause describes, no frame)
  if (tree.subtreeStart(tree.dependent(verb, 'nsubj')) !== sourceFirst) return null;
  // without the auxiliary before the verb ("…, the government has announced")
  let sourceLast = verb - 1;
  while (
    sourceLast > sourceFirst &&
    (tokens[sourceLast] as Token).head === verb &&
    (tokens[sourceLast] as Token).dep === 'aux'
  )
    sourceLast -= 1;
  const opener = tokens[sourceFirst] as Token;
  if (NO_SOURCE_OPENING.test(text.slice(opener.start, opener.end)) || opener.pos === 'PUNCT') return null;
  const found = reportingVerb(text.slice(token.start, token.end));
  if (!(found.communication || (found.cognition && found.clause))) return null;
  // the content: the sentence before the comma, a clause of its own (quoted words are the quotation rules')
  const contentLast = lastWord(tokens, first, start);
  if (contentLast < first || root > contentLast) return null;
  const contentFirst = first;
  const opening = tokens[contentFirst] as Token;
  if (OPENING_QUOTE.test(text.slice(opening.start, opening.end))) return null;
  if (tree.dependent(root, 'nsubj') < 0 && tree.dependent(root, 'nsubj:pass') < 0) return null;
  const cue = spanOf(tokens, verb, verb);
  return {
    candidate: {
      kind: 'indirect',
      cue,
      source: spanOf(tokens, sourceFirst, sourceLast),
      content: [spanOf(tokens, contentFirst, contentLast)],
    },
  };
}

function* trailingFrameProposals(text: string, segments: Segments): Generator<Proposal> {
  const tokens = segments.tokens;
  if (tokens.length === 0) return;
  const tree = new DependencyTree(tokens);
  for (const sentence of segments.sentences) {
    const last = lastWord(tokens, sentence.firstToken, sentence.endToken);
    if (last <= sentence.firstToken) continue;
    const found = trailingFrame(text, tree, last, sentence.firstToken, sentence.endToken);
    if (found !== null) {
      yield found;
      continue;
    }
    // "…, the paper reported on Monday.": the verb before its adjuncts
    for (let verb = last - 1; verb > sentence.firstToken; verb -= 1) {
      const token = tokens[verb] as Token;
      if (token.pos !== 'VERB') continue;
      const frame = trailingFrame(text, tree, verb, sentence.firstToken, sentence.endToken);
      if (frame !== null) yield frame;
      break;
    }
  }
}

/** A frame whose cue or source a candidate holds already is that candidate's. */
export const TRAILING_FRAMES: ReportPass = {
  propose: trailingFrameProposals,
  guards: [{ held: CUE | SOURCE, checked: CUE, grows: CUE }],
};
