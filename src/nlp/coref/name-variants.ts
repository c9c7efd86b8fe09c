/**
 * String tests between proper names: normal form, acronyms, and spelling variants close enough to
 * be the same name misspelt ("Rachabalizod" for "Rachabalizoda").
 */

const COMBINING_MARKS = /[\u0300-\u036f]/gu;

/** Lower case, without diacritics or dots: "U.S." → "us", "Zelenskyy" → "zelenskyy". */
export function normaliseNameWord(word: string): string {
  let value = word.toLowerCase();
  if (value.normalize('NFD') !== value) value = value.normalize('NFD').replace(COMBINING_MARKS, '');
  if (value.includes('.')) value = value.replaceAll('.', '');
  if (value.includes('’')) value = value.replaceAll('’', "'");
  return value;
}

/** Is `word` written as an acronym: "FSB", "U.S.", "AFP", "NATO" (two to seven capitals)? */
export function isAcronym(word: string): boolean {
  const letters = word.replaceAll('.', '');
  if (letters.length < 2 || letters.length > 7) return false;
  let capitals = 0;
  for (let index = 0; index < letters.length; index += 1) {
    const code = letters.charCodeAt(index);
    if (code >= 0x41 && code <= 0x5a) capitals += 1;
    else if (!(code >= 0x30 && code <= 0x39) && !(code >= 0x61 && code <= 0x7a && index > 0)) return false;
  }
  return capitals >= 2 && capitals >= letters.length - 1;
}

/** Initials of a multi-word name, skipping joining words: "Federal Security Service" → "fss". */
export function initials(words: readonly string[], skip: ReadonlySet<string>): string {
  let value = '';
  for (const word of words) {
    const lower = word.toLowerCase();
    if (skip.has(lower)) continue;
    for (const part of lower.split('-')) if (part.length > 0) value += part[0];
  }
  return value;
}

/**
 * Optimal string alignment distance (adjacent transposition counts as one edit), stopping early
 * once it exceeds `limit`. Names are short, so the quadratic table is small.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  let previousPrevious = new Int32Array(width);
  let previous = new Int32Array(width);
  let current = new Int32Array(width);
  for (let column = 0; column < width; column += 1) previous[column] = column;
  for (let row = 1; row <= a.length; row += 1) {
    current[0] = row;
    let rowMinimum = row;
    for (let column = 1; column < width; column += 1) {
      const cost = a.charCodeAt(row - 1) === b.charCodeAt(column - 1) ? 0 : 1;
      let value = Math.min(
        (previous[column] as number) + 1,
        (current[column - 1] as number) + 1,
        (previous[column - 1] as number) + cost,
      );
      if (
        row > 1 &&
        column > 1 &&
        a.charCodeAt(row - 1) === b.charCodeAt(column - 2) &&
        a.charCodeAt(row - 2) === b.charCodeAt(column - 1)
      )
        value = Math.min(value, (previousPrevious[column - 2] as number) + 1);
      current[column] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    const recycled = previousPrevious;
    previousPrevious = previous;
    previous = current;
    current = recycled;
  }
  return previous[b.length] as number;
}

/**
 * Could `variant` be `name` misspelt? Conservative, as short names differ by one letter all the
 * time ("Khan"/"Kahn" may be two people): a truncation of at most two final letters for names of
 * six letters or more ("Rachabalizod"/"Rachabalizoda"), or one edit for names of seven or more.
 * Both are normalised words; the first letters must agree.
 */
export function isSpellingVariant(variant: string, name: string): boolean {
  if (variant === name) return true;
  if (variant.length === 0 || name.length === 0 || variant[0] !== name[0]) return false;
  const shorter = variant.length <= name.length ? variant : name;
  const longer = shorter === variant ? name : variant;
  if (shorter.length >= 6 && longer.length - shorter.length <= 2 && longer.startsWith(shorter)) return true;
  if (shorter.length >= 7 && editDistance(variant, name, 1) <= 1) return true;
  return false;
}

const BLEND = /^(\p{Lu}\p{Ll}*)[-.]?(\p{Lu}\p{Ll}+)$/u;

/**
 * The two parts of a one-word nickname blended from a person's given name and surname: "LiLo" →
 * ["li", "lo"], "A-Rod" → ["a", "rod"], "J.Lo" → ["j", "lo"]; null for any other word. The caller
 * decides whether a person named in full fits (blendFits).
 */
export function blendParts(word: string): readonly [string, string] | null {
  const match = BLEND.exec(word);
  if (match === null) return null;
  const [, first, second] = match as unknown as [string, string, string];
  // "Jlo" is no blend; "LiLo" needs both capitals, "A-Rod" its mark
  if (first.length === 1 && word.length === first.length + second.length) return null;
  return [normaliseNameWord(first), normaliseNameWord(second)];
}

/** Do the blend's parts open the given name and the surname ("li" of "lindsay", "lo" of "lohan")? */
export function blendFits(parts: readonly [string, string], given: string, surname: string): boolean {
  return given.startsWith(parts[0]) && surname.startsWith(parts[1]) && surname !== parts[1];
}
