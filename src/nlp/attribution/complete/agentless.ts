import type { Segments, Span, Token } from '../../../model/index.js';
import type { DependencyTree } from '../../grammar/index.js';
import { speechOrThoughtVerb } from '../spans/reporting-predicate.js';

/**
 * Whether a report with no source is told by a passive cue verb with no agent ("she is believed to
 * have …", "it is understood that …", "the suspects are said to have …"): the writer's unnamed
 * informants, an anonymous source. A cue with a source span, a "by"-agent ("is reported by the
 * agency"), an active verb ("Asked if …", "adding that …") or a noun ("speculation that …") is no
 * such report, nor a passive of a deed ("fines could be imposed"). The cue's verb is its last verb or auxiliary's head ("is believed" → "believed").
 */
export function agentlessPassiveReport(
  segments: Segments,
  tree: DependencyTree,
  cue: Span | null,
  source: Span | null,
): boolean {
  if (cue === null || source !== null) return false;
  const tokens = segments.tokens;
  let verb = -1;
  for (let position = 0; position < tokens.length; position += 1) {
    const token = tokens[position] as Token;
    if (token.start >= cue.end) break;
    if (token.end > cue.start && token.pos === 'VERB') verb = position;
  }
  // a passive auxiliary ("are challenging" read with a passive subject is active) on a verb of
  // saying or thinking ("fines could be imposed" reports nothing)
  const token = tokens[verb] as Token;
  if (verb < 0 || tree.dependent(verb, 'aux:pass') < 0 || !speechOrThoughtVerb(token.lemma)) return false;
  return tree.dependent(verb, 'obl:agent') < 0;
}
