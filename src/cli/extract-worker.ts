import type { ExtractSettings, FileOutcome } from './process-file.js';
import { processFile } from './process-file.js';

/** Piscina task: one file in a worker thread, answered as serialised JSON or an error line. */
export default function extractInWorker(task: { path: string; settings: ExtractSettings }): FileOutcome {
  return processFile(task.path, task.settings);
}
