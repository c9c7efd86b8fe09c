/**
 * A span is a half-open range of UTF-16 code units into `Doc.text`: `text.slice(start, end)` is
 * the covered text. Every extracted item points back into the text through spans.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

export function spanLength(value: Span): number {
  return value.end - value.start;
}

export function spanText(text: string, value: Span): string {
  return text.slice(value.start, value.end);
}

export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
