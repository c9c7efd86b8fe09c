import { tokenAt } from '../../names/token-index.js';
import type { Segments, Span, Token } from '../../../model/index.js';
import type { AttributionCandidate } from '../candidate.js';

/**
 * A name the cue took from its source goes back to the source: in `Judge Ford said: “…”` a cue
 * "Ford said:" with the source "Judge" becomes the cue "said:" with the source "Judge Ford". Names
 * at the start of a cue, before its verb, are never part of the cue.
 */

/**
 * A capitalised word that is a name or the subject: "Ford" is sometimes tagged a verb, but its
 * relation (`nsubj`, `flat`, `compound`) still says what it is.
 */
function isNameWord(text: string, token: Token): boolean {
  if (!/^\p{Lu}/u.test(text.slice(token.start, token.end))) return false;
  return token.pos === 'PROPN' || /^(?:nsubj|flat|compound)/u.test(token.dep);
}

export function returnNamesToSources(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  const tokens = segments.tokens;
  return candidates.map((candidate) => {
    const cue: Span | null = candidate.cue;
    if (cue === null) return candidate;
    let position = tokenAt(tokens, cue.start);
    const first = position;
    while (position < tokens.length && (tokens[position] as Token).end <= cue.end) {
      if (!isNameWord(text, tokens[position] as Token)) break;
      position += 1;
    }
    if (position === first || position >= tokens.length) return candidate;
    const verb = tokens[position] as Token;
    if (verb.start >= cue.end || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return candidate;
    const nameEnd = (tokens[position - 1] as Token).end;
    const source = candidate.source;
    // the source, when there is one, ends right before the name ("Judge" + " " + "Ford")
    if (source !== null && text.slice(source.end, cue.start).trim() !== '') return candidate;
    return {
      ...candidate,
      cue: { start: verb.start, end: cue.end },
      source: { start: source?.start ?? cue.start, end: nameEnd },
    };
  });
}
