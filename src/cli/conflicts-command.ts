import { conflictsText } from '../output/conflicts-text.js';
import { runCorpus } from './corpus-command.js';
import { CONFLICTS_HELP } from './help.js';
import type { Terminal } from './terminal.js';

/** Runs `claimgraph conflicts`: the corpus of the FILEs, its contradictions printed for people. */
export async function runConflicts(argv: readonly string[], terminal: Terminal): Promise<number> {
  return runCorpus(argv, terminal, { command: 'conflicts', help: CONFLICTS_HELP, render: conflictsText });
}
