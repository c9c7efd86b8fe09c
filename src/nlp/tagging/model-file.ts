import { endianness } from 'node:os';
import { dataFile, type DataFileName, tableAt } from '../data-files.js';
import type { LinearWeights } from './linear-tagger.js';

/** Bumped whenever the templates of linear-tagger.ts or the hints change: old weights are refused. */
export const TAGGER_FEATURE_VERSION = 4;

const MAGIC = 'CGTAG001';

export interface TaggerModelHeader {
  readonly name: string;
  readonly featureVersion: number;
  readonly buckets: number;
  /** The label names, index 0 being "outside". */
  readonly labels: readonly string[];
  /** Stored weights are Int16; the real weight is stored / scale. */
  readonly scale: number;
}

export interface TaggerModel extends LinearWeights {
  readonly header: TaggerModelHeader;
}

/**
 * The file: 8 bytes magic, a little-endian uint32 header length, the JSON header (padded with
 * spaces to a multiple of 4 bytes), then Int16 weights (buckets × labels), as the NER model's file.
 */
export function serialiseTaggerModel(header: TaggerModelHeader, quantised: Int16Array): Buffer {
  if (endianness() !== 'LE') throw new Error('model files are written on little-endian machines only');
  let json = JSON.stringify(header);
  while ((json.length + 12) % 4 !== 0) json += ' ';
  return Buffer.concat([
    Buffer.from(MAGIC, 'latin1'),
    Buffer.from(new Uint32Array([json.length]).buffer),
    Buffer.from(json, 'latin1'),
    Buffer.from(quantised.buffer, quantised.byteOffset, quantised.byteLength),
  ]);
}

export function parseTaggerModel(bytes: Buffer, retrain: string): TaggerModel {
  if (endianness() !== 'LE') throw new Error('the tagger models need a little-endian machine');
  if (bytes.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a claimgraph tagger model file');
  const headerLength = bytes.readUInt32LE(8);
  const header = JSON.parse(bytes.toString('latin1', 12, 12 + headerLength)) as TaggerModelHeader;
  if (header.featureVersion !== TAGGER_FEATURE_VERSION)
    throw new Error(
      `${header.name} model has feature version ${header.featureVersion}, the code expects ${TAGGER_FEATURE_VERSION}: run ${retrain}`,
    );
  // viewed in place (the header is padded so that the weights start at a multiple of 4)
  const weights = tableAt(Int16Array, bytes, 12 + headerLength, header.buckets * header.labels.length);
  return { header, buckets: header.buckets, classes: header.labels.length, weights };
}

/** Reads a committed model (models/<folder>/<file>) once; `retrain` names the command that rebuilds it. */
export function loadTaggerModel(file: DataFileName & `models/${string}`, retrain: string): TaggerModel {
  const bytes = dataFile(file);
  if (bytes === null) throw new Error(`model ${file} not found: run ${retrain}`);
  return parseTaggerModel(bytes, retrain);
}
