import { readFileSync } from 'node:fs';
import { runExtract } from './extract-command.js';
import { runTimeline, TIMELINE_HELP } from './timeline-command.js';
import { EXTRACT_HELP, MAIN_HELP } from './help.js';
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
        await terminal.out(
          rest[0] === 'extract' ? EXTRACT_HELP : rest[0] === 'timeline' ? TIMELINE_HELP : MAIN_HELP,
        );
        return 0;
      case '-v':
      case '--version':
        await terminal.out(`${version()}\n`);
        return 0;
      case 'extract':
        return await runExtract(rest, terminal);
      case 'timeline':
        return await runTimeline(rest, terminal);
      default:
        terminal.error(`claimgraph: unknown command "${command}" (commands: extract, timeline, help)`);
        return 2;
    }
  } catch (error) {
    // the last line of defence: a one-line message, never a stack trace
    terminal.error(`claimgraph: internal error: ${(error as Error).message ?? String(error)}`);
    if (process.env.CLAIMGRAPH_DEBUG) terminal.error((error as Error).stack ?? '');
    return 1;
  }
}
