/**
 * Tokens that hold a word and an English clitic, split into the two words the treebank writes
 * ("I'm" → "I" + "'m", "don't" → "do" + "n't"), so that the parser reads the words it learned
 * from. The segmenter splits most clitics itself but keeps a first-person "I'm" whole; without the
 * split, the verb after it has no subject and no auxiliary.
 *
 * A clitic is an apostrophe (straight or typographic) followed by m, re, ve or ll, or n't, at the
 * end of a token with at least one letter before it. Not "'s" nor "'d": the segmenter splits those,
 * and a token that still ends in them is more often one word ("DM's" for a plural, "OK'd").
 */

const APOSTROPHES = "'\u2019";

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code >= 0xc0;
}

function lower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** Length of the clitic at the end of `form` ("'m" → 2, "n't" → 3), or 0. */
export function cliticLength(form: string): number {
  const length = form.length;
  if (length < 3) return 0;
  const last = lower(form.charCodeAt(length - 1));
  const second = form.charAt(length - 2);
  const third = form.charAt(length - 3);
  let clitic = 0;
  if (APOSTROPHES.includes(second) && last === 109)
    clitic = 2; // 'm
  else if (APOSTROPHES.includes(third)) {
    const before = lower(form.charCodeAt(length - 2));
    if ((before === 114 || before === 118) && last === 101)
      clitic = 3; // 're, 've
    else if (before === 108 && last === 108) clitic = 3; // 'll
  } else if (last === 116 && APOSTROPHES.includes(second) && lower(form.charCodeAt(length - 3)) === 110)
    clitic = 3; // n't
  if (clitic === 0 || length - clitic < 1 || !isLetter(form.charCodeAt(length - clitic - 1))) return 0;
  return clitic;
}

/** The words of a sentence whose tokens hold clitics, and where each token's words are. */
export interface CliticSplit {
  readonly words: string[];
  /** Index of each token's first word; a split token's clitic is the word after it. */
  readonly firstWord: Int32Array;
  /** Index of the token each word belongs to. */
  readonly tokenOf: Int32Array;
}

/** Splits the tokens that hold a clitic; null when none does (the words are the tokens). */
export function splitClitics(forms: readonly string[]): CliticSplit | null {
  let found = -1;
  for (let index = 0; index < forms.length && found < 0; index += 1)
    if (cliticLength(forms[index]!) > 0) found = index;
  if (found < 0) return null;
  const words: string[] = [];
  const firstWord = new Int32Array(forms.length);
  const tokenOf: number[] = [];
  for (let index = 0; index < forms.length; index += 1) {
    const form = forms[index]!;
    firstWord[index] = words.length;
    const clitic = index < found ? 0 : cliticLength(form);
    if (clitic === 0) {
      words.push(form);
      tokenOf.push(index);
    } else {
      words.push(form.slice(0, form.length - clitic), form.slice(form.length - clitic));
      tokenOf.push(index, index);
    }
  }
  return { words, firstWord, tokenOf: Int32Array.from(tokenOf) };
}

/**
 * Which word of a split token stands for it in the token's parse: the one of the two that is the
 * other's ancestor (so that merging them keeps a tree), else the word before the clitic.
 */
export function representative(heads: Int32Array, host: number, clitic: number): number {
  for (let word = heads[host]!, steps = 0; word >= 0 && steps < heads.length; word = heads[word]!, steps += 1)
    if (word === clitic) return clitic;
  return host;
}
