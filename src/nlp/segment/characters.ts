/**
 * Character classes used by the segmenter, tested on UTF-16 code units so the hot loops never
 * allocate. "Whitespace" is exactly what `String.prototype.trim` removes, so a span that starts and
 * ends on non-whitespace is trimmed in the sense the Segments contract uses.
 */

export function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Line breaks end paragraphs (and therefore sentences): "\n", "\r", vertical tab, form feed and the
 * Unicode line / paragraph separators. NEL (U+0085) is left out on purpose: `trim` does not treat it
 * as whitespace, so it cannot sit at a paragraph edge.
 */
export function isLineBreak(code: number): boolean {
  return (code >= 0x0a && code <= 0x0d) || code === 0x2028 || code === 0x2029;
}

const UPPERCASE_LETTER = /\p{Lu}|\p{Lt}/u;
const LOWERCASE_LETTER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

export function isUppercaseAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPERCASE_LETTER.test(String.fromCodePoint(text.codePointAt(index) ?? code));
}

export function isLowercaseAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWERCASE_LETTER.test(String.fromCodePoint(text.codePointAt(index) ?? code));
}

export function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER.test(String.fromCodePoint(text.codePointAt(index) ?? code));
}

export function isDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0x30 && code <= 0x39;
}
