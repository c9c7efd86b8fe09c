import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ClaimgraphError } from '../model/index.js';
import { contentHash } from '../store/content-hash.js';
import type { QueueSettings } from '../queue/queue-settings.js';
import { DEFAULT_QUEUE_SETTINGS } from '../queue/queue-settings.js';
import { DEFAULT_DATABASE, openStore } from '../store/index.js';
import { isPostgresAddress } from '../store/open-store.js';
import type { ArticleRecord, IngestOutcome, Store } from '../store/types.js';
import {
  extractSettings,
  inputFormat,
  parseCommandLine,
  publishedOption,
  UsageError,
  wholeNumber,
} from './arguments.js';
import { ingestOtherSources, splitSources } from './ingest-source-arguments.js';
import { INGEST_HELP } from './help.js';
import type { ExtractSettings, FileOutcome } from './process-file.js';
import { describeError } from './process-file.js';
import { extractFiles } from './run-files.js';
import type { Terminal } from './terminal.js';

/** Files a directory contributes: articles as `extract` reads them (text and HTML, gzip too). */
const ARTICLE_FILE = /\.(txt|text|html?|xhtml)(\.gz)?$/i;
/** Articles stored in one transaction by `ingest` (`Store.ingestMany`). */
const STORE_BATCH = 50;

export interface IngestCommand {
  readonly paths: readonly string[];
  readonly database: string;
  readonly jobs: number;
  readonly quiet: boolean;
  /** Extract again articles stored before and replace them (their corrections are re-applied). */
  readonly reextract: boolean;
  /** Fetch URLs on private, loopback and link-local addresses too. */
  readonly allowPrivate: boolean;
  readonly settings: ExtractSettings;
  /** Enqueue for `claimgraph worker` instead of extracting here (PostgreSQL only). */
  readonly queue: QueueSettingsChoice | null;
}

/** `--queue` and the retry settings given with it (null: keep the queue's current ones). */
export interface QueueSettingsChoice {
  readonly settings: QueueSettings | null;
}

export function parseIngestArguments(argv: readonly string[]): IngestCommand | 'help' {
  const { values, positionals } = parseCommandLine(argv, {
    db: { type: 'string' },
    input: { type: 'string' },
    published: { type: 'string' },
    'no-clean': { type: 'boolean' },
    jobs: { type: 'string' },
    quiet: { type: 'boolean' },
    reextract: { type: 'boolean' },
    'allow-private': { type: 'boolean' },
    queue: { type: 'boolean' },
    retries: { type: 'string' },
    'retry-delay': { type: 'string' },
    'job-timeout': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return 'help';
  if (positionals.length === 0)
    throw new UsageError('no FILE or DIR given (try: claimgraph ingest articles/)');
  const format = inputFormat(values.input);
  const published = publishedOption(values.published);
  const jobs = wholeNumber('--jobs', values.jobs, availableParallelism(), 1);
  const database = values.db ?? DEFAULT_DATABASE;
  const retryValues = [values.retries, values['retry-delay'], values['job-timeout']];
  if (!values.queue && retryValues.some((value) => value !== undefined))
    throw new UsageError('--retries, --retry-delay and --job-timeout go with --queue');
  if (values.queue && !isPostgresAddress(database))
    throw new UsageError(
      '--queue needs a PostgreSQL --db (postgres://user@host:5432/database); without --queue, ingest extracts in this process',
    );
  if (values.queue && values.reextract) throw new UsageError('--reextract does not go with --queue');
  let queue: QueueSettingsChoice | null = null;
  if (values.queue) {
    const given = retryValues.some((value) => value !== undefined);
    queue = {
      settings: given
        ? {
            retries: wholeNumber('--retries', values.retries, DEFAULT_QUEUE_SETTINGS.retries, 0),
            retryDelaySeconds: wholeNumber(
              '--retry-delay',
              values['retry-delay'],
              DEFAULT_QUEUE_SETTINGS.retryDelaySeconds,
              0,
            ),
            jobTimeoutSeconds: wholeNumber(
              '--job-timeout',
              values['job-timeout'],
              DEFAULT_QUEUE_SETTINGS.jobTimeoutSeconds,
              1,
            ),
          }
        : null,
    };
  }
  return {
    paths: positionals,
    database,
    queue,
    jobs,
    quiet: values.quiet ?? false,
    reextract: values.reextract ?? false,
    allowPrivate: values['allow-private'] ?? false,
    settings: extractSettings({ format, clean: !(values['no-clean'] ?? false), published }),
  };
}

/** FILE arguments as given, DIR arguments walked recursively (article files only, sorted). */
export function collectFiles(paths: readonly string[]): {
  files: string[];
  errors: { path: string; error: string }[];
} {
  const files: string[] = [];
  const errors: { path: string; error: string }[] = [];
  const walk = (directory: string): void => {
    let entries;
    try {
      entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
      );
    } catch (error) {
      errors.push({
        path: directory,
        error: `cannot be listed (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      });
      return;
    }
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && ARTICLE_FILE.test(entry.name)) files.push(path);
    }
  };
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      // a missing FILE is reported by the reader, with the others
    }
    if (isDirectory) walk(path);
    else files.push(path);
  }
  return { files, errors };
}

export interface IngestSummary {
  stored: number;
  unchanged: number;
  failed: { path: string; error: string }[];
}

/** Extracts the files that are not stored yet (worker threads) and stores each in the main thread. */
export async function ingestFiles(
  store: Store,
  files: readonly string[],
  settings: ExtractSettings,
  jobs: number,
  onDone: (path: string) => void,
  onFailure: (path: string, error: string) => void,
  reextract = false,
): Promise<IngestSummary> {
  const summary: IngestSummary = { stored: 0, unchanged: 0, failed: [] };
  const fail = (path: string, error: string): void => {
    summary.failed.push({ path, error });
    onFailure(path, error);
  };
  const hashes = new Map<string, string>();
  const pending: string[] = [];
  for (let first = 0; first < files.length; first += 500) {
    const chunk = files.slice(first, first + 500);
    const chunkHashes: string[] = [];
    for (const path of chunk) {
      try {
        const stats = statSync(path);
        if (stats.size > settings.maxBytes) {
          pending.push(path); // the reader refuses it with the limit's message
          continue;
        }
        const hash = contentHash(readFileSync(path), settings.published);
        hashes.set(path, hash);
        chunkHashes.push(hash);
      } catch {
        pending.push(path); // the reader names the reason
      }
    }
    const known = reextract ? new Set<string>() : await store.knownHashes(chunkHashes);
    for (const path of chunk) {
      const hash = hashes.get(path);
      if (hash === undefined) continue;
      if (known.has(hash)) {
        summary.unchanged++;
        onDone(path);
      } else pending.push(path);
    }
  }
  const order = new Map(files.map((path, index) => [path, index]));
  pending.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  // extracted articles are stored STORE_BATCH at a time, in one transaction each (a re-extraction
  // replaces them one by one)
  const waiting: { path: string; record: ArticleRecord }[] = [];
  const count = (outcome: IngestOutcome): void => {
    if (outcome.created || outcome.replaced) summary.stored++;
    else summary.unchanged++;
  };
  const flush = async (): Promise<void> => {
    const batch = waiting.splice(0);
    if (batch.length === 0) return;
    let outcomes: IngestOutcome[] | null = null;
    try {
      outcomes = await store.ingestMany(batch.map(({ record }) => record));
    } catch {
      // stored again one by one below, so that only the article at fault fails, with its reason
    }
    for (const [index, { path, record }] of batch.entries()) {
      const stored = outcomes?.[index];
      try {
        count(stored ?? (await store.ingest(record)));
      } catch (error) {
        fail(path, describeError(error));
      } finally {
        onDone(path);
      }
    }
  };
  const storeOne = async (path: string, outcome: FileOutcome): Promise<void> => {
    let record: ArticleRecord;
    try {
      if (!outcome.ok) {
        fail(path, outcome.error);
        onDone(path);
        return;
      }
      const hash = hashes.get(path);
      if (hash === undefined) throw new ClaimgraphError('file-unreadable', 'changed while it was read');
      record = { contentHash: hash, document: JSON.parse(outcome.json) };
    } catch (error) {
      fail(path, describeError(error));
      onDone(path);
      return;
    }
    if (reextract) {
      try {
        count(await store.ingest(record, { replace: true }));
      } catch (error) {
        fail(path, describeError(error));
      } finally {
        onDone(path);
      }
      return;
    }
    waiting.push({ path, record });
    if (waiting.length >= STORE_BATCH) await flush();
  };
  await extractFiles(pending, settings, jobs, storeOne);
  await flush();
  return summary;
}

/** Runs `claimgraph ingest`; returns the exit status. */
export async function runIngest(argv: readonly string[], terminal: Terminal): Promise<number> {
  let command: IngestCommand | 'help';
  try {
    command = parseIngestArguments(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      terminal.error(`claimgraph ingest: ${error.message}`);
      terminal.error('run "claimgraph ingest --help" for usage');
      return 2;
    }
    throw error;
  }
  if (command === 'help') {
    await terminal.out(INGEST_HELP);
    return 0;
  }
  const sources = splitSources(command.paths);
  const { files, errors } = collectFiles(sources.files);
  for (const { path, error } of errors) terminal.error(`claimgraph ingest: ${path}: ${error}`);
  if (command.queue !== null) {
    // a queue job carries an article's bytes; pages and archives are fetched and read here
    const direct = [...sources.urls, ...sources.warcs];
    if (direct.length > 0) {
      terminal.error(
        `claimgraph ingest: ${direct[0]}: --queue takes files and folders; ingest URLs and WARC archives without --queue`,
      );
      return 2;
    }
    const { enqueueCommand } = await import('./queue-commands.js');
    return await enqueueCommand(command, command.queue.settings, files, errors.length, terminal);
  }
  const store = await openStore(command.database);
  const started = Date.now();
  const progress = terminal.progress(files.length, command.quiet);
  try {
    const summary = await ingestFiles(
      store,
      files,
      command.settings,
      command.jobs,
      (path) => progress.advance(path),
      (path, error) => progress.interrupt(() => terminal.error(`claimgraph ingest: ${path}: ${error}`)),
      command.reextract,
    );
    const other = await ingestOtherSources(store, sources, command, terminal);
    summary.stored += other.stored;
    summary.unchanged += other.unchanged;
    summary.failed.push(...other.failed);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const failed = summary.failed.length + errors.length;
    progress.interrupt(() =>
      terminal.error(
        `claimgraph ingest: ${summary.stored} stored, ${summary.unchanged} unchanged, ${failed} failed in ${seconds} s (${command.database})`,
      ),
    );
    return failed > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
