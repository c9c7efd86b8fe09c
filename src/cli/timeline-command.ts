import { parseArgs } from 'node:util';
import { formatTimeline, timelineRows } from '../output/timeline.js';
import { processFiles, type ExtractSettings } from './process-file.js';
import type { Terminal } from './terminal.js';
import { TIMELINE_HELP } from './help.js';

/** `claimgraph timeline [--published DATE] [--format text|json] FILE…`: the typed events in time order. */
export async function runTimeline(argv: readonly string[], terminal: Terminal): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        published: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    terminal.error(`claimgraph timeline: ${(error as Error).message.split('\n')[0]}`);
    return 2;
  }
  const format = parsed.values.format ?? 'text';
  if (parsed.values.help || parsed.positionals.length === 0 || (format !== 'text' && format !== 'json')) {
    await terminal.out(TIMELINE_HELP);
    return parsed.values.help ? 0 : 2;
  }
  const settings: ExtractSettings = {
    format: 'auto',
    clean: true,
    cleanOnly: false,
    published: parsed.values.published ?? null,
    maxBytes: 50_000_000,
    maxElements: 1_000_000,
    maxDepth: 1_000,
    pretty: false,
    tokens: false,
  };
  let status = 0;
  const documents: Parameters<typeof timelineRows>[0][number][] = [];
  processFiles(parsed.positionals, settings).forEach((outcome, index) => {
    if (outcome.ok) documents.push(JSON.parse(outcome.json) as Parameters<typeof timelineRows>[0][number]);
    else {
      terminal.error(`claimgraph: ${parsed.positionals[index]}: ${outcome.error}`);
      status = 1;
    }
  });
  const rows = timelineRows(documents);
  await terminal.out(format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : formatTimeline(rows));
  return status;
}
