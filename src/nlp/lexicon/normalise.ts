/**
 * Key normalisation shared by every lexicon: one folded form per name, so that "Belarus",
 * "BELARUS" and "Bélarus" meet on one key, and "Russia’s" compares equal to "Russia's".
 *
 * Folding, one UTF-16 code unit at a time (so that offsets into the text never move):
 * - letters to lower case, diacritics removed ("é" → "e", "ö" → "o");
 * - typographic apostrophes and single quotes (’ ‘ ʼ ′) → "'";
 * - every dash and hyphen (‐ ‑ – —) → "-";
 * - every white-space character → " ".
 */

const foldCache = new Map<number, number>();

/** The folded code unit of `code` (see the module comment). Allocation-free for ASCII. */
export function foldCode(code: number): number {
  if (code < 128) {
    if (code >= 65 && code <= 90) return code + 32;
    if (code === 9 || code === 10 || code === 13) return 32;
    return code;
  }
  const cached = foldCache.get(code);
  if (cached !== undefined) return cached;
  let folded: number;
  if (code === 0x2019 || code === 0x2018 || code === 0x02bc || code === 0x2032 || code === 0x00b4) {
    folded = 39;
  } else if (code >= 0x2010 && code <= 0x2015) {
    folded = 45;
  } else if (code === 0x00a0 || code === 0x202f || code === 0x2009 || code === 0x2007) {
    folded = 32;
  } else {
    const base = String.fromCharCode(code).normalize('NFD').toLowerCase();
    const first = base.charCodeAt(0);
    // Only a single base letter followed by combining marks folds; "ß" → "ss" and surrogate halves stay.
    const rest = base.slice(1);
    folded = base.length >= 1 && /^[\u0300-\u036f]*$/u.test(rest) ? first : code;
  }
  foldCache.set(code, folded);
  return folded;
}

/**
 * Whether `name` is printable ASCII words (`!` to `~`) with single spaces between them and none at
 * either end (as /^[!-~]+(?: [!-~]+)*$/ tests, in one pass over the code units).
 */
function plainAscii(name: string): boolean {
  const length = name.length;
  if (length === 0) return false;
  let previous = 32;
  for (let index = 0; index < length; index += 1) {
    const code = name.charCodeAt(index);
    if (code === 32) {
      if (previous === 32) return false;
    } else if (code < 33 || code > 126) return false;
    previous = code;
  }
  return previous !== 32;
}

/** The folded key of a name: `foldCode` on every code unit, runs of spaces collapsed, trimmed. */
export function foldKey(name: string): string {
  // Printable ASCII words with single spaces: folding is lower-casing.
  if (plainAscii(name)) return name.toLowerCase();
  let key = '';
  let pendingSpace = false;
  for (let index = 0; index < name.length; index += 1) {
    const code = foldCode(name.charCodeAt(index));
    if (code === 32) {
      pendingSpace = key.length > 0;
      continue;
    }
    if (pendingSpace) key += ' ';
    pendingSpace = false;
    key += String.fromCharCode(code);
  }
  return key;
}

/** True for an ASCII or Unicode letter or digit code unit (surrogates count as letters). */
export function isWordCode(code: number): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  if (code >= 0xd800 && code <= 0xdfff) return true;
  const char = String.fromCharCode(code);
  return char.toLowerCase() !== char.toUpperCase() || /\p{N}/u.test(char);
}

/** True when the code unit is an upper-case letter ("A", "É", "Д"). */
export function isUpperCode(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  const char = String.fromCharCode(code);
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

/** A small integer hash of the first (up to) four folded letters of `key`, for the phrase index. */
export function prefixHash(key: string): number {
  let hash = 0;
  const length = Math.min(4, key.length);
  for (let index = 0; index < length; index += 1) hash = hash * 65_599 + key.charCodeAt(index);
  return (hash * 8 + length) >>> 0;
}

/**
 * The same hash as `prefixHash(foldKey(text.slice(start, …)))`, read straight from the text without
 * building a string; stops at the first non-word code unit (so "U.S." hashes "u"), like the key.
 */
export function prefixHashAt(text: string, start: number): number {
  let hash = 0;
  let length = 0;
  for (let index = start; index < text.length && length < 4; index += 1) {
    const code = text.charCodeAt(index);
    if (!isWordCode(code)) break;
    hash = hash * 65_599 + foldCode(code);
    length += 1;
  }
  return (hash * 8 + length) >>> 0;
}

/** The hash of a folded key's leading word part, consistent with `prefixHashAt`. */
export function keyPrefixHash(key: string): number {
  let end = 0;
  while (end < key.length && end < 4 && isWordCode(key.charCodeAt(end))) end += 1;
  return prefixHash(key.slice(0, end));
}
