import type { ExtractSettings, FileOutcome } from './process-file.js';

/**
 * Files processed together, stage by stage, on one thread (see `processFiles`): enough for the
 * caches to pay off (batches of 20 and 100 measured about alike on PolNeAR), few enough that
 * memory stays flat and progress moves.
 */
const BATCH_FILES = 16;

/** Below this many files a worker pool costs more (thread start, model loading) than it saves. */
const MIN_FILES_FOR_WORKERS = 8;

/**
 * Extracts `files` and hands each outcome to `emit` in the order of `files`: on a pool of `jobs`
 * worker threads when there are enough files (and none is standard input), else in batches here.
 * One job runs on one worker thread too: its heap is sized for the pipeline (src/cli/worker-pool.ts),
 * which the main thread's cannot be once started, and output is written here meanwhile.
 */
export async function extractFiles(
  files: readonly string[],
  settings: ExtractSettings,
  jobs: number,
  emit: (path: string, outcome: FileOutcome) => Promise<void>,
): Promise<void> {
  if (files.length >= MIN_FILES_FOR_WORKERS && !files.includes('-')) {
    const { processInPool } = await import('./worker-pool.js');
    await processInPool(files, settings, jobs, emit);
    return;
  }
  // loaded here, not at the top: with worker threads the main thread never runs the pipeline
  const { processFiles } = await import('./process-file.js');
  for (let first = 0; first < files.length; first += BATCH_FILES) {
    const batch = files.slice(first, first + BATCH_FILES);
    const outcomes = processFiles(batch, settings);
    for (let index = 0; index < batch.length; index++)
      await emit(batch[index] as string, outcomes[index] as FileOutcome);
  }
}
