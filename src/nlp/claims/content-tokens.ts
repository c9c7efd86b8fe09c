import type { Attribution, Span, Token } from '../../model/index.js';
import { tokenAt } from '../names/token-index.js';

/**
 * The tokens of an attribution's own content, in text order: inside its content spans but not
 * inside the content of an attribution reported within it ("The agency reported that four sources
 * said [the ministry knows …]": the sources' words are their claim, not the agency's). A denial
 * keeps them: "Norlink disputed [the union's claim that worn rails caused it]" — what the denier
 * says is false is the reported claim itself (`keepNested`).
 */
export function contentTokens(
  tokens: readonly Token[],
  attribution: Attribution,
  attributions: readonly Attribution[],
  keepNested = false,
): number[] {
  const nested: Span[] = attributions
    .filter((other) => !keepNested && other.parent === attribution.id)
    .flatMap((other) => other.content);
  const found: number[] = [];
  for (const span of attribution.content) {
    for (let at = tokenAt(tokens, span.start); at < tokens.length; at += 1) {
      const token = tokens[at] as Token;
      if (token.start >= span.end) break;
      if (token.start < span.start) continue;
      if (nested.some((inner) => token.start >= inner.start && token.end <= inner.end)) continue;
      found.push(at);
    }
  }
  return found;
}
