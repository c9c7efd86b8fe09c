import { finalise, FNV_OFFSET, fnvStep, mix } from '../ner/hash.js';

/**
 * Lemmas by edit scripts (Chrupała 2006; as UDPipe's lemmatiser classes): a lemma is the word,
 * optionally lower-cased, with `strip` letters cut from its end and `append` added ("arrests" →
 * cut 1 → "arrest"; "went" → cut 4, add "go"). Each (lower-cased word, tag) seen in the treebank
 * has its script in a dictionary; an unseen word takes the script most frequent among training
 * words with the same tag and the longest known ending (up to five letters). The dictionary keeps
 * only the words whose script differs from what their ending would give.
 */
export interface EditScript {
  readonly lower: boolean;
  readonly strip: number;
  readonly append: string;
}

/** Scripts as they are stored: "L1" (lower, cut one), "K0" (keep), "L4go". */
export function encodeScript(script: EditScript): string {
  return `${script.lower ? 'L' : 'K'}${script.strip}${script.append}`;
}

export function decodeScript(code: string): EditScript {
  const match = /^([LK])(\d+)(.*)$/s.exec(code);
  if (match === null) throw new Error(`bad lemma script "${code}"`);
  return { lower: match[1] === 'L', strip: Number(match[2]), append: match[3]! };
}

export function applyScript(script: EditScript, form: string): string {
  const base = script.lower ? form.toLowerCase() : form;
  if (script.strip > base.length) return base;
  return base.slice(0, base.length - script.strip) + script.append;
}

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a.charCodeAt(length) === b.charCodeAt(length)) length += 1;
  return length;
}

/** The shortest script turning `form` into `lemma` (lower-casing preferred on a tie). */
export function scriptFor(form: string, lemma: string): EditScript {
  const keep = commonPrefix(form, lemma);
  const lowered = form.toLowerCase();
  const lower = lowered.length === form.length ? commonPrefix(lowered, lemma) : -1;
  const keepCost = form.length - keep + lemma.length - keep;
  const lowerCost = lower < 0 ? Infinity : form.length - lower + lemma.length - lower;
  return lowerCost <= keepCost
    ? { lower: true, strip: form.length - lower, append: lemma.slice(lower) }
    : { lower: false, strip: form.length - keep, append: lemma.slice(keep) };
}

export const LONGEST_ENDING = 5;

/** Key of a (lower-cased word, tag) pair in the dictionary. */
export function wordKey(form: string, tag: number): number {
  let hash = FNV_OFFSET;
  for (let index = 0; index < form.length; index += 1) hash = fnvStep(hash, form.charCodeAt(index));
  return mix(finalise(hash) | 1, 0x100 + tag) | 1;
}

/** Key of the last `length` letters of a lower-cased word with a tag. */
export function endingKey(lowered: string, length: number, tag: number): number {
  let hash = FNV_OFFSET;
  for (let index = Math.max(0, lowered.length - length); index < lowered.length; index += 1)
    hash = fnvStep(hash, lowered.charCodeAt(index));
  return mix(finalise(hash) ^ (length * 0x3c6ef372), 0x200 + tag) | 1;
}

/** An open-addressing table from non-zero int32 keys to script numbers. */
export class KeyTable {
  private readonly mask: number;
  private readonly slotKeys: Int32Array;
  private readonly slotValues: Int32Array;

  constructor(
    readonly keys: Int32Array,
    readonly values: Int32Array,
  ) {
    const size = Math.max(16, 1 << Math.ceil(Math.log2(keys.length * 2 + 1)));
    this.mask = size - 1;
    this.slotKeys = new Int32Array(size);
    this.slotValues = new Int32Array(size);
    for (let index = 0; index < keys.length; index += 1) {
      const key = keys[index]!;
      let slot = key & this.mask;
      while (this.slotKeys[slot] !== 0 && this.slotKeys[slot] !== key) slot = (slot + 1) & this.mask;
      this.slotKeys[slot] = key;
      this.slotValues[slot] = values[index]!;
    }
  }

  get(key: number): number {
    let slot = key & this.mask;
    for (;;) {
      const stored = this.slotKeys[slot]!;
      if (stored === 0) return -1;
      if (stored === key) return this.slotValues[slot]!;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** Slots of the lemmatiser's cache (a power of two). */
const LEMMA_SLOTS = 1 << 16;

/** The hash of a word as written, as `WordFeatures.exact` holds it. */
export function exactHash(form: string): number {
  let hash = FNV_OFFSET;
  for (let index = 0; index < form.length; index += 1) hash = fnvStep(hash, form.charCodeAt(index));
  return finalise(hash);
}

export class Lemmatiser {
  private readonly decoded: readonly EditScript[];

  constructor(
    readonly scripts: readonly string[],
    readonly dictionary: KeyTable,
    readonly endings: KeyTable,
  ) {
    this.decoded = scripts.map(decodeScript);
  }

  /** The script an unseen word with this tag would get from its ending. */
  scriptByEnding(lowered: string, tag: number): number {
    for (let length = Math.min(LONGEST_ENDING, lowered.length); length >= 0; length -= 1) {
      const script = this.endings.get(endingKey(lowered, length, tag));
      if (script >= 0) return script;
    }
    return 0;
  }

  /**
   * Lemmas already given, as news repeats its words: a direct-mapped cache of `LEMMA_SLOTS` slots,
   * each holding one (form, tag, lemma), placed by a hash of the form the caller usually has already
   * (`WordFeatures.exact`), so a repeated word costs no string hashing and no map look-up. A slot
   * is taken over by the next word that falls on it; the lemma is a function of form and tag, so a
   * miss only costs the look-up again.
   */
  private readonly cachedForms = new Array<string>(LEMMA_SLOTS).fill('');
  private readonly cachedTags = new Int32Array(LEMMA_SLOTS).fill(-1);
  private readonly cachedLemmas = new Array<string>(LEMMA_SLOTS).fill('');

  /** `formHash`: `exactHash(form)`, passed when the caller has it (the parser's word features). */
  lemma(form: string, tag: number, formHash = exactHash(form)): string {
    const slot = (formHash ^ Math.imul(tag + 1, 0x9e3779b1)) & (LEMMA_SLOTS - 1);
    if (this.cachedTags[slot] === tag && this.cachedForms[slot] === form) return this.cachedLemmas[slot]!;
    const lemma = this.findLemma(form, tag);
    this.cachedForms[slot] = form;
    this.cachedTags[slot] = tag;
    this.cachedLemmas[slot] = lemma;
    return lemma;
  }

  private findLemma(form: string, tag: number): string {
    const lowered = form.toLowerCase();
    let script = this.dictionary.get(wordKey(lowered, tag));
    if (script < 0) script = this.scriptByEnding(lowered, tag);
    return applyScript(this.decoded[script]!, form);
  }
}
