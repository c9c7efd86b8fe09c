import type { Segments } from '../../model/index.js';
import { characterClasses, DIGIT, LOWER, lowercaseTable, OTHER, UNCASED, UPPER } from './characters.js';
import type { ClusterTable } from './clusters.js';
import { markGazetteerMatches } from './gazetteer-features.js';
import { finalise, FNV_OFFSET, fnvStep } from './hash.js';
import { posId } from './pos-tags.js';

/** Token flags (bits of `TokenFeatures.flags`). */
export const INITIAL_UPPER = 1;
export const ALL_UPPER = 2;
export const HAS_DIGIT = 4;
export const ALL_DIGITS = 8;
export const HAS_LOWER = 16;
export const ATTACHED_LEFT = 32;
export const ATTACHED_RIGHT = 64;
export const SENTENCE_INITIAL = 128;
/** Capitalised, and the same word is written in lower case elsewhere in the document. */
export const LOWERCASE_ELSEWHERE = 256;
export const HAS_LETTER = 512;
/** Four characters or more. */
export const LONG_WORD = 1024;
/**
 * Another token of the document spells the same word capitalised inside an ordinary sentence
 * (not first, not in a headline): "TOKAYEV" in a headline, "… said President Tokayev" below.
 */
export const CAPITALISED_ELSEWHERE = 2048;

/** Sentence modes (`TokenFeatures.sentenceMode`): headlines lose the case cue. */
export const SENTENCE_NORMAL = 0;
export const SENTENCE_ALL_CAPS = 1;
export const SENTENCE_TITLE_CASE = 2;

function characterClass(classes: Uint8Array, code: number): number {
  return classes[code]!;
}

/** Closing punctuation that follows a word without a space in running text: "Khujand.", "Smith,". */
function isClosingPunctuation(code: number): boolean {
  switch (code) {
    case 0x2e: // .
    case 0x2c: // ,
    case 0x3b: // ;
    case 0x3a: // :
    case 0x21: // !
    case 0x3f: // ?
    case 0x29: // )
    case 0x5d: // ]
    case 0x22: // "
    case 0x27: // '
    case 0x201d: // ”
    case 0x2019: // ’
    case 0x2026: // …
      return true;
    default:
      return false;
  }
}

function isOpeningPunctuation(code: number): boolean {
  return (
    code === 0x28 || code === 0x5b || code === 0x22 || code === 0x27 || code === 0x201c || code === 0x2018
  );
}

/**
 * Whether the token at [start, end) is glued to the previous one (starting at `previousStart`) as
 * part of one written word: "EU-wide", "U.S.-led". The training text has a space between all
 * CoNLL tokens, so punctuation glued on in running text ("Khujand.", "(Reuters", "Smith's", quote
 * marks) must not count, or the tagger would read "Khujand." as a compound.
 */
function joins(text: string, previousStart: number, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (isClosingPunctuation(first) && (end - start === 1 || first === 0x27 || first === 0x2019)) return false;
  return !(start - previousStart === 1 && isOpeningPunctuation(text.charCodeAt(previousStart)));
}

/**
 * Slots of the per-document word hash tables (open addressing, at most half full) for `count`
 * tokens. The mask a document uses comes from its own token count, and the arrays are allocated
 * from the same function, so a table is never smaller than its mask says: with `capacity * 2` a
 * document of exactly 1,024 or 2,048 tokens used a mask twice the array's length, and what it
 * computed depended on whether an earlier, longer document had already grown the arrays.
 */
export function wordTableSize(count: number): number {
  return Math.max(1024, 1 << Math.ceil(Math.log2(count * 2 + 1)));
}

/**
 * Everything the tagger needs per token, computed once per document into typed arrays that are
 * reused from call to call (the recogniser is not re-entrant; a worker thread has its own copy).
 */
export class TokenFeatures {
  length = 0;
  capacity = 0;
  exact = new Int32Array(0);
  lower = new Int32Array(0);
  /**
   * The lower-case hash as the word features see it: equal to `lower`, except that training hides
   * some words (word dropout) so the model learns to tag words it has never seen.
   */
  word = new Int32Array(0);
  shape = new Int32Array(0);
  shortShape = new Int32Array(0);
  prefixes = new Int32Array(0); // 4 per token
  suffixes = new Int32Array(0); // 4 per token
  flags = new Int32Array(0);
  pos = new Int32Array(0);
  /** Index of the token's word in the cluster table, or -1. */
  cluster = new Int32Array(0);
  /** Gazetteer match code per token (see gazetteer-features.ts), 0 when none or not used. */
  gazetteer = new Int32Array(0);
  sentenceStart = new Int32Array(0);
  sentenceEnd = new Int32Array(0);
  sentenceMode = new Int32Array(0);
  /** Open-addressing set of the hashes of words written in lower case in the document. */
  private lowerSeen = new Int32Array(0);
  private capitalisedCounts = new Int32Array(0);
  /**
   * 1 for a token that cannot start a name when it follows no open name: a word all in lower case
   * ("the", "said") or a lone punctuation mark. The tagger gives those O without scoring them.
   */
  plain = new Uint8Array(0);
  firstOccurrence = new Int32Array(0);
  nextOccurrence = new Int32Array(0);

  private ensure(count: number): void {
    if (count <= this.capacity) return;
    const capacity = Math.max(1024, 1 << Math.ceil(Math.log2(count)));
    this.capacity = capacity;
    this.exact = new Int32Array(capacity);
    this.lower = new Int32Array(capacity);
    this.word = new Int32Array(capacity);
    this.shape = new Int32Array(capacity);
    this.shortShape = new Int32Array(capacity);
    this.prefixes = new Int32Array(capacity * 4);
    this.suffixes = new Int32Array(capacity * 4);
    this.flags = new Int32Array(capacity);
    this.pos = new Int32Array(capacity);
    this.cluster = new Int32Array(capacity);
    this.gazetteer = new Int32Array(capacity);
    this.sentenceStart = new Int32Array(capacity);
    this.sentenceEnd = new Int32Array(capacity);
    this.sentenceMode = new Int32Array(capacity);
    this.lowerSeen = new Int32Array(wordTableSize(capacity));
    this.capitalisedCounts = new Int32Array(wordTableSize(capacity));
    this.plain = new Uint8Array(capacity);
    this.firstOccurrence = new Int32Array(capacity);
    this.nextOccurrence = new Int32Array(capacity);
  }

  /** What the table was last computed for by `computeOnce` (null: unknown, compute again). */
  private keySegments: Segments | null = null;
  private keyText = '';
  private keyClusters: ClusterTable | null = null;
  private keyGazetteer = false;

  /**
   * `compute`, skipped when the table already holds the same text, segments (the same object) and
   * clusters: the names, times and events taggers read one document in turn (`sharedTokenFeatures`).
   * Only the gazetteer marks are redone when `gazetteer` differs from the last call.
   */
  /** Whether the table was last computed by `computeOnce` for these segments (the same object). */
  holds(segments: Segments): boolean {
    return this.keySegments === segments;
  }

  computeOnce(text: string, segments: Segments, clusters: ClusterTable | null, gazetteer = false): void {
    if (this.keySegments === segments && this.keyText === text && this.keyClusters === clusters) {
      if (this.keyGazetteer !== gazetteer) {
        this.markGazetteer(text, segments, gazetteer);
        this.keyGazetteer = gazetteer;
      }
      return;
    }
    this.compute(text, segments, clusters, gazetteer);
    this.keySegments = segments;
    this.keyText = text;
    this.keyClusters = clusters;
    this.keyGazetteer = gazetteer;
  }

  compute(text: string, segments: Segments, clusters: ClusterTable | null, gazetteer = false): void {
    this.keySegments = null;
    const tokens = segments.tokens;
    const count = tokens.length;
    this.ensure(count);
    this.length = count;
    const classes = characterClasses();
    const lowercase = lowercaseTable();
    const seen = this.lowerSeen;
    const seenMask = wordTableSize(count) - 1;
    seen.fill(0, 0, seenMask + 1);
    let previousEnd = -1;
    for (let index = 0; index < count; index += 1) {
      const token = tokens[index]!;
      const start = token.start;
      const end = token.end;
      let exact = FNV_OFFSET;
      let lower = FNV_OFFSET;
      let shape = FNV_OFFSET;
      let shortShape = FNV_OFFSET;
      let lastSymbol = -1;
      let run = 0;
      let shapeLength = 0;
      let uppers = 0;
      let lowers = 0;
      let digits = 0;
      let uncased = 0;
      const base = index * 4;
      for (let position = start; position < end; position += 1) {
        const code = text.charCodeAt(position);
        const characterClass = classes[code]!;
        exact = fnvStep(exact, code);
        lower = fnvStep(lower, lowercase[code]!);
        const offset = position - start;
        if (offset < 4) this.prefixes[base + offset] = finalise(lower);
        let symbol: number;
        switch (characterClass) {
          case UPPER:
            uppers += 1;
            symbol = 1;
            break;
          case LOWER:
            lowers += 1;
            symbol = 2;
            break;
          case DIGIT:
            digits += 1;
            symbol = 3;
            break;
          case UNCASED:
            uncased += 1;
            symbol = 4;
            break;
          default:
            symbol = code + 16;
        }
        if (symbol !== lastSymbol) {
          shortShape = fnvStep(shortShape, symbol);
          run = 0;
          lastSymbol = symbol;
        }
        run += 1;
        if (run <= 3 && shapeLength < 12) {
          shape = fnvStep(shape, symbol);
          shapeLength += 1;
        }
      }
      const length = end - start;
      for (let k = length; k < 4; k += 1) this.prefixes[base + k] = finalise(lower) ^ 0x2a;
      for (let k = 1; k <= 4; k += 1) {
        let suffix = FNV_OFFSET;
        for (let position = Math.max(start, end - k); position < end; position += 1)
          suffix = fnvStep(suffix, lowercase[text.charCodeAt(position)]!);
        this.suffixes[base + k - 1] = finalise(suffix) ^ (length < k ? 0x55 : 0);
      }
      const firstClass = classes[text.charCodeAt(start)]!;
      let flags = 0;
      if (firstClass === UPPER) flags |= INITIAL_UPPER;
      if (uppers > 0 && lowers === 0) flags |= ALL_UPPER;
      if (digits > 0) flags |= HAS_DIGIT;
      if (digits === length) flags |= ALL_DIGITS;
      if (lowers > 0) flags |= HAS_LOWER;
      if (uppers + lowers + uncased > 0) flags |= HAS_LETTER;
      if (length >= 4) flags |= LONG_WORD;
      if (start === previousEnd && joins(text, index > 0 ? tokens[index - 1]!.start : start, start, end)) {
        flags |= ATTACHED_LEFT;
        this.flags[index - 1]! |= ATTACHED_RIGHT;
      }
      previousEnd = end;
      this.plain[index] =
        (lowers > 0 && uppers === 0 && digits === 0 && uncased === 0) ||
        (length === 1 && characterClass(classes, text.charCodeAt(start)) === OTHER)
          ? 1
          : 0;
      this.exact[index] = finalise(exact);
      const lowerHash = finalise(lower);
      this.lower[index] = lowerHash;
      this.word[index] = lowerHash;
      this.shape[index] = finalise(shape);
      this.shortShape[index] = finalise(shortShape);
      this.flags[index] = flags;
      this.pos[index] = posId(token.pos);
      this.cluster[index] = clusters === null ? -1 : clusters.find(this.exact[index]!, lowerHash);
      if (firstClass === LOWER) {
        let slot = lowerHash & seenMask;
        const key = lowerHash | 1;
        while (seen[slot] !== 0 && seen[slot] !== key) slot = (slot + 1) & seenMask;
        seen[slot] = key;
      }
    }
    // Capitalised words also written in lower case elsewhere ("Peace talks … the peace plan").
    for (let index = 0; index < count; index += 1) {
      if ((this.flags[index]! & INITIAL_UPPER) === 0) continue;
      const key = this.lower[index]! | 1;
      let slot = key & seenMask;
      while (seen[slot] !== 0) {
        if (seen[slot] === key) {
          this.flags[index]! |= LOWERCASE_ELSEWHERE;
          break;
        }
        slot = (slot + 1) & seenMask;
      }
    }
    this.computeSentences(segments);
    if (clusters !== null) this.recaseHeadlines(text, segments, clusters);
    this.markCapitalisedElsewhere(count, seenMask);
    this.linkOccurrences(count, seenMask);
    this.markGazetteer(text, segments, gazetteer);
  }

  private markGazetteer(text: string, segments: Segments, gazetteer: boolean): void {
    if (gazetteer)
      markGazetteerMatches(
        text,
        segments,
        (index) => (this.flags[index]! & INITIAL_UPPER) !== 0,
        this.gazetteer,
      );
    else this.gazetteer.fill(0, 0, this.length);
  }

  /**
   * In headlines ("PRESIDENT SACKS CABINET", "Rebels Seize Northern Town") capitals say nothing, so
   * each known word is shown to the features as it is usually written inside sentences in the
   * unlabelled text (the clusters' last level): "SACKS", "Seize" as lower-case words; "ALMATY" as
   * "Almaty". Words seen too rarely to tell, and acronyms ("NATO"), are left as they are.
   */
  private recaseHeadlines(text: string, segments: Segments, clusters: ClusterTable): void {
    const band = clusters.levels - 1;
    const classes = characterClasses();
    const lowercase = lowercaseTable();
    for (let index = 0; index < this.length; index += 1) {
      if (this.sentenceMode[index] === SENTENCE_NORMAL) continue;
      const flags = this.flags[index]!;
      const word = this.cluster[index]!;
      if ((flags & INITIAL_UPPER) === 0 || word < 0) continue;
      const capitalRate = clusters.code(word, band);
      if (capitalRate >= 8) continue;
      const token = segments.tokens[index]!;
      const asName = capitalRate >= 6;
      if (!asName && capitalRate > 1) continue;
      let exact = FNV_OFFSET;
      let shape = FNV_OFFSET;
      let lastSymbol = -1;
      let run = 0;
      let shapeLength = 0;
      for (let position = token.start; position < token.end; position += 1) {
        const code = text.charCodeAt(position);
        const characterClass = classes[code]!;
        const first = position === token.start;
        const shown = asName && first ? code : lowercase[code]!;
        exact = fnvStep(exact, shown);
        let symbol: number;
        if (characterClass === UPPER || characterClass === LOWER) symbol = asName && first ? 1 : 2;
        else if (characterClass === DIGIT) symbol = 3;
        else if (characterClass === UNCASED) symbol = 4;
        else symbol = code + 16;
        if (symbol !== lastSymbol) {
          run = 0;
          lastSymbol = symbol;
        }
        run += 1;
        if (run <= 3 && shapeLength < 12) {
          shape = fnvStep(shape, symbol);
          shapeLength += 1;
        }
      }
      this.exact[index] = finalise(exact);
      this.shape[index] = finalise(shape);
      this.flags[index] = (flags & ~(INITIAL_UPPER | ALL_UPPER)) | HAS_LOWER | (asName ? INITIAL_UPPER : 0);
    }
  }

  /**
   * Chains the capitalised tokens that spell the same word: `firstOccurrence[i]` is the first such
   * token of the document, `nextOccurrence[i]` the next one after i (-1 at the end, and for
   * tokens that are not capitalised). The tagger reads the contexts of a name's other occurrences.
   */
  private linkOccurrences(count: number, mask: number): void {
    const keys = this.lowerSeen;
    const last = this.capitalisedCounts;
    keys.fill(0, 0, mask + 1);
    const flags = this.flags;
    for (let index = 0; index < count; index += 1) {
      this.nextOccurrence[index] = -1;
      this.firstOccurrence[index] = -1;
      if ((flags[index]! & (INITIAL_UPPER | HAS_LETTER)) !== (INITIAL_UPPER | HAS_LETTER)) continue;
      const key = this.lower[index]! | 1;
      let slot = key & mask;
      while (keys[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
      if (keys[slot] === key) {
        const previous = last[slot]!;
        this.nextOccurrence[previous] = index;
        this.firstOccurrence[index] = this.firstOccurrence[previous]!;
      } else {
        keys[slot] = key;
        this.firstOccurrence[index] = index;
      }
      last[slot] = index;
    }
  }

  private markCapitalisedElsewhere(count: number, mask: number): void {
    const keys = this.lowerSeen;
    const counts = this.capitalisedCounts;
    keys.fill(0, 0, mask + 1);
    counts.fill(0, 0, mask + 1);
    const flags = this.flags;
    const qualifies = (index: number): boolean =>
      (flags[index]! & (INITIAL_UPPER | HAS_LOWER | SENTENCE_INITIAL)) === (INITIAL_UPPER | HAS_LOWER) &&
      this.sentenceMode[index] === SENTENCE_NORMAL;
    const slotOf = (key: number): number => {
      let slot = key & mask;
      while (keys[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
      return slot;
    };
    for (let index = 0; index < count; index += 1) {
      if (!qualifies(index)) continue;
      const key = this.lower[index]! | 1;
      const slot = slotOf(key);
      keys[slot] = key;
      counts[slot]! += 1;
    }
    for (let index = 0; index < count; index += 1) {
      if ((flags[index]! & HAS_LETTER) === 0) continue;
      const key = this.lower[index]! | 1;
      const slot = slotOf(key);
      if (keys[slot] !== key) continue;
      if (counts[slot]! - (qualifies(index) ? 1 : 0) > 0) flags[index]! |= CAPITALISED_ELSEWHERE;
    }
  }

  private computeSentences(segments: Segments): void {
    const flags = this.flags;
    for (const sentence of segments.sentences) {
      const first = sentence.firstToken;
      const end = sentence.endToken;
      let withLetters = 0;
      let withLower = 0;
      let capitalisedLong = 0;
      let lowerLong = 0;
      for (let index = first; index < end; index += 1) {
        this.sentenceStart[index] = first;
        this.sentenceEnd[index] = end;
        const tokenFlags = flags[index]!;
        if ((tokenFlags & HAS_LETTER) === 0) continue;
        withLetters += 1;
        if (tokenFlags & HAS_LOWER) withLower += 1;
        // Title Case headlines capitalise every longer word: "Rebels Seize Northern Town".
        if (index > first && (tokenFlags & LONG_WORD) !== 0) {
          if (tokenFlags & INITIAL_UPPER) capitalisedLong += 1;
          else lowerLong += 1;
        }
      }
      let mode = SENTENCE_NORMAL;
      if (withLetters >= 2 && withLower === 0) mode = SENTENCE_ALL_CAPS;
      else if (capitalisedLong >= 2 && lowerLong === 0) mode = SENTENCE_TITLE_CASE;
      for (let index = first; index < end; index += 1) this.sentenceMode[index] = mode;
      // The first word, or the first after an opening quotation mark or bracket, is capitalised anyway.
      let initial = first;
      while (initial < end && (flags[initial]! & HAS_LETTER) === 0 && (flags[initial]! & HAS_DIGIT) === 0)
        initial += 1;
      if (initial < end) flags[initial]! |= SENTENCE_INITIAL;
    }
  }
}

/**
 * Documents whose tables are kept: the CLI's batch runner (src/cli/process-file.ts) takes each stage
 * over a batch of up to 16 documents before the next stage, so the names, times and events taggers
 * of one document are a batch apart; with a table per document they still compute it once.
 */
const TABLES_KEPT = 16;
/** The kept tables, least recently used first. */
const kept: TokenFeatures[] = [];

/**
 * The table the run-time taggers (names, times, events) share for the document of `segments` in
 * this thread, so that a document's per-token hashes are computed once for all three
 * (`computeOnce`): the one that last held these segments (the same object), else the least recently
 * used of `TABLES_KEPT` tables. Measured on PolNeAR's training texts with `extract` (stage by stage
 * over batches), the hashes were computed three times per document with one shared table, about 4% of
 * the processor time. Training keeps its own tables: it perturbs them.
 */
export function sharedTokenFeatures(segments?: Segments): TokenFeatures {
  let found = segments === undefined ? -1 : kept.findIndex((table) => table.holds(segments));
  if (found < 0) found = kept.length < TABLES_KEPT ? kept.push(new TokenFeatures()) - 1 : 0;
  const table = kept[found]!;
  if (found !== kept.length - 1) {
    kept.splice(found, 1);
    kept.push(table);
  }
  return table;
}
