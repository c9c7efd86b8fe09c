/** Words per shingle: five words survive small edits yet rarely repeat across unrelated stories. */
export const SHINGLE_WORDS = 5;

/** 32-bit FNV-1a of a string (fast, no allocation), the shingle's identity. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The set of word shingles of a text, as 32-bit hashes. Words are lower-cased runs of letters
 * and digits, so a changed quotation mark or dash ("said: “We…”" vs "said \"We…\"") or a line
 * break moved by another layout does not change a shingle.
 */
export function wordShingles(text: string, size: number = SHINGLE_WORDS): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const shingles = new Set<number>();
  if (words.length === 0) return shingles;
  if (words.length < size) {
    shingles.add(fnv1a(words.join(' ')));
    return shingles;
  }
  for (let start = 0; start + size <= words.length; start += 1) {
    shingles.add(fnv1a(words.slice(start, start + size).join(' ')));
  }
  return shingles;
}
