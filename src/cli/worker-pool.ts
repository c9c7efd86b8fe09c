import { Piscina } from 'piscina';
import { fillSharedDataFiles, reserveSharedDataFiles } from '../nlp/data-files.js';
import type { ExtractTask, ExtractWorkerData } from './extract-worker.js';
import { tuneJitForBatches } from './jit-tuning.js';
import type { ExtractSettings, FileOutcome } from './process-file.js';

/**
 * Young-generation size of each worker's heap (MB; three times V8's semi-space). The pipeline
 * allocates many short-lived objects per document; with V8's default (48 MB) the scavenger took
 * about 5% of the CPU time on PolNeAR, with 96 MB about 3.6% (CPU profiles, one thread, under load).
 */
const YOUNG_GENERATION_MB = 96;

/**
 * Worker threads that run `extract-worker.js`; `maxQueue` bounds the tasks waiting for a thread.
 * The model weights and WordNet files are read once here into shared memory and handed to every
 * worker (src/nlp/data-files.ts), unless `share` is false (tasks that only clean): read after the
 * threads are started, while they load their modules, so that no thread spends its own time on
 * them (with one thread too: 0.2-0.3 s of its processor time at start-up). When the threads take
 * every core, V8's compiler settings are tuned for long batches first (src/cli/jit-tuning.ts).
 */
export function createExtractPool(
  threads: number,
  maxQueue: number,
  { share = true }: { readonly share?: boolean } = {},
): Piscina<ExtractTask, FileOutcome[]> {
  tuneJitForBatches(threads);
  const dataFiles = share ? reserveSharedDataFiles() : null;
  const workerData: ExtractWorkerData = { dataFiles };
  const pool = new Piscina<ExtractTask, FileOutcome[]>({
    filename: new URL('./extract-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    maxQueue,
    workerData,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  if (dataFiles !== null) fillSharedDataFiles(dataFiles);
  return pool;
}

/**
 * Settles when every thread of the pool has loaded its modules (a no-op task each, sent before any
 * work). Destroying the pool while a thread is still loading them kills the process (Node 20:
 * "v8::Module::IsGraphAsync must be used on an instantiated module"), as a worker stopped by
 * SIGTERM at once after it started did: wait for this before `pool.destroy()`.
 */
export function whenThreadsLoaded(pool: Piscina<ExtractTask, FileOutcome[]>, threads: number): Promise<void> {
  const tasks = Array.from({ length: threads }, () => pool.run({ warmUp: true }));
  return Promise.allSettled(tasks).then(() => undefined);
}

/** Most files a worker is given at once. */
const BATCH_FILES = 8;

/**
 * The files cut into batches for `threads` workers: up to `BATCH_FILES` each while there is plenty
 * left, then smaller ones (a quarter of a round of what is left), so that at the end no thread
 * waits long for another's last batch.
 */
export function splitIntoBatches<T>(files: readonly T[], threads: number): (readonly T[])[] {
  const batches: (readonly T[])[] = [];
  for (let first = 0; first < files.length;) {
    const size = Math.max(1, Math.min(BATCH_FILES, Math.ceil((files.length - first) / (threads * 4))));
    batches.push(files.slice(first, first + size));
    first += size;
  }
  return batches;
}

/**
 * Processes files on a pool of worker threads (both cores on the project's machines) and hands the
 * outcomes to `emit` in the order of `files`, so output order never depends on timing.
 */
export async function processInPool(
  files: readonly string[],
  settings: ExtractSettings,
  threads: number,
  emit: (path: string, outcome: FileOutcome) => Promise<void>,
): Promise<void> {
  // keep a bounded number of results in flight so memory stays flat on large batches
  const pool = createExtractPool(threads, threads * 128, { share: !settings.cleanOnly });
  try {
    // Files go to the workers a few at a time: each worker runs its batch stage by stage, which
    // keeps each stage's tables in the processor's caches (see `processFiles`).
    const batches = splitIntoBatches(files, threads);
    const window = threads * 8;
    const pending: Promise<FileOutcome[]>[] = [];
    let next = 0;
    const submit = (): void => {
      const paths = batches[next++];
      if (paths === undefined) return;
      pending.push(
        pool
          .run({ paths, settings })
          .catch((error: unknown): FileOutcome[] =>
            paths.map(() => ({ ok: false, error: `internal error: ${(error as Error).message}` })),
          ),
      );
    };
    while (next < batches.length && pending.length < window) submit();
    for (let index = 0; index < batches.length; index++) {
      const outcomes = await pending[index];
      const paths = batches[index];
      if (outcomes === undefined || paths === undefined) break;
      for (let file = 0; file < paths.length; file += 1) {
        await emit(paths[file] ?? '', outcomes[file] ?? { ok: false, error: 'internal error: no result' });
      }
      pending[index] = Promise.resolve([]); // let the settled result go
      if (next < batches.length) submit();
    }
  } finally {
    await pool.destroy();
  }
}
