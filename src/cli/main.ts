import { readFileSync } from 'node:fs';
import { COMMAND_HELP, MAIN_HELP } from './help.js';
import { StoreError } from '../store/errors.js';
import type { Terminal } from './terminal.js';
import { processTerminal } from './terminal.js';

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/** `claimgraph` entry point: dispatches a command and returns the exit status. Never throws. */
export async function main(argv: readonly string[], terminal: Terminal = processTerminal()): Promise<number> {
  // "claimgraph extract … | head" closes the pipe early: stop quietly instead of failing
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
  const [command, ...rest] = argv;
  // each command's module is loaded when it runs: `extract --jobs 2` then keeps the pipeline's
  // modules (and their tables) out of the main thread, which only hands files to the workers
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
        await terminal.out(MAIN_HELP);
        return command === undefined ? 2 : 0;
      case 'help':
        await terminal.out((rest[0] !== undefined ? COMMAND_HELP[rest[0]] : undefined) ?? MAIN_HELP);
        return 0;
      case '-v':
      case '--version':
        await terminal.out(`${version()}\n`);
        return 0;
      case 'extract':
        return await (await import('./extract-command.js')).runExtract(rest, terminal);
      case 'timeline':
        return await (await import('./timeline-command.js')).runTimeline(rest, terminal);
      case 'corpus':
        return await (await import('./corpus-command.js')).runCorpus(rest, terminal);
      case 'conflicts':
        return await (await import('./conflicts-command.js')).runConflicts(rest, terminal);
      case 'ingest':
        return await (await import('./ingest-command.js')).runIngest(rest, terminal);
      case 'worker':
        return await (await import('./queue-commands.js')).runWorker(rest, terminal);
      case 'status':
        return await (await import('./queue-commands.js')).runStatus(rest, terminal);
      case 'search':
        return await (await import('./store-commands.js')).runSearch(rest, terminal);
      case 'who-said':
        return await (await import('./store-commands.js')).runWhoSaid(rest, terminal);
      case 'export':
        return await (await import('./store-commands.js')).runExport(rest, terminal);
      case 'serve':
        return await (await import('./store-commands.js')).runServe(rest, terminal);
      case 'watch':
        return await (await import('./watch-command.js')).runWatch(rest, terminal);
      default:
        terminal.error(
          `claimgraph: unknown command "${command}" (commands: extract, timeline, corpus, conflicts, ingest, watch, worker, status, search, who-said, export, serve, help)`,
        );
        return 2;
    }
  } catch (error) {
    if (error instanceof StoreError) {
      terminal.error(`claimgraph ${command}: ${error.message.split('\n')[0]}`);
      return 1;
    }
    // the last line of defence: a one-line message, never a stack trace
    terminal.error(`claimgraph: internal error: ${(error as Error).message ?? String(error)}`);
    if (process.env.CLAIMGRAPH_DEBUG) terminal.error((error as Error).stack ?? '');
    return 1;
  }
}
