import { Piscina } from 'piscina';
import type { ExtractSettings, FileOutcome } from './process-file.js';

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
  const pool = new Piscina<{ path: string; settings: ExtractSettings }, FileOutcome>({
    filename: new URL('./extract-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // keep a bounded number of results in flight so memory stays flat on large batches
    maxQueue: threads * 128,
  });
  try {
    const window = threads * 64;
    const pending: Promise<FileOutcome>[] = [];
    let next = 0;
    const submit = (): void => {
      const path = files[next++];
      if (path === undefined) return;
      pending.push(
        pool.run({ path, settings }).catch((error: unknown): FileOutcome => ({
          ok: false,
          error: `internal error: ${(error as Error).message}`,
        })),
      );
    };
    while (next < files.length && pending.length < window) submit();
    for (let index = 0; index < files.length; index++) {
      const outcome = await pending[index];
      if (outcome === undefined) break;
      await emit(files[index] ?? '', outcome);
      pending[index] = Promise.resolve(outcome); // let the settled promise go
      if (next < files.length) submit();
    }
  } finally {
    await pool.destroy();
  }
}
