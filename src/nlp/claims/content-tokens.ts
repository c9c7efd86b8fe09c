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
  contents: ReadonlyMap<string, readonly Span[]> = nestedContents(attributions),
  keepNested = false,
): number[] {
  const nested = keepNested ? NONE : (contents.get(attribution.id) ?? NONE);
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

const NONE: readonly Span[] = [];

/**
 * The content spans of the attributions reported inside each attribution, by the parent's id, in
 * the order of `attributions`: built once per document for `contentTokens`.
 */
export function nestedContents(attributions: readonly Attribution[]): Map<string, Span[]> {
  const nested = new Map<string, Span[]>();
  for (const other of attributions) {
    if (other.parent === undefined) continue;
    const list = nested.get(other.parent);
    if (list === undefined) nested.set(other.parent, [...other.content]);
    else list.push(...other.content);
  }
  return nested;
}
