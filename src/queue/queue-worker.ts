import type PgBoss from 'pg-boss';
import type { FileOutcome } from '../cli/process-file.js';
import { describeError } from '../cli/process-file.js';
import type { Store } from '../store/types.js';
import type { ArticleJob } from './article-job.js';
import { ARTICLE_QUEUE, readArticleJob } from './article-job.js';
import { retryTransient } from './transient.js';

/** How long a worker keeps trying to reach the database for one step before giving the job up. */
const DATABASE_PATIENCE_MS = 120_000;

export interface WorkerOptions {
  /** Jobs worked on at once (each extraction on its own thread). */
  readonly concurrency: number;
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

/** Extracts one article (on a worker thread, in the CLI) and answers its JSON or a reason. */
export type ExtractJob = (job: ArticleJob) => Promise<FileOutcome>;

type Job = PgBoss.JobWithMetadata<unknown>;

/**
 * A queue worker: `concurrency` loops, each fetching one job at a time, extracting it, storing it
 * (idempotent by content hash) and marking it done. A failure is passed to pg-boss with its reason,
 * which retries it with backoff and, when no attempt is left, moves it to the dead-letter queue.
 *
 * When the database goes away (a restart), fetching finds nothing until it is back, and storing or
 * marking a job done is tried again with backoff: nothing is lost, and a job whose "done" could
 * not be written expires and comes back, where the store finds the article already stored.
 */
export class QueueWorker {
  private readonly boss: PgBoss;
  private readonly store: Store;
  private readonly extract: ExtractJob;
  private readonly options: WorkerOptions;
  private readonly summary: WorkerSummary = { stored: 0, unchanged: 0, failed: 0, released: 0 };
  private readonly active = new Map<string, Job>();
  private readonly released = new Set<string>();
  private stopping = false;
  private readonly stopController = new AbortController();
  private releasedAll: (() => void) | null = null;

  constructor(boss: PgBoss, store: Store, extract: ExtractJob, options: WorkerOptions) {
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
    while (!this.stopping) {
      const [job] = await this.boss.fetch<unknown>(ARTICLE_QUEUE, { batchSize: 1, includeMetadata: true });
      if (job === undefined) {
        if (this.options.untilEmpty && (await this.queueIsEmpty())) {
          this.stopping = true;
          break;
        }
        await this.pause(this.options.pollSeconds * 1000);
        continue;
      }
      this.active.set(job.id, job);
      try {
        await this.handle(job);
      } finally {
        this.active.delete(job.id);
      }
    }
  }

  private async handle(job: Job): Promise<void> {
    const article = readArticleJob(job.data);
    if (article === null) {
      await this.fail(job, `job ${job.id}`, 'not a claimgraph article job');
      return;
    }
    const outcome = await this.extract(article).catch((error: unknown): FileOutcome => ({
      ok: false,
      error: describeError(error),
    }));
    if (this.released.has(job.id)) return;
    if (!outcome.ok) {
      await this.fail(job, article.source, outcome.error);
      return;
    }
    let result;
    try {
      const document = JSON.parse(outcome.json);
      result = await retryTransient(() => this.store.ingest({ contentHash: article.hash, document }), {
        totalMs: DATABASE_PATIENCE_MS,
        cancelled: () => this.released.has(job.id),
      });
    } catch (error) {
      await this.fail(job, article.source, describeError(error));
      return;
    }
    if (result.created) this.summary.stored++;
    else this.summary.unchanged++;
    this.options.onStored?.(article.source, result.created);
    await this.settle(job, () =>
      this.boss.complete(ARTICLE_QUEUE, job.id, { document: result.id, created: result.created }),
    );
  }

  private async fail(job: Job, source: string, reason: string): Promise<void> {
    if (this.released.has(job.id)) return;
    this.summary.failed++;
    this.options.onFailure?.(source, reason, job.retryCount >= job.retryLimit);
    await this.settle(job, () => this.boss.fail(ARTICLE_QUEUE, job.id, { reason, source }));
  }

  /** Writes a job's end state, through a database restart; else it expires and comes back. */
  private async settle(job: Job, write: () => Promise<unknown>): Promise<void> {
    try {
      await retryTransient(write, { totalMs: DATABASE_PATIENCE_MS });
    } catch (error) {
      this.options.onNotice?.(
        `job ${job.id}: could not record its end (${describeError(error)}); it comes back after the job timeout`,
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
