import type { RawInput } from '../pipeline/ingest-input.js';
import type { ExtractSettings, FileOutcome } from './process-file.js';
import { processFiles, processInputs } from './process-file.js';

/** What a worker thread is given: files to read, or articles already in memory (queue jobs). */
export type ExtractTask =
  | { readonly paths: readonly string[]; readonly settings: ExtractSettings }
  | { readonly inputs: readonly RawInput[]; readonly settings: ExtractSettings };

/**
 * Piscina task: a few files in a worker thread, processed stage by stage (see `processFiles`),
 * each answered as serialised JSON or an error line, in the order given.
 */
export default function extractInWorker(task: ExtractTask): FileOutcome[] {
  if ('paths' in task) return processFiles(task.paths, task.settings);
  return processInputs(
    task.inputs.map((input) => () => input),
    task.settings,
  );
}
