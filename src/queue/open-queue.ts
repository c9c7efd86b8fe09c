import pg from 'pg';
import PgBoss from 'pg-boss';
import { StoreError } from '../store/errors.js';
import { describe, isPostgresAddress } from '../store/open-store.js';
import { ARTICLE_QUEUE, DEAD_LETTER_QUEUE } from './article-job.js';
import type { QueueSettings } from './queue-settings.js';
import { DEFAULT_QUEUE_SETTINGS } from './queue-settings.js';

/** pg-boss keeps its tables in this schema of the store's database. */
export const QUEUE_SCHEMA = 'pgboss';

export type QueueRole = 'producer' | 'worker' | 'reader';

export interface OpenQueueOptions {
  /** Errors pg-boss reports in the background (a lost connection, a failed maintenance run). */
  readonly onError?: (error: Error) => void;
  /** How often a worker looks for expired jobs (only workers run pg-boss's maintenance). */
  readonly maintenanceSeconds?: number;
}

/**
 * Connects once, briefly, so that an address that is not PostgreSQL, a server that does not answer
 * (within 10 s) or a database that does not exist is one clear line before anything starts.
 */
export async function probePostgres(location: string): Promise<void> {
  if (!isPostgresAddress(location))
    throw new StoreError(
      'invalid',
      `the queue needs a PostgreSQL --db (postgres://user@host:5432/database), not "${location}"`,
    );
  let client: pg.Client;
  try {
    client = new pg.Client({ connectionString: location, connectionTimeoutMillis: 10_000 });
  } catch (error) {
    throw unavailable(location, error);
  }
  // a connection that breaks after the probe must not end the process
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw unavailable(location, error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** pg-boss running on a connection pool of our own (closed by `close`). */
export interface QueueConnection {
  readonly boss: PgBoss;
  close(): Promise<void>;
}

/**
 * Starts pg-boss on the store's PostgreSQL database (creating its schema on first use) and makes
 * sure both queues exist. Throws `StoreError('unavailable')` with a one-line reason when the
 * address is not PostgreSQL or the server cannot be reached.
 *
 * pg-boss gets a pool we own rather than its own: every connection carries an error listener, so
 * a server restart that ends a connection while it is checked out (between two queries) is an
 * error for that query, never an unhandled 'error' event that ends the worker.
 */
export async function openQueue(
  location: string,
  role: QueueRole,
  options: OpenQueueOptions = {},
): Promise<QueueConnection> {
  await probePostgres(location);
  const pool = new pg.Pool({
    connectionString: location,
    application_name: `claimgraph-${role}`,
    max: role === 'worker' ? 4 : 2,
    connectionTimeoutMillis: 10_000,
  });
  const report = (error: Error): void => options.onError?.(error);
  pool.on('error', report);
  pool.on('connect', (client) => client.on('error', report));
  const boss = new PgBoss({
    db: { executeSql: (text: string, values: unknown[]) => pool.query(text, values) },
    schema: QUEUE_SCHEMA,
    // no cron schedules; only workers expire and archive jobs
    schedule: false,
    supervise: role === 'worker',
    maintenanceIntervalSeconds: Math.max(1, Math.round(options.maintenanceSeconds ?? 60)),
    // finished jobs stay visible to `status` for a day, then move to pg-boss's archive for a week
    archiveCompletedAfterSeconds: 24 * 60 * 60,
    deleteAfterDays: 7,
  });
  // without a listener an 'error' event would end the process; the next query reconnects
  boss.on('error', report);
  const close = async (): Promise<void> => {
    await boss.stop({ graceful: false, wait: true, close: false }).catch(() => undefined);
    await pool.end().catch(() => undefined);
  };
  try {
    await boss.start();
    await boss.createQueue(DEAD_LETTER_QUEUE, { name: DEAD_LETTER_QUEUE, policy: 'standard' });
    await boss.createQueue(ARTICLE_QUEUE, {
      name: ARTICLE_QUEUE,
      policy: 'standard',
      ...retryOptions(DEFAULT_QUEUE_SETTINGS),
      deadLetter: DEAD_LETTER_QUEUE,
    });
  } catch (error) {
    await close();
    throw unavailable(location, error);
  }
  return { boss, close };
}

/** Changes the queue's retry and timeout settings; jobs enqueued from now on get them. */
export async function configureQueue(boss: PgBoss, settings: QueueSettings): Promise<void> {
  await boss.updateQueue(ARTICLE_QUEUE, {
    name: ARTICLE_QUEUE,
    policy: 'standard',
    ...retryOptions(settings),
    deadLetter: DEAD_LETTER_QUEUE,
  });
}

/** The settings jobs enqueued now get. */
export async function queueSettings(boss: PgBoss): Promise<QueueSettings> {
  const queue = await boss.getQueue(ARTICLE_QUEUE);
  return {
    retries: queue?.retryLimit ?? DEFAULT_QUEUE_SETTINGS.retries,
    retryDelaySeconds: queue?.retryDelay ?? DEFAULT_QUEUE_SETTINGS.retryDelaySeconds,
    jobTimeoutSeconds: queue?.expireInSeconds ?? DEFAULT_QUEUE_SETTINGS.jobTimeoutSeconds,
  };
}

function retryOptions(settings: QueueSettings) {
  return {
    retryLimit: settings.retries,
    retryDelay: settings.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: settings.jobTimeoutSeconds,
  };
}

function unavailable(location: string, error: unknown): StoreError {
  const code = (error as { code?: unknown })?.code;
  const message = ((error as Error)?.message || (typeof code === 'string' ? code : String(error))).split(
    '\n',
  )[0];
  return new StoreError('unavailable', `cannot reach PostgreSQL at ${describe(location)}: ${message}`);
}
