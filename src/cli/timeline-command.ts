import { formatTimeline, timelineRows } from '../output/timeline.js';
import { extractSettings, parseCommandLine, publishedOption, UsageError } from './arguments.js';
import { processFiles, type ExtractSettings } from './process-file.js';
import type { Terminal } from './terminal.js';
import { TIMELINE_HELP } from './help.js';

/** `claimgraph timeline [--published DATE] [--format text|json] FILE…`: the typed events in time order. */
export async function runTimeline(argv: readonly string[], terminal: Terminal): Promise<number> {
  let parsed;
  let settings: ExtractSettings;
  try {
    parsed = parseCommandLine(argv, {
      published: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    settings = extractSettings({ published: publishedOption(parsed.values.published) });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    terminal.error(`claimgraph timeline: ${error.message}`);
    return 2;
  }
  const format = parsed.values.format ?? 'text';
  if (parsed.values.help || parsed.positionals.length === 0 || (format !== 'text' && format !== 'json')) {
    await terminal.out(TIMELINE_HELP);
    return parsed.values.help ? 0 : 2;
  }
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
