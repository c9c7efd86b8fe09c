import { estimatedContainment, estimatedJaccard, minhashSignature, SIGNATURE_LENGTH } from './minhash.js';
import { wordShingles } from './shingles.js';

/**
 * Rows per LSH band. With 3 rows, 42 bands: two texts whose shingle sets have a Jaccard index of
 * 0.3 share a band with probability 1 − (1 − 0.3³)⁴² ≈ 0.68, at 0.5 ≈ 1.00, at 0.05 (two stories on
 * the same topic) ≈ 0.005 — a reprint cut to a third still becomes a candidate, strangers rarely.
 */
export const BAND_ROWS = 3;
export const BANDS = Math.floor(SIGNATURE_LENGTH / BAND_ROWS);

/**
 * Least containment (share of the shorter text's shingles found in the other) for two articles
 * to be one story. Chosen on the eval's tuning half (scripts/eval/near-duplicates.ts).
 */
export const CONTAINMENT_THRESHOLD = 0.5;

/** Texts with fewer shingles are never linked: a two-line brief matches too much by chance. */
export const MIN_SHINGLES = 20;

export interface Fingerprint {
  readonly signature: Uint32Array;
  readonly shingles: number;
  /** LSH band keys ("b7:1a2b…"): articles that share one are compared. */
  readonly bands: readonly string[];
}

export function fingerprint(text: string): Fingerprint {
  const shingles = wordShingles(text);
  const signature = minhashSignature(shingles);
  return { signature, shingles: shingles.size, bands: bandKeys(signature) };
}

export function bandKeys(signature: Uint32Array): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band += 1) {
    let key = `b${band}:`;
    for (let row = 0; row < BAND_ROWS; row += 1) {
      key += (signature[band * BAND_ROWS + row] as number).toString(36);
      key += row < BAND_ROWS - 1 ? '.' : '';
    }
    keys.push(key);
  }
  return keys;
}

/** Whether two fingerprinted articles are the same story (a wire copy, a lightly edited reprint). */
export function sameStory(
  a: Pick<Fingerprint, 'signature' | 'shingles'>,
  b: Pick<Fingerprint, 'signature' | 'shingles'>,
  threshold: number = CONTAINMENT_THRESHOLD,
): boolean {
  if (a.shingles < MIN_SHINGLES || b.shingles < MIN_SHINGLES) return false;
  const jaccard = estimatedJaccard(a.signature, b.signature);
  return estimatedContainment(jaccard, a.shingles, b.shingles) >= threshold;
}

export interface StoryCandidate {
  readonly story: string;
  readonly signature: Uint32Array;
  readonly shingles: number;
}

/**
 * The story a new article joins: that of the candidate it is most contained in (or that is most
 * contained in it) among those that are the same story, else null (a story of its own).
 */
export function chooseStory(
  print: Pick<Fingerprint, 'signature' | 'shingles'>,
  candidates: Iterable<StoryCandidate>,
  threshold: number = CONTAINMENT_THRESHOLD,
): string | null {
  let best = 0;
  let story: string | null = null;
  for (const candidate of candidates) {
    if (!sameStory(print, candidate, threshold)) continue;
    const containment = estimatedContainment(
      estimatedJaccard(print.signature, candidate.signature),
      print.shingles,
      candidate.shingles,
    );
    if (containment > best) {
      best = containment;
      story = candidate.story;
    }
  }
  return story;
}
