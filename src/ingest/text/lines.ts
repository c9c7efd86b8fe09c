/**
 * Step 1: cut scraped text into blocks and measure each one.
 *
 * A block is one non-empty line, except that a bulleted item keeps the more-indented lines that
 * follow it, as scrapers copy list widgets:
 *   "  • Oops!\n    Something went wrong.\n    Please try again later."
 * is one block of three lines.
 */

/** Shape measurements of a block, computed once and read by every rule. */
export interface BlockFeatures {
  /** Whitespace-separated tokens that contain a letter or digit. */
  readonly words: number;
  /** Words that start with a lowercase letter ("said", "the"). */
  readonly lowercaseWords: number;
  /** Words that start with an uppercase letter. */
  readonly capitalisedWords: number;
  /** Short grammatical words of English, German, French or Spanish ("the", "und", "les", "los"). */
  readonly functionWords: number;
  /** Ends like a sentence: `.`, `!`, `?`, `…`, possibly followed by closing quotes or brackets. */
  readonly endsWithTerminal: boolean;
  /** Contains a URL, a pipe separator or a run of arrows, as menus and link lists do. */
  readonly linkLike: boolean;
}

export interface Block {
  /** Index of the block in reading order. */
  readonly index: number;
  /** The block's lines, each trimmed, bullet markers included (verbatim apart from the edges). */
  readonly lines: readonly string[];
  /** The lines joined with "\n": the text a removed block reports. */
  readonly text: string;
  /** The text without a leading bullet marker, used for matching. */
  readonly content: string;
  readonly bulleted: boolean;
  /** A blank line comes right before the block in the input. */
  readonly blankBefore: boolean;
  readonly features: BlockFeatures;
}

/** Leading markers of list items: "• Oops!", "- Home", "* Sport", "» More". */
const BULLET = /^[•·▪▸►‣◦●○■□➤›»*–-](?=\s)\s*/u;

const FUNCTION_WORDS = new Set([
  // English
  'the', 'a', 'an', 'of', 'to', 'in', 'and', 'or', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'had', 'have',
  'that', 'this', 'it', 'its', 'for', 'on', 'at', 'by', 'with', 'as', 'from', 'but', 'not', 'he', 'she', 'they',
  'we', 'his', 'her', 'their', 'who', 'which', 'said', 'would', 'will', 'can', 'could', 'there', 'than', 'into',
  // German
  'der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'mit', 'sich', 'auf', 'für', 'den', 'dem', 'des',
  'von', 'zu', 'im', 'auch', 'es', 'sie', 'wird', 'wurde', 'hat', 'sind', 'bei', 'aus', 'nach', 'wie', 'dass',
  // French
  'le', 'la', 'les', 'un', 'une', 'et', 'est', 'du', 'au', 'aux', 'pour', 'sur', 'dans', 'pas', 'qui', 'que',
  'il', 'elle', 'ont', 'sont', 'avec', 'par', 'ce', 'ses', 'leur',
  // Spanish
  'el', 'los', 'las', 'y', 'es', 'en', 'del', 'con', 'por', 'para', 'se', 'lo', 'su', 'una', 'como', 'más',
]);

const TERMINAL = /[.!?…。！？][\s"'”’»)\]]*$/u;
const LINK_LIKE = /https?:\/\/|www\.|\s\|\s|>>|«|\s\/\s/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPERCASE_START = /^\P{L}*\p{Lu}/u;
const LOWERCASE_START = /^\P{L}*\p{Ll}/u;

/** Longest prefix of a block that the word-level features look at (keeps hostile lines cheap). */
const FEATURE_WINDOW = 4000;

export function measure(content: string): BlockFeatures {
  const window = content.length > FEATURE_WINDOW ? content.slice(0, FEATURE_WINDOW) : content;
  let words = 0;
  let lowercaseWords = 0;
  let capitalisedWords = 0;
  let functionWords = 0;
  for (const token of window.split(/\s+/)) {
    if (token.length === 0 || !LETTER_OR_DIGIT.test(token)) continue;
    words++;
    if (LOWERCASE_START.test(token)) lowercaseWords++;
    else if (UPPERCASE_START.test(token)) capitalisedWords++;
    if (token.length <= 6) {
      const bare = token.toLowerCase().replace(/[^\p{L}]/gu, '');
      if (FUNCTION_WORDS.has(bare)) functionWords++;
    }
  }
  if (content.length > FEATURE_WINDOW) {
    // Estimate the rest of a very long line from its length: it is prose or a blob either way.
    words += Math.round((content.length - FEATURE_WINDOW) / 6);
  }
  const tail = content.length > 20 ? content.slice(-20) : content;
  return {
    words,
    lowercaseWords,
    capitalisedWords,
    functionWords,
    endsWithTerminal: TERMINAL.test(tail),
    linkLike: LINK_LIKE.test(window.length > 600 ? window.slice(0, 600) : window),
  };
}

function indentation(line: string): number {
  let count = 0;
  while (count < line.length && (line[count] === ' ' || line[count] === '\t')) count++;
  return count;
}

/** Cuts the raw text into blocks. Linear in the input length. */
export function splitBlocks(raw: string): Block[] {
  const rawLines = raw.split(/\r\n|\r|\n|\u2028|\u2029/);
  const blocks: Block[] = [];
  let blankBefore = true;
  let index = 0;
  while (index < rawLines.length) {
    const line = rawLines[index] ?? '';
    const trimmed = line.trim();
    if (trimmed.length === 0) {
      blankBefore = true;
      index++;
      continue;
    }
    const bulleted = BULLET.test(trimmed);
    const lines = [trimmed];
    index++;
    if (bulleted) {
      // "  • Oops!" followed by "    Something went wrong.": deeper-indented lines continue the item.
      const bulletIndent = indentation(line);
      while (index < rawLines.length) {
        const next = rawLines[index] ?? '';
        const nextTrimmed = next.trim();
        if (nextTrimmed.length === 0 || indentation(next) <= bulletIndent || BULLET.test(nextTrimmed)) break;
        lines.push(nextTrimmed);
        index++;
      }
    }
    const text = lines.join('\n');
    const content = bulleted ? text.replace(BULLET, '') : text;
    blocks.push({
      index: blocks.length,
      lines,
      text,
      content,
      bulleted,
      blankBefore,
      features: measure(content),
    });
    blankBefore = false;
  }
  return blocks;
}
