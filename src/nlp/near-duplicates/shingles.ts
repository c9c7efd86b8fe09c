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
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv1a);
  const shingles = new Set<number>();
  if (words.length === 0) return shingles;
  const count = Math.max(1, words.length - size + 1);
  // each word is hashed once; a shingle's hash combines its words' hashes in order (no strings built)
  for (let start = 0; start < count; start += 1) {
    let hash = 0x811c9dc5;
    for (let offset = start; offset < Math.min(start + size, words.length); offset += 1) {
      hash = Math.imul(hash ^ (words[offset] as number), 0x01000193);
      hash ^= hash >>> 15;
    }
    shingles.add(hash >>> 0);
  }
  return shingles;
}
