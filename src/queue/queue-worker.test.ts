import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import type PgBoss from 'pg-boss';
import type { FileOutcome } from '../cli/process-file.js';
import type { ArticleRecord, IngestOutcome, Store } from '../store/types.js';
import type { ArticleJob } from './article-job.js';
import { QueueWorker } from './queue-worker.js';

// The worker loop with a queue and a store in memory: batches, and one bad article in a batch.

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

function job(n: number, text: string): PgBoss.JobWithMetadata<ArticleJob> {
  return {
    id: `job-${n}`,
    name: 'claimgraph-articles',
    data: {
      source: `articles/${n}.txt`,
      hash: hashOf(text),
      content: Buffer.from(text).toString('base64'),
      settings: {
        format: 'text',
        clean: true,
        published: null,
        maxBytes: 1000,
        maxElements: 1000,
        maxDepth: 100,
      },
    },
    retryCount: 0,
    retryLimit: 0,
  } as unknown as PgBoss.JobWithMetadata<ArticleJob>;
}

/** A queue holding `jobs`, handing out up to `batchSize` per fetch; records what was completed and failed. */
function memoryQueue(jobs: PgBoss.JobWithMetadata<ArticleJob>[]) {
  const waiting = [...jobs];
  const fetches: number[] = [];
  const completed: string[] = [];
  const failed: { id: string; reason: string }[] = [];
  const boss = {
    fetch: async (_name: string, options: { batchSize: number }) => {
      const taken = waiting.splice(0, options.batchSize);
      fetches.push(taken.length);
      return taken;
    },
    complete: async (_name: string, ids: string | string[]) => {
      completed.push(...(Array.isArray(ids) ? ids : [ids]));
    },
    fail: async (_name: string, id: string, data: { reason: string }) => {
      failed.push({ id, reason: data.reason });
    },
    getQueueSize: async () => waiting.length,
  };
  return { boss: boss as unknown as PgBoss, fetches, completed, failed };
}

/** A store that refuses a document titled "refused", keeps the others once by content hash. */
function memoryStore() {
  const stored = new Map<string, string>();
  const batches: number[] = [];
  const one = (record: ArticleRecord): IngestOutcome => {
    if (record.document.title === 'refused') throw new Error('the store refuses this one');
    const known = stored.get(record.contentHash);
    if (known !== undefined) return { id: known, created: false };
    stored.set(record.contentHash, record.contentHash.slice(0, 16));
    return { id: record.contentHash.slice(0, 16), created: true };
  };
  const store = {
    ingest: async (record: ArticleRecord) => one(record),
    ingestMany: async (records: readonly ArticleRecord[]) => {
      batches.push(records.length);
      // all or nothing, as one transaction
      if (records.some((record) => record.document.title === 'refused'))
        throw new Error('the store refuses this one');
      return records.map(one);
    },
  };
  return { store: store as unknown as Store, stored, batches };
}

/** "Extraction": the text becomes the title of a small document; "bad" fails. */
const extract = async (jobs: readonly ArticleJob[]): Promise<FileOutcome[]> =>
  jobs.map((article) => {
    const text = Buffer.from(article.content, 'base64').toString();
    if (text === 'bad') return { ok: false, error: 'the file is bad' };
    return { ok: true, json: JSON.stringify({ source: article.source, title: text, text }) };
  });

const options = { concurrency: 1, pollSeconds: 1, untilEmpty: true };

describe('QueueWorker', () => {
  it('fetches, stores and completes jobs in batches', async () => {
    const queue = memoryQueue(Array.from({ length: 7 }, (_, n) => job(n, `article ${n}`)));
    const memory = memoryStore();
    const worker = new QueueWorker(queue.boss, memory.store, extract, { ...options, batchSize: 3 });
    assert.deepEqual(await worker.run(), { stored: 7, unchanged: 0, failed: 0, released: 0 });
    assert.deepEqual(queue.fetches, [3, 3, 1, 0]);
    assert.deepEqual(memory.batches, [3, 3, 1]);
    assert.equal(queue.completed.length, 7);
    assert.equal(memory.stored.size, 7);
  });

  it('a failed extraction or a refused article fails its own job; the rest of the batch is stored', async () => {
    const queue = memoryQueue([job(1, 'first'), job(2, 'bad'), job(3, 'refused'), job(4, 'fourth')]);
    const memory = memoryStore();
    const worker = new QueueWorker(queue.boss, memory.store, extract, { ...options, batchSize: 4 });
    assert.deepEqual(await worker.run(), { stored: 2, unchanged: 0, failed: 2, released: 0 });
    assert.deepEqual(queue.completed.sort(), ['job-1', 'job-4']);
    assert.deepEqual(
      queue.failed.map(({ id }) => id),
      ['job-2', 'job-3'],
    );
    assert.equal(queue.failed[0]?.reason, 'the file is bad');
    assert.match(queue.failed[1]?.reason ?? '', /the store refuses this one/);
  });

  it('an article stored before is done, unchanged', async () => {
    const queue = memoryQueue([job(1, 'same'), job(2, 'same')]);
    const memory = memoryStore();
    const worker = new QueueWorker(queue.boss, memory.store, extract, { ...options, batchSize: 1 });
    assert.deepEqual(await worker.run(), { stored: 1, unchanged: 1, failed: 0, released: 0 });
    assert.deepEqual(queue.completed, ['job-1', 'job-2']);
  });
});
