import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
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
  const count = header.buckets * header.labels.length;
  const weights = new Int16Array(count);
  const offset = 12 + headerLength;
  Buffer.from(weights.buffer).set(bytes.subarray(offset, offset + count * 2));
  return { header, buckets: header.buckets, classes: header.labels.length, weights };
}

/** Reads a committed model (models/<folder>/<file>) once; `retrain` names the command that rebuilds it. */
export function loadTaggerModel(folder: string, file: string, retrain: string): TaggerModel {
  // dist/src/nlp/tagging/model-file.js or src/nlp/tagging/model-file.ts → models/<folder>/<file>
  const candidates = [
    new URL(`../../../../models/${folder}/${file}`, import.meta.url),
    new URL(`../../../models/${folder}/${file}`, import.meta.url),
  ];
  for (const candidate of candidates) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(candidate);
    } catch {
      continue;
    }
    return parseTaggerModel(bytes, retrain);
  }
  throw new Error(`model not found at ${candidates[0]!.pathname}: run ${retrain}`);
}
