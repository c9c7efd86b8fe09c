/**
 * Which marks enclose a quotation, named by its opening mark:
 * - `double` “…” (also closed by a mistyped “), `single` ‘…’;
 * - `low-double` „…“ or „…” (German, Polish, Czech), `low-single` ‚…‘;
 * - `right-double` ”…” (Swedish, Finnish);
 * - `straight-double` "…", `straight-single` '…';
 * - `guillemet` «…» (French, Russian), `reversed-guillemet` »…« (German, Danish);
 * - `single-guillemet` ‹…›, `reversed-single-guillemet` ›…‹.
 */
export type QuoteStyle =
  | 'double'
  | 'single'
  | 'low-double'
  | 'low-single'
  | 'right-double'
  | 'straight-double'
  | 'straight-single'
  | 'guillemet'
  | 'reversed-guillemet'
  | 'single-guillemet'
  | 'reversed-single-guillemet';

/** Every style, in a fixed order: a style's index is its number in a packed mark role. */
export const QUOTE_STYLES: readonly QuoteStyle[] = [
  'double',
  'single',
  'low-double',
  'low-single',
  'right-double',
  'straight-double',
  'straight-single',
  'guillemet',
  'reversed-guillemet',
  'single-guillemet',
  'reversed-single-guillemet',
];

const STYLE_INDEX: ReadonlyMap<QuoteStyle, number> = new Map(
  QUOTE_STYLES.map((style, index) => [style, index]),
);

/**
 * What one mark can do where it stands, packed in one integer so that a flood of marks allocates
 * nothing: 0 when it is no quotation mark there; otherwise
 * - bits 0–3: index + 1 of the style it opens (0: it cannot open);
 * - bits 4–14: one bit per style it closes (by style index);
 * - bit 15: a ’ or ' that may be a plural possessive ("the students’ union", see `resolveWeakClosers`);
 * - bit 16: the mark is two characters ('' typed for a double mark).
 */
export type MarkRole = number;

const CLOSES_SHIFT = 4;
const CLOSES_BITS = 0x7ff << CLOSES_SHIFT;
const WEAK_BIT = 1 << 15;
const DOUBLED_BIT = 1 << 16;

/** Index of the style the mark opens, or -1. */
export function opensStyle(role: MarkRole): number {
  return (role & 0xf) - 1;
}

/** Whether the mark can close a quotation of the style with this index. */
export function closesStyle(role: MarkRole, styleIndex: number): boolean {
  return (role & (1 << (styleIndex + CLOSES_SHIFT))) !== 0;
}

export function canClose(role: MarkRole): boolean {
  return (role & CLOSES_BITS) !== 0;
}

export function isWeakCloser(role: MarkRole): boolean {
  return (role & WEAK_BIT) !== 0;
}

/** The role without its closing ability (a possessive after all). */
export function withoutClosing(role: MarkRole): MarkRole {
  return role & ~CLOSES_BITS;
}

export function markLength(role: MarkRole): number {
  return (role & DOUBLED_BIT) !== 0 ? 2 : 1;
}

function closing(...styles: QuoteStyle[]): number {
  let mask = 0;
  for (const style of styles) mask |= 1 << ((STYLE_INDEX.get(style) as number) + CLOSES_SHIFT);
  return mask;
}

// Texts typed with two keyboards mix them: “…" and "…” close as well.
const CLOSES_DOUBLE = closing('double', 'low-double', 'right-double', 'straight-double');
const CLOSES_STRAIGHT_DOUBLE_OR_DOUBLE = closing('straight-double', 'double');
const CLOSES_LOW_DOUBLE = closing('low-double');
const CLOSES_DOUBLE_OR_LOW = closing('low-double', 'double');
const CLOSES_SINGLE = closing('single', 'low-single');
const CLOSES_LOW_SINGLE = closing('low-single');
const CLOSES_STRAIGHT_DOUBLE = closing('straight-double');
const CLOSES_STRAIGHT_SINGLE = closing('straight-single');
const CLOSES_GUILLEMET = closing('guillemet');
const CLOSES_REVERSED_GUILLEMET = closing('reversed-guillemet');
const CLOSES_SINGLE_GUILLEMET = closing('single-guillemet');
const CLOSES_REVERSED_SINGLE_GUILLEMET = closing('reversed-single-guillemet');
const NONE = 0;

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  }
  return WORD_CHARACTER.test(String.fromCharCode(code));
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x202f;
}

function isQuoteCode(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0xab ||
    code === 0xbb ||
    (code >= 0x2018 && code <= 0x201f) ||
    code === 0x2039 ||
    code === 0x203a
  );
}

/** A quotation may open after this character: "(“", "—‘", ": \"", "/«". */
function opensAfter(code: number): boolean {
  return (
    isSpace(code) ||
    isQuoteCode(code) ||
    code === 0x28 || // (
    code === 0x5b || // [
    code === 0x7b || // {
    code === 0x2d || // -
    code === 0x2013 || // –
    code === 0x2014 || // —
    code === 0x2f || // /
    code === 0x3a // :
  );
}

/** A quotation may close before this character: "”.", "’)", "” —", "”…". */
function closesBefore(code: number): boolean {
  return (
    isSpace(code) ||
    isQuoteCode(code) ||
    code === 0x2e || // .
    code === 0x2c || // ,
    code === 0x3b || // ;
    code === 0x3a || // :
    code === 0x21 || // !
    code === 0x3f || // ?
    code === 0x29 || // )
    code === 0x5d || // ]
    code === 0x7d || // }
    code === 0x2d || // -
    code === 0x2013 ||
    code === 0x2014 ||
    code === 0x2026 || // …
    code === 0x2f
  );
}

/**
 * An apostrophe that starts a word: ’90s, ’em, ’til, ’tis, ’twas, ’cause, ’n’ (rock ’n’ roll).
 * `position` is the mark; the word follows it.
 */
function startsElision(text: string, position: number, end: number): boolean {
  const next = position + 1 < end ? text.charCodeAt(position + 1) : -1;
  if (isDigitCode(next)) return true; // ’90s, '05
  const word = /^[A-Za-z]+/.exec(text.slice(position + 1, Math.min(end, position + 7)))?.[0] ?? '';
  const lower = word.toLowerCase();
  if (lower === 'n') {
    const after = position + 2 < end ? text.charCodeAt(position + 2) : -1;
    return after === 0x2019 || after === 0x27 || after === 0x20;
  }
  return lower === 'em' || lower === 'til' || lower === 'tis' || lower === 'twas' || lower === 'cause';
}

/** The closing apostrophe of ’n’ in "rock ’n’ roll". */
function endsElisionN(text: string, position: number, start: number): boolean {
  if (position - 2 < start) return false;
  const n = text.charCodeAt(position - 1);
  const before = text.charCodeAt(position - 2);
  return (n === 0x6e || n === 0x4e) && (before === 0x2019 || before === 0x27 || before === 0x2018);
}

/** "students’ union": a ’ after s, then a space and a word. */
function looksPossessive(text: string, position: number, end: number): boolean {
  const previous = text.charCodeAt(position - 1);
  if (previous !== 0x73 && previous !== 0x53) return false;
  if (position + 2 >= end || text.charCodeAt(position + 1) !== 0x20) return false;
  return isWordCode(text.charCodeAt(position + 2));
}

function role(
  _position: number,
  _code: number,
  opens: QuoteStyle | null,
  closes: number,
  weak = false,
  length = 1,
): MarkRole {
  if (opens === null && closes === 0) return 0;
  const opening = opens === null ? 0 : (STYLE_INDEX.get(opens) as number) + 1;
  return opening | closes | (weak ? WEAK_BIT : 0) | (length === 2 ? DOUBLED_BIT : 0);
}

/**
 * What the character at `position` can do as a quotation mark inside the paragraph [start, end),
 * or 0 when it is not a quotation mark there (an apostrophe, a lone mark between spaces).
 */
export function classifyMark(text: string, position: number, start: number, end: number): MarkRole {
  const code = text.charCodeAt(position);
  if (!isQuoteCode(code)) return 0;
  // '' typed for a double quotation mark (''We will,'' she said).
  const doubled = code === 0x27 && position + 1 < end && text.charCodeAt(position + 1) === 0x27;
  const length = doubled ? 2 : 1;
  const previous = position > start ? text.charCodeAt(position - 1) : -1;
  const next = position + length < end ? text.charCodeAt(position + length) : -1;
  const openSide = previous < 0 || opensAfter(previous);
  const closeSide = next < 0 || closesBefore(next);
  const nextSpace = next < 0 || isSpace(next);
  const previousSpace = previous < 0 || isSpace(previous);
  const looksClosing = !previousSpace && closeSide && !openSide;

  switch (code) {
    case 0x201c: // “ opens; closes „ ("„Wir gehen“") and, mistyped, “ ("“We go“ he said")
      if (looksClosing) return role(position, code, null, CLOSES_DOUBLE_OR_LOW);
      return role(position, code, nextSpace ? null : 'double', previousSpace ? NONE : CLOSES_LOW_DOUBLE);
    case 0x201d: // ” closes; opens only in Swedish ”…” (after a space, before a word)
      if (previousSpace && nextSpace) return 0;
      return role(position, code, openSide && !nextSpace ? 'right-double' : null, CLOSES_DOUBLE);
    case 0x201e: // „
      return role(position, code, nextSpace ? null : 'low-double', NONE);
    case 0x201a: // ‚ (also a low comma in bad encodings: only before a word)
      return role(position, code, openSide && !nextSpace ? 'low-single' : null, NONE);
    case 0x2018: // ‘ opens; closes ‚ ; "the ‘90s" is an apostrophe typed the wrong way
      if (openSide && startsElision(text, position, end)) return 0;
      return role(position, code, nextSpace ? null : 'single', previousSpace ? NONE : CLOSES_LOW_SINGLE);
    case 0x2019: // ’ closes ‘ and ‚ ; otherwise an apostrophe
    case 0x27: {
      if (doubled) return straightDouble(position, code, previousSpace, nextSpace, openSide, closeSide, 2);
      // ' opens too, where a word follows after a space or an opening mark.
      const straight = code === 0x27;
      if (isWordCode(previous) && isWordCode(next)) return 0; // don’t, Putin’s, O’Brien
      if (endsElisionN(text, position, start)) return 0; // rock ’n’ roll
      if (openSide && startsElision(text, position, end)) return 0; // ’90s, ’em
      const closes = previousSpace || !closeSide ? NONE : straight ? CLOSES_STRAIGHT_SINGLE : CLOSES_SINGLE;
      const opens = straight && openSide && !nextSpace ? 'straight-single' : null;
      return role(position, code, opens, closes, closes !== 0 && looksPossessive(text, position, end));
    }
    case 0x22:
      return straightDouble(position, code, previousSpace, nextSpace, openSide, closeSide, 1);
    case 0xab: // « opens; closes »…« (German)
      return role(position, code, looksClosing ? null : 'guillemet', CLOSES_REVERSED_GUILLEMET);
    case 0xbb: // » closes «; opens »…« before a word
      return role(position, code, openSide && !nextSpace ? 'reversed-guillemet' : null, CLOSES_GUILLEMET);
    case 0x2039: // ‹
      return role(position, code, looksClosing ? null : 'single-guillemet', CLOSES_REVERSED_SINGLE_GUILLEMET);
    case 0x203a: // ›
      return role(
        position,
        code,
        openSide && !nextSpace ? 'reversed-single-guillemet' : null,
        CLOSES_SINGLE_GUILLEMET,
      );
    default:
      return 0;
  }
}

/** " (or '') opens after a space and before a word, closes after a word; touching both, the state decides. */
function straightDouble(
  position: number,
  code: number,
  previousSpace: boolean,
  nextSpace: boolean,
  openSide: boolean,
  closeSide: boolean,
  length: number,
): MarkRole {
  if (previousSpace && nextSpace) return 0;
  const opens = !nextSpace && (openSide || !closeSide) ? 'straight-double' : null;
  const closes =
    previousSpace || (openSide && !closeSide)
      ? NONE
      : closeSide && !openSide
        ? CLOSES_STRAIGHT_DOUBLE_OR_DOUBLE
        : CLOSES_STRAIGHT_DOUBLE;
  return role(position, code, opens, closes, false, length);
}

/** Styles that continue one another across paragraphs and inside one another: “…” with „…“ and ”…”, ‘…’ with ‚…‘. */
export function quoteFamily(style: QuoteStyle): string {
  switch (style) {
    case 'double':
    case 'low-double':
    case 'right-double':
      return 'double';
    case 'single':
    case 'low-single':
      return 'single';
    default:
      return style;
  }
}
