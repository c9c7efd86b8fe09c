import type PgBoss from 'pg-boss';
import { readInput } from '../cli/read-input.js';
import { describeError } from '../cli/process-file.js';
import { contentHash } from '../store/content-hash.js';
import type { Store } from '../store/types.js';
import type { ArticleJob, JobSettings } from './article-job.js';
import { ARTICLE_QUEUE, jobIdOf } from './article-job.js';

/** Files read and hashed at a time (one `knownHashes` query each). */
const CHUNK_FILES = 200;
/** Jobs sent at once (pg-boss's pool has a few connections). */
const SENDS_IN_FLIGHT = 8;

export interface EnqueueSummary {
  /** New jobs. */
  queued: number;
  /** The same content is already a job (waiting, active, done or failed): nothing added. */
  alreadyQueued: number;
  /** The same content is already in the store: nothing added. */
  alreadyStored: number;
  failed: { path: string; error: string }[];
}

/**
 * Puts each file in the queue as one job carrying the article, unless the store already holds it
 * or it is already a job: the job id is made from the content hash, so enqueueing twice (or two
 * machines enqueueing the same article) adds it once. A file that cannot be read (missing, over
 * the size limit) is a failure here; whether it is an article is the worker's question.
 */
export async function enqueueFiles(
  boss: PgBoss,
  store: Store,
  files: readonly string[],
  settings: JobSettings,
  onDone: (path: string) => void,
  onFailure: (path: string, error: string) => void,
): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { queued: 0, alreadyQueued: 0, alreadyStored: 0, failed: [] };
  for (let first = 0; first < files.length; first += CHUNK_FILES) {
    const jobs: ArticleJob[] = [];
    for (const path of files.slice(first, first + CHUNK_FILES)) {
      try {
        const { bytes } = readInput(path, settings.maxBytes);
        jobs.push({
          source: path,
          hash: contentHash(bytes, settings.published),
          content: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
          settings,
        });
      } catch (error) {
        const reason = describeError(error);
        summary.failed.push({ path, error: reason });
        onFailure(path, reason);
        onDone(path);
      }
    }
    const known = await store.knownHashes(jobs.map((job) => job.hash));
    const fresh = jobs.filter((job) => {
      if (!known.has(job.hash)) return true;
      summary.alreadyStored++;
      onDone(job.source);
      return false;
    });
    for (let next = 0; next < fresh.length; next += SENDS_IN_FLIGHT) {
      await Promise.all(
        fresh.slice(next, next + SENDS_IN_FLIGHT).map(async (job) => {
          const id = await boss.send(ARTICLE_QUEUE, job as unknown as object, { id: jobIdOf(job.hash) });
          if (id === null) summary.alreadyQueued++;
          else summary.queued++;
          onDone(job.source);
        }),
      );
    }
  }
  return summary;
}
