import type { ExtractSettings, FileOutcome } from './process-file.js';
import { processFiles } from './process-file.js';

/**
 * Piscina task: a few files in a worker thread, processed stage by stage (see `processFiles`),
 * each answered as serialised JSON or an error line, in the order of `paths`.
 */
export default function extractInWorker(task: {
  paths: readonly string[];
  settings: ExtractSettings;
}): FileOutcome[] {
  return processFiles(task.paths, task.settings);
}
