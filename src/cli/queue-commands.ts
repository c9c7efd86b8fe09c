import { availableParallelism } from 'node:os';
import type { ArticleJob } from '../queue/article-job.js';
import { ARTICLE_QUEUE, DEAD_LETTER_QUEUE, extractSettingsOf } from '../queue/article-job.js';
import { enqueueFiles } from '../queue/enqueue.js';
import { configureQueue, openQueue, probePostgres, queueSettings } from '../queue/open-queue.js';
import type { QueueSettings } from '../queue/queue-settings.js';
import { queueStatus } from '../queue/queue-status.js';
import { QueueWorker } from '../queue/queue-worker.js';
import { openStore } from '../store/index.js';
import { describe, isPostgresAddress } from '../store/open-store.js';
import { parseCommandLine, UsageError } from './arguments.js';
import { STATUS_HELP, WORKER_HELP } from './help.js';
import type { IngestCommand } from './ingest-command.js';
import { wholeNumber } from './arguments.js';
import type { FileOutcome } from './process-file.js';
import type { Terminal } from './terminal.js';
import { createExtractPool, whenThreadsLoaded } from './worker-pool.js';

// The CLI's side of the queue (src/queue): `ingest --queue`, `worker` and `status`.

/** `claimgraph ingest --queue`: reads and hashes the files here, puts them in the queue. */
export async function enqueueCommand(
  command: IngestCommand,
  settings: QueueSettings | null,
  files: readonly string[],
  listingErrors: number,
  terminal: Terminal,
): Promise<number> {
  await probePostgres(command.database);
  const store = await openStore(command.database);
  try {
    const queue = await openQueue(command.database, 'producer', {
      onError: (error) => terminal.error(`claimgraph ingest: queue: ${error.message.split('\n')[0]}`),
    });
    const boss = queue.boss;
    try {
      if (settings !== null) await configureQueue(boss, settings);
      const started = Date.now();
      const progress = terminal.progress(files.length, command.quiet);
      const { format, clean, published, maxBytes, maxElements, maxDepth } = command.settings;
      const summary = await enqueueFiles(
        boss,
        store,
        files,
        { format, clean, published, maxBytes, maxElements, maxDepth },
        (path) => progress.advance(path),
        (path, error) => progress.interrupt(() => terminal.error(`claimgraph ingest: ${path}: ${error}`)),
      );
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const failed = summary.failed.length + listingErrors;
      progress.interrupt(() =>
        terminal.error(
          `claimgraph ingest: ${summary.queued} queued, ${summary.alreadyQueued} already queued, ${summary.alreadyStored} already stored, ${failed} failed in ${seconds} s (${describe(command.database)}; run "claimgraph worker" to process them)`,
        ),
      );
      return failed > 0 ? 1 : 0;
    } finally {
      await queue.close();
    }
  } finally {
    await store.close();
  }
}

/** Jobs a worker fetches, extracts and stores together (`--batch`). */
export const DEFAULT_BATCH = 8;

interface WorkerCommand {
  readonly database: string;
  readonly concurrency: number;
  readonly batch: number;
  readonly untilEmpty: boolean;
  readonly graceSeconds: number;
  readonly pollSeconds: number;
  readonly quiet: boolean;
}

function parse(
  argv: readonly string[],
  options: Record<string, { type: 'string' | 'boolean' }>,
): { values: Record<string, string | boolean | undefined>; database: string } | 'help' {
  const parsed = parseCommandLine(argv, {
    ...options,
    db: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`);
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) return 'help';
  const database = values.db;
  if (typeof database !== 'string')
    throw new UsageError('--db postgres://user@host:5432/database is required (the queue lives there)');
  if (!isPostgresAddress(database))
    throw new UsageError(
      `--db must be a PostgreSQL address (postgres://user@host:5432/database), not "${database}": with SQLite, "claimgraph ingest" extracts in its own process`,
    );
  return { values, database };
}

export function parseWorkerArguments(argv: readonly string[]): WorkerCommand | 'help' {
  const parsed = parse(argv, {
    concurrency: { type: 'string' },
    batch: { type: 'string' },
    'until-empty': { type: 'boolean' },
    grace: { type: 'string' },
    poll: { type: 'string' },
    quiet: { type: 'boolean' },
  });
  if (parsed === 'help') return 'help';
  const { values, database } = parsed;
  return {
    database,
    concurrency: wholeNumber(
      '--concurrency',
      values.concurrency as string | undefined,
      availableParallelism(),
      1,
    ),
    batch: wholeNumber('--batch', values.batch as string | undefined, DEFAULT_BATCH, 1),
    untilEmpty: values['until-empty'] === true,
    graceSeconds: wholeNumber('--grace', values.grace as string | undefined, 30, 0),
    pollSeconds: wholeNumber('--poll', values.poll as string | undefined, 2, 1),
    quiet: values.quiet === true,
  };
}

/** Runs `claimgraph worker`; returns the exit status when it has stopped. */
export async function runWorker(argv: readonly string[], terminal: Terminal): Promise<number> {
  const command = usage('worker', () => parseWorkerArguments(argv), terminal);
  if (typeof command === 'number') return command;
  if (command === 'help') {
    await terminal.out(WORKER_HELP);
    return 0;
  }
  const say = (line: string): void => terminal.error(`claimgraph worker: ${line}`);
  await probePostgres(command.database);
  const store = await openStore(command.database);
  let lastError = 0;
  // pg-boss's own errors (its maintenance while the server restarts): one line per 10 s at most
  const onError = (error: Error): void => {
    if (Date.now() - lastError < 10_000) return;
    lastError = Date.now();
    say(`queue: ${error.message.split('\n')[0]} (retrying)`);
  };
  let queue;
  try {
    // a first connection learns the job timeout, so that expired jobs are found soon after it
    const probe = await openQueue(command.database, 'reader', { onError });
    const timeout = await queueSettings(probe.boss)
      .then((settings) => settings.jobTimeoutSeconds)
      .finally(() => probe.close());
    queue = await openQueue(command.database, 'worker', {
      onError,
      maintenanceSeconds: Math.min(60, Math.max(1, Math.ceil(timeout / 4))),
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  const pool = createExtractPool(command.concurrency, command.concurrency * 4);
  const loaded = whenThreadsLoaded(pool, command.concurrency);
  // a batch's articles are extracted on one thread, stage by stage; jobs enqueued with other
  // settings go to a task of their own
  const extract = async (jobs: readonly ArticleJob[]): Promise<FileOutcome[]> => {
    const groups = new Map<string, number[]>();
    jobs.forEach((job, index) => {
      const key = JSON.stringify(job.settings);
      groups.set(key, [...(groups.get(key) ?? []), index]);
    });
    const outcomes: FileOutcome[] = [];
    await Promise.all(
      [...groups.values()].map(async (indexes) => {
        const results = await pool.run({
          inputs: indexes.map((index) => {
            const job = jobs[index] as ArticleJob;
            return { source: job.source, bytes: Buffer.from(job.content, 'base64') };
          }),
          settings: extractSettingsOf(jobs[indexes[0] as number] as ArticleJob),
        });
        indexes.forEach((index, place) => {
          outcomes[index] = results[place] ?? { ok: false, error: 'internal error: no result' };
        });
      }),
    );
    return outcomes;
  };
  const worker = new QueueWorker(queue.boss, store, extract, {
    concurrency: command.concurrency,
    batchSize: command.batch,
    pollSeconds: command.pollSeconds,
    untilEmpty: command.untilEmpty,
    onFailure: (source, reason, final) =>
      say(
        `${source}: ${reason} (${final ? `no attempt left: in the dead-letter queue ${DEAD_LETTER_QUEUE}` : 'will be retried'})`,
      ),
    onNotice: say,
  });
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    signals++;
    if (signals === 1) {
      const active = worker.activeJobs;
      say(
        `${signal}: stopping${active > 0 ? `, finishing ${active} job(s) (at most ${command.graceSeconds} s, then they are released)` : ''}`,
      );
      worker.stop(command.graceSeconds * 1000);
    } else {
      say(`${signal} again: releasing the active jobs now`);
      void worker.releaseActive();
    }
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  const started = Date.now();
  if (!command.quiet)
    say(
      `working on ${ARTICLE_QUEUE} at ${describe(command.database)}, ${command.concurrency} batch(es) of ${command.batch} at a time${command.untilEmpty ? ', until it is empty' : ' (SIGTERM or Ctrl-C stops)'}`,
    );
  try {
    const summary = await worker.run();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    say(
      `${summary.stored} stored, ${summary.unchanged} unchanged, ${summary.failed} failed, ${summary.released} released in ${seconds} s`,
    );
    return 0;
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    await loaded;
    await pool.destroy();
    await queue.close();
    await store.close();
  }
}

/** Runs `claimgraph status`: the queue's counts, its rate and the latest dead letters. */
export async function runStatus(argv: readonly string[], terminal: Terminal): Promise<number> {
  const command = usage(
    'status',
    () => {
      const parsed = parse(argv, { json: { type: 'boolean' } });
      return parsed === 'help' ? 'help' : { database: parsed.database, json: parsed.values.json === true };
    },
    terminal,
  );
  if (typeof command === 'number') return command;
  if (command === 'help') {
    await terminal.out(STATUS_HELP);
    return 0;
  }
  await probePostgres(command.database);
  const store = await openStore(command.database);
  try {
    const queue = await openQueue(command.database, 'reader');
    try {
      const status = await queueStatus(queue.boss);
      const stored = (await store.count()).documents;
      if (command.json) {
        await terminal.out(`${JSON.stringify({ queue: ARTICLE_QUEUE, ...status, stored }, null, 2)}\n`);
        return 0;
      }
      const lines = [
        `queue ${ARTICLE_QUEUE} at ${describe(command.database)}`,
        `  queued  ${status.queued}${status.retrying > 0 ? ` (${status.retrying} waiting for a retry)` : ''}`,
        `  active  ${status.active}`,
        `  done    ${status.done}`,
        `  failed  ${status.failed}${status.failed > 0 ? ` (in the dead-letter queue ${DEAD_LETTER_QUEUE})` : ''}`,
        `  rate    ${status.rate.toFixed(1)} articles/s over the last minute`,
        `  stored  ${stored} articles in the store`,
      ];
      if (status.recentFailures.length > 0) {
        lines.push('latest failures:');
        for (const failure of status.recentFailures)
          lines.push(`  ${failure.at}  ${failure.source}: ${failure.reason}`);
      }
      await terminal.out(`${lines.join('\n')}\n`);
      return 0;
    } finally {
      await queue.close();
    }
  } finally {
    await store.close();
  }
}

/** Parses with `read`; a usage error is two lines and exit status 2. */
function usage<T>(name: string, read: () => T, terminal: Terminal): T | number {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    terminal.error(`claimgraph ${name}: ${error.message}`);
    terminal.error(`run "claimgraph ${name} --help" for usage`);
    return 2;
  }
}
