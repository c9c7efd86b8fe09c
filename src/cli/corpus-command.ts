import { availableParallelism } from 'node:os';
import { corpusOf, type CorpusJson } from '../store/corpus.js';
import type { ExtractDocument } from '../store/types.js';
import {
  extractSettings,
  inputFormat,
  parseCommandLine,
  publishedOption,
  UsageError,
  wholeNumber,
} from './arguments.js';
import { CORPUS_HELP } from './help.js';
import type { FileOutcome } from './process-file.js';
import { extractFiles } from './run-files.js';
import type { Terminal } from './terminal.js';

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
  try {
    const parsed = parseCommandLine(argv, {
      input: { type: 'string' },
      published: { type: 'string' },
      'no-clean': { type: 'boolean' },
      jobs: { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (parsed.values.help) {
      await terminal.out(output.help);
      return 0;
    }
    if (parsed.positionals.length === 0)
      throw new UsageError(`no FILE given (try: claimgraph ${output.command} a.txt b.txt)`);
    const settings = extractSettings({
      format: inputFormat(parsed.values.input),
      clean: !(parsed.values['no-clean'] ?? false),
      published: publishedOption(parsed.values.published),
      descriptions: true,
    });
    const jobs = wholeNumber('--jobs', parsed.values.jobs, availableParallelism(), 1);
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
    await extractFiles(files, settings, jobs, collect);
    progress.done(files.length - failures, failures);
    await terminal.out(output.render(corpusOf(documents)));
    return failures > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      terminal.error(`claimgraph ${output.command}: ${error.message}`);
      terminal.error(`run "claimgraph ${output.command} --help" for usage`);
      return 2;
    }
    throw error;
  }
}
