import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Given names and surnames from the humannames package (about 197,000 first and last names, English
 * and common non-English ones), looked up without case. Loaded on first use: most documents never ask.
 *
 * The package's list.txt (one name a line, the same names as the keys of its index.json) is sorted,
 * also once lower-cased, and only its ASCII letters have case. So a word is found by binary search
 * over the file's bytes, lower-casing A–Z as it compares (as WordNet's index is searched in
 * events/wordnet.ts): loading is one pass that notes where the lines start, instead of building a
 * set of 197,000 strings (about 120 ms and 15 MB in every worker thread). A list that breaks these
 * properties (another version of the package) is read into a set as before.
 */
interface NameList {
  has(lowerCaseWord: string): boolean;
}

let names: NameList | null = null;

function humanNames(): NameList {
  if (names === null) {
    const require = createRequire(import.meta.url);
    const bytes = readFileSync(require.resolve('humannames/list.txt'));
    names = SortedNameList.of(bytes) ?? setOf(bytes);
  }
  return names;
}

function setOf(bytes: Buffer): NameList {
  const loaded = new Set(bytes.toString('utf8').toLowerCase().split(/\r?\n/));
  loaded.delete('');
  return loaded;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** A–Z → a–z; other bytes unchanged. */
function lowerByte(byte: number): number {
  return byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte;
}

/** Compares bytes [firstStart, firstEnd) with [secondStart, secondEnd), both lower-cased. */
function compareLowerCased(
  bytes: Uint8Array,
  firstStart: number,
  firstEnd: number,
  second: Uint8Array,
  secondStart: number,
  secondEnd: number,
): number {
  const common = Math.min(firstEnd - firstStart, secondEnd - secondStart);
  for (let at = 0; at < common; at += 1) {
    const difference = lowerByte(bytes[firstStart + at]!) - lowerByte(second[secondStart + at]!);
    if (difference !== 0) return difference;
  }
  return firstEnd - firstStart - (secondEnd - secondStart);
}

/** The names of a sorted list, in place: where each line starts and ends, and binary search. */
export class SortedNameList implements NameList {
  private constructor(
    private readonly bytes: Uint8Array,
    private readonly starts: Int32Array,
    /** End of each line's name (before "\r\n" or "\n"). */
    private readonly ends: Int32Array,
  ) {}

  /**
   * The list read in place (lines end with "\n" or "\r\n"), or null when it is not strictly
   * sorted once lower-cased or has a non-ASCII character that could have case (its lower-cased
   * order would then not be its byte order): only U+FFFD, the package's broken characters, is allowed.
   */
  static of(bytes: Uint8Array): SortedNameList | null {
    if (!onlyUncasedNonAscii(bytes)) return null;
    let count = 1;
    for (let at = 0; at < bytes.length; at += 1) if (bytes[at] === NEWLINE) count += 1;
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    let lines = 0;
    for (let start = 0; start < bytes.length;) {
      let end = bytes.indexOf(NEWLINE, start);
      if (end < 0) end = bytes.length;
      const next = end + 1;
      if (end > start && bytes[end - 1] === CARRIAGE_RETURN) end -= 1;
      if (end > start) {
        if (
          lines > 0 &&
          compareLowerCased(bytes, starts[lines - 1]!, ends[lines - 1]!, bytes, start, end) >= 0
        )
          return null;
        starts[lines] = start;
        ends[lines] = end;
        lines += 1;
      }
      start = next;
    }
    return new SortedNameList(bytes, starts.subarray(0, lines), ends.subarray(0, lines));
  }

  has(lowerCaseWord: string): boolean {
    const word = Buffer.from(lowerCaseWord, 'utf8');
    let low = 0;
    let high = this.starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      // the word is lower case already: lower-casing it again changes nothing
      const order = compareLowerCased(
        word,
        0,
        word.length,
        this.bytes,
        this.starts[middle]!,
        this.ends[middle]!,
      );
      if (order === 0) return true;
      if (order < 0) high = middle - 1;
      else low = middle + 1;
    }
    return false;
  }
}

/** Whether every non-ASCII character of the list is U+FFFD (the only one the package holds, uncased). */
function onlyUncasedNonAscii(bytes: Uint8Array): boolean {
  for (let at = 0; at < bytes.length; at += 1) {
    if (bytes[at]! < 0x80) continue;
    if (bytes[at] !== 0xef || bytes[at + 1] !== 0xbf || bytes[at + 2] !== 0xbd) return false;
    at += 2;
  }
  return true;
}

/** Remembered answers: the name steps ask again for the same words of a text (bounded for servers). */
const MEMO_LIMIT = 50_000;
const knownMemo = new Map<string, boolean>();

/** True when the word is a known given name or surname ("Okafor", "Lindqvist"; not "Zango"). */
export function isKnownHumanName(word: string): boolean {
  const known = knownMemo.get(word);
  if (known !== undefined) return known;
  const found = humanNames().has(word.toLowerCase());
  if (knownMemo.size >= MEMO_LIMIT) knownMemo.clear();
  knownMemo.set(word, found);
  return found;
}
