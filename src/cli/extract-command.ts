import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS } from '../ingest/options.js';
import { ClaimgraphError } from '../model/index.js';
import { parseReferenceDate } from '../pipeline/dates.js';
import { EXTRACT_HELP } from './help.js';
import type { ExtractSettings, FileOutcome } from './process-file.js';
import type { Terminal } from './terminal.js';

/**
 * Files processed together, stage by stage, on one thread (see `processFiles`): enough for the
 * caches to pay off (batches of 20 and 100 measured about alike on PolNeAR), few enough that
 * memory stays flat and progress moves.
 */
const BATCH_FILES = 16;

/** Below this many files a worker pool costs more (thread start, model loading) than it saves. */
const MIN_FILES_FOR_WORKERS = 8;

export class UsageError extends Error {}

interface ExtractCommand {
  readonly files: readonly string[];
  readonly settings: ExtractSettings;
  readonly jsonLines: boolean;
  readonly jobs: number;
  readonly quiet: boolean;
}

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError(`--${name} expects a positive whole number, not "${value}"`);
  return Number(value);
}

export function parseExtractArguments(argv: readonly string[]): ExtractCommand | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        input: { type: 'string' },
        published: { type: 'string' },
        'no-clean': { type: 'boolean' },
        'clean-only': { type: 'boolean' },
        tokens: { type: 'boolean' },
        jobs: { type: 'string' },
        'max-bytes': { type: 'string' },
        'max-elements': { type: 'string' },
        'max-depth': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError('no FILE given (try: claimgraph extract article.txt)');
  const format = values.format;
  if (format !== undefined && format !== 'json' && format !== 'jsonl') {
    throw new UsageError(`--format must be json or jsonl, not "${format}"`);
  }
  const input = values.input ?? 'auto';
  if (input !== 'auto' && input !== 'text' && input !== 'html') {
    throw new UsageError(`--input must be auto, text or html, not "${input}"`);
  }
  let published: string | null = null;
  if (values.published !== undefined) {
    try {
      published = parseReferenceDate(values.published);
    } catch (error) {
      throw new UsageError(`--published: ${(error as Error).message}`);
    }
  }
  const jsonLines = format === undefined ? positionals.length > 1 : format === 'jsonl';
  return {
    files: positionals,
    jsonLines,
    jobs: positiveInteger('jobs', values.jobs, availableParallelism()),
    quiet: values.quiet ?? false,
    settings: {
      format: input,
      clean: !(values['no-clean'] ?? false),
      cleanOnly: values['clean-only'] ?? false,
      published,
      maxBytes: positiveInteger('max-bytes', values['max-bytes'], DEFAULT_LIMITS.maxInputBytes),
      maxElements: positiveInteger('max-elements', values['max-elements'], DEFAULT_LIMITS.maxHtmlElements),
      maxDepth: positiveInteger('max-depth', values['max-depth'], DEFAULT_LIMITS.maxHtmlDepth),
      pretty: !jsonLines,
      tokens: values.tokens ?? false,
    },
  };
}

/** Runs `claimgraph extract`; returns the exit status. */
export async function runExtract(argv: readonly string[], terminal: Terminal): Promise<number> {
  let command: ExtractCommand | 'help';
  try {
    command = parseExtractArguments(argv);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ClaimgraphError) {
      terminal.error(`claimgraph extract: ${error.message}`);
      terminal.error('run "claimgraph extract --help" for usage');
      return 2;
    }
    throw error;
  }
  if (command === 'help') {
    await terminal.out(EXTRACT_HELP);
    return 0;
  }
  const { files, settings, jsonLines } = command;
  const arrayOutput = !jsonLines && files.length > 1;
  const progress = terminal.progress(files.length, command.quiet);
  let failures = 0;
  let printed = 0;
  const emit = async (path: string, outcome: FileOutcome): Promise<void> => {
    progress.advance(path);
    if (!outcome.ok) {
      failures++;
      progress.interrupt(() => terminal.error(`claimgraph: ${path}: ${outcome.error}`));
      return;
    }
    if (jsonLines) await terminal.out(`${outcome.json}\n`);
    else if (arrayOutput) await terminal.out(`${printed === 0 ? '[\n' : ',\n'}${outcome.json}`);
    else await terminal.out(`${outcome.json}\n`);
    printed++;
  };

  const useWorkers = command.jobs > 1 && files.length >= MIN_FILES_FOR_WORKERS && !files.includes('-');
  if (useWorkers) {
    const { processInPool } = await import('./worker-pool.js');
    await processInPool(files, settings, command.jobs, emit);
  } else {
    // loaded here, not at the top: with worker threads the main thread never runs the pipeline
    const { processFiles } = await import('./process-file.js');
    for (let first = 0; first < files.length; first += BATCH_FILES) {
      const batch = files.slice(first, first + BATCH_FILES);
      const outcomes = processFiles(batch, settings);
      for (let index = 0; index < batch.length; index += 1) {
        await emit(batch[index] as string, outcomes[index] as FileOutcome);
      }
    }
  }
  if (arrayOutput) await terminal.out(printed === 0 ? '[]\n' : '\n]\n');
  progress.done(files.length - failures, failures);
  return failures > 0 ? 1 : 0;
}
