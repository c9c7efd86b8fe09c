import type PgBoss from 'pg-boss';
import type { FileOutcome } from '../cli/process-file.js';
import { describeError } from '../cli/process-file.js';
import type { ArticleRecord, IngestOutcome, Store } from '../store/types.js';
import type { ArticleJob } from './article-job.js';
import { ARTICLE_QUEUE, readArticleJob } from './article-job.js';
import { isTransientDatabaseError, retryTransient } from './transient.js';

/** How long a worker keeps trying to reach the database for one step before giving the job up. */
const DATABASE_PATIENCE_MS = 120_000;

export interface WorkerOptions {
  /** Batches worked on at once (each extracted on its own thread). */
  readonly concurrency: number;
  /**
   * Jobs fetched, extracted and stored together (one fetch, one extraction task, one store
   * transaction, one "done" for the batch).
   */
  readonly batchSize: number;
  /** The wait before asking again when the queue had nothing. */
  readonly pollSeconds: number;
  /** Stop once nothing is waiting, retrying or active (else run until `stop`). */
  readonly untilEmpty: boolean;
  readonly onStored?: (source: string, created: boolean) => void;
  /** `final`: no attempt is left, the job is now in the dead-letter queue. */
  readonly onFailure?: (source: string, reason: string, final: boolean) => void;
  readonly onNotice?: (line: string) => void;
}

export interface WorkerSummary {
  stored: number;
  unchanged: number;
  /** Attempts that failed (retried later, or dead-lettered when none was left). */
  failed: number;
  /** Jobs handed back unfinished when the worker was stopped. */
  released: number;
}

/** Extracts articles (on a worker thread, in the CLI) and answers each one's JSON or a reason, in order. */
export type ExtractJobs = (jobs: readonly ArticleJob[]) => Promise<FileOutcome[]>;

/** A fetched batch: each job with its article (null: not an article job) and its extraction. */
interface Batch {
  readonly jobs: readonly { job: Job; article: ArticleJob | null; outcome: FileOutcome }[];
}

type Job = PgBoss.JobWithMetadata<unknown>;

/**
 * A queue worker: `concurrency` loops, each fetching `batchSize` jobs at a time, extracting them,
 * storing them in one transaction (idempotent by content hash) and marking them done; while a
 * batch is stored, the loop's next batch is already fetched and extracting. A failure is passed to
 * pg-boss with its reason, which retries the job with backoff and, when no attempt is left, moves
 * it to the dead-letter queue.
 *
 * When the database goes away (a restart), fetching finds nothing until it is back, and storing or
 * marking a job done is tried again with backoff: nothing is lost, and a job whose "done" could
 * not be written expires and comes back, where the store finds the article already stored.
 */
export class QueueWorker {
  private readonly boss: PgBoss;
  private readonly store: Store;
  private readonly extract: ExtractJobs;
  private readonly options: WorkerOptions;
  private readonly summary: WorkerSummary = { stored: 0, unchanged: 0, failed: 0, released: 0 };
  private readonly active = new Map<string, Job>();
  private readonly released = new Set<string>();
  private stopping = false;
  private readonly stopController = new AbortController();
  private releasedAll: (() => void) | null = null;

  constructor(boss: PgBoss, store: Store, extract: ExtractJobs, options: WorkerOptions) {
    this.boss = boss;
    this.store = store;
    this.extract = extract;
    this.options = options;
  }

  /** Works until `stop` (or, with `untilEmpty`, until the queue is empty); returns the counts. */
  async run(): Promise<WorkerSummary> {
    const loops = Array.from({ length: Math.max(1, this.options.concurrency) }, () => this.loop());
    const gaveUp = new Promise<void>((resolve) => (this.releasedAll = resolve));
    await Promise.race([Promise.all(loops), gaveUp]);
    return { ...this.summary };
  }

  /** Jobs in hand right now. */
  get activeJobs(): number {
    return this.active.size;
  }

  /**
   * Graceful stop: fetch no new job, let the active ones finish; those still running after
   * `graceMs` are released (failed with the reason, so pg-boss hands them to another worker).
   */
  stop(graceMs: number): void {
    if (this.stopping) return;
    this.stopping = true;
    this.stopController.abort();
    // set even with no job in hand: a fetch under way may still bring one
    const timer = setTimeout(() => void this.releaseActive(), graceMs);
    timer.unref();
  }

  /** Releases the active jobs now (a second signal, or the grace period is over). */
  async releaseActive(): Promise<void> {
    const jobs = [...this.active.values()].filter((job) => !this.released.has(job.id));
    for (const job of jobs) this.released.add(job.id);
    if (jobs.length > 0) {
      await retryTransient(
        async () => {
          for (const job of jobs)
            await this.boss.fail(ARTICLE_QUEUE, job.id, {
              reason: 'released: the worker was stopped before it finished',
            });
        },
        { totalMs: 10_000 },
      ).catch((error: unknown) =>
        this.options.onNotice?.(
          `could not release ${jobs.length} job(s) (${describeError(error)}); they come back after the job timeout`,
        ),
      );
      this.summary.released += jobs.length;
    }
    this.releasedAll?.();
  }

  private async loop(): Promise<void> {
    let next: Promise<Batch | null> | null = null;
    for (;;) {
      const batch: Batch | null = await (next ?? this.fetchBatch());
      next = null;
      if (batch === null) {
        if (this.stopping) break;
        if (this.options.untilEmpty && (await this.queueIsEmpty())) {
          this.stopping = true;
          break;
        }
        await this.pause(this.options.pollSeconds * 1000);
        continue;
      }
      // the next batch is fetched and extracted while this one is stored
      if (!this.stopping) {
        next = this.fetchBatch();
        next.catch(() => undefined); // awaited above in the next turn
      }
      try {
        await this.storeBatch(batch);
      } finally {
        for (const { job } of batch.jobs) this.active.delete(job.id);
      }
    }
  }

  /** Fetches up to `batchSize` jobs and extracts their articles; null when none was waiting (or stopping). */
  private async fetchBatch(): Promise<Batch | null> {
    if (this.stopping) return null;
    const fetched = await this.boss.fetch<unknown>(ARTICLE_QUEUE, {
      batchSize: Math.max(1, this.options.batchSize),
      includeMetadata: true,
    });
    if (fetched.length === 0) return null;
    for (const job of fetched) this.active.set(job.id, job);
    const read = fetched.map((job) => ({ job, article: readArticleJob(job.data) }));
    const articles = read.flatMap(({ article }) => (article === null ? [] : [article]));
    const outcomes = await this.extract(articles).catch((error: unknown): FileOutcome[] =>
      articles.map(() => ({ ok: false, error: describeError(error) })),
    );
    let next = 0;
    return {
      jobs: read.map(({ job, article }) => ({
        job,
        article,
        outcome:
          article === null
            ? { ok: false, error: 'not a claimgraph article job' }
            : (outcomes[next++] ?? { ok: false, error: 'internal error: no result' }),
      })),
    };
  }

  /** Stores a batch's extracted articles in one transaction and marks their jobs done, or failed with the reason. */
  private async storeBatch(batch: Batch): Promise<void> {
    const ready: { job: Job; article: ArticleJob; record: ArticleRecord }[] = [];
    for (const { job, article, outcome } of batch.jobs) {
      if (this.released.has(job.id)) continue;
      const source = article?.source ?? `job ${job.id}`;
      if (article === null || !outcome.ok) {
        await this.fail(job, source, outcome.ok ? 'not a claimgraph article job' : outcome.error);
        continue;
      }
      try {
        ready.push({
          job,
          article,
          record: { contentHash: article.hash, document: JSON.parse(outcome.json) },
        });
      } catch (error) {
        await this.fail(job, source, describeError(error));
      }
    }
    if (ready.length === 0) return;
    const cancelled = () => ready.every(({ job }) => this.released.has(job.id));
    let outcomes: ({ stored: IngestOutcome } | { error: unknown })[];
    try {
      outcomes = (
        await retryTransient(() => this.store.ingestMany(ready.map(({ record }) => record)), {
          totalMs: DATABASE_PATIENCE_MS,
          cancelled,
        })
      ).map((stored) => ({ stored }));
    } catch (error) {
      if (isTransientDatabaseError(error) || ready.length === 1) outcomes = ready.map(() => ({ error }));
      else {
        // one article the store refuses: stored one by one, so that only that one fails
        outcomes = [];
        for (const { job, record } of ready) {
          outcomes.push(
            await retryTransient(() => this.store.ingest(record), {
              totalMs: DATABASE_PATIENCE_MS,
              cancelled: () => this.released.has(job.id),
            }).then(
              (stored) => ({ stored }),
              (single: unknown) => ({ error: single }),
            ),
          );
        }
      }
    }
    const done: string[] = [];
    for (const [index, { job, article }] of ready.entries()) {
      const outcome = outcomes[index] ?? { error: new Error('internal error: no outcome') };
      if (this.released.has(job.id)) continue;
      if ('error' in outcome) {
        await this.fail(job, article.source, describeError(outcome.error));
        continue;
      }
      const result = outcome.stored;
      if (result.created) this.summary.stored++;
      else this.summary.unchanged++;
      this.options.onStored?.(article.source, result.created);
      done.push(job.id);
    }
    // the batch's jobs are done in one statement (the store says which article each one is)
    if (done.length > 0) await this.settle(done, () => this.boss.complete(ARTICLE_QUEUE, done));
  }

  private async fail(job: Job, source: string, reason: string): Promise<void> {
    if (this.released.has(job.id)) return;
    this.summary.failed++;
    this.options.onFailure?.(source, reason, job.retryCount >= job.retryLimit);
    await this.settle([job.id], () => this.boss.fail(ARTICLE_QUEUE, job.id, { reason, source }));
  }

  /** Writes jobs' end state, through a database restart; else they expire and come back. */
  private async settle(ids: readonly string[], write: () => Promise<unknown>): Promise<void> {
    try {
      await retryTransient(write, { totalMs: DATABASE_PATIENCE_MS });
    } catch (error) {
      this.options.onNotice?.(
        `${ids.length === 1 ? `job ${ids[0]}` : `${ids.length} jobs`}: could not record the end (${describeError(error)}); ${ids.length === 1 ? 'it comes' : 'they come'} back after the job timeout`,
      );
    }
  }

  private async queueIsEmpty(): Promise<boolean> {
    try {
      return (await this.boss.getQueueSize(ARTICLE_QUEUE, { before: 'completed' })) === 0;
    } catch {
      return false; // the database is away: not known to be empty
    }
  }

  private pause(ms: number): Promise<void> {
    const signal = this.stopController.signal;
    return new Promise((resolve) => {
      if (signal.aborted) return resolve();
      const wake = (): void => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', wake);
        resolve();
      }, ms);
      signal.addEventListener('abort', wake, { once: true });
    });
  }
}
