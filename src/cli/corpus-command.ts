import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS } from '../ingest/options.js';
import { parseReferenceDate } from '../pipeline/dates.js';
import { corpusOf, type CorpusJson } from '../store/corpus.js';
import type { ExtractDocument } from '../store/types.js';
import { UsageError } from './extract-command.js';
import { CORPUS_HELP } from './help.js';
import type { ExtractSettings, FileOutcome } from './process-file.js';
import { processFiles } from './process-file.js';
import type { Terminal } from './terminal.js';

const BATCH_FILES = 16;

/** How a corpus command prints its result: `corpus` prints the JSON, `conflicts` a list for people. */
export interface CorpusOutput {
  readonly command: string;
  readonly help: string;
  render(corpus: CorpusJson): string;
}

const CORPUS_JSON: CorpusOutput = {
  command: 'corpus',
  help: CORPUS_HELP,
  render: (corpus) => `${JSON.stringify(corpus, null, 2)}\n`,
};

/** Runs `claimgraph corpus`: every FILE extracted, then one JSON object with what links them. */
export async function runCorpus(
  argv: readonly string[],
  terminal: Terminal,
  output: CorpusOutput = CORPUS_JSON,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        input: { type: 'string' },
        published: { type: 'string' },
        'no-clean': { type: 'boolean' },
        jobs: { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (parsed.values.help) {
      await terminal.out(output.help);
      return 0;
    }
    if (parsed.positionals.length === 0)
      throw new UsageError(`no FILE given (try: claimgraph ${output.command} a.txt b.txt)`);
    const input = parsed.values.input ?? 'auto';
    if (input !== 'auto' && input !== 'text' && input !== 'html') {
      throw new UsageError(`--input must be auto, text or html, not "${input}"`);
    }
    const jobs = parsed.values.jobs ?? String(availableParallelism());
    if (!/^\d+$/.test(jobs) || Number(jobs) < 1)
      throw new UsageError(`--jobs expects a positive whole number, not "${jobs}"`);
    let published: string | null = null;
    if (parsed.values.published !== undefined) {
      try {
        published = parseReferenceDate(parsed.values.published);
      } catch (error) {
        throw new UsageError(`--published: ${(error as Error).message}`);
      }
    }
    const settings: ExtractSettings = {
      format: input,
      clean: !(parsed.values['no-clean'] ?? false),
      cleanOnly: false,
      published,
      maxBytes: DEFAULT_LIMITS.maxInputBytes,
      maxElements: DEFAULT_LIMITS.maxHtmlElements,
      maxDepth: DEFAULT_LIMITS.maxHtmlDepth,
      pretty: false,
      tokens: false,
    };
    const files = parsed.positionals;
    const progress = terminal.progress(files.length, parsed.values.quiet ?? false);
    const documents: ExtractDocument[] = [];
    let failures = 0;
    const collect = async (path: string, outcome: FileOutcome): Promise<void> => {
      progress.advance(path);
      if (outcome.ok) documents.push(JSON.parse(outcome.json) as ExtractDocument);
      else {
        failures++;
        progress.interrupt(() => terminal.error(`claimgraph: ${path}: ${outcome.error}`));
      }
    };
    if (Number(jobs) > 1 && files.length >= 8 && !files.includes('-')) {
      const { processInPool } = await import('./worker-pool.js');
      await processInPool(files, settings, Number(jobs), collect);
    } else {
      for (let first = 0; first < files.length; first += BATCH_FILES) {
        const batch = files.slice(first, first + BATCH_FILES);
        const outcomes = processFiles(batch, settings);
        for (let index = 0; index < batch.length; index++)
          await collect(batch[index] as string, outcomes[index] as FileOutcome);
      }
    }
    progress.done(files.length - failures, failures);
    await terminal.out(output.render(corpusOf(documents)));
    return failures > 0 ? 1 : 0;
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error instanceof Error && error.name === 'TypeError' && parsed === undefined)
    ) {
      terminal.error(`claimgraph ${output.command}: ${(error as Error).message.split('\n')[0]}`);
      terminal.error(`run "claimgraph ${output.command} --help" for usage`);
      return 2;
    }
    throw error;
  }
}
