/**
 * 32-bit integer hashing for features: words are hashed from their UTF-16 code units (FNV-1a), and
 * a feature is a template number mixed with one or two values (a MurmurHash3-style finaliser), so
 * no string is built per token. The same functions run at training and at run time: changing them
 * invalidates the committed weights.
 */

export const FNV_OFFSET = 0x811c9dc5 | 0;

export function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** Final avalanche so nearby values spread over all buckets. */
export function finalise(value: number): number {
  let hash = value;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

export function mix(a: number, b: number): number {
  return finalise(Math.imul(a, 0x9e3779b1) ^ b);
}

export function mix3(a: number, b: number, c: number): number {
  return finalise(Math.imul(mix(a, b), 0x9e3779b1) ^ c);
}

/** FNV-1a hash of a whole string (used for fixed words and for the cluster table). */
export function hashString(value: string): number {
  let hash = FNV_OFFSET;
  for (let index = 0; index < value.length; index += 1) hash = fnvStep(hash, value.charCodeAt(index));
  return finalise(hash);
}
