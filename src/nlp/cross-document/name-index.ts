/**
 * Finds a name key that differs from another by one transliteration: the keys are link-entities.ts's
 * (a person's words as consonant skeletons, "alksndr lkshnk"; other names as normalised words).
 * Spellings that transliterate one sound differently are folded first ("Alexander"/"Aleksandr" →
 * ks, "Qaddafi"/"Kaddafi" → k, "Khodorkovsky"/"Hodorkovsky" → h, "Volkov"/"Wolkow" → v), then one
 * letter more, less or different is allowed ("Gaddafi"/"Gadhafi") when the key is long enough for
 * one letter not to make another name (seven letters or more, first letters equal). Lookups use a
 * deletion index (every key and every key with one letter removed), so they cost the same in a
 * corpus of ten names or of a hundred thousand.
 */

const FOLDS: readonly [RegExp, string][] = [
  [/x/g, 'ks'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/kh/g, 'h'],
  [/dzh|dj/g, 'j'],
  [/q/g, 'k'],
  [/c(?!h)/g, 'k'],
  [/w/g, 'v'],
  [/(.)\1+/g, '$1'],
];

export function foldKey(key: string): string {
  let folded = key;
  for (const [pattern, replacement] of FOLDS) folded = folded.replace(pattern, replacement);
  return folded;
}

const MIN_FUZZY_LENGTH = 7;

/** Whether two strings differ by at most one inserted, deleted or replaced character. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return endA - start <= 1 && endB - start <= 1;
}

/** One edit apart, both long and with the same first letter. */
function closeEnough(a: string, b: string): boolean {
  return a.length >= MIN_FUZZY_LENGTH && b.length >= MIN_FUZZY_LENGTH && a[0] === b[0] && withinOneEdit(a, b);
}

function deletions(key: string): string[] {
  const variants = [key];
  for (let index = 0; index < key.length; index++) variants.push(key.slice(0, index) + key.slice(index + 1));
  return variants;
}

export class NameIndex<T> {
  private readonly byVariant = new Map<string, { folded: string; value: T }[]>();

  add(type: string, key: string, value: T): void {
    const folded = foldKey(key);
    const variants = folded.length >= MIN_FUZZY_LENGTH ? deletions(folded) : [folded];
    for (const variant of new Set(variants)) {
      const bucket = `${type}\u0000${variant}`;
      const list = this.byVariant.get(bucket) ?? [];
      list.push({ folded, value });
      this.byVariant.set(bucket, list);
    }
  }

  /** The first value added under a key that is the same as `key` after folding, or one edit away. */
  find(type: string, key: string): T | undefined {
    const folded = foldKey(key);
    const variants = folded.length >= MIN_FUZZY_LENGTH ? deletions(folded) : [folded];
    let best: { order: number; value: T } | undefined;
    for (const variant of new Set(variants)) {
      for (const entry of this.byVariant.get(`${type}\u0000${variant}`) ?? []) {
        const exact = entry.folded === folded;
        if (!exact && !closeEnough(entry.folded, folded)) continue;
        const order = exact ? 0 : 1;
        if (best === undefined || order < best.order) best = { order, value: entry.value };
      }
    }
    return best?.value;
  }
}
