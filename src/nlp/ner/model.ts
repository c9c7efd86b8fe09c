import { endianness } from 'node:os';
import { dataFile, tableAt } from '../data-files.js';
import { ClusterTable } from './clusters.js';
import { FeatureExtractor } from './features.js';

/** Bumped whenever features, hashing or the file layout change: old weights are then refused. */
export const FEATURE_VERSION = 4;

const MAGIC = 'CGNER001';

export interface NerModelHeader {
  readonly featureVersion: number;
  readonly buckets: number;
  readonly classes: number;
  /** Stored weights are Int16; the real weight is stored / scale. */
  readonly scale: number;
  readonly clusterWords: number;
  readonly clusterLevels: number;
  /** Whether the features include matches of the project's gazetteer (src/nlp/lexicon). */
  readonly gazetteer: boolean;
  /** 1: one greedy pass; 2: a second pass that sees the first pass's labels of the whole document. */
  readonly passes: number;
}

export interface NerModel {
  readonly header: NerModelHeader;
  /**
   * `buckets` rows of `classes` weights, as stored (Int16, real weight = stored / scale) or, while
   * training, as Float32. Scores are only compared, so the scale never needs to be applied.
   */
  readonly weights: Int16Array | Float32Array;
  readonly clusters: ClusterTable | null;
  readonly extractor: FeatureExtractor;
}

export function buildModel(
  header: NerModelHeader,
  weights: Int16Array | Float32Array,
  clusters: ClusterTable | null,
): NerModel {
  return { header, weights, clusters, extractor: new FeatureExtractor(header.buckets - 1, clusters) };
}

/**
 * The file: 8 bytes magic, a little-endian uint32 header length, the JSON header (padded with
 * spaces to a multiple of 4 bytes), Int16 weights (buckets × classes, padded to 4 bytes), then the
 * cluster table: exact-form hashes, lower-case hashes and codes, as little-endian Int32.
 */
export function serialiseModel(
  header: NerModelHeader,
  quantised: Int16Array,
  clusters: ClusterTable | null,
): Buffer {
  if (endianness() !== 'LE') throw new Error('model files are written on little-endian machines only');
  let json = JSON.stringify(header);
  while ((json.length + 12) % 4 !== 0) json += ' ';
  const weightBytes = Math.ceil(quantised.byteLength / 4) * 4;
  const parts: Buffer[] = [
    Buffer.from(MAGIC, 'latin1'),
    Buffer.from(new Uint32Array([json.length]).buffer),
    Buffer.from(json, 'latin1'),
    Buffer.concat([
      Buffer.from(quantised.buffer, quantised.byteOffset, quantised.byteLength),
      Buffer.alloc(weightBytes - quantised.byteLength),
    ]),
  ];
  if (clusters !== null) {
    for (const array of [clusters.exactHashes, clusters.lowerHashes, clusters.codes])
      parts.push(Buffer.from(array.buffer, array.byteOffset, array.byteLength));
  }
  return Buffer.concat(parts);
}

export function parseModel(bytes: Buffer): NerModel {
  if (endianness() !== 'LE') throw new Error('the NER model needs a little-endian machine');
  if (bytes.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a claimgraph NER model file');
  const headerLength = bytes.readUInt32LE(8);
  const header = JSON.parse(bytes.toString('latin1', 12, 12 + headerLength)) as NerModelHeader;
  if (header.featureVersion !== FEATURE_VERSION)
    throw new Error(
      `NER model has feature version ${header.featureVersion}, the code expects ${FEATURE_VERSION}: run npm run train:ner`,
    );
  // Viewed in place where aligned (a shared file's weights stay shared), else copied.
  let offset = 12 + headerLength;
  const count = header.buckets * header.classes;
  const stored = tableAt(Int16Array, bytes, offset, count);
  offset += Math.ceil((count * 2) / 4) * 4;
  let clusters: ClusterTable | null = null;
  if (header.clusterWords > 0) {
    const readInt32 = (length: number): Int32Array => {
      const array = tableAt(Int32Array, bytes, offset, length);
      offset += length * 4;
      return array;
    };
    const exact = readInt32(header.clusterWords);
    const lower = readInt32(header.clusterWords);
    const codes = readInt32(header.clusterWords * header.clusterLevels);
    clusters = new ClusterTable(exact, lower, header.clusterLevels, codes);
  }
  return buildModel(header, stored, clusters);
}

let loaded: NerModel | null = null;

/** The committed model (models/ner/ner.bin), read once on first use. */
export function nerModel(): NerModel {
  if (loaded === null) {
    const bytes = dataFile('models/ner/ner.bin');
    if (bytes === null) throw new Error('NER model models/ner/ner.bin not found: run npm run train:ner');
    loaded = parseModel(bytes);
  }
  return loaded;
}
