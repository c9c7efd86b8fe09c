/** Hash functions per signature: the standard error of a Jaccard estimate is about 1/√128 ≈ 0.09. */
export const SIGNATURE_LENGTH = 128;

/** Fixed seeds (a seeded generator, not the clock), so signatures stored today match tomorrow's. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(SIGNATURE_LENGTH);
  let state = 0x9e3779b9;
  for (let index = 0; index < SIGNATURE_LENGTH; index += 1) {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    seeds[index] = state >>> 0;
  }
  return seeds;
})();

/** murmur3's 32-bit finaliser: mixes the shingle hash with one seed into a new permutation of it. */
function mix(value: number, seed: number): number {
  let hash = (value ^ seed) >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * MinHash signature: for each of the 128 hash functions, the least hash over the shingles. The
 * i-th function is (h₁ + i·h₂) xor seedᵢ: two murmur-mixed hashes per shingle, then two
 * operations per function (after Kirsch and Mitzenmacher) instead of a full mix for each.
 */
export function minhashSignature(shingles: ReadonlySet<number>): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const shingle of shingles) {
    const first = mix(shingle, 0x2545f491);
    const second = mix(shingle, 0x9e3779b9) | 1;
    for (let index = 0; index < SIGNATURE_LENGTH; index += 1) {
      const hash = ((first + Math.imul(index, second)) ^ (SEEDS[index] as number)) >>> 0;
      if (hash < (signature[index] as number)) signature[index] = hash;
    }
  }
  return signature;
}

/** The share of positions where two signatures agree: an estimate of the shingle sets' Jaccard index. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let index = 0; index < SIGNATURE_LENGTH; index += 1) if (a[index] === b[index]) same += 1;
  return same / SIGNATURE_LENGTH;
}

/**
 * How much of the shorter text the longer one holds, from the Jaccard estimate and the two set
 * sizes (|A∩B| = J·(|A|+|B|)/(1+J)). A reprint cut to half its paragraphs has a Jaccard index
 * near 0.5 with the original but a containment near 1: containment is what marks a wire copy.
 */
export function estimatedContainment(jaccard: number, sizeA: number, sizeB: number): number {
  const smaller = Math.min(sizeA, sizeB);
  if (smaller === 0) return 0;
  const shared = (jaccard * (sizeA + sizeB)) / (1 + jaccard);
  return Math.min(1, shared / smaller);
}

/** Signature ⇄ text (hex), for storage in either database. */
export function signatureToHex(signature: Uint32Array): string {
  let hex = '';
  for (const value of signature) hex += value.toString(16).padStart(8, '0');
  return hex;
}

export function signatureFromHex(hex: string): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_LENGTH);
  for (let index = 0; index < SIGNATURE_LENGTH; index += 1) {
    signature[index] = Number.parseInt(hex.slice(index * 8, index * 8 + 8), 16) >>> 0;
  }
  return signature;
}
