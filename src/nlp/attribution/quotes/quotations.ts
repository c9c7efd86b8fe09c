import type { Segments, Sentence, Span, Token } from '../../../model/index.js';
import {
  canClose,
  classifyMark,
  closesStyle,
  isWeakCloser,
  markLength,
  opensStyle,
  QUOTE_STYLES,
  quoteFamily,
  withoutClosing,
  type MarkRole,
  type QuoteStyle,
} from './marks.js';

export type { QuoteStyle } from './marks.js';

/**
 * A quotation, or one paragraph's piece of a quotation that runs over several paragraphs.
 *
 * Quotations running over several paragraphs are LINKED PIECES, one per paragraph: news style
 * leaves a paragraph's quotation open and re-opens it at the start of the next paragraph
 * ("“We will stay.¶“We will not be moved,” she said."); each piece keeps its paragraph's span and
 * points to its neighbours through `continues` / `continuedBy`. Only the last piece has a closing mark.
 */
export interface Quotation {
  /** The opening mark. */
  readonly open: Span;
  /** The closing mark, or null for a piece left open at the end of its paragraph. */
  readonly close: Span | null;
  /** From the opening mark through the closing mark (an open piece: through its paragraph's last character). */
  readonly outer: Span;
  /** What is quoted: the text between the marks, without the marks and edge spaces; never empty. */
  readonly inner: Span;
  /** Which marks enclose it. */
  readonly style: QuoteStyle;
  /** 0 for an outermost quotation, 1 inside another, 2 inside that one, … */
  readonly level: number;
  /** Index (in the returned list) of the innermost quotation that encloses this one, or -1. */
  readonly parent: number;
  /** Index of the paragraph (in `Segments.paragraphs`). */
  readonly paragraph: number;
  /** Index of the previous piece of the same quotation (in the paragraph before), or -1. */
  readonly continues: number;
  /** Index of the next piece of the same quotation (in the paragraph after), or -1. */
  readonly continuedBy: number;
  /**
   * A very short quotation (at most 3 words, no verb) that marks a phrase rather than reports speech:
   * a headline's ‘hero’ or the so-called "peace plan". Still a quotation; rarely an attribution.
   */
  readonly scare: boolean;
}

/** A closing mark looks for its opening mark among this many innermost open marks (keeps a flood linear). */
const MAXIMUM_SEARCH_DEPTH = 8;
/** A quotation re-opened in more consecutive paragraphs than this is taken for noise, not one long quotation. */
const MAXIMUM_CHAINED_PARAGRAPHS = 24;
const SCARE_MAXIMUM_WORDS = 3;

/** A quotation before sorting and linking; indices refer to the raw list. */
interface RawQuotation {
  readonly open: number;
  readonly openLength: number;
  /** Position of the closing mark, or -1 for a piece left open. */
  readonly close: number;
  readonly closeLength: number;
  /** Exclusive end of the outer span. */
  readonly outerEnd: number;
  readonly innerStart: number;
  readonly innerEnd: number;
  readonly style: QuoteStyle;
  readonly paragraph: number;
  /** Raw index of the previous piece, or -1. */
  previous: number;
  /** False once a chain it belongs to turns out not to close. */
  kept: boolean;
}

function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x202f;
}

/**
 * Every quotation in `text`: pairs of quotation marks inside a paragraph, plus quotations that one
 * paragraph leaves open and the next re-opens (linked pieces, see `Quotation`). Sorted by opening mark.
 *
 * Marks: straight " and ', typographic “ ” and ‘ ’, „ “ / „ ” and ‚ ‘ (German, Polish), « » and » «
 * (French; reversed in German and Danish), ‹ › and › ‹, and ” ” (Swedish). An apostrophe (don’t,
 * Putin’s, rock ’n’ roll, ’90s, the students’ union) is not a quotation mark.
 *
 * Unbalanced marks never swallow the article: a pair never crosses a paragraph; a paragraph's open
 * quotation continues only into a next paragraph that starts with an opening mark of the same family,
 * and a chain of such pieces that never closes, or runs over more than 24 paragraphs, is dropped.
 * Linear in the length of the text.
 */
export function findQuotations(text: string, segments: Segments): Quotation[] {
  // the span finder's steps each ask for a document's quotations: found once per segmentation
  const known = found.get(segments);
  if (known !== undefined && known.text === text) return known.quotations.slice();
  const quotations = scanQuotations(text, segments);
  found.set(segments, { text, quotations });
  return quotations.slice();
}

const found = new WeakMap<Segments, { readonly text: string; readonly quotations: readonly Quotation[] }>();

function scanQuotations(text: string, segments: Segments): Quotation[] {
  const raw: RawQuotation[] = [];
  const paragraphs = segments.paragraphs;
  /** Raw index of the open piece the previous paragraph left for this one, or -1. */
  let pendingPiece = -1;
  let pendingStyle: QuoteStyle | null = null;
  // The marks of one paragraph and the stack of open marks, as parallel arrays of small integers
  // (a flood of marks allocates nothing per mark).
  const markPositions: number[] = [];
  const markRoles: MarkRole[] = [];
  const openPositions: number[] = [];
  const openLengths: number[] = [];
  const openStyles: number[] = [];
  /** Raw index of the piece an open mark re-opens within its paragraph ("… money. “2004's …"), or -1. */
  const openPrevious: number[] = [];

  for (let paragraphIndex = 0; paragraphIndex < paragraphs.length; paragraphIndex += 1) {
    const paragraph = paragraphs[paragraphIndex] as Span;
    const markCount = collectMarks(text, paragraph, markPositions, markRoles);
    /** Number of open marks on the stack (the arrays are reused, never shrunk). */
    let depth = 0;
    let firstPieceOfParagraph = -1;

    for (let markIndex = 0; markIndex < markCount; markIndex += 1) {
      const role = markRoles[markIndex] as MarkRole;
      const position = markPositions[markIndex] as number;
      let matched = -1;
      if (canClose(role)) {
        const bottom = Math.max(0, depth - MAXIMUM_SEARCH_DEPTH);
        for (let index = depth - 1; index >= bottom; index -= 1) {
          if (closesStyle(role, openStyles[index] as number)) {
            matched = index;
            break;
          }
        }
      }
      if (matched >= 0) {
        const openPosition = openPositions[matched] as number;
        const openLength = openLengths[matched] as number;
        const style = QUOTE_STYLES[openStyles[matched] as number] as QuoteStyle;
        // marks left open inside the one closed here never close: their re-opened chains are noise
        for (let index = matched + 1; index < depth; index += 1)
          if ((openPrevious[index] as number) >= 0) dropChain(raw, openPrevious[index] as number);
        const previous = openPrevious[matched] as number;
        depth = matched;
        const innerStart = trimStart(text, openPosition + openLength, position);
        const innerEnd = trimEnd(text, innerStart, position);
        if (innerEnd > innerStart) {
          const length = markLength(role);
          raw.push({
            open: openPosition,
            openLength,
            close: position,
            closeLength: length,
            outerEnd: position + length,
            innerStart,
            innerEnd,
            style,
            paragraph: paragraphIndex,
            previous,
            kept: true,
          });
          if (openPosition === paragraph.start) firstPieceOfParagraph = raw.length - 1;
        } else if (previous >= 0) dropChain(raw, previous);
      } else if (opensStyle(role) >= 0) {
        const top = depth - 1;
        if (top >= 0 && reopensSentence(text, paragraph.start, position, openStyles[top] as number, role)) {
          // “… a ton of money. “2004's films …”: a paragraph break lost between two sentences of one
          // quotation; the open piece ends before the new mark and the new mark continues it
          const openPosition = openPositions[top] as number;
          const piece = pushOpenPiece(raw, text, {
            open: openPosition,
            openLength: openLengths[top] as number,
            end: position,
            style: openStyles[top] as number,
            paragraph: paragraphIndex,
            previous: openPrevious[top] as number,
          });
          if (piece >= 0) {
            if (openPosition === paragraph.start) firstPieceOfParagraph = piece;
            openPositions[top] = position;
            openLengths[top] = markLength(role);
            openStyles[top] = opensStyle(role);
            openPrevious[top] = raw.length - 1;
            continue;
          }
        }
        openPositions[depth] = position;
        openPrevious[depth] = -1;
        openLengths[depth] = markLength(role);
        openStyles[depth] = opensStyle(role);
        depth += 1;
      }
    }

    // The piece this paragraph continues: the quotation opened by its first character.
    let continuation = firstPieceOfParagraph;

    // What this paragraph leaves open for the next one: the outermost open mark whose family the
    // next paragraph re-opens with its first character.
    const nextStyle =
      paragraphIndex + 1 < paragraphs.length
        ? openingStyleOf(text, paragraphs[paragraphIndex + 1] as Span)
        : null;
    let leftOpen = -1;
    if (nextStyle !== null) {
      for (let index = 0; index < depth; index += 1) {
        if (sameFamily(QUOTE_STYLES[openStyles[index] as number] as QuoteStyle, nextStyle)) {
          leftOpen = index;
          break;
        }
      }
    }
    // marks the paragraph leaves open and the next does not continue: their re-opened chains are noise
    for (let index = 0; index < depth; index += 1)
      if (index !== leftOpen && (openPrevious[index] as number) >= 0)
        dropChain(raw, openPrevious[index] as number);
    let newPending = -1;
    if (leftOpen >= 0) {
      const openPosition = openPositions[leftOpen] as number;
      const piece = pushOpenPiece(raw, text, {
        open: openPosition,
        openLength: openLengths[leftOpen] as number,
        end: paragraph.end,
        style: openStyles[leftOpen] as number,
        paragraph: paragraphIndex,
        previous: openPrevious[leftOpen] as number,
      });
      if (piece >= 0) {
        newPending = piece;
        if (openPosition === paragraph.start) continuation = newPending;
      }
    }

    if (pendingPiece >= 0) {
      if (continuation >= 0 && pendingStyle !== null && sameFamily(pendingStyle, raw[continuation]!.style)) {
        raw[continuation]!.previous = pendingPiece;
      } else {
        dropChain(raw, pendingPiece);
      }
    }
    pendingPiece = newPending;
    pendingStyle = newPending >= 0 ? raw[newPending]!.style : null;
    if (newPending >= 0 && chainLength(raw, newPending) > MAXIMUM_CHAINED_PARAGRAPHS)
      dropChain(raw, newPending);
  }
  if (pendingPiece >= 0) dropChain(raw, pendingPiece);
  return finish(text, segments, raw);
}

/** Sentence-final punctuation, possibly followed by a closing bracket, then spaces: ". “", "?) “". */
const SENTENCE_END_BEFORE = /[.?!…][)\]]?\s+$/u;

/**
 * Whether an opening mark at `position` re-opens the quotation open on top of the stack (style index
 * `openStyle`) rather than nesting in it: the same family, right after the end of a sentence, before a
 * capital letter or a digit. English nests the other family (‘…’ inside “…”), so a mark of the same
 * family there is a new paragraph of the same quotation whose break the text lost.
 */
function reopensSentence(
  text: string,
  paragraphStart: number,
  position: number,
  openStyle: number,
  role: MarkRole,
): boolean {
  const opens = opensStyle(role);
  if (opens < 0 || !sameFamily(QUOTE_STYLES[opens] as QuoteStyle, QUOTE_STYLES[openStyle] as QuoteStyle))
    return false;
  if (!SENTENCE_END_BEFORE.test(text.slice(Math.max(paragraphStart, position - 4), position))) return false;
  return /^[\p{Lu}\p{N}]/u.test(text.slice(position + markLength(role), position + markLength(role) + 1));
}

/**
 * Records the piece of a quotation left open at `end` (a paragraph's end, or a mark that re-opens
 * it): its words from after the opening mark to `end`, trimmed. Returns its index in `raw`, or -1
 * when the piece holds no words.
 */
function pushOpenPiece(
  raw: RawQuotation[],
  text: string,
  piece: {
    open: number;
    openLength: number;
    end: number;
    style: number;
    paragraph: number;
    previous: number;
  },
): number {
  const innerStart = trimStart(text, piece.open + piece.openLength, piece.end);
  const innerEnd = trimEnd(text, innerStart, piece.end);
  if (innerEnd <= innerStart) return -1;
  raw.push({
    open: piece.open,
    openLength: piece.openLength,
    close: -1,
    closeLength: 0,
    outerEnd: innerEnd,
    innerStart,
    innerEnd,
    style: QUOTE_STYLES[piece.style] as QuoteStyle,
    paragraph: piece.paragraph,
    previous: piece.previous,
    kept: true,
  });
  return raw.length - 1;
}

function chainLength(raw: readonly RawQuotation[], last: number): number {
  let length = 0;
  for (let index = last; index >= 0 && length <= MAXIMUM_CHAINED_PARAGRAPHS + 1; index = raw[index]!.previous)
    length += 1;
  return length;
}

/** Drops the open pieces of a chain ending at `last` (an open piece); a chain that does not close is noise. */
function dropChain(raw: RawQuotation[], last: number): void {
  for (let index = last; index >= 0; index = raw[index]!.previous) {
    const piece = raw[index]!;
    if (!piece.kept) break;
    piece.kept = false;
  }
}

/** The style of the quotation a paragraph opens with its first character, or null. */
function openingStyleOf(text: string, paragraph: Span): QuoteStyle | null {
  const opens = opensStyle(classifyMark(text, paragraph.start, paragraph.start, paragraph.end));
  return opens < 0 ? null : (QUOTE_STYLES[opens] as QuoteStyle);
}

function sameFamily(a: QuoteStyle, b: QuoteStyle): boolean {
  return quoteFamily(a) === quoteFamily(b);
}

function trimStart(text: string, start: number, end: number): number {
  let from = start;
  while (from < end && isSpaceCode(text.charCodeAt(from))) from += 1;
  return from;
}

function trimEnd(text: string, start: number, end: number): number {
  let to = end;
  while (to > start && isSpaceCode(text.charCodeAt(to - 1))) to -= 1;
  return to;
}

/** Fills `positions` and `roles` with the paragraph's marks (arrays reused); returns how many. */
function collectMarks(text: string, paragraph: Span, positions: number[], roles: MarkRole[]): number {
  let count = 0;
  for (let position = paragraph.start; position < paragraph.end; position += 1) {
    const code = text.charCodeAt(position);
    // Fast rejection: every mark is ", ', «, », or in U+2018–U+203A.
    if (code !== 0x22 && code !== 0x27 && code !== 0xab && code !== 0xbb && (code < 0x2018 || code > 0x203a))
      continue;
    const role = classifyMark(text, position, paragraph.start, paragraph.end);
    if (role !== 0) {
      positions[count] = position;
      roles[count] = role;
      count += 1;
      position += markLength(role) - 1;
    }
  }
  resolveWeakClosers(text, positions, roles, count);
  return count;
}

/**
 * "the students’ union": a ’ after a plural s, followed by a word, closes a ‘ only when no other
 * closing ’ follows before the next ‘ (‘The students’ union is shut,’ he said).
 */
function resolveWeakClosers(
  text: string,
  positions: readonly number[],
  roles: MarkRole[],
  count: number,
): void {
  let laterCloser = false;
  let laterStraightCloser = false;
  for (let index = count - 1; index >= 0; index -= 1) {
    const role = roles[index] as MarkRole;
    const code = text.charCodeAt(positions[index] as number);
    const straight = code === 0x27;
    const later = straight ? laterStraightCloser : laterCloser;
    if (isWeakCloser(role) && later) roles[index] = withoutClosing(role);
    if (canClose(role) && (code === 0x2019 || code === 0x27)) {
      if (straight) laterStraightCloser = true;
      else laterCloser = true;
    }
    const opens = opensStyle(role);
    if (opens === SINGLE || opens === LOW_SINGLE) laterCloser = false;
    if (opens === STRAIGHT_SINGLE) laterStraightCloser = false;
  }
}

const SINGLE = QUOTE_STYLES.indexOf('single');
const LOW_SINGLE = QUOTE_STYLES.indexOf('low-single');
const STRAIGHT_SINGLE = QUOTE_STYLES.indexOf('straight-single');

/** Sorts, keeps what survived, and fills level, parent, links and `scare`. */
function finish(text: string, segments: Segments, raw: readonly RawQuotation[]): Quotation[] {
  const keptIndices: number[] = [];
  for (let index = 0; index < raw.length; index += 1) if (raw[index]!.kept) keptIndices.push(index);
  keptIndices.sort((a, b) => raw[a]!.open - raw[b]!.open);
  const finalIndex = new Int32Array(raw.length).fill(-1);
  keptIndices.forEach((rawIndex, index) => (finalIndex[rawIndex] = index));

  const nextOf = new Int32Array(raw.length).fill(-1);
  for (const rawIndex of keptIndices) {
    const previous = raw[rawIndex]!.previous;
    if (previous >= 0 && raw[previous]!.kept) nextOf[previous] = rawIndex;
  }

  const result: Quotation[] = [];
  const enclosing: number[] = [];
  const enclosingEnd: number[] = [];
  for (const rawIndex of keptIndices) {
    const piece = raw[rawIndex]!;
    while (enclosing.length > 0 && (enclosingEnd[enclosingEnd.length - 1] as number) <= piece.open) {
      enclosing.pop();
      enclosingEnd.pop();
    }
    const parent = enclosing.length > 0 ? (enclosing[enclosing.length - 1] as number) : -1;
    const previous = piece.previous >= 0 && raw[piece.previous]!.kept ? finalIndex[piece.previous]! : -1;
    const next = nextOf[rawIndex]! >= 0 ? finalIndex[nextOf[rawIndex]!]! : -1;
    const index = result.length;
    result.push({
      open: { start: piece.open, end: piece.open + piece.openLength },
      close: piece.close >= 0 ? { start: piece.close, end: piece.close + piece.closeLength } : null,
      outer: { start: piece.open, end: piece.outerEnd },
      inner: { start: piece.innerStart, end: piece.innerEnd },
      style: piece.style,
      level: enclosing.length,
      parent,
      paragraph: piece.paragraph,
      continues: previous,
      continuedBy: next,
      scare:
        piece.close >= 0 &&
        previous < 0 &&
        isScare(text, segments, piece.open, piece.innerStart, piece.innerEnd),
    });
    enclosing.push(index);
    enclosingEnd.push(piece.outerEnd);
  }
  return result;
}

/** Index of the first token that ends after `position` (binary search). */
export function tokenAt(tokens: readonly Token[], position: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tokens[middle] as Token).end <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A sentence starts at `position` (binary search). */
function startsSentence(sentences: readonly Sentence[], position: number): boolean {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sentences[middle] as Sentence).start < position) low = middle + 1;
    else high = middle;
  }
  return sentences[low]?.start === position;
}

/** At most 3 words and no verb, inside a sentence: "the so-called “peace plan”", "‘hero’". */
function isScare(text: string, segments: Segments, open: number, start: number, end: number): boolean {
  if (end - start > 60 || startsSentence(segments.sentences, open)) return false;
  const tokens = segments.tokens;
  if (tokens.length === 0) {
    const words = text.slice(start, end).split(/\s+/).length;
    return words <= SCARE_MAXIMUM_WORDS;
  }
  let words = 0;
  for (let index = tokenAt(tokens, start); index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    if (token.start >= end) break;
    if (token.pos === 'VERB' || token.pos === 'AUX') return false;
    if (token.pos !== 'PUNCT' && token.pos !== 'SPACE' && token.pos !== 'PART') words += 1;
    if (words > SCARE_MAXIMUM_WORDS) return false;
  }
  return words > 0;
}
