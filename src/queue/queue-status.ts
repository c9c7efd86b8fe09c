import type PgBoss from 'pg-boss';
import { ARTICLE_QUEUE, DEAD_LETTER_QUEUE } from './article-job.js';
import { QUEUE_SCHEMA } from './open-queue.js';

/** Over how long `rate` is measured. */
const RATE_WINDOW_SECONDS = 60;

export interface QueueFailure {
  readonly source: string;
  readonly reason: string;
  readonly at: string;
}

export interface QueueStatus {
  /** Waiting for a worker (new, or failed and waiting for its retry). */
  readonly queued: number;
  /** Of `queued`, failed at least once and waiting for their next attempt. */
  readonly retrying: number;
  readonly active: number;
  readonly done: number;
  /** No attempt left: in the dead-letter queue with the reason. */
  readonly failed: number;
  /** Jobs finished per second over the last minute. */
  readonly rate: number;
  /** The latest dead letters, newest first. */
  readonly recentFailures: readonly QueueFailure[];
}

/**
 * Counts of the article queue by state, from pg-boss's tables (its job table and its archive,
 * where finished jobs move after a day), and the latest dead letters with their reasons. The
 * tables are pg-boss 10's (the version is pinned in package.json).
 */
export async function queueStatus(boss: PgBoss, recent = 10): Promise<QueueStatus> {
  const db = boss.getDb();
  const counts = new Map<string, number>();
  for (const table of ['job', 'archive']) {
    const { rows } = (await db.executeSql(
      `SELECT state::text AS state, count(*)::int AS n FROM ${QUEUE_SCHEMA}.${table} WHERE name = $1 GROUP BY state`,
      [ARTICLE_QUEUE],
    )) as { rows: { state: string; n: number }[] };
    for (const row of rows) counts.set(row.state, (counts.get(row.state) ?? 0) + row.n);
  }
  const { rows: rateRows } = (await db.executeSql(
    `SELECT count(*)::int AS n FROM ${QUEUE_SCHEMA}.job
     WHERE name = $1 AND state = 'completed' AND completed_on > now() - make_interval(secs => $2)`,
    [ARTICLE_QUEUE, RATE_WINDOW_SECONDS],
  )) as { rows: { n: number }[] };
  const { rows: letters } = (await db.executeSql(
    `SELECT data->>'source' AS source, output, created_on FROM ${QUEUE_SCHEMA}.job
     WHERE name = $1 ORDER BY created_on DESC LIMIT $2`,
    [DEAD_LETTER_QUEUE, recent],
  )) as { rows: { source: string | null; output: unknown; created_on: Date }[] };
  const retrying = counts.get('retry') ?? 0;
  return {
    queued: (counts.get('created') ?? 0) + retrying,
    retrying,
    active: counts.get('active') ?? 0,
    done: counts.get('completed') ?? 0,
    failed: counts.get('failed') ?? 0,
    rate: (rateRows[0]?.n ?? 0) / RATE_WINDOW_SECONDS,
    recentFailures: letters.map((row) => ({
      source: row.source ?? '(unknown)',
      reason: reasonOf(row.output),
      at: new Date(row.created_on).toISOString(),
    })),
  };
}

/** The reason in a job's output: ours (`reason`), or pg-boss's own (a timeout, an error). */
export function reasonOf(output: unknown): string {
  if (output === null || typeof output !== 'object') return 'no reason recorded';
  const record = output as { reason?: unknown; message?: unknown; value?: { message?: unknown } };
  if (typeof record.reason === 'string') return record.reason;
  if (typeof record.message === 'string') return record.message;
  if (typeof record.value?.message === 'string') return record.value.message;
  return 'no reason recorded';
}
