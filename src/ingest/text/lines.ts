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
  'the',
  'a',
  'an',
  'of',
  'to',
  'in',
  'and',
  'or',
  'is',
  'was',
  'were',
  'are',
  'be',
  'been',
  'has',
  'had',
  'have',
  'that',
  'this',
  'it',
  'its',
  'for',
  'on',
  'at',
  'by',
  'with',
  'as',
  'from',
  'but',
  'not',
  'he',
  'she',
  'they',
  'we',
  'his',
  'her',
  'their',
  'who',
  'which',
  'said',
  'would',
  'will',
  'can',
  'could',
  'there',
  'than',
  'into',
  // German
  'der',
  'die',
  'das',
  'und',
  'ist',
  'nicht',
  'ein',
  'eine',
  'mit',
  'sich',
  'auf',
  'für',
  'den',
  'dem',
  'des',
  'von',
  'zu',
  'im',
  'auch',
  'es',
  'sie',
  'wird',
  'wurde',
  'hat',
  'sind',
  'bei',
  'aus',
  'nach',
  'wie',
  'dass',
  // French
  'le',
  'la',
  'les',
  'un',
  'une',
  'et',
  'est',
  'du',
  'au',
  'aux',
  'pour',
  'sur',
  'dans',
  'pas',
  'qui',
  'que',
  'il',
  'elle',
  'ont',
  'sont',
  'avec',
  'par',
  'ce',
  'ses',
  'leur',
  // Spanish
  'el',
  'los',
  'las',
  'y',
  'es',
  'en',
  'del',
  'con',
  'por',
  'para',
  'se',
  'lo',
  'su',
  'una',
  'como',
  'más',
]);

const TERMINAL = /[.!?…。！？][\s"'”’»)\]]*$/u;
const LINK_LIKE = /https?:\/\/|www\.|\s\|\s|>>|«|\s\/\s/;
const NON_ASCII_LETTER = /\p{L}/u;

/** Longest prefix of a block that the word-level features look at (keeps hostile lines cheap). */
const FEATURE_WINDOW = 4000;

/** 1 lowercase letter, 2 uppercase letter, 3 other letter or digit, 0 anything else. */
function characterClass(character: string): number {
  const code = character.charCodeAt(0);
  if (code >= 97 && code <= 122) return 1;
  if (code >= 65 && code <= 90) return 2;
  if (code >= 48 && code <= 57) return 3;
  if (code < 128) return 0;
  const lower = character.toLowerCase();
  const upper = character.toUpperCase();
  if (lower !== upper) return character === lower ? 1 : 2;
  return NON_ASCII_LETTER.test(character) ? 3 : 0;
}

/**
 * Word counts in one pass over the characters (no regular expression per word: this runs on
 * every line of inputs with hundreds of thousands of lines).
 */
export function measure(content: string): BlockFeatures {
  const end = Math.min(content.length, FEATURE_WINDOW);
  let words = 0;
  let lowercaseWords = 0;
  let capitalisedWords = 0;
  let functionWords = 0;
  let index = 0;
  while (index < end) {
    while (index < end && isSpace(content.charCodeAt(index))) index++;
    if (index >= end) break;
    const start = index;
    // The first letter of the token decides its case: "“Hello" starts with an uppercase letter.
    let firstLetterClass = 0;
    let hasLetterOrDigit = false;
    while (index < end && !isSpace(content.charCodeAt(index))) {
      if (!hasLetterOrDigit || firstLetterClass === 0) {
        const kind = characterClass(content.charAt(index));
        if (kind !== 0) hasLetterOrDigit = true;
        if (firstLetterClass === 0 && (kind === 1 || kind === 2)) firstLetterClass = kind;
      }
      index++;
    }
    if (!hasLetterOrDigit) continue;
    words++;
    if (firstLetterClass === 1) lowercaseWords++;
    else if (firstLetterClass === 2) capitalisedWords++;
    if (index - start <= 8) {
      const bare = bareWord(content, start, index);
      if (FUNCTION_WORDS.has(bare)) functionWords++;
    }
  }
  if (content.length > FEATURE_WINDOW) {
    // Estimate the rest of a very long line from its length: it is prose or a blob either way.
    words += Math.round((content.length - FEATURE_WINDOW) / 6);
  }
  const tail = content.length > 20 ? content.slice(-20) : content;
  const head = content.length > 600 ? content.slice(0, 600) : content;
  return {
    words,
    lowercaseWords,
    capitalisedWords,
    functionWords,
    endsWithTerminal: TERMINAL.test(tail),
    linkLike: LINK_LIKE.test(head),
  };
}

const TRIM_PUNCTUATION = /^[^a-zà-ÿ]+|[^a-zà-ÿ]+$/g;

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * `content[start, end)` in lower case without leading and trailing punctuation ("“The," → "the").
 * A word all in ASCII (nearly every one) is trimmed to its outer letters without a regular
 * expression; others go through TRIM_PUNCTUATION after lower-casing, which gives the same result.
 */
function bareWord(content: string, start: number, end: number): string {
  let first = -1;
  let last = -1;
  for (let index = start; index < end; index++) {
    const code = content.charCodeAt(index);
    if (code >= 128) return content.slice(start, end).toLowerCase().replace(TRIM_PUNCTUATION, '');
    if (isAsciiLetter(code)) {
      if (first < 0) first = index;
      last = index;
    }
  }
  return first < 0 ? '' : content.slice(first, last + 1).toLowerCase();
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 160 ||
    code === 10 ||
    code === 13 ||
    code === 0x2009 ||
    code === 0x202f ||
    code === 0x3000
  );
}

function indentation(line: string): number {
  let count = 0;
  while (count < line.length && (line[count] === ' ' || line[count] === '\t')) count++;
  return count;
}

const BULLET_CHARACTERS = new Set([...'•·▪▸►‣◦●○■□➤›»*–-']);

/** A cheap first-character test before the bullet pattern (most lines do not start with one). */
function startsWithBullet(line: string): boolean {
  return BULLET_CHARACTERS.has(line.charAt(0)) && BULLET.test(line);
}

/** Lines split at "\n", "\r\n", "\r", U+2028 and U+2029, by one scan (a regular-expression split is slower). */
function splitLines(raw: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let index = 0; index < raw.length; index++) {
    const code = raw.charCodeAt(index);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) {
      lines.push(raw.slice(start, index));
      if (code === 13 && raw.charCodeAt(index + 1) === 10) index++;
      start = index + 1;
    }
  }
  lines.push(raw.slice(start));
  return lines;
}

/** Cuts the raw text into blocks. Linear in the input length. */
export function splitBlocks(raw: string): Block[] {
  const rawLines = splitLines(raw);
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
    const bulleted = startsWithBullet(trimmed);
    const lines = [trimmed];
    index++;
    if (bulleted) {
      // "  • Oops!" followed by "    Something went wrong.": deeper-indented lines continue the item.
      const bulletIndent = indentation(line);
      while (index < rawLines.length) {
        const next = rawLines[index] ?? '';
        const nextTrimmed = next.trim();
        if (nextTrimmed.length === 0 || indentation(next) <= bulletIndent || startsWithBullet(nextTrimmed))
          break;
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
