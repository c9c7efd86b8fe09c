import { workerData } from 'piscina';
import { type SharedDataFiles, useSharedDataFiles } from '../nlp/data-files.js';
import type { RawInput } from '../pipeline/ingest-input.js';
import type { ExtractSettings, FileOutcome } from './process-file.js';
import { processFiles, processInputs } from './process-file.js';

/** What a worker thread is given: files to read, or articles already in memory (queue jobs). */
export type ExtractTask =
  | { readonly paths: readonly string[]; readonly settings: ExtractSettings }
  | { readonly inputs: readonly RawInput[]; readonly settings: ExtractSettings }
  // answered once the thread has loaded its modules (see `whenThreadsLoaded` in worker-pool.ts)
  | { readonly warmUp: true };

/** What every worker thread is started with: the data files the main thread read into shared memory. */
export interface ExtractWorkerData {
  readonly dataFiles: SharedDataFiles | null;
}

// the models and WordNet are then read from the main thread's one copy (src/nlp/data-files.ts)
const shared = (workerData as ExtractWorkerData | undefined)?.dataFiles;
if (shared !== undefined && shared !== null) useSharedDataFiles(shared);

/**
 * Piscina task: a few files in a worker thread, processed stage by stage (see `processFiles`),
 * each answered as serialised JSON or an error line, in the order given.
 */
export default function extractInWorker(task: ExtractTask): FileOutcome[] {
  if ('warmUp' in task) return [];
  if ('paths' in task) return processFiles(task.paths, task.settings);
  return processInputs(
    task.inputs.map((input) => () => input),
    task.settings,
  );
}
