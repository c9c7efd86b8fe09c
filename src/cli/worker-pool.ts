import { Piscina } from 'piscina';
import type { ExtractTask } from './extract-worker.js';
import type { ExtractSettings, FileOutcome } from './process-file.js';

/** Worker threads that run `extract-worker.js`; `maxQueue` bounds the tasks waiting for a thread. */
export function createExtractPool(threads: number, maxQueue: number): Piscina<ExtractTask, FileOutcome[]> {
  return new Piscina<ExtractTask, FileOutcome[]>({
    filename: new URL('./extract-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    maxQueue,
  });
}

/** Most files a worker is given at once. */
const BATCH_FILES = 8;

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
  const pool = createExtractPool(threads, threads * 128);
  try {
    // Files go to the workers a few at a time: each worker runs its batch stage by stage, which
    // keeps each stage's tables in the processor's caches (see `processFiles`).
    const batchFiles = Math.max(1, Math.min(BATCH_FILES, Math.ceil(files.length / (threads * 4))));
    const batches: (readonly string[])[] = [];
    for (let first = 0; first < files.length; first += batchFiles)
      batches.push(files.slice(first, first + batchFiles));
    const window = Math.max(threads * 4, Math.ceil((threads * 64) / batchFiles));
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
