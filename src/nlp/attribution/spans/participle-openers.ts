import type { Segments, Span, Token } from '../../../model/index.js';
import { spansOverlap } from '../../../model/span.js';
import { DependencyTree } from '../../grammar/index.js';
import type { AttributionCandidate } from '../candidate.js';
import { reportingVerb } from './reporting-predicate.js';
import { personNoun } from '../../lexicon/index.js';

/**
 * A participle of speech that opens the sentence reports for the subject of the main clause:
 *
 *   Saying the plan was unfair, the mayor walked out of the meeting.
 *   Insisting that nothing had been agreed, the union called a strike.
 *
 * Cue = the participle, content = the words between it and the comma that closes the opener (a
 * clause: a verb or an auxiliary among them; "that" left out), source = the subject of the main
 * clause after that comma. The
 * participle is a verb with a frequent WordNet sense in verb.communication ("say", "insist", "argue",
 * "warn"; not "hoping", "knowing", "deciding"); the content opens with no preposition or
 * subordinator ("Speaking after the vote was held, …" is a circumstance). The parser often hangs the
 * main clause inside the opener, so its subject is read as the noun phrase up to its first verb. A candidate on that
 * participle gets this content and source; where there is none, one is added.
 */

function wordOf(text: string, token: Token): string {
  return text.slice(token.start, token.end).toLowerCase();
}

/** The opener read on the parse, as token positions, or null. */
export function participleOpener(
  text: string,
  tree: DependencyTree,
  verb: number,
  sentenceEnd: number,
): { source: [number, number]; content: [number, number] } | null {
  const tokens = tree.tokens;
  const token = tokens[verb] as Token;
  if (token.pos !== 'VERB' || !/ing$/u.test(wordOf(text, token))) return null;
  const word = reportingVerb(token.lemma || wordOf(text, token));
  if (!word.communication) return null;
  // the comma that closes the opener: the first one after it
  let comma = verb + 1;
  while (comma < sentenceEnd && wordOf(text, tokens[comma] as Token) !== ',') {
    if (/^["“”:;]$/u.test(wordOf(text, tokens[comma] as Token))) return null;
    comma += 1;
  }
  if (comma >= sentenceEnd) return null;
  let first = verb + 1;
  // "Telling reporters the deal was dead": the people told are not what was said
  const told = tokens[first] as Token;
  if (
    tree.dependent(verb, 'iobj') === first ||
    (told.pos === 'NOUN' &&
      personNoun(told.lemma.toLowerCase()) !== undefined &&
      tree.subtreeEnd(first) === first)
  )
    first += 1;
  if (wordOf(text, tokens[first] as Token) === 'that') first += 1;
  const last = comma - 1;
  if (last < first) return null;
  // "Speaking after the vote was held, …": a circumstance of the speaking, not what was said
  if (/^(?:ADP|SCONJ|ADV|PART)$/u.test((tokens[first] as Token).pos)) return null;
  let clause = false;
  for (let at = first; at <= last; at += 1) {
    const inside = tokens[at] as Token;
    if (inside.pos === 'VERB' || inside.pos === 'AUX') clause = true;
  }
  if (!clause) return null;
  // the main clause after the comma: its subject, a noun phrase, then its verb. The parser often
  // hangs that clause somewhere inside the opener, so the subject is read as the words up to the
  // first verb, one of them a subject or the head of that verb's subject.
  const sourceFirst = comma + 1;
  let main = sourceFirst;
  while (main < sentenceEnd && !['VERB', 'AUX'].includes((tokens[main] as Token).pos)) {
    if ((tokens[main] as Token).pos === 'PUNCT') return null;
    main += 1;
  }
  if (main >= sentenceEnd || main === sourceFirst || main - sourceFirst > MAXIMUM_SOURCE) return null;
  if (!/^(?:DET|NOUN|PROPN|PRON|ADJ|NUM)$/u.test((tokens[sourceFirst] as Token).pos)) return null;
  const mainWord = wordOf(text, tokens[main] as Token);
  if (/ing$/u.test(mainWord) || mainWord === 'to') return null;
  return { source: [sourceFirst, main - 1], content: [first, last] };
}

/** The longest subject phrase read (tokens). */
const MAXIMUM_SOURCE = 8;

function span(tokens: readonly Token[], first: number, last: number): Span {
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}

export function fitParticipleOpeners(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  const tokens = segments.tokens;
  if (tokens.length === 0) return [...candidates];
  const tree = new DependencyTree(tokens);
  const result = [...candidates];
  const added: AttributionCandidate[] = [];
  for (const sentence of segments.sentences) {
    // the sentence's first word
    const verb = sentence.firstToken;
    if (verb >= sentence.endToken) continue;
    const found = participleOpener(text, tree, verb, sentence.endToken);
    if (found === null) continue;
    const cue = span(tokens, verb, verb);
    const source = span(tokens, found.source[0], found.source[1]);
    const content = span(tokens, found.content[0], found.content[1]);
    const at = result.findIndex((candidate) => candidate.cue !== null && spansOverlap(candidate.cue, cue));
    if (at >= 0) {
      const candidate = result[at] as AttributionCandidate;
      if (candidate.kind === 'indirect') result[at] = { ...candidate, source, content: [content] };
      continue;
    }
    // a participle inside words already reported or a cue already found adds nothing
    if (
      result.some(
        (candidate) =>
          candidate.content.some((piece) => spansOverlap(piece, cue)) ||
          (candidate.source !== null && spansOverlap(candidate.source, cue)),
      )
    )
      continue;
    added.push({ kind: 'indirect', cue, source, content: [content] });
  }
  return added.length === 0 ? result : [...result, ...added];
}
