import { lemmaOf } from '../events/wordnet.js';
import type { NameMention } from './name-mention.js';

/**
 * A headline in title case ("Lena Marsh Checks Into Clinic", "Vantix Releases Urgent Update")
 * gives the recogniser no capital letter to tell the name from the verb after it, and it reads
 * "Lena Marsh Checks" or "Vantix Releases Urgent Update" as one name. Such a name is cut before its
 * first inflected verb form ("Checks", "Releases", "Dies", "Resigned": a WordNet verb whose lemma is
 * not the word itself) when the words before it are a name the article gives elsewhere, outside
 * that line — so "Lena Marsh", "Vantix", which then keep that name's type. Only lines in title case
 * (four words of four letters or more, at least 80 % of them capitalised) are read.
 */

const WORD = /[\p{L}][\p{L}'’-]*/gu;

export function lineAround(text: string, offset: number): [number, number] {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return [start, end < 0 ? text.length : end];
}

/** Whether a line is a headline in title case (most of its longer words capitalised). */
export function titleCase(line: string): boolean {
  // the words of WORD, read in one pass without building them: every line of an article holding a
  // name is asked, and most are long paragraphs
  let words = 0;
  let capitalised = 0;
  let at = 0;
  while (at < line.length) {
    const code = line.codePointAt(at)!;
    if (!isLetter(code)) {
      at += code > 0xffff ? 2 : 1;
      continue;
    }
    const start = at;
    at += code > 0xffff ? 2 : 1;
    while (at < line.length) {
      const next = line.codePointAt(at)!;
      if (next !== 39 && next !== 0x2019 && next !== 45 && !isLetter(next)) break;
      at += next > 0xffff ? 2 : 1;
    }
    if (at - start < 4) continue;
    words += 1;
    const first = line.charCodeAt(start);
    if (first < 128 ? first >= 65 && first <= 90 : line[start] !== line[start]!.toLowerCase())
      capitalised += 1;
  }
  return words >= 4 && capitalised >= 0.8 * words;
}

const LETTER = /^\p{L}$/u;

/** Whether a code point is a letter (`\p{L}`). */
function isLetter(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(String.fromCodePoint(code));
}

/** Whether a word is an inflected form of a WordNet verb ending in -s or -ed ("Checks", "Resigned"). */
export function inflectedVerb(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/(?:s|ed)$/u.test(lower)) return false;
  const lemma = lemmaOf(lower, 'verb');
  return lemma !== null && lemma !== lower;
}

export function cutHeadlineVerbs(text: string, names: readonly NameMention[]): NameMention[] {
  const titleLines = new Map<number, boolean>(); // line start → whether it is in title case
  return names.map((name) => {
    const [lineStart, lineEnd] = lineAround(text, name.start);
    if (name.end > lineEnd) return name;
    let title = titleLines.get(lineStart);
    if (title === undefined) {
      title = titleCase(text.slice(lineStart, lineEnd));
      titleLines.set(lineStart, title);
    }
    if (!title) return name;
    const surface = text.slice(name.start, name.end);
    for (const match of surface.matchAll(WORD)) {
      if (match.index === 0 || !inflectedVerb(match[0])) continue;
      const prefix = surface.slice(0, match.index).trimEnd();
      const known = names.find(
        (other) =>
          (other.end <= lineStart || other.start >= lineEnd) && text.slice(other.start, other.end) === prefix,
      );
      if (known === undefined) return name;
      return known.subtype === undefined
        ? { start: name.start, end: name.start + prefix.length, type: known.type }
        : { start: name.start, end: name.start + prefix.length, type: known.type, subtype: known.subtype };
    }
    return name;
  });
}
