import type { TaggedWord } from '../../model/index.js';

/**
 * Pairs quotation marks and brackets inside each paragraph, so that no sentence boundary is placed
 * inside a quotation: "“We will fight. We will win,” he said." stays one sentence.
 *
 * Limits, so that an unbalanced flood of quotation marks can neither glue the rest of the text into
 * one sentence nor take quadratic time:
 * - a pair never crosses a paragraph (news quotations running over several paragraphs leave the
 *   opening paragraph unclosed, and that paragraph is then split normally);
 * - a pair longer than MAXIMUM_QUOTATION_LENGTH characters is not honoured;
 * - a closing mark looks for its opening mark among the MAXIMUM_SEARCH_DEPTH innermost open marks.
 */
const MAXIMUM_QUOTATION_LENGTH = 1_000;
const MAXIMUM_BRACKET_LENGTH = 400;
const MAXIMUM_SEARCH_DEPTH = 8;

const enum Mark {
  /** “ English opening (also closes „). */
  CurlyDouble = 1,
  /** „ German / Polish opening, closed by “ or ”. */
  LowDouble,
  /** « opening, closed by ». */
  Guillemet,
  /** » opening in German / Danish style, closed by «. */
  ReversedGuillemet,
  /** ‘ opening, closed by ’. */
  CurlySingle,
  StraightDouble,
  StraightSingle,
  Parenthesis,
  SquareBracket,
}

/** Quotation marks and brackets (straight, typographic, guillemets, low-9). */
export function isMarkCode(code: number): boolean {
  switch (code) {
    case 0x22:
    case 0x27:
    case 0x28:
    case 0x29:
    case 0x5b:
    case 0x5d:
    case 0xab:
    case 0xbb:
    case 0x2018:
    case 0x2019:
    case 0x201c:
    case 0x201d:
    case 0x201e:
      return true;
    default:
      return false;
  }
}

export interface Quotations {
  /** 1 where a token lies strictly inside an honoured quotation or bracket pair. */
  readonly enclosed: Uint8Array;
  /** 1 where a token is the closing mark of an honoured pair. */
  readonly closesPair: Uint8Array;
}

/**
 * @param paragraphTokenStarts token index where each paragraph's tokens start, plus the total
 *   number of tokens at the end (length = paragraphs + 1).
 */
export function findQuotations(
  text: string,
  tokens: readonly TaggedWord[],
  paragraphTokenStarts: Int32Array,
): Quotations {
  const count = tokens.length;
  const enclosed = new Uint8Array(count);
  const closesPair = new Uint8Array(count);
  // Furthest closing token of an honoured pair opened at each token (-1: none).
  const closeOfPairOpenedAt = new Int32Array(count).fill(-1);
  const openTokens: number[] = [];
  const openMarks: Mark[] = [];

  const findOpen = (first: Mark, second: Mark): number => {
    const bottom = Math.max(0, openMarks.length - MAXIMUM_SEARCH_DEPTH);
    for (let index = openMarks.length - 1; index >= bottom; index -= 1) {
      const mark = openMarks[index];
      if (mark === first || mark === second) return index;
    }
    return -1;
  };

  const close = (stackIndex: number, closingToken: number): void => {
    const openingToken = openTokens[stackIndex] ?? 0;
    const mark = openMarks[stackIndex];
    // A pair that would leave a double quotation mark or a bracket open inside it is not honoured:
    // in "Bell” rang) twice “now (then [so far. Bell”" the marks are noise, not a quotation.
    // Single quotes may stay open inside ("the ‘90s").
    let balancedInside = true;
    for (let index = stackIndex + 1; index < openMarks.length; index += 1) {
      const inner = openMarks[index];
      if (inner !== Mark.CurlySingle && inner !== Mark.StraightSingle) balancedInside = false;
    }
    openTokens.length = stackIndex;
    openMarks.length = stackIndex;
    const opening = tokens[openingToken];
    const closing = tokens[closingToken];
    if (!balancedInside || opening === undefined || closing === undefined) return;
    const limit =
      mark === Mark.Parenthesis || mark === Mark.SquareBracket
        ? MAXIMUM_BRACKET_LENGTH
        : MAXIMUM_QUOTATION_LENGTH;
    if (closing.end - opening.start > limit) return;
    closesPair[closingToken] = 1;
    if (closingToken > (closeOfPairOpenedAt[openingToken] ?? -1))
      closeOfPairOpenedAt[openingToken] = closingToken;
  };

  for (let paragraph = 0; paragraph + 1 < paragraphTokenStarts.length; paragraph += 1) {
    const first = paragraphTokenStarts[paragraph] ?? 0;
    const end = paragraphTokenStarts[paragraph + 1] ?? 0;
    openTokens.length = 0;
    openMarks.length = 0;
    for (let index = first; index < end; index += 1) {
      const token = tokens[index];
      if (token === undefined || token.end - token.start !== 1) continue;
      const code = text.charCodeAt(token.start);
      if (!isMarkCode(code)) continue;
      const previous = tokens[index - 1];
      const next = tokens[index + 1];
      const touchesPrevious = index > first && previous !== undefined && previous.end === token.start;
      const touchesNext = index + 1 < end && next !== undefined && next.start === token.end;
      // Marks that touch nothing ("flags ” “ ( here") are noise from a broken page, not quotations.
      // Guillemets are exempt: French sets them apart with spaces ("« Nous partons »").
      const canOpen = touchesNext;
      const canClose = touchesPrevious;
      switch (code) {
        case 0x201c: {
          // “ closes „ ("„Wir gehen“") and otherwise opens.
          const open = canClose ? findOpen(Mark.LowDouble, Mark.LowDouble) : -1;
          if (open >= 0) close(open, index);
          else if (canOpen) push(Mark.CurlyDouble, index);
          break;
        }
        case 0x201d: {
          const open = canClose ? findOpen(Mark.CurlyDouble, Mark.LowDouble) : -1;
          if (open >= 0) close(open, index);
          break;
        }
        case 0x201e:
          if (canOpen) push(Mark.LowDouble, index);
          break;
        case 0xab: {
          const open = findOpen(Mark.ReversedGuillemet, Mark.ReversedGuillemet);
          if (open >= 0) close(open, index);
          else push(Mark.Guillemet, index);
          break;
        }
        case 0xbb: {
          const open = findOpen(Mark.Guillemet, Mark.Guillemet);
          if (open >= 0) close(open, index);
          else push(Mark.ReversedGuillemet, index);
          break;
        }
        case 0x2018:
          if (canOpen) push(Mark.CurlySingle, index);
          break;
        case 0x2019: {
          // ’ is also the apostrophe ("the players’ union"): it only closes an open ‘.
          const open = canClose ? findOpen(Mark.CurlySingle, Mark.CurlySingle) : -1;
          if (open >= 0) close(open, index);
          break;
        }
        case 0x22:
        case 0x27: {
          // Straight quotes open and close alike: the side they touch decides ("said \"we go\" and").
          // Touching both sides, a quote after punctuation may close ("wrote:\"Done.\"Then").
          const mark = code === 0x22 ? Mark.StraightDouble : Mark.StraightSingle;
          const afterPunctuation = touchesPrevious && previous !== undefined && previous.pos === 'PUNCT';
          const looksClosing = touchesPrevious && (!touchesNext || afterPunctuation);
          const looksOpening = touchesNext && (!touchesPrevious || afterPunctuation);
          const open = looksClosing ? findOpen(mark, mark) : -1;
          if (open >= 0) close(open, index);
          else if (looksOpening) push(mark, index);
          break;
        }
        case 0x28:
        case 0x5b:
          if (canOpen) push(code === 0x28 ? Mark.Parenthesis : Mark.SquareBracket, index);
          break;
        case 0x29:
        case 0x5d: {
          const mark = code === 0x29 ? Mark.Parenthesis : Mark.SquareBracket;
          const open = canClose ? findOpen(mark, mark) : -1;
          if (open >= 0) close(open, index);
          break;
        }
        default:
          break;
      }
    }
    // A token is enclosed when some pair opened before it closes after it.
    let furthestClose = -1;
    for (let index = first; index < end; index += 1) {
      if (furthestClose > index) enclosed[index] = 1;
      const closeIndex = closeOfPairOpenedAt[index] ?? -1;
      if (closeIndex > furthestClose) furthestClose = closeIndex;
    }
  }
  return { enclosed, closesPair };

  function push(mark: Mark, index: number): void {
    openTokens.push(index);
    openMarks.push(mark);
  }
}
