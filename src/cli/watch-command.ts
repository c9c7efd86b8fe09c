import { ArticleFetcher } from '../ingest/fetch/fetch-article.js';
import type { FetchOptions } from '../ingest/fetch/fetch-options.js';
import { pollFeed } from '../ingest/feed/fetch-feed.js';
import { DEFAULT_DATABASE, openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { fetchOptionsFor } from './ingest-source-arguments.js';
import { ingestUrls } from './ingest-sources.js';
import { describeError } from './process-file.js';
import type { Terminal } from './terminal.js';
import { extractSettings, parseCommandLine, UsageError } from './arguments.js';
import { WATCH_HELP } from './help.js';

interface WatchCommand {
  readonly feeds: readonly string[];
  readonly database: string;
  readonly intervalSeconds: number;
  readonly once: boolean;
  readonly allowPrivate: boolean;
}

function parseWatchArguments(argv: readonly string[]): WatchCommand | 'help' | string {
  let parsed;
  try {
    parsed = parseCommandLine(argv, {
      db: { type: 'string' },
      interval: { type: 'string' },
      once: { type: 'boolean' },
      'allow-private': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return error.message;
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length === 0) return 'no FEED_URL given (try: claimgraph watch --once https://…/rss.xml)';
  const interval = values.interval ?? '600';
  if (!/^\d+$/.test(interval) || Number(interval) < 10)
    return `--interval expects whole seconds, at least 10, not "${interval}"`;
  return {
    feeds: positionals,
    database: values.db ?? DEFAULT_DATABASE,
    intervalSeconds: Number(interval),
    once: values.once ?? false,
    allowPrivate: values['allow-private'] ?? false,
  };
}

const SETTINGS = extractSettings();

export interface PollSummary {
  readonly feed: string;
  readonly notModified: boolean;
  readonly newItems: number;
  readonly stored: number;
  readonly failed: number;
  /** Why the feed itself could not be read, if it could not. */
  readonly error: string | null;
}

/**
 * One poll of one feed: conditional GET, the items not seen before, each item's article fetched
 * and stored. Items are marked seen once tried (stored or failed), so a page that fails is not
 * fetched again every poll; the feed's validators are saved only after its items were handled.
 */
export async function pollOnce(
  store: Store,
  feed: string,
  fetcher: ArticleFetcher,
  onFailure: (source: string, error: string) => void,
): Promise<PollSummary> {
  let poll;
  try {
    poll = await pollFeed(fetcher, feed, await store.feedValidators(feed));
  } catch (error) {
    const reason = describeError(error);
    onFailure(feed, reason);
    return { feed, notModified: false, newItems: 0, stored: 0, failed: 1, error: reason };
  }
  if (!poll.changed) return { feed, notModified: true, newItems: 0, stored: 0, failed: 0, error: null };
  const unseen = new Set(
    await store.unseenFeedItems(
      feed,
      poll.entries.map((entry) => entry.key),
    ),
  );
  const fresh = poll.entries.filter((entry) => unseen.has(entry.key));
  let stored = 0;
  let failed = 0;
  await ingestUrls(
    store,
    fresh.map((entry) => entry.url),
    fetcher,
    SETTINGS,
    {
      onStored: (_source, created) => {
        if (created) stored += 1;
      },
      onFailure: (source, error) => {
        failed += 1;
        onFailure(source, error);
      },
    },
  );
  await store.markFeedItemsSeen(feed, [...unseen]);
  await store.saveFeedValidators(feed, poll.validators);
  return { feed, notModified: false, newItems: fresh.length, stored, failed, error: null };
}

/** Runs `claimgraph watch`; returns the exit status (1 when a feed or article failed in the last poll). */
export async function runWatch(
  argv: readonly string[],
  terminal: Terminal,
  fetchOptions?: FetchOptions,
): Promise<number> {
  const command = parseWatchArguments(argv);
  if (command === 'help') {
    await terminal.out(WATCH_HELP);
    return 0;
  }
  if (typeof command === 'string') {
    terminal.error(`claimgraph watch: ${command}`);
    terminal.error('run "claimgraph watch --help" for usage');
    return 2;
  }
  const store = await openStore(command.database);
  const fetcher = new ArticleFetcher(fetchOptions ?? fetchOptionsFor(command.allowPrivate));
  let stopping = false;
  let wake: (() => void) | null = null;
  const stop = (): void => {
    stopping = true;
    wake?.();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let status = 0;
  try {
    while (!stopping) {
      status = 0;
      for (const feed of command.feeds) {
        const summary = await pollOnce(store, feed, fetcher, (source, error) =>
          terminal.error(`claimgraph watch: ${source}: ${error}`),
        );
        if (summary.error !== null || summary.failed > 0) status = 1;
        if (summary.error === null)
          terminal.error(
            summary.notModified
              ? `claimgraph watch: ${feed}: not modified`
              : `claimgraph watch: ${feed}: ${summary.newItems} new, ${summary.stored} stored, ${summary.failed} failed`,
          );
      }
      if (command.once) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, command.intervalSeconds * 1000);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await store.close();
  }
  return status;
}
