import { readFileSync } from 'node:fs';
import { runExtract } from './extract-command.js';
import { COMMAND_HELP, MAIN_HELP } from './help.js';
import { runIngest } from './ingest-command.js';
import { runConflicts } from './conflicts-command.js';
import { runCorpus } from './corpus-command.js';
import { runExport, runSearch, runServe, runWhoSaid } from './store-commands.js';
import { runTimeline } from './timeline-command.js';
import { runWatch } from './watch-command.js';
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
        return await runExtract(rest, terminal);
      case 'timeline':
        return await runTimeline(rest, terminal);
      case 'corpus':
        return await runCorpus(rest, terminal);
      case 'conflicts':
        return await runConflicts(rest, terminal);
      case 'ingest':
        return await runIngest(rest, terminal);
      case 'worker':
        return await (await import('./queue-commands.js')).runWorker(rest, terminal);
      case 'status':
        return await (await import('./queue-commands.js')).runStatus(rest, terminal);
      case 'search':
        return await runSearch(rest, terminal);
      case 'who-said':
        return await runWhoSaid(rest, terminal);
      case 'export':
        return await runExport(rest, terminal);
      case 'serve':
        return await runServe(rest, terminal);
      case 'watch':
        return await runWatch(rest, terminal);
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
