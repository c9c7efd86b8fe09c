/**
 * FNV-1a hash of a file name: splits a data set into a tuning half and a held-out half in a way
 * that is fixed, does not depend on listing order, and needs no list in the repository.
 */
export function nameHash(name: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < name.length; index++) {
    hash ^= name.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
