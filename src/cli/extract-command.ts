import { availableParallelism } from 'node:os';
import { DEFAULT_LIMITS } from '../ingest/options.js';
import { ClaimgraphError } from '../model/index.js';
import {
  extractSettings,
  inputFormat,
  parseCommandLine,
  publishedOption,
  UsageError,
  wholeNumber,
} from './arguments.js';
import { EXTRACT_HELP } from './help.js';
import type { ExtractSettings, FileOutcome } from './process-file.js';
import { extractFiles } from './run-files.js';
import type { Terminal } from './terminal.js';

interface ExtractCommand {
  readonly files: readonly string[];
  readonly settings: ExtractSettings;
  readonly jsonLines: boolean;
  readonly jobs: number;
  readonly quiet: boolean;
}

export function parseExtractArguments(argv: readonly string[]): ExtractCommand | 'help' {
  const { values, positionals } = parseCommandLine(argv, {
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
  });
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError('no FILE given (try: claimgraph extract article.txt)');
  const format = values.format;
  if (format !== undefined && format !== 'json' && format !== 'jsonl') {
    throw new UsageError(`--format must be json or jsonl, not "${format}"`);
  }
  const jsonLines = format === undefined ? positionals.length > 1 : format === 'jsonl';
  return {
    files: positionals,
    jsonLines,
    jobs: wholeNumber('--jobs', values.jobs, availableParallelism(), 1),
    quiet: values.quiet ?? false,
    settings: extractSettings({
      format: inputFormat(values.input),
      clean: !(values['no-clean'] ?? false),
      cleanOnly: values['clean-only'] ?? false,
      published: publishedOption(values.published),
      maxBytes: wholeNumber('--max-bytes', values['max-bytes'], DEFAULT_LIMITS.maxInputBytes, 1),
      maxElements: wholeNumber('--max-elements', values['max-elements'], DEFAULT_LIMITS.maxHtmlElements, 1),
      maxDepth: wholeNumber('--max-depth', values['max-depth'], DEFAULT_LIMITS.maxHtmlDepth, 1),
      pretty: !jsonLines,
      tokens: values.tokens ?? false,
    }),
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

  await extractFiles(files, settings, command.jobs, emit);
  if (arrayOutput) await terminal.out(printed === 0 ? '[]\n' : '\n]\n');
  progress.done(files.length - failures, failures);
  return failures > 0 ? 1 : 0;
}
