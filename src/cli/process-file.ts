import { ClaimgraphError } from '../model/index.js';
import { toContractJson } from '../output/contract.js';
import type { PipelineOptions } from '../pipeline/pipeline.js';
import { processInput } from '../pipeline/pipeline.js';
import { readInput } from './read-input.js';

/** Options of one extraction, as plain data so they can cross into a worker thread. */
export interface ExtractSettings {
  readonly format: PipelineOptions['format'];
  readonly clean: boolean;
  readonly cleanOnly: boolean;
  readonly published: string | null;
  readonly maxBytes: number;
  readonly maxElements: number;
  readonly maxDepth: number;
  /** Pretty-print (two-space indent) instead of one line. */
  readonly pretty: boolean;
}

export type FileOutcome =
  { readonly ok: true; readonly json: string } | { readonly ok: false; readonly error: string };

/**
 * Reads, processes and serialises one file. Never throws: every failure becomes a one-line
 * reason (a stack trace only with CLAIMGRAPH_DEBUG=1).
 */
export function processFile(path: string, settings: ExtractSettings): FileOutcome {
  try {
    const input = readInput(path, settings.maxBytes);
    const doc = processInput(input, {
      format: settings.format,
      published: settings.published,
      cleanOnly: settings.cleanOnly,
      ingest: {
        clean: settings.clean,
        limits: {
          maxInputBytes: settings.maxBytes,
          maxHtmlElements: settings.maxElements,
          maxHtmlDepth: settings.maxDepth,
        },
      },
    });
    const json = JSON.stringify(toContractJson(doc), null, settings.pretty ? 2 : undefined);
    return { ok: true, json };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}

export function describeError(error: unknown): string {
  if (error instanceof ClaimgraphError) return error.message;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (process.env.CLAIMGRAPH_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? message}\n`);
  if (error instanceof RangeError && /call stack/i.test(message ?? '')) {
    return 'internal error: the input is nested too deeply to process (lower --max-depth)';
  }
  return `internal error: ${message} (set CLAIMGRAPH_DEBUG=1 for details)`;
}
