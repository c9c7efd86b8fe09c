import { endianness } from 'node:os';
import { dataFile, tableAt } from '../data-files.js';
import { ClusterTable } from '../ner/clusters.js';
import { KeyTable, Lemmatiser } from './lemmatiser.js';
import { TAG_COUNT } from './tagger.js';
import { CANDIDATE_KEYS, TRANSITIONS, type ParserTables } from './parser.js';

/** Bumped whenever features, hashing or the file layout change: old weights are then refused. */
export const SYNTAX_FEATURE_VERSION = 3;

const MAGIC = 'CGSYN001';

export interface SyntaxModelHeader {
  readonly featureVersion: number;
  readonly tagBuckets: number;
  /**
   * 2: a second tagging pass reads the first pass's tags (tagger.ts); absent: one pass (the key is
   * only written for two, so a one-pass model's bytes are those of the models before the option).
   */
  readonly tagPasses?: 2;
  readonly transitionBuckets: number;
  readonly labelBuckets: number;
  /** Dependency relations, in class order. */
  readonly labels: readonly string[];
  /** Bits of a stored weight (8: Int8, 16: Int16); the real weight is stored / scale (per table). */
  readonly weightBits: 8 | 16;
  readonly tagScale: number;
  readonly transitionScale: number;
  readonly labelScale: number;
  /** Lemma edit scripts (lemmatiser.ts), then the sizes of its two tables. */
  readonly lemmaScripts: readonly string[];
  readonly lemmaWords: number;
  readonly lemmaEndings: number;
  /** Entries of the table of tags seen per word (lower-case hash → bit set of tag classes). */
  readonly tagSetWords: number;
  readonly clusterWords: number;
  readonly clusterLevels: number;
  /** Candidate labels per (direction, head tag, dependent tag) (parser.ts `ParserTables`). */
  readonly candidateStarts: readonly number[];
  readonly candidates: readonly number[];
}

/**
 * A table of weights as the tagger and parser read it: Float32 while training, the stored Int8 (or
 * Int16) at run time (a quarter of the memory traffic: the tables are read at random and do not fit
 * in the cache; scores are only compared within a table, so the scale is never applied).
 */
export type WeightTable = Float32Array | Int16Array | Int8Array;
export type StoredTable = Int16Array | Int8Array;

export interface SyntaxWeights {
  readonly header: SyntaxModelHeader;
  readonly tagWeights: WeightTable;
  /** The second tagging pass's weights, or null for one pass. */
  readonly secondTagWeights: WeightTable | null;
  readonly parser: ParserTables;
  readonly lemmatiser: Lemmatiser;
  readonly clusters: ClusterTable | null;
  readonly tagSets: KeyTable;
}

export function buildWeights(
  header: SyntaxModelHeader,
  tagWeights: WeightTable,
  secondTagWeights: WeightTable | null,
  transitionWeights: WeightTable,
  labelWeights: WeightTable,
  lemmatiser: Lemmatiser,
  clusters: ClusterTable | null,
  tagSets: KeyTable,
): SyntaxWeights {
  const rootLabel = header.labels.indexOf('root');
  if (rootLabel < 0) throw new Error('syntax model has no "root" label');
  if (header.candidateStarts.length !== CANDIDATE_KEYS + 1)
    throw new Error('syntax model has a label candidate table of the wrong size');
  const parser: ParserTables = {
    transitions: transitionWeights,
    labels: labelWeights,
    labelCount: header.labels.length,
    rootLabel,
    candidateStarts: Int32Array.from(header.candidateStarts),
    candidates: Int32Array.from(header.candidates),
  };
  return { header, tagWeights, secondTagWeights, parser, lemmatiser, clusters, tagSets };
}

/**
 * Linear quantisation to `bits` bits. `clip`: the share of non-zero weights (largest first) clipped
 * to the largest level, so that one outlier does not flatten every other weight to a few levels;
 * 0 scales by the largest weight.
 */
export function quantise(
  weights: Float32Array,
  bits: 8 | 16,
  clip: number,
): { quantised: StoredTable; scale: number } {
  const levels = bits === 8 ? 127 : 32767;
  const magnitudes = new Float32Array(weights.length);
  let count = 0;
  for (let index = 0; index < weights.length; index += 1) {
    const magnitude = Math.abs(weights[index]!);
    if (magnitude > 0) magnitudes[count++] = magnitude;
  }
  const sorted = magnitudes.subarray(0, count).sort();
  const largest = count === 0 ? 0 : sorted[Math.max(0, Math.ceil(count * (1 - clip)) - 1)]!;
  const scale = largest === 0 ? 1 : levels / largest;
  const quantised = bits === 8 ? new Int8Array(weights.length) : new Int16Array(weights.length);
  for (let index = 0; index < weights.length; index += 1)
    quantised[index] = Math.max(-levels, Math.min(levels, Math.round(weights[index]! * scale)));
  return { quantised, scale };
}

function padded(array: Int8Array | Int16Array | Int32Array): Buffer[] {
  const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  const padding = (4 - (array.byteLength % 4)) % 4;
  return padding === 0 ? [bytes] : [bytes, Buffer.alloc(padding)];
}

/**
 * The file: 8 bytes magic, a little-endian uint32 header length, the JSON header (padded with
 * spaces to a multiple of 4 bytes), then Int8 (or Int16) tagger (one table per pass), transition and label weights (each padded
 * to 4 bytes), the lemma dictionary and ending tables (Int32 keys, then Int32 script numbers), the tags seen
 * per word (Int32 keys, then Int32 bit sets), and
 * the word-cluster table (exact-form hashes, lower-case hashes, codes) copied from the NER model.
 */
export function serialiseSyntaxModel(
  header: SyntaxModelHeader,
  tables: { tag: StoredTable; secondTag: StoredTable | null; transition: StoredTable; label: StoredTable },
  lemmatiser: Lemmatiser,
  clusters: ClusterTable | null,
  tagSets: KeyTable,
): Buffer {
  if (endianness() !== 'LE') throw new Error('model files are written on little-endian machines only');
  let json = JSON.stringify(header);
  while ((Buffer.byteLength(json, 'utf8') + 12) % 4 !== 0) json += ' ';
  const parts: Buffer[] = [
    Buffer.from(MAGIC, 'latin1'),
    Buffer.from(new Uint32Array([Buffer.byteLength(json, 'utf8')]).buffer),
    Buffer.from(json, 'utf8'),
    ...padded(tables.tag),
    ...(tables.secondTag === null ? [] : padded(tables.secondTag)),
    ...padded(tables.transition),
    ...padded(tables.label),
    ...padded(lemmatiser.dictionary.keys),
    ...padded(lemmatiser.dictionary.values),
    ...padded(lemmatiser.endings.keys),
    ...padded(lemmatiser.endings.values),
    ...padded(tagSets.keys),
    ...padded(tagSets.values),
  ];
  if (clusters !== null)
    for (const array of [clusters.exactHashes, clusters.lowerHashes, clusters.codes])
      parts.push(...padded(array));
  return Buffer.concat(parts);
}

export function parseSyntaxModel(bytes: Buffer): SyntaxWeights {
  if (endianness() !== 'LE') throw new Error('the syntax model needs a little-endian machine');
  if (bytes.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a claimgraph syntax model file');
  const headerLength = bytes.readUInt32LE(8);
  const header = JSON.parse(bytes.toString('utf8', 12, 12 + headerLength)) as SyntaxModelHeader;
  if (header.featureVersion !== SYNTAX_FEATURE_VERSION)
    throw new Error(
      `syntax model has feature version ${header.featureVersion}, the code expects ${SYNTAX_FEATURE_VERSION}: run npm run train:syntax`,
    );
  let offset = 12 + headerLength;
  // Viewed in place where aligned (a shared file's weights stay shared), else copied.
  const readWeights = (length: number): StoredTable => {
    const stored =
      header.weightBits === 8
        ? tableAt(Int8Array, bytes, offset, length)
        : tableAt(Int16Array, bytes, offset, length);
    offset += Math.ceil(stored.byteLength / 4) * 4;
    return stored;
  };
  const readInt32 = (length: number): Int32Array => {
    const array = tableAt(Int32Array, bytes, offset, length);
    offset += length * 4;
    return array;
  };
  const tagWeights = readWeights(header.tagBuckets * TAG_COUNT);
  const secondTagWeights = header.tagPasses === 2 ? readWeights(header.tagBuckets * TAG_COUNT) : null;
  const transitionWeights = readWeights(header.transitionBuckets * TRANSITIONS);
  const labelWeights = readWeights(header.labelBuckets * header.labels.length);
  const dictionaryKeys = readInt32(header.lemmaWords);
  const dictionaryValues = readInt32(header.lemmaWords);
  const endingKeys = readInt32(header.lemmaEndings);
  const endingValues = readInt32(header.lemmaEndings);
  const lemmatiser = new Lemmatiser(
    header.lemmaScripts,
    new KeyTable(dictionaryKeys, dictionaryValues),
    new KeyTable(endingKeys, endingValues),
  );
  const tagSetKeys = readInt32(header.tagSetWords);
  const tagSets = new KeyTable(tagSetKeys, readInt32(header.tagSetWords));
  let clusters: ClusterTable | null = null;
  if (header.clusterWords > 0) {
    const exact = readInt32(header.clusterWords);
    const lower = readInt32(header.clusterWords);
    const codes = readInt32(header.clusterWords * header.clusterLevels);
    clusters = new ClusterTable(exact, lower, header.clusterLevels, codes);
  }
  if (offset !== bytes.length) throw new Error('syntax model file has an unexpected length');
  return buildWeights(
    header,
    tagWeights,
    secondTagWeights,
    transitionWeights,
    labelWeights,
    lemmatiser,
    clusters,
    tagSets,
  );
}

let loaded: SyntaxWeights | null = null;

/** The committed model (models/syntax/syntax.bin), read once on first use. */
export function syntaxWeights(): SyntaxWeights {
  if (loaded === null) {
    const bytes = dataFile('models/syntax/syntax.bin');
    if (bytes === null)
      throw new Error('syntax model models/syntax/syntax.bin not found: run npm run train:syntax');
    loaded = parseSyntaxModel(bytes);
  }
  return loaded;
}
